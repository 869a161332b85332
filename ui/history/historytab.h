// SPDX-License-Identifier: MIT
#pragma once

#include "core/search/historysearch.h"
#include "db/alert/alertlog.h"
#include "db/session/requestid.h"
#include "ui/common/tabpage.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace attlog::db {
class HistorySource;
}

namespace attlog::ui {

class DataTableView;
class HistoryFilterBar;
class HistoryModel;

// The History tab: the filter bar, the result (newest first, pages fetched on the worker as the
// user scrolls), the total count when known ("at least N" before), a busy indicator with Cancel,
// and export of the whole result. Double-clicking a row shows that person's passes of that day.
// GUI thread only.
class HistoryTab final : public QWidget, public TabPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTab)

public:
    explicit HistoryTab(db::HistorySource *source, QWidget *parent = nullptr);

    HistoryFilterBar *filterBar() const { return m_filters; }
    HistoryModel *model() const { return m_model; }
    DataTableView *view() const { return m_view; }
    // Runs the current filter again.
    void refresh() override;
    void exportTable() override;
    void focusSearch() override;
    bool isReady() const override;
    bool isBusy() const { return m_busy; }
    qint64 knownCount() const { return m_count; }

    // Searches the passes of `who` (a name, card or employee ID) from `from` to `toInclusive`
    // at every door: a drill-down from another view.
    void showPasses(const QString &who, const QDateTime &from, const QDateTime &toInclusive);
    // The alert log History filters by (read on a pool thread; read again by reloadAlerts()).
    void setAlertLogPath(const QString &path);
    void reloadAlerts();
    // Only the passes that raised an alert, in the period shown: Alerts → Alerted passes.
    void showAlertedPasses();
    // True until the alert log asked for last has been read.
    bool isReadingAlerts() const { return m_alertsReadingNow; }

public slots:
    void runSearch(const attlog::HistorySearch &search);

private:
    void onPage(db::HistoryRequestId requestId, const QList<AccessEvent> &events, bool atEnd);
    void onCount(db::HistoryRequestId requestId, qint64 count, bool exact);
    void onFailed(db::HistoryRequestId requestId, const QString &message);
    void cancel();
    void setBusy(bool busy);
    void updateCountLabel();
    void showPersonDay(const QModelIndex &index);

    db::HistorySource *m_source;
    HistoryFilterBar *m_filters;
    HistoryModel *m_model;
    DataTableView *m_view;
    QLabel *m_countLabel;
    QLabel *m_errorLabel;
    QProgressBar *m_busyBar;
    QPushButton *m_cancelButton;
    HistorySearch m_search;
    QString m_alertLogPath;
    QFutureWatcher<db::AlertLogContents> m_alertsReading;
    bool m_alertsReadingNow = false; // until the read's result is handed to the filter bar
    bool m_alertsReloadAgain = false;
    qint64 m_count = -1;
    bool m_countExact = true;
    bool m_busy = false;
    bool m_started = false;
};

} // namespace attlog::ui
