// SPDX-License-Identifier: MIT
#pragma once

#include "db/dbtypes.h" // AccessEvent with its Qt metatype
#include "ui/common/tabpage.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QToolButton;

namespace attlog::ui {

class AlertBanner;
class AlertCenter;
class DataTableView;
class LastPassPanel;
class LiveEventModel;

// The Live tab: the last-pass panel, a quick door filter, Pause, and the table of the newest
// events. The table follows new rows only while the user is at the bottom; scrolling up holds the
// position. While paused, arriving events are held (never dropped) and added on resume.
// GUI thread only; fed through addEvents() from the live feed's queued signal.
class LiveTab final : public QWidget, public TabPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTab)

public:
    explicit LiveTab(QWidget *parent = nullptr);

    LiveEventModel *model() const { return m_model; }
    DataTableView *view() const { return m_view; }
    bool isPaused() const;
    int heldCount() const { return int(m_held.size()); }
    void exportTable() override;
    bool isReady() const override;
    // Shows `center`'s alerts in a banner over the tab (once).
    void showAlertsFrom(AlertCenter *center);
    // Only these doors (as shown), whatever the door list says; empty: the door list decides.
    // The kiosk's doors: the door list is hidden while they are set.
    void setDoors(const QStringList &doors);
    AlertBanner *alertBanner() const { return m_banner; }

public slots:
    void addEvents(const QList<attlog::AccessEvent> &events);
    // Events that were already stored when Live started: shown without the "new" highlight.
    void addInitialEvents(const QList<attlog::AccessEvent> &events);
    void setPaused(bool paused);
    // The feed has shown what there is: it polled (an empty table stays empty) or failed.
    void setFeedSettled();
    void clear();

signals:
    void eventsShown(int count);

private:
    void appendToModel(const QList<AccessEvent> &events, bool highlight);
    void applyDoorFilter();
    void updatePauseText();

    LiveEventModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DataTableView *m_view;
    LastPassPanel *m_lastPass;
    AlertBanner *m_banner = nullptr;
    QComboBox *m_doorFilter;
    QToolButton *m_pauseButton;
    QLabel *m_heldLabel;
    QSet<QString> m_doors;
    QStringList m_fixedDoors;
    QLabel *m_doorLabel = nullptr;
    QList<AccessEvent> m_held;
    bool m_feedSettled = false; // see setFeedSettled()
};

} // namespace attlog::ui
