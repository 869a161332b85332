// SPDX-License-Identifier: MIT
#include "db/plan/workplanjson.h"

#include "tests/support/catch.h"

#include <QFile>
#include <QTemporaryDir>

using namespace attlog;
using namespace attlog::db;

namespace {

// The plan as the issue writes it: every name as documented.
const char *const kPlanJson = R"({
  "shifts": [
    {"id": "D", "start": "08:00", "end": "20:00", "break_min": 60, "grace_late_min": 5,
     "grace_early_min": 5, "overtime_after_min": 15},
    {"id": "N", "start": "20:00", "end": "08:00", "break_min": 60},
    {"id": "F", "flexible": true, "required_min": 480, "window_start": "07:00",
     "window_end": "21:00"}
  ],
  "patterns": [
    {"id": "DNOO", "days": ["D", "N", null, null], "anchor": "2026-12-01"},
    {"id": "5/2", "days": ["F", "F", "F", "F", "F", null, null], "anchor": "2026-11-30"}
  ],
  "groups": {"Охрана": ["1001", 1002]},
  "assignments": [
    {"group": "Охрана", "pattern": "DNOO", "from": "2026-01-01"},
    {"employee_id": "1002", "pattern": "5/2", "from": "2026-12-10", "to": "2026-12-20"}
  ],
  "overrides": [{"employee_id": "1001", "date": "2026-12-02", "shift": null}],
  "calendar": {"holidays": ["2026-12-25"], "working_days": ["2026-12-26"]},
  "absences": [{"employee_id": "1001", "from": "2026-12-07", "to": "2026-12-09", "code": "ОТ"}]
})";

std::optional<WorkPlan> parse(const QByteArray &json, QString *error)
{
    return workPlanFromJson(json, error);
}

} // namespace

TEST_CASE("Work plan JSON: the documented names read as written", "[plan]")
{
    QString error;
    const std::optional<WorkPlan> plan = parse(kPlanJson, &error);
    REQUIRE(plan);
    CHECK(error.isEmpty());
    REQUIRE(plan->shifts.size() == 3);
    CHECK(plan->shifts[0].startMinute == 8 * 60);
    CHECK(plan->shifts[0].overtimeAfterMinutes == 15);
    CHECK(plan->shifts[1].spanMinutes() == 12 * 60);
    CHECK(plan->shifts[2].flexible);
    CHECK(plan->shifts[2].windowEndMinute == 21 * 60);
    CHECK(plan->groups.at("Охрана") == std::vector<std::string>{"1001", "1002"});
    CHECK(plan->assignments[1].to == dateFromCivil(2026, 12, 20));
    CHECK_FALSE(plan->overrides[0].shift);
    // The built-in calendar with the plan's own dates added.
    CHECK(plan->calendar.isHoliday(dateFromCivil(2026, 12, 25)));
    CHECK(plan->calendar.isHoliday(dateFromCivil(2026, 11, 4)));
    CHECK(plan->calendar.isDayOff(dateFromCivil(2026, 12, 31)));
    CHECK_FALSE(plan->calendar.isDayOff(dateFromCivil(2026, 12, 26)));

    const WorkPlanResolver resolver(*plan);
    CHECK(resolver.plannedDay("1001", dateFromCivil(2026, 12, 1)).shift->id == "D");
    CHECK(resolver.plannedDay("1001", dateFromCivil(2026, 12, 2)).shift == nullptr);
    CHECK(resolver.plannedDay("1001", dateFromCivil(2026, 12, 8)).absence == "ОТ");
    CHECK(resolver.plannedDay("1002", dateFromCivil(2026, 12, 14)).shift->id == "F");
    // After the own assignment ends the group's pattern applies again.
    CHECK(resolver.plannedDay("1002", dateFromCivil(2026, 12, 21)).shift->id == "D");
}

TEST_CASE("Work plan JSON: written and read back it is the same plan", "[plan]")
{
    QString error;
    const std::optional<WorkPlan> plan = parse(kPlanJson, &error);
    REQUIRE(plan);
    const QByteArray written = workPlanToJson(*plan);
    const std::optional<WorkPlan> again = parse(written, &error);
    REQUIRE(again);
    CHECK(workPlanToJson(*again) == written);
    CHECK(again->calendar.holidays == plan->calendar.holidays);
    CHECK(again->calendar.daysOff == plan->calendar.daysOff);
    CHECK(again->calendar.shortDays == plan->calendar.shortDays);
    CHECK(again->calendar.workingDays == plan->calendar.workingDays);
    CHECK(again->patterns[0].days == plan->patterns[0].days);
    CHECK(again->shifts[2].requiredMinutes == 480);

    // A plan file on disk, as `attlog --plan` reads it.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("план.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(written);
    file.close();
    CHECK(readWorkPlanFile(path, &error));
    CHECK_FALSE(readWorkPlanFile(dir.filePath(QStringLiteral("missing.json")), &error));
    CHECK(error.contains(QStringLiteral("missing.json")));
}

TEST_CASE("Work plan JSON: what cannot be read exactly is refused with where it is", "[plan]")
{
    const auto refusal = [](const QByteArray &json) {
        QString error;
        CHECK_FALSE(workPlanFromJson(json, &error));
        return error;
    };
    CHECK(refusal("[1, 2]").contains(QStringLiteral("not an object")));
    CHECK(refusal("{\"shifts\": [").startsWith(QStringLiteral("not JSON")));
    CHECK(refusal(R"({"shifts": [{"id": "D", "start": "8am", "end": "17:00"}]})") ==
          QStringLiteral("shift 1: start must be a time HH:MM"));
    CHECK(refusal(R"({"shifts": [{"id": "D", "start": "08:00"}]})") ==
          QStringLiteral("shift 1: a shift needs start and end (or flexible)"));
    CHECK(refusal(R"({"shifts": [{"id": "D", "start": "08:00", "end": "17:00",
                     "break_min": -5}]})") ==
          QStringLiteral("shift 1: break_min must be whole minutes, 0 to 1440"));
    CHECK(refusal(R"({"patterns": [{"id": "p", "days": ["D"], "anchor": "01.12.2026"}]})")
              .startsWith(QStringLiteral("pattern 1: anchor must be a date YYYY-MM-DD")));
    CHECK(refusal(R"({"patterns": [{"id": "p", "days": ["D"], "anchor": "2026-12-01"}]})") ==
          QStringLiteral("pattern \"p\" names an unknown shift \"D\""));
    CHECK(refusal(R"({"absences": [{"employee_id": "1", "from": "2026-12-01",
                     "to": "2026-12-02", "code": "SICK"}]})") ==
          QStringLiteral("the absence of employee \"1\" has an unknown code \"SICK\""));
    CHECK(refusal(R"({"calendar": {"base": "de"}})") ==
          QStringLiteral("calendar: base must be ru or none"));
    CHECK(refusal(R"({"calendar": {"holidays": ["2026-02-30"]}})") ==
          QStringLiteral("calendar: holidays must be a date YYYY-MM-DD"));
    CHECK(refusal(R"({"assignments": [{"pattern": "p", "from": "2026-01-01"}]})") ==
          QStringLiteral("an assignment names neither or both an employee and a group (and 1 "
                         "more)"));
    // An empty plan is a plan: no shifts, the built-in calendar.
    QString error;
    const std::optional<WorkPlan> empty = workPlanFromJson("{}", &error);
    REQUIRE(empty);
    CHECK(empty->calendar.isHoliday(dateFromCivil(2027, 1, 1)));
    const std::optional<WorkPlan> bare =
        workPlanFromJson(R"({"calendar": {"base": "none"}})", &error);
    REQUIRE(bare);
    CHECK_FALSE(bare->calendar.isHoliday(dateFromCivil(2027, 1, 1)));
}
