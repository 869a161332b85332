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

namespace attlog::db {
class EventSource;
class RangeLoad;
} // namespace attlog::db

namespace attlog::ui {

class DataTableView;
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
// Print / PDF of the tables.
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
        Charts
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
    QSortFilterProxyModel *m_dayProxy;
    QSortFilterProxyModel *m_totalsProxy;
    QSortFilterProxyModel *m_timesheetProxy;
    DataTableView *m_dayView;
    DataTableView *m_totalsView;
    DataTableView *m_timesheetView;
    WorktimeChartsView *m_charts;

    std::vector<AccessEvent> m_events; // read so far, handed to the worker when complete
    quint64 m_computation = 0;         // the computation in flight, 0 when none
    quint64 m_lastComputation = 0;
    WorktimeRules m_rules;
    Date m_from;
    Date m_to;
    QString m_settingsSummary;                              // of the calculation in flight / shown
    std::shared_ptr<const WorktimeCalculator> m_calculator; // of the result shown (charts)
    WorktimeResultPtr m_result;
    db::TableExportJob *m_export = nullptr;
    bool m_shownOnce = false;
    bool m_failed = false; // the last calculation failed (its message is shown)
};

} // namespace attlog::ui
