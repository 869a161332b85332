// SPDX-License-Identifier: MIT
#include "ui/worktime/worktimetab.h"

#include "core/report/reportformat.h"
#include "db/plan/planstore.h"
#include "db/plan/printedsheets.h"
#include "db/plan/t13order.h"
#include "db/runtime/logging.h"
#include "db/session/eventsource.h"
#include "db/session/rangeload.h"
#include "ui/common/datatableview.h"
#include "ui/common/eventcolumns.h"
#include "ui/common/eventformat.h"
#include "ui/common/exportprogress.h"
#include "ui/plan/planwindow.h"
#include "ui/reports/collatingsortproxy.h"
#include "ui/reports/modelhtml.h"
#include "ui/worktime/passesdialog.h"
#include "ui/worktime/t13model.h"
#include "ui/worktime/timesheetmodel.h"
#include "ui/worktime/worktimechartsview.h"
#include "ui/worktime/worktimedaymodel.h"
#include "ui/worktime/worktimeoptionspanel.h"
#include "ui/worktime/worktimestyle.h"
#include "ui/worktime/worktimetotalsmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <array>
#include <span>

namespace attlog::ui {

namespace {

const QString kChannel = QStringLiteral("worktime");
// The export menu's T-13 form actions (after the view's CSV and XLSX, a separator, the workbook
// and a separator; see setUpActions()).
constexpr int kT13XlsxAction = 5;
constexpr int kT13PdfAction = 6;
// New passes of the shown period calculate it again at most this often.
constexpr int kFollowIntervalMs = 30'000;

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new CollatingSortProxy(parent);
    proxy->setSourceModel(model);
    return proxy;
}

} // namespace

WorktimeTab::WorktimeTab(db::EventSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_load(new db::RangeLoad(source, kChannel, this))
    , m_options(new WorktimeOptionsPanel(this))
    , m_calculateButton(new QPushButton(tr("Calculate"), this))
    , m_exportButton(new QPushButton(tr("Export"), this))
    , m_printButton(new QPushButton(tr("Print"), this))
    , m_busyBox(new QWidget(this))
    , m_busyBar(new QProgressBar(m_busyBox))
    , m_busyLabel(new QLabel(m_busyBox))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_views(new QTabWidget(this))
    , m_dayModel(new WorktimeDayModel(this))
    , m_totalsModel(new WorktimeTotalsModel(this))
    , m_timesheetModel(new TimesheetModel(this))
    , m_t13Model(new T13Model(this))
    , m_dayProxy(sortingProxy(m_dayModel, this))
    , m_totalsProxy(sortingProxy(m_totalsModel, this))
    , m_timesheetProxy(sortingProxy(m_timesheetModel, this))
    , m_dayView(new DataTableView(QStringLiteral("worktime/daily"), this))
    , m_totalsView(new DataTableView(QStringLiteral("worktime/totals"), this))
    // The timesheet's columns change with the period: its header state is not remembered.
    , m_timesheetView(new DataTableView(QString(), this))
    , m_t13View(new DataTableView(QString(), this))
    , m_charts(new WorktimeChartsView(this))
    , m_followTimer(new QTimer(this))
{
    setUpActions();
    setUpTables();
    setUpLayout();

    connect(m_load, &db::RangeLoad::batch, this, &WorktimeTab::onRangeBatch);
    connect(m_load, &db::RangeLoad::finished, this, &WorktimeTab::onRangeFinished);
    connect(m_load, &db::RangeLoad::failed, this, &WorktimeTab::onRangeFailed);
    m_followTimer->setSingleShot(true);
    m_followTimer->setInterval(kFollowIntervalMs);
    connect(m_followTimer, &QTimer::timeout, this, [this] {
        if (isBusy())
            m_followTimer->start(); // after the calculation in flight
        else if (isVisible())
            calculate();
        else
            m_stale = true;
    });
    connect(m_source, &db::EventSource::liveEvents, this, &WorktimeTab::onLiveEvents);
    connect(m_options, &WorktimeOptionsPanel::editPlanRequested, this,
            &WorktimeTab::openPlanWindow);
    updateActions();
}

QString WorktimeTab::planStorePath() const
{
    const QString chosen = QDir::fromNativeSeparators(m_options->planFile());
    if (!chosen.isEmpty() && (db::PlanStore::isStoreFile(chosen) ||
                              (!QFileInfo::exists(chosen) &&
                               chosen.endsWith(QLatin1String(".sqlite"), Qt::CaseInsensitive))))
        return chosen;
    return db::PlanStore::defaultPath();
}

PlanWindow *WorktimeTab::openPlanWindow()
{
    const QString store = planStorePath();
    if (m_planWindow && m_planWindow->storePath() != store) {
        delete m_planWindow;
        m_planWindow = nullptr;
    }
    if (!m_planWindow) {
        m_planWindow = new PlanWindow(store, this);
        m_planWindow->setWindowFlag(Qt::Window);
        // A saved plan counts at once: Worktime uses it (the store just saved, when no plan was
        // chosen) and calculates again.
        connect(m_planWindow, &PlanWindow::saved, this, [this, store](bool ok) {
            if (!ok)
                return;
            if (m_options->planFile().isEmpty())
                m_options->setPlanFile(store);
            if (!isBusy())
                calculate();
        });
        m_planWindow->load();
    }
    const Date from = m_result ? m_result->report.from : m_options->periodFrom();
    const CivilDate month = civilFromDate(from);
    m_planWindow->setMonth(month.year, month.month);
    m_planWindow->setWorked(m_result);
    m_planWindow->show();
    m_planWindow->raise();
    m_planWindow->activateWindow();
    return m_planWindow;
}

void WorktimeTab::setFollowInterval(int milliseconds)
{
    m_followTimer->setInterval(milliseconds);
}

void WorktimeTab::showChangesSincePrinted()
{
    if (!m_result || !m_result->printedAt.isValid())
        return;
    const std::vector<T13Change> &changes = m_result->changedSincePrinted;
    m_t13Model->setChanges(changes, m_result->printedAt);
    if (changes.empty())
        return;
    m_message->setStyleSheet(QStringLiteral("color:#e65100"));
    m_message->setText(
        tr("The T-13 has changed since it was printed on %1: %n cell(s) read "
           "differently now (marked orange; the tooltip says what they read).",
           nullptr, int(changes.size()))
            .arg(QLocale().toString(m_result->printedAt.toLocalTime(), QLocale::ShortFormat)));
}

void WorktimeTab::onLiveEvents(const QList<AccessEvent> &events)
{
    if (!m_result || m_followTimer->isActive())
        return;
    const bool ours = std::any_of(events.cbegin(), events.cend(), [this](const AccessEvent &e) {
        return e.time && m_range.from <= *e.time && *e.time < m_range.to;
    });
    if (ours)
        m_followTimer->start();
}

WorktimeTab::~WorktimeTab()
{
    delete m_export; // cancels and waits for a running export
}

bool WorktimeTab::isBusy() const
{
    return m_load->isRunning() || m_computation != 0;
}

void WorktimeTab::sourceChanged()
{
    // The report of the old source no longer applies; the new one is calculated when seen.
    m_shownOnce = false;
    if (isVisible()) {
        m_shownOnce = true;
        calculate();
    }
}

void WorktimeTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !isBusy()) {
        m_stale = false;
        QTimer::singleShot(0, this, &WorktimeTab::calculate);
    }
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    if (!m_result && !isBusy())
        QTimer::singleShot(0, this, &WorktimeTab::calculate);
}

void WorktimeTab::exportTable()
{
    if (m_exportButton->isEnabled())
        m_exportButton->showMenu();
}

DataTableView *WorktimeTab::tableView(View view) const
{
    switch (view) {
    case View::Daily:
        return m_dayView;
    case View::Totals:
        return m_totalsView;
    case View::Timesheet:
        return m_timesheetView;
    case View::T13:
        return m_t13View;
    case View::Charts:
        break;
    }
    return nullptr;
}

QSortFilterProxyModel *WorktimeTab::proxyOf(View view) const
{
    switch (view) {
    case View::Daily:
        return m_dayProxy;
    case View::Totals:
        return m_totalsProxy;
    case View::Timesheet:
        return m_timesheetProxy;
    case View::Charts:
    case View::T13: // the form's own order, not sortable
        break;
    }
    return nullptr;
}

WorktimeTab::View WorktimeTab::currentView() const
{
    return View(m_views->currentIndex());
}

void WorktimeTab::setCurrentView(View view)
{
    m_views->setCurrentIndex(int(view));
}

void WorktimeTab::calculate()
{
    m_load->cancel();
    m_computation = 0; // a report still being computed is no longer wanted
    m_events.clear();
    m_rules = m_options->rules();
    m_planFile = m_options->planFile();
    m_from = m_options->periodFrom();
    m_to = m_options->periodTo();
    // Days still to come have nothing to report (and a schedule would call them absent): a
    // period reaching past today ends today.
    const Date today = fromQDate(QDate::currentDate());
    QString period = tr("%1 – %2").arg(displayDate(m_from), displayDate(m_to));
    if (m_from <= today && today < m_to) {
        m_to = today;
        period = tr("%1 – %2 (today)").arg(displayDate(m_from), displayDate(m_to));
    }
    m_settingsSummary = period + QStringLiteral(" · ") + m_options->rulesSummary();
    if (m_to.days - m_from.days + 1 > kMaxWorktimeDays) {
        const QString message =
            tr("The period is %1 days long; a report covers at most %2 days. Choose a shorter "
               "period.")
                .arg(m_to.days - m_from.days + 1)
                .arg(kMaxWorktimeDays);
        m_message->setStyleSheet(QStringLiteral("color:#b71c1c"));
        m_message->setText(message);
        m_failed = true;
        emit calculationFailed(message);
        return;
    }
    m_message->clear();
    EventTimeRange range = worktimeEventRange(m_from, m_to, m_rules);
    if (!m_planFile.isEmpty()) {
        // The plan's shift windows reach further than the plain report's margins.
        const EventTimeRange planned = plannedEventRange(m_from, m_to, PlanRules());
        range.from = std::min(range.from, planned.from);
        range.to = std::max(range.to, planned.to);
    }
    m_range = range;
    m_load->start(range.from, range.to);
    setBusy(true);
}

void WorktimeTab::cancelCalculation()
{
    if (!isBusy())
        return;
    m_load->cancel();
    m_computation = 0;
    m_events.clear();
    setBusy(false);
    m_message->setStyleSheet({});
    m_message->setText(tr("Calculation cancelled."));
}

void WorktimeTab::onRangeBatch(const QList<AccessEvent> &events)
{
    m_events.insert(m_events.end(), events.cbegin(), events.cend());
    m_busyLabel->setText(tr("Reading passes… %1").arg(QLocale().toString(qint64(m_events.size()))));
}

void WorktimeTab::onRangeFinished(qint64 rows)
{
    m_busyLabel->setText(tr("Calculating…"));
    computeOnWorker(rows);
}

namespace {

struct Computed
{
    WorktimeResultPtr result;
    std::shared_ptr<const WorktimeCalculator> calculator;
    qint64 milliseconds = 0;
};

// Runs on a worker thread: the plan is read here too (a plan store is SQLite).
Computed computeWorktime(std::vector<AccessEvent> events, const WorktimeRules &rules, Date from,
                         Date to, qint64 rows, const QString &planFile)
{
    QElapsedTimer timer;
    timer.start();
    auto calculator = std::make_shared<WorktimeCalculator>(rules);
    calculator->add(std::span<const AccessEvent>(events));
    auto result = std::make_shared<WorktimeResult>();
    result->report = calculator->compute(from, to);
    result->timesheet = makeTimesheet(result->report);
    result->eventsRead = rows;
    if (!planFile.isEmpty()) {
        QString error;
        const std::optional<WorkPlan> plan = db::readPlan(planFile, &error);
        if (plan) {
            result->planned =
                computePlannedWorktime(*calculator, from, to, WorkPlanResolver(*plan), PlanRules());
            result->t13 = makeT13Sheet(*result->planned);
            if (result->t13) {
                db::sortT13People(&*result->t13);
                // What changed since the month was last printed (a file read: here, not on the
                // GUI thread).
                const T13Sheet &now = *result->t13;
                if (const std::optional<db::PrintedSheets::Printed> printed =
                        db::PrintedSheets().find(now.year, now.month)) {
                    result->printedAt = printed->printedAt;
                    result->changedSincePrinted = t13Changes(printed->sheet, now);
                }
            }
        } else {
            result->planError = error.toStdString();
        }
    }
    result->events = std::move(events);
    return {std::move(result), std::move(calculator), timer.elapsed()};
}

} // namespace

void WorktimeTab::computeOnWorker(qint64 rows)
{
    const quint64 computation = ++m_lastComputation;
    m_computation = computation;
    auto *watcher = new QFutureWatcher<Computed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, computation] {
        watcher->deleteLater();
        if (computation != m_computation)
            return; // cancelled or superseded
        m_computation = 0;
        Computed computed = watcher->result();
        const WorktimeReport &report = computed.result->report;
        log::ui()->info("worktime: {} passes, {} people, {} rows computed in {} ms",
                        computed.result->eventsRead, report.people.size(), report.days.size(),
                        computed.milliseconds);
        m_calculator = std::move(computed.calculator);
        setBusy(false);
        showResult(std::move(computed.result));
        emit calculated();
    });
    watcher->setFuture(
        QtConcurrent::run([events = std::move(m_events), rules = m_rules, from = m_from, to = m_to,
                           rows, plan = m_planFile]() mutable {
            return computeWorktime(std::move(events), rules, from, to, rows, plan);
        }));
    m_events = {};
}

void WorktimeTab::onRangeFailed(const QString &message)
{
    m_events.clear();
    setBusy(false);
    m_message->setStyleSheet(QStringLiteral("color:#b71c1c"));
    m_message->setText(tr("Could not read the passes: %1").arg(message));
    m_failed = true;
    emit calculationFailed(message);
}

void WorktimeTab::setBusy(bool busy)
{
    m_busyBox->setVisible(busy);
    m_busyLabel->setText(tr("Reading passes…"));
    m_calculateButton->setEnabled(!busy);
    if (busy)
        m_summary->clear();
    updateActions();
}

void WorktimeTab::showResult(WorktimeResultPtr result)
{
    // A recalculation (new passes arriving) keeps each table where the user had scrolled it.
    const std::array<DataTableView *, 4> views{m_dayView, m_totalsView, m_timesheetView, m_t13View};
    std::array<std::pair<int, int>, 4> scrolled{};
    for (std::size_t i = 0; i < views.size(); ++i)
        scrolled[i] = {views[i]->horizontalScrollBar()->value(),
                       views[i]->verticalScrollBar()->value()};
    m_result = std::move(result);
    m_failed = false;
    m_dayModel->setResult(m_result);
    m_totalsModel->setResult(m_result);
    m_timesheetModel->setResult(m_result);
    m_t13Model->setResult(m_result);
    if (m_planWindow)
        m_planWindow->setWorked(m_result);
    m_views->setTabVisible(int(View::T13), m_result->t13.has_value());
    if (m_result->t13) {
        QHeaderView *t13Header = m_t13View->horizontalHeader();
        t13Header->resizeSection(T13Model::PersonnelNumber, 80);
        t13Header->resizeSection(T13Model::Name, 220);
        for (int c = T13Model::kFirstDayColumn; c < m_t13Model->daysColumn(); ++c)
            t13Header->resizeSection(c, 40);
        m_t13View->verticalHeader()->setDefaultSectionSize(2 * m_t13View->fontMetrics().height() +
                                                           6);
    }
    QHeaderView *header = m_timesheetView->horizontalHeader();
    header->resizeSection(0, 90);
    header->resizeSection(1, 230);
    for (int c = TimesheetModel::kFirstDateColumn; c < m_timesheetModel->columnCount(); ++c)
        header->resizeSection(c, 46);
    header->resizeSection(m_timesheetModel->totalColumn(), 70);
    // Lateness, early leaving, overtime and absence exist only with a schedule.
    const bool scheduled = m_result->report.rules.schedule.has_value();
    for (const int column :
         {WorktimeDayModel::Late, WorktimeDayModel::Early, WorktimeDayModel::Overtime})
        m_dayView->setColumnHidden(column, !scheduled);
    for (const int column :
         {WorktimeTotalsModel::Late, WorktimeTotalsModel::Early, WorktimeTotalsModel::Overtime,
          WorktimeTotalsModel::DaysLate, WorktimeTotalsModel::DaysAbsent})
        m_totalsView->setColumnHidden(column, !scheduled);

    std::shared_ptr<const WorktimeCalculator> calculator = m_calculator;
    m_charts->setResult(m_result, [calculator](Date day) { return calculator->headcount(day); });
    m_stack->setCurrentIndex(1);

    const WorktimeReport &report = m_result->report;
    m_summary->setText(tr("%1 · %2 people · %3 day rows · %4 passes read")
                           .arg(m_settingsSummary)
                           .arg(QLocale().toString(qint64(report.people.size())))
                           .arg(QLocale().toString(qint64(report.days.size())))
                           .arg(QLocale().toString(m_result->eventsRead)));
    if (report.people.empty()) {
        m_message->setStyleSheet({});
        m_message->setText(tr("No passes in this period."));
    }
    if (!m_result->planError.empty()) {
        m_message->setStyleSheet(QStringLiteral("color:#b71c1c"));
        m_message->setText(
            tr("The work plan was not used: %1").arg(QString::fromStdString(m_result->planError)));
    } else if (m_result->planned && !m_result->t13) {
        m_message->setStyleSheet({});
        m_message->setText(tr("The T-13 timesheet covers one month: choose a month to see it."));
    } else if (m_result->planned && !m_result->planned->unplanned.empty()) {
        const WorktimePerson &first = m_result->planned->unplanned.front();
        m_message->setStyleSheet({});
        m_message->setText(
            tr("%n people with passes are not in the work plan and are not in the T-13 (the "
               "first: %1).",
               nullptr, int(m_result->planned->unplanned.size()))
                .arg(QString::fromStdString(first.name.empty() ? first.employeeId : first.name)));
    }
    // Last: what changed since the month was printed matters more than the notes above.
    showChangesSincePrinted();
    for (std::size_t i = 0; i < views.size(); ++i) {
        views[i]->horizontalScrollBar()->setValue(scrolled[i].first);
        views[i]->verticalScrollBar()->setValue(scrolled[i].second);
    }
    updateActions();
}

void WorktimeTab::updateActions()
{
    const bool table = m_result && currentView() != View::Charts;
    const bool form = m_result && m_result->t13 && !m_formBeingWritten;
    m_exportButton->setEnabled(m_result != nullptr && !isBusy());
    const QList<QAction *> actions = m_exportButton->menu()->actions();
    actions.at(0)->setEnabled(table);
    actions.at(1)->setEnabled(table);
    actions.at(kT13XlsxAction)->setEnabled(form);
    actions.at(kT13PdfAction)->setEnabled(form);
    actions.at(kT13XlsxAction)->setVisible(m_result && m_result->planned);
    actions.at(kT13PdfAction)->setVisible(m_result && m_result->planned);
    // The T-13 prints as its form (Export); the other tables print as they are shown.
    m_printButton->setEnabled(table && proxyOf(currentView()) && !isBusy());
}

std::optional<PrintableReport> WorktimeTab::printableView(View view) const
{
    QSortFilterProxyModel *proxy = proxyOf(view);
    if (!m_result || !proxy)
        return std::nullopt;
    QString title;
    switch (view) {
    case View::Daily:
        title = tr("Worktime: daily detail");
        break;
    case View::Totals:
        title = tr("Worktime: totals per person");
        break;
    default:
        title = tr("Timesheet");
        break;
    }
    const bool timesheet = view == View::Timesheet;
    QString html = QStringLiteral("<html><body><h2>%1</h2><p>%2<br/>%3</p>")
                       .arg(title.toHtmlEscaped(), m_settingsSummary.toHtmlEscaped(),
                            tr("Data source: %1").arg(m_source->sourceName()).toHtmlEscaped());
    html += timesheet ? QStringLiteral("<div style=\"font-size:6.5pt\">")
                      : QStringLiteral("<div style=\"font-size:8pt\">");
    html += modelTableHtml(*proxy);
    html += QStringLiteral("</div>");
    if (timesheet) {
        const auto swatch = [](const QColor &color, const QString &text) {
            return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;"
                                  "</span>&nbsp;%2&nbsp;&nbsp;&nbsp; ")
                .arg(color.name(), text.toHtmlEscaped());
        };
        html += QStringLiteral("<p>") + swatch(lateColor(), tr("Late")) +
                swatch(absentColor(), tr("Absent (abs.)")) +
                swatch(incompleteColor(), tr("Entry or exit missing (? = hours unknown)")) +
                swatch(nonWorkingDayColor(), tr("Day off")) + QStringLiteral("</p>");
    }
    html += QStringLiteral("</body></html>");
    return PrintableReport(html, title + QStringLiteral(" · ") + m_settingsSummary,
                           timesheet ? QPageLayout::Landscape : QPageLayout::Portrait);
}

void WorktimeTab::printCurrentView(bool pdf)
{
    const std::optional<PrintableReport> report = printableView(currentView());
    if (!report)
        return;
    if (!pdf) {
        report->preview(this, m_views->tabText(m_views->currentIndex()));
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("worktime") + QLatin1Char('-') + periodFileStem() +
                      QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!report->savePdf(path, &error))
        QMessageBox::warning(this, tr("Save as PDF"), error);
    else
        m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace attlog::ui
