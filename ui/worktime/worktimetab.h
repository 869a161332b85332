// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/worktimecalculator.h"
#include "db/dbtypes.h" // AccessEvent with its Qt metatype
#include "db/export/tableexportjob.h"
#include "ui/common/tabpage.h"
#include "ui/reports/printablereport.h"
#include "ui/worktime/worktimeresult.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace attlog::db {
class EventSource;
class RangeLoad;
} // namespace attlog::db

namespace attlog::ui {

class DataTableView;
class PlanWindow;
class T13Model;
class TimesheetModel;
class WorktimeChartsView;
class WorktimeDayModel;
class WorktimeOptionsPanel;
class WorktimeTotalsModel;

// The Worktime tab: the supervisor picks a period (a month by default) and the counting rules,
// presses Calculate, and gets per person per date first entry, last exit, time inside, span,
// worked time and remarks (no exit, no entry, absent; with a schedule also lateness, early
// leaving and overtime), shown as the daily detail, totals per person, a monthly timesheet with
// colours and a legend, and charts. Export: the current table as CSV or XLSX, or the whole report
// as one XLSX (Daily, Totals, Timesheet), written on a worker thread with progress and Cancel.
// Print / PDF of the tables. With a work plan chosen in the options the report follows the plan
// and a T-13 view shows the timesheet form, exported as XLSX or PDF. A double-click on a person's
// cell in any table lists the passes behind its figures. Passes of the shown period that arrive
// later (the live feed, rows back-filled late) calculate it again within half a minute; T-13
// cells that differ from the sheet as last printed are marked, with what they read then.
//
// Data: Calculate reads worktimeEventRange(from, to) — the period plus 20 h on each side, so
// night shifts close — through EventSource::loadRange() (channel "worktime"); a worker thread
// feeds them to a WorktimeCalculator and computes the report and its timesheet, so a long period
// never freezes the window. GUI thread only; `source` is not owned and must outlive the tab.
class WorktimeTab final : public QWidget, public TabPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorktimeTab)

public:
    enum class View : int
    {
        Daily,
        Totals,
        Timesheet,
        Charts,
        T13 // under a work plan: the T-13 timesheet
    };
    enum class FormFormat
    {
        Xlsx,
        Pdf
    };

    explicit WorktimeTab(db::EventSource *source, QWidget *parent = nullptr);
    ~WorktimeTab() override;

    WorktimeOptionsPanel *options() const { return m_options; }
    // Reading passes or computing the report.
    bool isBusy() const;
    // The last calculated report; null before the first calculation.
    WorktimeResultPtr result() const { return m_result; }
    WorktimeDayModel *dayModel() const { return m_dayModel; }
    WorktimeTotalsModel *totalsModel() const { return m_totalsModel; }
    TimesheetModel *timesheetModel() const { return m_timesheetModel; }
    T13Model *t13Model() const { return m_t13Model; }
    WorktimeChartsView *chartsView() const { return m_charts; }
    DataTableView *tableView(View view) const;

    View currentView() const;
    void setCurrentView(View view);

    // Starts writing a table view (Daily, Totals, Timesheet) to `path`; nullptr for Charts or
    // before a calculation. The tab owns the job; exportFinished() reports the outcome.
    db::TableExportJob *exportView(View view, const QString &path,
                                   db::TableExportJob::Format format);
    // The whole report as one XLSX workbook with the sheets Daily, Totals and Timesheet.
    db::TableExportJob *exportWorkbook(const QString &path);
    // The T-13 form of the shown result (under a plan, one month) as XLSX or PDF, written on a
    // worker thread; exportFinished() reports the outcome. false when there is no T-13 sheet or
    // a form is being written.
    bool exportT13Form(const QString &path, FormFormat format, const T13Header &header);

    // The Plan window on the plan store the options name (their plan file when it is a store,
    // else the default store), showing the shown result beside the plan. Owned by the tab. A
    // save there makes Worktime use that store when no plan was chosen, and calculates again.
    PlanWindow *openPlanWindow();
    QString planStorePath() const;

    // How soon new passes of the shown period calculate it again (default 30 s).
    void setFollowInterval(int milliseconds);

    // Traceability: the passes behind the figures of a cell of `view` (`index` of its view's
    // model): a person's day, or all their days for a person's totals. `title` names the person
    // and the date(s). Empty for a cell that is no person's.
    std::vector<AccessEvent> passesBehindCell(View view, const QModelIndex &index,
                                              QString *title) const;

    // The printout of a table view, as sorted on screen; std::nullopt for Charts or before a
    // calculation. The timesheet prints in landscape.
    std::optional<PrintableReport> printableView(View view) const;

    // TabPage: the export menu, calculate again; ready once a report is shown.
    void exportTable() override;
    void refresh() override { calculate(); }
    void sourceChanged() override;
    // A result, or the message why there is none, is shown.
    bool isReady() const override { return (m_result != nullptr || m_failed) && !isBusy(); }

public slots:
    void calculate();
    void cancelCalculation();

signals:
    void calculated();
    void calculationFailed(const QString &message);
    void exportFinished(bool ok, const QString &message);

protected:
    // The first time the tab is shown it calculates the current month, so the supervisor sees a
    // report at once.
    void showEvent(QShowEvent *event) override;

private:
    // Building the widgets (worktimetablayout.cpp).
    void setUpActions();
    void setUpTables();
    void setUpLayout();

    void onRangeBatch(const QList<attlog::AccessEvent> &events);
    void onRangeFinished(qint64 rows);
    void onRangeFailed(const QString &message);
    // The report of the passes read, computed on a worker thread (calculated() when done).
    void computeOnWorker(qint64 rows);
    void setBusy(bool busy);
    void showResult(WorktimeResultPtr result);
    void updateActions();
    db::TableExportJob *startExport(const QString &path, db::TableExportJob::Format format,
                                    db::TableExportJob::WriteFunction write);
    enum class ExportKind
    {
        ViewCsv,
        ViewXlsx,
        Workbook
    };
    void chooseExport(ExportKind kind);
    void printCurrentView(bool pdf);
    void chooseT13Export(FormFormat format);
    void showPassesBehind(View view, const QModelIndex &index);
    // Live recalculation: new or back-filled passes of the shown period calculate it again.
    void onLiveEvents(const QList<attlog::AccessEvent> &events);
    // Marks the T-13 cells that differ from the month's printed sheet (found by the worker).
    void showChangesSincePrinted();
    QString periodFileStem() const;
    QSortFilterProxyModel *proxyOf(View view) const;

    db::EventSource *m_source;
    db::RangeLoad *m_load;
    WorktimeOptionsPanel *m_options;
    QPushButton *m_calculateButton;
    QPushButton *m_exportButton;
    QPushButton *m_printButton;
    QWidget *m_busyBox;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QLabel *m_summary;
    QLabel *m_message;
    QStackedWidget *m_stack;
    QTabWidget *m_views;
    WorktimeDayModel *m_dayModel;
    WorktimeTotalsModel *m_totalsModel;
    TimesheetModel *m_timesheetModel;
    T13Model *m_t13Model;
    QSortFilterProxyModel *m_dayProxy;
    QSortFilterProxyModel *m_totalsProxy;
    QSortFilterProxyModel *m_timesheetProxy;
    DataTableView *m_dayView;
    DataTableView *m_totalsView;
    DataTableView *m_timesheetView;
    DataTableView *m_t13View;
    WorktimeChartsView *m_charts;

    std::vector<AccessEvent> m_events; // read so far, handed to the worker when complete
    quint64 m_computation = 0;         // the computation in flight, 0 when none
    quint64 m_lastComputation = 0;
    WorktimeRules m_rules;
    Date m_from;
    Date m_to;
    QString m_planFile;        // of the calculation in flight / shown; empty without a plan
    EventTimeRange m_range{};  // the passes read for it
    QTimer *m_followTimer;     // live recalculation, at most once per kFollowIntervalMs
    bool m_stale = false;      // passes of the shown period arrived while the tab was hidden
    QString m_settingsSummary; // of the calculation in flight / shown
    std::shared_ptr<const WorktimeCalculator> m_calculator; // of the result shown (charts)
    WorktimeResultPtr m_result;
    db::TableExportJob *m_export = nullptr;
    bool m_formBeingWritten = false; // a T-13 form export is running
    PlanWindow *m_planWindow = nullptr;
    bool m_shownOnce = false;
    bool m_failed = false; // the last calculation failed (its message is shown)
};

} // namespace attlog::ui
