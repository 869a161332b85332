// SPDX-License-Identifier: MIT
#include "db/plan/planstore.h"
#include "db/plan/workplanjson.h"
#include "ui/plan/planwindow.h"

#include "tests/support/catch.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using attlog::ui::PlanSection;
using attlog::ui::PlanWindow;

namespace {

const char *const kPlan = R"({
  "shifts": [
    {"id": "office", "start": "09:00", "end": "18:00", "break_min": 60, "grace_late_min": 5},
    {"id": "N", "start": "20:00", "end": "08:00", "break_min": 60}
  ],
  "patterns": [
    {"id": "5/2", "days": ["office", "office", "office", "office", "office", null, null],
     "anchor": "2026-11-02"},
    {"id": "2/2", "days": ["N", "N", null, null], "anchor": "2026-11-01"}
  ],
  "groups": {"Охрана": ["E2", "E3"]},
  "assignments": [
    {"employee_id": "E1", "pattern": "5/2", "from": "2026-01-01"},
    {"group": "Охрана", "pattern": "2/2", "from": "2026-01-01"}
  ],
  "overrides": [{"employee_id": "E3", "date": "2026-11-01", "shift": null}],
  "calendar": {"base": "none", "holidays": ["2026-11-04"], "short_days": ["2026-11-03"]},
  "absences": [{"employee_id": "E1", "from": "2026-11-09", "to": "2026-11-13", "code": "ОТ"}]
})";

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// A store holding kPlan as version 1.
QString storeWithPlan(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("workplan.sqlite"));
    QString error;
    const std::optional<attlog::WorkPlan> plan = attlog::db::workPlanFromJson(kPlan, &error);
    REQUIRE(plan);
    attlog::db::PlanStore store(path);
    qint64 version = 0;
    REQUIRE(store.save(*plan, 0, QStringLiteral("тест"), &version, &error));
    REQUIRE(version == 1);
    return path;
}

void loadWindow(PlanWindow &window)
{
    QSignalSpy loaded(&window, &PlanWindow::loaded);
    window.load();
    REQUIRE(loaded.wait(10000));
    REQUIRE(loaded.takeFirst().at(0).toBool());
}

} // namespace

TEST_CASE("the Plan window shows every section of the stored plan and its month grid", "[plan]")
{
    QTemporaryDir dir;
    PlanWindow window(storeWithPlan(dir));
    loadWindow(window);
    CHECK(window.version() == 1);

    const QTableWidget *shifts = window.table(PlanSection::Shifts);
    REQUIRE(shifts->rowCount() == 2);
    CHECK(cell(shifts, 0, 0) == QStringLiteral("office"));
    CHECK(cell(shifts, 0, 1) == QStringLiteral("09:00"));
    CHECK(cell(shifts, 0, 3) == QStringLiteral("60"));
    const QTableWidget *patterns = window.table(PlanSection::Patterns);
    REQUIRE(patterns->rowCount() == 2);
    CHECK(cell(patterns, 1, 1) == QStringLiteral("N, N, -, -"));
    const QTableWidget *groups = window.table(PlanSection::Groups);
    REQUIRE(groups->rowCount() == 1);
    CHECK(cell(groups, 0, 0) == QStringLiteral("Охрана"));
    CHECK(cell(groups, 0, 1) == QStringLiteral("E2, E3"));
    CHECK(window.table(PlanSection::Assignments)->rowCount() == 2);
    CHECK(cell(window.table(PlanSection::Overrides), 0, 2).isEmpty()); // a day off
    const QTableWidget *calendar = window.table(PlanSection::Calendar);
    REQUIRE(calendar->rowCount() == 2); // by date: the short day, then the holiday
    CHECK(cell(calendar, 0, 0) == QStringLiteral("2026-11-03"));
    CHECK(qobject_cast<QComboBox *>(calendar->cellWidget(0, 1))->currentData() ==
          QStringLiteral("short_days"));
    CHECK(cell(window.table(PlanSection::Absences), 0, 3) == QStringLiteral("ОТ"));

    // The tables read back as the same plan.
    QString error;
    const std::optional<attlog::WorkPlan> plan = window.currentPlan(&error);
    INFO(error.toStdString());
    REQUIRE(plan);
    const std::optional<attlog::WorkPlan> original = attlog::db::workPlanFromJson(kPlan, &error);
    CHECK(attlog::db::workPlanToJson(*plan) == attlog::db::workPlanToJson(*original));

    // November: E1 on the office pattern (the 1st a Sunday, the 4th a holiday, a week of
    // leave), E2 and E3 on 2/2 nights through the group, E3's override of the 1st a day off.
    window.setMonth(2026, 11);
    const QTableWidget *grid = window.monthGrid();
    REQUIRE(grid->rowCount() == 3);
    REQUIRE(grid->columnCount() == 2 + 30);
    CHECK(cell(grid, 0, 0) == QStringLiteral("E1"));
    CHECK(cell(grid, 0, 2) == QStringLiteral("В"));
    CHECK(cell(grid, 0, 3) == QStringLiteral("office"));
    CHECK(cell(grid, 0, 5) == QStringLiteral("В")); // the 4th, a holiday
    CHECK(cell(grid, 0, 10) == QStringLiteral("ОТ"));
    CHECK(cell(grid, 1, 2) == QStringLiteral("N"));
    CHECK(cell(grid, 1, 4) == QStringLiteral("В"));
    CHECK(cell(grid, 2, 2) == QStringLiteral("В")); // the override
    CHECK(cell(grid, 2, 3) == QStringLiteral("N"));
}

TEST_CASE("the Plan window saves an edit as the next version, and never over another's save",
          "[plan]")
{
    QTemporaryDir dir;
    const QString store = storeWithPlan(dir);
    PlanWindow window(store);
    loadWindow(window);
    QTableWidget *shifts = window.table(PlanSection::Shifts);
    shifts->item(0, 3)->setText(QStringLiteral("45"));

    QSignalSpy saved(&window, &PlanWindow::saved);
    REQUIRE(window.save());
    REQUIRE(saved.wait(10000));
    INFO(window.message().toStdString());
    CHECK(saved.takeFirst().at(0).toBool());
    CHECK(window.version() == 2);
    QString error;
    std::optional<attlog::db::PlanStore::Loaded> loaded = attlog::db::PlanStore(store).load(&error);
    REQUIRE(loaded);
    CHECK(loaded->version == 2);
    CHECK(loaded->plan.shifts[0].breakMinutes == 45);

    // What cannot be a plan is refused with the reader's words, before anything is written.
    shifts->item(0, 1)->setText(QStringLiteral("25:00"));
    CHECK_FALSE(window.save());
    CHECK(window.message().contains(QStringLiteral("shift 1: start must be a time HH:MM")));
    shifts->item(0, 1)->setText(QStringLiteral("09:00"));

    // Another supervisor saves in between: this window's save is refused, nothing overwritten.
    attlog::db::PlanStore other(store);
    qint64 version = 0;
    REQUIRE(other.save(loaded->plan, 2, QStringLiteral("другой"), &version, &error));
    REQUIRE(version == 3);
    const int row =
        attlog::ui::addPlanRow(window.table(PlanSection::Absences), PlanSection::Absences);
    QTableWidget *absences = window.table(PlanSection::Absences);
    absences->item(row, 0)->setText(QStringLiteral("E2"));
    absences->item(row, 1)->setText(QStringLiteral("2026-11-16"));
    absences->item(row, 2)->setText(QStringLiteral("2026-11-20"));
    absences->item(row, 3)->setText(QStringLiteral("Б"));
    REQUIRE(window.save());
    REQUIRE(saved.wait(10000));
    CHECK_FALSE(saved.takeFirst().at(0).toBool());
    CHECK(window.message().startsWith(QStringLiteral("Not saved: ")));
    loaded = attlog::db::PlanStore(store).load(&error);
    REQUIRE(loaded);
    CHECK(loaded->version == 3);
    CHECK(loaded->plan.absences.size() == 1);
}

TEST_CASE("the Plan window imports and exports the plan's JSON", "[plan]")
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("план.json"));
    {
        QFile file(json);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(kPlan);
    }
    // A store that does not exist yet: an empty plan, nothing created by reading it.
    const QString store = dir.filePath(QStringLiteral("new/workplan.sqlite"));
    PlanWindow window(store);
    loadWindow(window);
    CHECK(window.version() == 0);
    CHECK(window.table(PlanSection::Shifts)->rowCount() == 0);
    CHECK_FALSE(QFile::exists(store));

    QString error;
    REQUIRE(window.importJson(json, &error));
    CHECK(window.table(PlanSection::Shifts)->rowCount() == 2);
    const QString exported = dir.filePath(QStringLiteral("out.json"));
    REQUIRE(window.exportJson(exported, &error));
    const std::optional<attlog::WorkPlan> back = attlog::db::readWorkPlanFile(exported, &error);
    REQUIRE(back);
    const std::optional<attlog::WorkPlan> original = attlog::db::workPlanFromJson(kPlan, &error);
    CHECK(attlog::db::workPlanToJson(*back) == attlog::db::workPlanToJson(*original));
    // A file that is not a plan is refused with the reason; the tables stay as they were.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"shifts\": 3}");
    }
    CHECK_FALSE(window.importJson(broken, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(window.table(PlanSection::Shifts)->rowCount() == 2);

    // Saving creates the store (and its folder) as version 1.
    QSignalSpy saved(&window, &PlanWindow::saved);
    REQUIRE(window.save());
    REQUIRE(saved.wait(10000));
    INFO(window.message().toStdString());
    CHECK(saved.takeFirst().at(0).toBool());
    CHECK(window.version() == 1);
    CHECK(QFile::exists(store));
}
