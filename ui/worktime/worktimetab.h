// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/dbtypes.h" // AccessEvent with its Qt metatype
#include "core/report/worktimecalculator.h"
#include "ui/common/tabpage.h"
#include "ui/reports/printablereport.h"
#include "ui/reports/tableexportjob.h"
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

namespace attlog::ui {

class DataTableView;
class EventSource;
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
// night shifts close — through EventSource::loadRange() (channel "worktime") into a
// WorktimeCalculator, then computes the report. GUI thread only; `source` is not owned and must
// outlive the tab.
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

    explicit WorktimeTab(EventSource *source, QWidget *parent = nullptr);
    ~WorktimeTab() override;

    WorktimeOptionsPanel *options() const { return m_options; }
    bool isBusy() const { return m_requestId != 0; }
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
    TableExportJob *exportView(View view, const QString &path, TableExportJob::Format format);
    // The whole report as one XLSX workbook with the sheets Daily, Totals and Timesheet.
    TableExportJob *exportWorkbook(const QString &path);
    // The printout of a table view, as sorted on screen; std::nullopt for Charts or before a
    // calculation. The timesheet prints in landscape.
    std::optional<PrintableReport> printableView(View view) const;

    // TabPage: the export menu, calculate again; ready once a report is shown.
    void exportTable() override;
    void refresh() override { calculate(); }
    void sourceChanged() override;
    bool isReady() const override { return m_result != nullptr && !isBusy(); }

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

    void onRangeBatch(quint64 requestId, const QList<attlog::AccessEvent> &events);
    void onRangeFinished(quint64 requestId, qint64 totalRows);
    void onRangeFailed(quint64 requestId, const QString &message);
    void setBusy(bool busy);
    void showResult(WorktimeResultPtr result);
    void updateActions();
    TableExportJob *startExport(const QString &path, TableExportJob::Format format,
                                TableExportJob::WriteFunction write);
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

    EventSource *m_source;
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

    quint64 m_requestId = 0;
    qint64 m_eventsRead = 0;
    Date m_from;
    Date m_to;
    QString m_settingsSummary; // of the calculation in flight / shown
    std::shared_ptr<WorktimeCalculator> m_calculator;
    WorktimeResultPtr m_result;
    TableExportJob *m_export = nullptr;
    bool m_shownOnce = false;
};

} // namespace attlog::ui
