// SPDX-License-Identifier: MIT
#include "db/plan/planstore.h"
#include "db/plan/workplanjson.h"
#include "tests/ui/memoryeventsource.h"
#include "ui/common/datatableview.h"
#include "ui/common/eventformat.h"
#include "ui/plan/planwindow.h"
#include "ui/reports/headcountchart.h"
#include "ui/reports/hoursperdaychart.h"
#include "ui/worktime/passesdialog.h"
#include "ui/worktime/t13model.h"
#include "ui/worktime/timesheetmodel.h"
#include "ui/worktime/worktimechartsview.h"
#include "ui/worktime/worktimedaymodel.h"
#include "ui/worktime/worktimeoptionspanel.h"
#include "ui/worktime/worktimestyle.h"
#include "ui/worktime/worktimetab.h"
#include "ui/worktime/worktimetotalsmodel.h"

#include "tests/support/catch.h"
#include "tests/support/workplanfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#ifndef ATTLOG_PYTHON3_OPENPYXL
#error "ATTLOG_PYTHON3_OPENPYXL must name a python3 with openpyxl"
#endif

using attlog::AccessEvent;
using attlog::Direction;
using attlog::test::makePass;
using attlog::test::MemoryEventSource;
using attlog::ui::TimesheetModel;
using attlog::ui::WorktimeDayModel;
using attlog::ui::WorktimeTab;
using attlog::ui::WorktimeTotalsModel;

namespace {

const std::string kGate = "Проходная";

// Monday 2.11.2026 to Wednesday 4.11.2026.
QList<AccessEvent> weekOfPasses()
{
    const auto ivanov = [](std::int64_t key, const char *time, Direction direction) {
        return makePass(key, time, direction, "Иванов Пётр", "E1", kGate);
    };
    const auto petrov = [](std::int64_t key, const char *time, Direction direction) {
        return makePass(key, time, direction, "Петров Олег", "E2", kGate);
    };
    return {
        // A day with a lunch break (and a double scan at the turnstile).
        ivanov(1, "2026-11-02 08:55:00", Direction::In),
        ivanov(2, "2026-11-02 13:00:00", Direction::Out),
        ivanov(3, "2026-11-02 13:00:20", Direction::Out),
        ivanov(4, "2026-11-02 13:45:00", Direction::In),
        ivanov(5, "2026-11-02 18:05:00", Direction::Out),
        // Late by 20 minutes.
        ivanov(6, "2026-11-03 09:20:00", Direction::In),
        ivanov(7, "2026-11-03 18:00:00", Direction::Out),
        // Never left (no exit pass).
        ivanov(8, "2026-11-04 09:00:00", Direction::In),
        // A night shift: counts on the day it began.
        petrov(10, "2026-11-02 20:00:00", Direction::In),
        petrov(11, "2026-11-03 08:00:00", Direction::Out),
        // Outside the period and its 20 h margins: never read.
        petrov(12, "2026-10-20 08:00:00", Direction::In),
    };
}

std::unique_ptr<WorktimeTab> calculatedTab(MemoryEventSource &source,
                                           const std::function<void(WorktimeTab &)> &setUp = {})
{
    auto tab = std::make_unique<WorktimeTab>(&source);
    tab->options()->setPeriod(attlog::dateFromCivil(2026, 11, 2),
                              attlog::dateFromCivil(2026, 11, 4));
    if (setUp)
        setUp(*tab);
    QSignalSpy calculated(tab.get(), &WorktimeTab::calculated);
    tab->calculate();
    CHECK(tab->isBusy());
    REQUIRE(calculated.wait(5000));
    CHECK_FALSE(tab->isBusy());
    return tab;
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QColor background(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::BackgroundRole).value<QBrush>().color();
}

attlog::Schedule nineToSix()
{
    attlog::Schedule schedule;
    schedule.startMinute = 9 * 60;
    schedule.endMinute = 18 * 60;
    schedule.graceMinutes = 5;
    return schedule;
}

} // namespace

TEST_CASE("Worktime computes the daily detail: lunch break and night shift", "[worktime]")
{
    MemoryEventSource source(weekOfPasses());
    auto tab = calculatedTab(source);
    // The period plus 20 hours on each side, so night shifts close.
    CHECK(source.lastFrom() == *attlog::parseDateTime("2026-11-01 04:00:00"));
    CHECK(source.lastTo() == *attlog::parseDateTime("2026-11-05 20:00:00"));

    const WorktimeDayModel &days = *tab->dayModel();
    QAbstractItemModelTester tester(tab->dayModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(days.rowCount() == 4);
    // Иванов, 2 November: 08:55 to 18:05 with 45 minutes of lunch.
    CHECK(text(days, 0, WorktimeDayModel::EmployeeId) == QStringLiteral("E1"));
    CHECK(text(days, 0, WorktimeDayModel::Person) == QStringLiteral("Иванов Пётр"));
    CHECK(text(days, 0, WorktimeDayModel::Date).endsWith(QStringLiteral("02.11.2026")));
    CHECK(text(days, 0, WorktimeDayModel::FirstIn) == QStringLiteral("08:55"));
    CHECK(text(days, 0, WorktimeDayModel::LastOut) == QStringLiteral("18:05"));
    CHECK(text(days, 0, WorktimeDayModel::Inside) == QStringLiteral("8:25"));
    CHECK(text(days, 0, WorktimeDayModel::Span) == QStringLiteral("9:10"));
    CHECK(text(days, 0, WorktimeDayModel::Worked) == QStringLiteral("9:10"));
    CHECK(text(days, 0, WorktimeDayModel::Late).isEmpty()); // no schedule
    CHECK(text(days, 0, WorktimeDayModel::Flags).isEmpty());
    // Иванов, 4 November: no exit.
    CHECK(text(days, 2, WorktimeDayModel::FirstIn) == QStringLiteral("09:00"));
    CHECK(text(days, 2, WorktimeDayModel::LastOut).isEmpty());
    CHECK(text(days, 2, WorktimeDayModel::Worked).isEmpty());
    CHECK(text(days, 2, WorktimeDayModel::Flags) == QStringLiteral("No exit"));
    CHECK(background(days, 2, WorktimeDayModel::Flags) == attlog::ui::incompleteColor());
    // Петров's night shift belongs to 2 November; its exit is shown with its date.
    CHECK(text(days, 3, WorktimeDayModel::Person) == QStringLiteral("Петров Олег"));
    CHECK(text(days, 3, WorktimeDayModel::Date).endsWith(QStringLiteral("02.11.2026")));
    CHECK(text(days, 3, WorktimeDayModel::FirstIn) == QStringLiteral("20:00"));
    CHECK(text(days, 3, WorktimeDayModel::LastOut) == QStringLiteral("03.11 08:00"));
    CHECK(text(days, 3, WorktimeDayModel::Worked) == QStringLiteral("12:00"));

    const WorktimeTotalsModel &totals = *tab->totalsModel();
    QAbstractItemModelTester totalsTester(tab->totalsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(totals.rowCount() == 2);
    CHECK(text(totals, 0, WorktimeTotalsModel::Worked) == QStringLiteral("17:50"));
    CHECK(text(totals, 0, WorktimeTotalsModel::DaysPresent) == QStringLiteral("3"));
    CHECK(text(totals, 0, WorktimeTotalsModel::DaysNoExit) == QStringLiteral("1"));
    CHECK(text(totals, 1, WorktimeTotalsModel::Worked) == QStringLiteral("12:00"));

    SECTION("time inside leaves the lunch break out")
    {
        QSignalSpy calculated(tab.get(), &WorktimeTab::calculated);
        tab->options()->setMode(attlog::WorkedMode::Inside);
        tab->calculate();
        REQUIRE(calculated.wait(5000));
        CHECK(text(*tab->dayModel(), 0, WorktimeDayModel::Worked) == QStringLiteral("8:25"));
    }
    SECTION("the charts show the chosen person's hours and the headcount of a day")
    {
        attlog::ui::WorktimeChartsView *charts = tab->chartsView();
        charts->setPerson(0);
        CHECK(charts->hoursChart()->hours() == QList<qreal>({9.2, 8.7, 0.0}));
        charts->setDay(attlog::dateFromCivil(2026, 11, 2));
        const QList<QPointF> points = charts->headcountChart()->points();
        REQUIRE(points.size() == 96);           // every 15 minutes
        CHECK(points[36] == QPointF(9.0, 1));   // 09:00 Иванов
        CHECK(points[53] == QPointF(13.25, 0)); // 13:15 at lunch
        CHECK(points[80] == QPointF(20.0, 1));  // 20:00 Петров
    }
}

TEST_CASE("Worktime timesheet colours late, absent and no exit", "[worktime]")
{
    MemoryEventSource source(weekOfPasses());
    auto tab = calculatedTab(source, [](WorktimeTab &t) { t.options()->setSchedule(nineToSix()); });
    const TimesheetModel &sheet = *tab->timesheetModel();
    QAbstractItemModelTester tester(tab->timesheetModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(sheet.rowCount() == 2);
    REQUIRE(sheet.columnCount() == 6); // ID, person, 3 days, total
    const int mon = TimesheetModel::kFirstDateColumn;
    const int tue = mon + 1;
    const int wed = mon + 2;
    CHECK(sheet.headerData(mon, Qt::Horizontal, Qt::DisplayRole)
              .toString()
              .startsWith(QStringLiteral("2\n")));

    // Иванов: on time Monday, 20 minutes late Tuesday, no exit Wednesday.
    CHECK(text(sheet, 0, mon) == QStringLiteral("9:10"));
    CHECK(sheet.index(0, mon).data(Qt::BackgroundRole).isNull());
    CHECK(text(sheet, 0, tue) == QStringLiteral("8:40"));
    CHECK(background(sheet, 0, tue) == attlog::ui::lateColor());
    CHECK(sheet.index(0, tue).data(TimesheetModel::kMarkRole).toInt() ==
          int(attlog::CellMark::Late));
    CHECK(text(sheet, 0, wed) == QStringLiteral("?"));
    CHECK(background(sheet, 0, wed) == attlog::ui::incompleteColor());
    CHECK(text(sheet, 0, sheet.totalColumn()) == QStringLiteral("17:50"));
    // Петров: nothing on Tuesday and Wednesday, both working days.
    CHECK(text(sheet, 1, tue) == QStringLiteral("abs."));
    CHECK(background(sheet, 1, tue) == attlog::ui::absentColor());
    CHECK(background(sheet, 1, wed) == attlog::ui::absentColor());
    CHECK(sheet.index(1, tue).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Absent")));

    // The daily detail has the lateness and the absent rows too.
    const WorktimeDayModel &days = *tab->dayModel();
    REQUIRE(days.rowCount() == 6); // Петров's absent days are rows of their own
    CHECK(text(days, 1, WorktimeDayModel::Late) == QStringLiteral("0:20"));
    CHECK(background(days, 1, WorktimeDayModel::Late) == attlog::ui::lateColor());
    CHECK(text(days, 0, WorktimeDayModel::Overtime) == QStringLiteral("0:10"));
    CHECK(text(days, 4, WorktimeDayModel::Flags) == QStringLiteral("Absent"));
    CHECK(background(days, 4, WorktimeDayModel::Flags) == attlog::ui::absentColor());

    // The printout is one landscape page with the colours and the legend.
    const std::optional<attlog::ui::PrintableReport> printout =
        tab->printableView(WorktimeTab::View::Timesheet);
    REQUIRE(printout.has_value());
    CHECK(printout->orientation() == QPageLayout::Landscape);
    CHECK(printout->html().contains(attlog::ui::lateColor().name()));
    CHECK(printout->plainText().contains(QStringLiteral("Петров Олег")));
    CHECK(printout->plainText().contains(QStringLiteral("abs.")));
    CHECK(printout->plainText().contains(QStringLiteral("Entry or exit missing")));
    QPrinter printer(QPrinter::HighResolution);
    printout->preparePrinter(printer);
    CHECK(printout->pageCount(printer) == 1);
    CHECK_FALSE(tab->printableView(WorktimeTab::View::Charts).has_value());
}

TEST_CASE("Worktime does not flag today's missing exit: the day is not over", "[worktime]")
{
    const QDate today = QDate::currentDate();
    const QByteArray morning = today.toString(QStringLiteral("yyyy-MM-dd 08:00:00")).toLatin1();
    const QByteArray yesterday =
        today.addDays(-1).toString(QStringLiteral("yyyy-MM-dd 08:00:00")).toLatin1();
    MemoryEventSource source(
        {makePass(1, yesterday.constData(), Direction::In, "Иванов Пётр", "E1", kGate),
         makePass(2, morning.constData(), Direction::In, "Иванов Пётр", "E1", kGate)});
    WorktimeTab tab(&source);
    tab.options()->setPeriod(attlog::fromQDate(today.addDays(-1)), attlog::fromQDate(today));
    QSignalSpy calculated(&tab, &WorktimeTab::calculated);
    tab.calculate();
    REQUIRE(calculated.wait(5000));
    const WorktimeDayModel &days = *tab.dayModel();
    REQUIRE(days.rowCount() == 2);
    // Yesterday's entry was never closed: flagged. Today's is still open: not yet.
    CHECK(text(days, 0, WorktimeDayModel::Flags) == QStringLiteral("No exit"));
    CHECK(text(days, 1, WorktimeDayModel::Flags) == QStringLiteral("Not out yet"));
    CHECK(days.index(1, WorktimeDayModel::Flags).data(Qt::BackgroundRole).isNull());
    const TimesheetModel &sheet = *tab.timesheetModel();
    CHECK(text(sheet, 0, TimesheetModel::kFirstDateColumn) == QStringLiteral("?"));
    CHECK(text(sheet, 0, TimesheetModel::kFirstDateColumn + 1) == QStringLiteral("in"));
    CHECK(sheet.index(0, TimesheetModel::kFirstDateColumn + 1).data(TimesheetModel::kMarkRole) ==
          int(attlog::CellMark::None));
}

TEST_CASE("Worktime calculation can be cancelled and reports a failed read", "[worktime]")
{
    MemoryEventSource source(weekOfPasses());
    WorktimeTab tab(&source);
    tab.options()->setPeriod(attlog::dateFromCivil(2026, 11, 2),
                             attlog::dateFromCivil(2026, 11, 4));
    QSignalSpy calculated(&tab, &WorktimeTab::calculated);
    tab.calculate();
    tab.cancelCalculation();
    CHECK_FALSE(tab.isBusy());
    CHECK_FALSE(calculated.wait(300));
    CHECK(tab.result() == nullptr);

    source.failNextLoad(QStringLiteral("timeout expired"));
    QSignalSpy failed(&tab, &WorktimeTab::calculationFailed);
    tab.calculate();
    REQUIRE(failed.wait(3000));
    CHECK(failed.at(0).at(0).toString() == QStringLiteral("timeout expired"));
    CHECK_FALSE(tab.isBusy());
}

TEST_CASE("Worktime by keyboard: Enter in the options calculates, Esc stops it", "[worktime]")
{
    MemoryEventSource source(weekOfPasses());
    WorktimeTab tab(&source);
    tab.options()->setPeriod(attlog::dateFromCivil(2026, 11, 2),
                             attlog::dateFromCivil(2026, 11, 4));
    tab.show();
    tab.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    auto *date = tab.options()->findChild<QDateEdit *>();
    REQUIRE(date);
    date->setFocus(Qt::TabFocusReason);
    QSignalSpy calculated(&tab, &WorktimeTab::calculated);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(tab.isBusy());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(tab.isBusy());
    CHECK_FALSE(calculated.wait(300));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter); // the keypad's Enter too
    REQUIRE(calculated.wait(5000));
    CHECK(tab.result() != nullptr);
}

TEST_CASE("Worktime showing why it has no result is ready to be shown", "[worktime]")
{
    // attlog-viewer --screenshot waits for isReady(): a failed read shows its message, which is
    // what there is to see (it once waited for a result that never came).
    MemoryEventSource source(weekOfPasses());
    WorktimeTab tab(&source);
    tab.options()->setPeriod(attlog::dateFromCivil(2026, 11, 2),
                             attlog::dateFromCivil(2026, 11, 4));
    source.failNextLoad(QStringLiteral("timeout expired"));
    QSignalSpy failed(&tab, &WorktimeTab::calculationFailed);
    tab.calculate();
    REQUIRE(failed.wait(3000));
    CHECK(tab.result() == nullptr);
    CHECK(tab.isReady());

    QSignalSpy calculated(&tab, &WorktimeTab::calculated);
    tab.calculate();
    REQUIRE(calculated.wait(3000));
    CHECK(tab.result() != nullptr);
    CHECK(tab.isReady());
}

TEST_CASE("Worktime exports the timesheet to XLSX that Excel readers open", "[worktime][readback]")
{
    MemoryEventSource source(weekOfPasses());
    auto tab = calculatedTab(source, [](WorktimeTab &t) { t.options()->setSchedule(nineToSix()); });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("табель.xlsx"));
    QSignalSpy finished(tab.get(), &WorktimeTab::exportFinished);
    REQUIRE(tab->exportView(WorktimeTab::View::Timesheet, path,
                            attlog::db::TableExportJob::Format::Xlsx) != nullptr);
    REQUIRE(finished.wait(10000));
    REQUIRE(finished.at(0).at(0).toBool());

    // Read it back with openpyxl (python3-openpyxl): a missing reader fails the test.
    const char *script = R"PY(
import datetime, json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, datetime.timedelta):
                v = round(v.total_seconds() / 60)
            elif isinstance(v, datetime.time):
                v = v.hour * 60 + v.minute
            elif isinstance(v, float) and 'h' in (c.number_format or ''):
                v = round(v * 1440)
            fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type else None
            cells.append([v, fill])
        rows.append(cells)
    out[ws.title] = rows
print(json.dumps(out))
)PY";
    QProcess python;
    python.start(QStringLiteral(ATTLOG_PYTHON3_OPENPYXL),
                 {QStringLiteral("-c"), QString::fromUtf8(script), path});
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    REQUIRE(python.exitCode() == 0);
    const QJsonObject book = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    REQUIRE(book.keys() == QStringList{QStringLiteral("Timesheet")});
    const QJsonArray rows = book.value(QStringLiteral("Timesheet")).toArray();
    REQUIRE(rows.size() == 3);
    // [value, fill] per cell; QJsonValue copies, so nothing refers into a temporary array.
    const auto cell = [&](int r, int c) { return rows.at(r).toArray().at(c).toArray(); };
    const auto value = [&](int r, int c) -> QJsonValue { return cell(r, c).at(0); };
    const auto fill = [&](int r, int c) { return cell(r, c).at(1).toString(); };
    CHECK(value(0, 0).toString() == QStringLiteral("employee_id"));
    CHECK(value(0, 2).toString() == QStringLiteral("2026-11-02"));
    CHECK(value(0, 5).toString() == QStringLiteral("total_minutes"));
    CHECK(value(1, 1).toString() == QStringLiteral("Иванов Пётр"));
    CHECK(value(1, 2).toInt() == 550);
    CHECK(value(1, 3).toInt() == 520);
    CHECK(fill(1, 3).endsWith(QStringLiteral("FFD966"))); // late: amber
    CHECK(value(1, 4).toString() == QStringLiteral("no_exit"));
    CHECK(fill(1, 4).endsWith(QStringLiteral("C9B3E6"))); // no exit: violet
    CHECK(value(1, 5).toInt() == 1070);
    CHECK(value(2, 1).toString() == QStringLiteral("Петров Олег"));
    CHECK(value(2, 3).toString() == QStringLiteral("absent"));
    CHECK(fill(2, 3).endsWith(QStringLiteral("F4A6A6"))); // absent: red

    SECTION("the whole report is one workbook with three sheets")
    {
        const QString workbook = dir.filePath(QStringLiteral("worktime.xlsx"));
        QSignalSpy done(tab.get(), &WorktimeTab::exportFinished);
        REQUIRE(tab->exportWorkbook(workbook) != nullptr);
        REQUIRE(done.wait(10000));
        REQUIRE(done.at(0).at(0).toBool());
        QProcess sheets;
        sheets.start(
            QStringLiteral(ATTLOG_PYTHON3_OPENPYXL),
            {QStringLiteral("-c"),
             QStringLiteral("import openpyxl,sys; "
                            "print(','.join(openpyxl.load_workbook(sys.argv[1]).sheetnames))"),
             workbook});
        REQUIRE(sheets.waitForFinished(30000));
        REQUIRE(sheets.exitCode() == 0);
        CHECK(sheets.readAllStandardOutput().trimmed() == QByteArray("Daily,Totals,Timesheet"));
    }
    SECTION("the daily detail as CSV")
    {
        const QString csv = dir.filePath(QStringLiteral("daily.csv"));
        QSignalSpy done(tab.get(), &WorktimeTab::exportFinished);
        REQUIRE(tab->exportView(WorktimeTab::View::Daily, csv,
                                attlog::db::TableExportJob::Format::Csv) != nullptr);
        REQUIRE(done.wait(10000));
        REQUIRE(done.at(0).at(0).toBool());
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads the BOM as UTF-8
        const QString content = QString::fromUtf8(bytes);
        CHECK(content.contains(QStringLiteral("Иванов Пётр")));
        CHECK(content.contains(QStringLiteral("2026-11-03 09:20:00")));
        CHECK(content.count(QLatin1Char('\n')) == 7); // header + 6 rows
    }
}

TEST_CASE("a failed export leaves no file and says why", "[worktime]")
{
    MemoryEventSource source(weekOfPasses());
    auto tab = calculatedTab(source);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/daily.xlsx"));
    QSignalSpy finished(tab.get(), &WorktimeTab::exportFinished);
    REQUIRE(tab->exportView(WorktimeTab::View::Daily, path,
                            attlog::db::TableExportJob::Format::Xlsx) != nullptr);
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK_FALSE(finished.at(0).at(1).toString().isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Worktime refuses a period longer than a report covers", "[worktime]")
{
    MemoryEventSource source(weekOfPasses());
    WorktimeTab tab(&source);
    tab.options()->setPeriod(attlog::dateFromCivil(2020, 1, 1),
                             attlog::dateFromCivil(2025, 12, 31));
    QSignalSpy failed(&tab, &WorktimeTab::calculationFailed);
    tab.calculate();
    REQUIRE(failed.count() == 1); // at once, nothing read
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("at most 731 days")));
    CHECK_FALSE(tab.isBusy());
    CHECK(source.loadCount() == 0);
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

QStringList passTimes(const std::vector<AccessEvent> &passes)
{
    QStringList times;
    for (const AccessEvent &pass : passes)
        times << attlog::ui::displayDateTime(pass);
    return times;
}

} // namespace

TEST_CASE("Worktime under a work plan: the T-13 view, the passes behind a cell, the form exports",
          "[worktime]")
{
    // The plan's choice is remembered in the settings: forgotten again after this test.
    const auto forget =
        qScopeGuard([] { QSettings().remove(QStringLiteral("worktime/planUsed")); });
    QTemporaryDir dir;
    const QString plan =
        writeFile(dir, QStringLiteral("план.json"), attlog::test::kOfficeAndNightsPlan);
    MemoryEventSource source(weekOfPasses());
    auto tab = calculatedTab(source, [&](WorktimeTab &t) {
        t.options()->setPlanFile(plan);
        t.options()->setMonth(2026, 11);
    });
    const attlog::ui::WorktimeResultPtr result = tab->result();
    REQUIRE(result);
    INFO(result->planError);
    REQUIRE(result->planned);
    REQUIRE(result->t13);
    // The plan's shift windows reach further back than the plain report's 20 hours.
    CHECK(source.lastFrom() <= *attlog::parseDateTime("2026-10-31 00:00:00"));

    const attlog::ui::T13Model &t13 = *tab->t13Model();
    QAbstractItemModelTester tester(tab->t13Model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(t13.rowCount() == 2);
    REQUIRE(t13.columnCount() == 2 + 30 + 3); // number, name, 30 days, days, hours, absences
    const int day1 = attlog::ui::T13Model::kFirstDayColumn;
    CHECK(text(t13, 0, 1) == QStringLiteral("Иванов Пётр"));
    CHECK(text(t13, 0, 0) == QStringLiteral("E1"));
    // Иванов: Sunday 1st a day off; Monday Я with 5 minutes overtime; Tuesday (a short day)
    // an hour of overtime; Wednesday 4th a holiday; from the 5th no passes on working days.
    CHECK(text(t13, 0, day1) == QStringLiteral("В"));
    CHECK(background(t13, 0, day1) == attlog::ui::nonWorkingDayColor());
    CHECK(text(t13, 0, day1 + 1) == QStringLiteral("Я/С\n8,08/0,08"));
    CHECK(text(t13, 0, day1 + 2) == QStringLiteral("Я/С\n6,67/1"));
    CHECK(text(t13, 0, day1 + 3) == QStringLiteral("В"));
    CHECK(text(t13, 0, day1 + 4) == QStringLiteral("НН"));
    CHECK(background(t13, 0, day1 + 4) == attlog::ui::absentColor());
    CHECK(text(t13, 0, t13.daysColumn()) == QStringLiteral("2"));
    CHECK(text(t13, 0, t13.hoursColumn()) == QStringLiteral("15,83"));
    // Петров's night of the 2nd: 3 day hours and 8 night hours, the 2nd's.
    CHECK(text(t13, 1, day1 + 1) == QStringLiteral("Я/Н\n3/8"));
    CHECK(text(t13, 1, day1 + 2) == QStringLiteral("НН"));

    const QString tip = t13.index(0, day1 + 2).data(Qt::ToolTipRole).toString();
    INFO(tip.toStdString());
    CHECK(tip.contains(QStringLiteral("Planned shift office: 7:00")));
    CHECK(tip.contains(QStringLiteral("Late 20 min")));
    CHECK(tip.contains(QStringLiteral("Pre-holiday day")));

    // Traceability: the passes behind a T-13 cell, the night's exit of the next morning included.
    QString title;
    std::vector<AccessEvent> passes =
        tab->passesBehindCell(WorktimeTab::View::T13, t13.index(1, day1 + 1), &title);
    CHECK(title.startsWith(QStringLiteral("Петров Олег · ")));
    CHECK(passTimes(passes) == QStringList({QStringLiteral("02.11.2026 20:00:00"),
                                            QStringLiteral("03.11.2026 08:00:00")}));
    // Иванов's Monday: his four passes (the repeated scan at 13:00:20 counted nowhere).
    passes = tab->passesBehindCell(WorktimeTab::View::T13, t13.index(0, day1 + 1), &title);
    CHECK(passTimes(passes) ==
          QStringList({QStringLiteral("02.11.2026 08:55:00"), QStringLiteral("02.11.2026 13:00:00"),
                       QStringLiteral("02.11.2026 13:45:00"),
                       QStringLiteral("02.11.2026 18:05:00")}));
    // A day without passes has none behind it; the name cell holds the whole month's.
    CHECK(tab->passesBehindCell(WorktimeTab::View::T13, t13.index(0, day1 + 4), &title).empty());
    CHECK(tab->passesBehindCell(WorktimeTab::View::T13, t13.index(0, 1), &title).size() == 7);
    // The daily detail (by calendar date there): Иванов's Monday with the repeated scan.
    const QAbstractItemModel *daily = tab->tableView(WorktimeTab::View::Daily)->model();
    passes = tab->passesBehindCell(WorktimeTab::View::Daily, daily->index(0, 0), &title);
    INFO(passTimes(passes).join(QLatin1Char(' ')).toStdString());
    CHECK(passes.size() == 5);
    CHECK(title.contains(QStringLiteral("02.11.2026")));

    // The form, written on a worker thread.
    QSignalSpy finished(tab.get(), &WorktimeTab::exportFinished);
    attlog::T13Header header;
    header.organization = "ООО «Ромашка»";
    const QString pdf = dir.filePath(QStringLiteral("т13.pdf"));
    REQUIRE(tab->exportT13Form(pdf, WorktimeTab::FormFormat::Pdf, header));
    REQUIRE(finished.wait(20000));
    CHECK(finished.takeFirst().at(0).toBool());
    const QString xlsx = dir.filePath(QStringLiteral("т13.xlsx"));
    REQUIRE(tab->exportT13Form(xlsx, WorktimeTab::FormFormat::Xlsx, header));
    REQUIRE(finished.wait(20000));
    CHECK(finished.takeFirst().at(0).toBool());
    for (const auto &[path, magic] :
         {std::pair(pdf, QByteArray("%PDF-")), std::pair(xlsx, QByteArray("PK"))}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(magic.size()) == magic);
    }

    // The plan's file is remembered for the next session.
    CHECK(attlog::ui::WorktimeOptionsPanel().planFile() == plan);

    // Rows back-filled late into the printed month arrive through the live feed: the month is
    // calculated again, and the cells that changed since printing are marked.
    tab->setFollowInterval(50);
    tab->show();
    QSignalSpy calculated(tab.get(), &WorktimeTab::calculated);
    source.appendLive({attlog::test::makePass(20, "2026-11-05 20:00:00", Direction::In,
                                              "Петров Олег", "E2", kGate),
                       attlog::test::makePass(21, "2026-11-06 08:00:00", Direction::Out,
                                              "Петров Олег", "E2", kGate),
                       // Someone the plan does not name: that note gives way to the changes.
                       attlog::test::makePass(22, "2026-11-05 09:00:00", Direction::In,
                                              "Кузнецова Анна", "E3", kGate)});
    REQUIRE(calculated.wait(10000));
    const attlog::ui::T13Model &after = *tab->t13Model();
    CHECK(text(after, 1, day1 + 4) == QStringLiteral("Я/Н\n3/8"));
    CHECK(after.isChanged(after.index(1, day1 + 4)));
    CHECK_FALSE(after.isChanged(after.index(1, day1 + 1)));
    CHECK(background(after, 1, day1 + 4) == QColor(0xff, 0xcc, 0x80));
    CHECK(after.index(1, day1 + 4)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("it read «НН»")));
    const auto *message = tab->findChild<QLabel *>(QStringLiteral("worktimeMessage"));
    REQUIRE(message);
    CHECK(message->text().contains(QStringLiteral("changed since it was printed")));
    CHECK(message->text().contains(QStringLiteral("1 cell")));
    // Printed again: nothing is marked.
    REQUIRE(tab->exportT13Form(pdf, WorktimeTab::FormFormat::Pdf, header));
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(after.isChanged(after.index(1, day1 + 4)));
}

TEST_CASE("Worktime says why a work plan was not used and still shows the report", "[worktime]")
{
    const auto forget =
        qScopeGuard([] { QSettings().remove(QStringLiteral("worktime/planUsed")); });
    QTemporaryDir dir;
    const QString broken =
        writeFile(dir, QStringLiteral("broken.json"),
                  R"({"shifts": [{"id": "D", "start": "25:00", "end": "08:00"}]})");
    MemoryEventSource source(weekOfPasses());
    auto tab = calculatedTab(source, [&](WorktimeTab &t) { t.options()->setPlanFile(broken); });
    REQUIRE(tab->result());
    CHECK_FALSE(tab->result()->planned);
    CHECK(tab->dayModel()->rowCount() == 4);
    const auto *message = tab->findChild<QLabel *>(QStringLiteral("worktimeMessage"));
    REQUIRE(message);
    CHECK(message->text().contains(QStringLiteral("The work plan was not used")));
    CHECK(message->text().contains(QStringLiteral("shift 1: start must be a time HH:MM")));
    CHECK(tab->t13Model()->rowCount() == 0);
    tab->options()->setPlanFile(QString());
    CHECK(tab->options()->planFile().isEmpty());
}

TEST_CASE("a plan saved in the Plan window is the plan Worktime uses", "[worktime]")
{
    // The settings and the default store this test makes are gone again after it.
    const auto forget = qScopeGuard([] {
        QSettings().remove(QStringLiteral("worktime/planUsed"));
        QSettings().remove(QStringLiteral("worktime/planFile"));
        QFile::remove(attlog::db::PlanStore::defaultPath());
    });
    QTemporaryDir dir;
    const QString json =
        writeFile(dir, QStringLiteral("план.json"), attlog::test::kOfficeAndNightsPlan);
    MemoryEventSource source(weekOfPasses());
    auto tab = calculatedTab(source, [](WorktimeTab &t) {
        t.options()->setPlanFile(QString());
        t.options()->setMonth(2026, 11);
    });
    REQUIRE_FALSE(tab->result()->planned);

    // No plan chosen: the window opens the default store (empty here), takes the JSON, saves.
    attlog::ui::PlanWindow *window = tab->openPlanWindow();
    REQUIRE(window);
    CHECK(window->storePath() == attlog::db::PlanStore::defaultPath());
    QSignalSpy loaded(window, &attlog::ui::PlanWindow::loaded);
    REQUIRE(loaded.wait(10000));
    QString error;
    REQUIRE(window->importJson(json, &error));
    QSignalSpy calculated(tab.get(), &WorktimeTab::calculated);
    REQUIRE(window->save());
    REQUIRE(calculated.wait(10000));
    CHECK(tab->options()->planFile() == attlog::db::PlanStore::defaultPath());
    REQUIRE(tab->result()->planned);
    REQUIRE(tab->result()->t13);
    CHECK(tab->t13Model()->rowCount() == 2);
    // The window's month grid shows the worked figures beside the plan.
    const QTableWidget *grid = window->monthGrid();
    REQUIRE(grid->rowCount() == 2);
    INFO(grid->item(0, 3)->text().toStdString());
    CHECK(grid->item(0, 3)->text() == QStringLiteral("office\nЯ 8:10"));
}

TEST_CASE("Worktime uses a plan by default once the default store holds one", "[worktime]")
{
    const auto clear = [] {
        QSettings().remove(QStringLiteral("worktime/planUsed"));
        QSettings().remove(QStringLiteral("worktime/planFile"));
        QFile::remove(attlog::db::PlanStore::defaultPath());
    };
    clear(); // no choice made and no store yet; the same again afterwards
    const auto forget = qScopeGuard(clear);
    CHECK(attlog::ui::WorktimeOptionsPanel().planFile().isEmpty());
    QString error;
    const std::optional<attlog::WorkPlan> plan =
        attlog::db::workPlanFromJson(attlog::test::kOfficeAndNightsPlan, &error);
    REQUIRE(plan);
    qint64 version = 0;
    REQUIRE(attlog::db::PlanStore(attlog::db::PlanStore::defaultPath())
                .save(*plan, 0, QStringLiteral("тест"), &version, &error));
    CHECK(attlog::ui::WorktimeOptionsPanel().planFile() == attlog::db::PlanStore::defaultPath());
    // The user's choice wins over the default.
    attlog::ui::WorktimeOptionsPanel().setPlanFile(QString());
    CHECK(attlog::ui::WorktimeOptionsPanel().planFile().isEmpty());
}

TEST_CASE("the passes dialog lists the passes behind a cell", "[worktime]")
{
    const std::vector<AccessEvent> passes{
        makePass(1, "2026-11-02 20:00:00", Direction::In, "Петров Олег", "E2", kGate, "0001"),
        makePass(2, "2026-11-03 08:00:00", Direction::Out, "Петров Олег", "E2", kGate, "0001")};
    const attlog::ui::PassesDialog dialog(QStringLiteral("Петров Олег · пн 02.11.2026"), passes);
    const QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("02.11.2026 20:00:00"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("03.11.2026 08:00:00"));
    CHECK(table->item(0, 1)->text() == attlog::ui::directionText(Direction::In));
    CHECK(table->item(1, 2)->text() == QStringLiteral("Проходная"));
    CHECK(table->item(1, 3)->text() == QStringLiteral("0001"));
    CHECK(dialog.findChildren<QLabel *>().size() >= 2);
}
