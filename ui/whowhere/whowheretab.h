// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/presenceboard.h"
#include "db/dbtypes.h" // AccessEvent with its Qt metatype
#include "ui/common/tabpage.h"
#include "ui/whowhere/evacuationlistdocument.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;

namespace attlog::db {
class EventSource;
class RangeLoad;
} // namespace attlog::db

namespace attlog::ui {

class DataTableView;
class PresenceModel;
class PresenceRulesMenu;

// The Who-Where tab: who is inside, outside or unknown, from each person's last pass in a window
// (since 00:00 today by default; last 24 h; last 7 days; custom from/to), with the last door,
// its time and how long ago; counters; a door filter and a search box; and the evacuation list
// (print preview / PDF) of the people inside now.
//
// Data: the window (and the last 24 hours, for the evacuation list) is read through
// EventSource::loadRange() (channel "whowhere") into a PresenceBoard; afterwards the live feed's
// events are added to the board as they come, and the table is refreshed from the board (coalesced,
// no re-query per event; a back-filled older pass never overrides a newer state). A timer moves
// "now" forward for the preset windows. Changing the window reads it again. The first read happens
// when the tab is first shown (or on reload()); a failed read is retried when the tab is shown
// again or live passes arrive. GUI thread only; `source` is not owned and must outlive the tab.
class WhoWhereTab final : public QWidget, public TabPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoWhereTab)

public:
    enum class WindowPreset : int
    {
        Today,
        Last24Hours,
        Last7Days,
        Custom
    };
    using NowFunction = std::function<DateTime()>;

    explicit WhoWhereTab(db::EventSource *source, QWidget *parent = nullptr);
    ~WhoWhereTab() override;

    // The wall clock (tests set a fixed one). Default: the local time of the computer.
    void setNowFunction(NowFunction now);

    void setWindowPreset(WindowPreset preset);
    WindowPreset windowPreset() const;
    // Applies to the Custom preset (and selects it): passes with from <= time <= to.
    void setCustomWindow(DateTime from, DateTime to);
    // Shows only people whose last pass was through `door` (empty: all doors).
    void setDoorFilter(const QString &door);
    QStringList doors() const;
    void setSearchText(const QString &text);
    // Double-scan window and what a pass without direction means; reads the window again.
    // Remembered in the settings ("whowhere/…").
    void setPresenceRules(const PresenceRules &rules);
    PresenceRules presenceRules() const { return m_board.rules(); }

    PresenceModel *model() const { return m_model; }
    DataTableView *view() const { return m_view; }
    bool isLoading() const;
    // Counts of the rows shown (after door filter and search).
    PresenceCounts counts() const { return m_counts; }
    QString countersText() const;
    // People inside by the last 24 hours whose last pass is before the window, so not on the
    // board (a night shift under "Today"); a hint above the table names their number.
    int carriedOverInside() const { return m_carriedOver; }
    // The window shown now.
    PresenceWindow currentWindow() const;
    // The evacuation list for the board now: every person inside by their last pass in the
    // window or the last 24 hours, whichever is longer (a night shift that came in before
    // midnight is inside). The door filter and the search do not apply: nobody may be left off.
    EvacuationListDocument evacuationDocument() const;

    // TabPage: export the table as shown, read again, focus the search box; ready once the
    // window has been read (not after a failed read).
    void exportTable() override;
    void refresh() override { reload(); }
    void sourceChanged() override;
    void focusSearch() override;
    // Loaded, or the message why not is shown.
    bool isReady() const override { return (m_loadedOnce || !m_error.isEmpty()) && !isLoading(); }

public slots:
    // Reads the window again from the data source.
    void reload();
    void showEvacuationPreview();
    void saveEvacuationPdf();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // The window's events have been read and shown.
    void loaded();
    void loadFailed(const QString &message);
    // The table was refreshed from the board (after a load, live events or the timer).
    void refreshed();

private:
    // Building the widgets (whowheretablayout.cpp).
    void setUpTable();
    void setUpPeriodControls();
    void setUpFilters();
    void setUpLayout();

    void onRangeBatch(const QList<attlog::AccessEvent> &events);
    void onRangeFinished();
    void onRangeFailed(const QString &message);
    void onLiveEvents(const QList<attlog::AccessEvent> &events);
    void onTick();
    void scheduleRefresh();
    void refreshBoard();
    void updateCarriedOverHint(const PresenceWindow &window);
    void noteDoors(const QList<AccessEvent> &events);
    void updateWindowControls();
    void updateStatusLine();
    PresenceFilter currentFilter() const;
    DateTime now() const;

    db::EventSource *m_source;
    db::RangeLoad *m_load;
    NowFunction m_now;
    PresenceBoard m_board;
    PresenceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DataTableView *m_view;
    QComboBox *m_preset;
    QWidget *m_customBox; // the custom period's from/to, shown for the Custom preset
    QDateTimeEdit *m_customFrom;
    QDateTimeEdit *m_customTo;
    QComboBox *m_doorFilter;
    QLineEdit *m_search;
    QLabel *m_counters;
    QLabel *m_status;
    QLabel *m_hint;
    PresenceRulesMenu *m_rulesMenu = nullptr;
    QPushButton *m_reloadButton;
    QPushButton *m_evacuationButton;
    QTimer *m_refreshTimer;    // coalesces live events into one refresh
    QTimer *m_tickTimer;       // moves "now" for the preset windows
    QTimer *m_customTimer;     // debounces edits of the custom window
    bool m_loadedOnce = false; // a read has succeeded
    QString m_error;
    PresenceWindow m_loadedWindow; // what the board holds (for the preset: its start)
    std::optional<DateTime> m_newestEvent;
    DateTime m_prunedBefore;
    PresenceCounts m_counts;
    int m_carriedOver = 0;
    QSet<QString> m_doorSet;
};

} // namespace attlog::ui
