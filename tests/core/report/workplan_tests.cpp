// SPDX-License-Identifier: MIT
// The work plan: the production calendar, patterns, who works which pattern, overrides.
#include "core/report/workplan.h"
#include "tests/core/report/reporttestutil.h"

#include "tests/support/catch.h"

#include <string>
#include <vector>

using namespace attlog;
using namespace attlog::test;

namespace {

std::string shiftOn(const WorkPlanResolver &plan, const std::string &employee, Date date)
{
    const PlannedDay planned = plan.plannedDay(employee, date);
    return planned.shift ? planned.shift->id : "-";
}

// The shifts of `days` dates from `first`, "-" for a day off: "D D - -".
std::string shiftsFrom(const WorkPlanResolver &plan, const std::string &employee, Date first,
                       int days)
{
    std::string out;
    for (int i = 0; i < days; ++i)
        out += (i ? " " : "") + shiftOn(plan, employee, addDays(first, i));
    return out;
}

} // namespace

TEST_CASE("Production calendar 2026: the decree's holidays, transfers and short days", "[report]")
{
    const WorkCalendar calendar = russianProductionCalendar(2026);
    int working = 0;
    for (Date d = day(2026, 1, 1); d <= day(2026, 12, 31); d = addDays(d, 1))
        working += calendar.isDayOff(d) ? 0 : 1;
    CHECK(working == 247);
    for (const Date d : {day(2026, 1, 1), day(2026, 1, 8), day(2026, 2, 23), day(2026, 5, 1),
                         day(2026, 6, 12), day(2026, 11, 4)})
        CHECK(calendar.isHoliday(d));
    // The days off transfers moved: by decree (Jan 3 and 4) and by the Code (Mar 8, May 9).
    CHECK(calendar.daysOff ==
          std::set<Date>{day(2026, 1, 9), day(2026, 3, 9), day(2026, 5, 11), day(2026, 12, 31)});
    CHECK(calendar.shortDays ==
          std::set<Date>{day(2026, 4, 30), day(2026, 5, 8), day(2026, 6, 11), day(2026, 11, 3)});
    CHECK_FALSE(calendar.isDayOff(day(2026, 12, 30)));
    CHECK(calendar.isDayOff(day(2026, 12, 5))); // a Saturday
}

TEST_CASE("Production calendar of a later year follows the Labour Code", "[report]")
{
    const WorkCalendar calendar = russianProductionCalendar(2027);
    // May 1 is a Saturday, May 9 a Sunday, June 12 a Saturday: moved to the next working days.
    CHECK(calendar.daysOff == std::set<Date>{day(2027, 5, 3), day(2027, 5, 10), day(2027, 6, 14)});
    CHECK(calendar.shortDays ==
          std::set<Date>{day(2027, 2, 22), day(2027, 4, 30), day(2027, 6, 11), day(2027, 11, 3)});
    const WorkCalendar both = russianProductionCalendar(2026, 2027);
    CHECK(both.isDayOff(day(2026, 12, 31)));
    CHECK(both.isDayOff(day(2027, 5, 3)));
    CHECK(both.isHoliday(day(2027, 1, 1)));
}

TEST_CASE("Work plan: 2/2 and day/night/off/off cycles run across a month end", "[report]")
{
    WorkPlan plan;
    plan.shifts = {fixedShift("D", 8, 20), fixedShift("N", 20, 8)};
    plan.patterns = {{"2/2", {"D", "D", std::nullopt, std::nullopt}, day(2026, 11, 1), {}},
                     {"DNOO", {"D", "N", std::nullopt, std::nullopt}, day(2026, 11, 29), {}}};
    plan.assignments = {{"1", "", "2/2", day(2026, 1, 1), {}},
                        {"2", "", "DNOO", day(2026, 1, 1), {}}};
    plan.calendar = russianProductionCalendar(2026);
    const WorkPlanResolver resolver(plan);
    // 2/2 from Nov 1: Nov 29, 30 work; Dec 1, 2 off; Dec 3, 4 work.
    CHECK(shiftsFrom(resolver, "1", day(2026, 11, 29), 6) == "D D - - D D");
    CHECK(shiftsFrom(resolver, "2", day(2026, 11, 29), 6) == "D N - - D N");
    // Before the anchor the cycle runs backwards too.
    CHECK(shiftsFrom(resolver, "2", day(2026, 11, 25), 4) == "D N - -");
    // A rotation ignores the calendar: New Year's Eve (a transferred day off) and a holiday are
    // worked; the holiday is marked for its hours.
    CHECK(shiftOn(resolver, "1", day(2026, 12, 31)) == "D");
    CHECK_FALSE(resolver.plannedDay("1", day(2026, 12, 31)).holiday);
    CHECK(shiftOn(resolver, "1", day(2026, 2, 23)) == "D");
    CHECK(resolver.plannedDay("1", day(2026, 2, 23)).holiday);
    CHECK(resolver.plannedDay("1", day(2026, 2, 23)).kind == PlannedDayKind::Working);
}

TEST_CASE("Work plan: a 5/2 week follows the calendar, short days included", "[report]")
{
    WorkPlan plan;
    plan.shifts = {fixedShift("office", 9, 18, 60)};
    plan.patterns = {
        {"5/2",
         {"office", "office", "office", "office", "office", std::nullopt, std::nullopt},
         day(2026, 1, 5),
         {}}};
    plan.assignments = {{"7", "", "5/2", day(2026, 1, 1), {}}};
    plan.calendar = russianProductionCalendar(2026);
    plan.calendar.workingDays.insert(day(2026, 11, 7)); // a Saturday made working
    const WorkPlanResolver resolver(plan);
    const PlannedDay holiday = resolver.plannedDay("7", day(2026, 11, 4));
    CHECK(holiday.kind == PlannedDayKind::Holiday);
    CHECK(holiday.shift == nullptr);
    const PlannedDay shortDay = resolver.plannedDay("7", day(2026, 11, 3));
    CHECK(shortDay.kind == PlannedDayKind::Working);
    CHECK(shortDay.shortDay);
    CHECK(shiftOn(resolver, "7", day(2026, 11, 7)) == "office");
    CHECK(shiftOn(resolver, "7", day(2026, 11, 8)) == "-");
    CHECK(resolver.plannedDay("7", day(2026, 11, 8)).kind == PlannedDayKind::DayOff);
}

TEST_CASE("Work plan: a person's own assignment beats the group's, the later start beats the "
          "earlier, an override beats both",
          "[report]")
{
    WorkPlan plan;
    plan.shifts = {fixedShift("D", 8, 20), fixedShift("N", 20, 8), fixedShift("X", 10, 14)};
    plan.patterns = {{"days", {"D"}, day(2026, 1, 1), {}},
                     {"nights", {"N"}, day(2026, 1, 1), {}},
                     {"short", {"X"}, day(2026, 1, 1), {}}};
    plan.groups = {{"guards", {"1", "2", "3"}}};
    plan.assignments = {
        {"", "guards", "days", day(2026, 12, 1), {}},
        {"", "guards", "nights", day(2026, 12, 10), day(2026, 12, 20)},
        {"2", "", "short", day(2026, 12, 5), {}},
    };
    plan.overrides = {{"3", day(2026, 12, 15), std::nullopt}, {"2", day(2026, 12, 16), "N"}};
    const WorkPlanResolver resolver(plan);
    CHECK(shiftOn(resolver, "1", day(2026, 12, 9)) == "D");
    CHECK(shiftOn(resolver, "1", day(2026, 12, 10)) == "N"); // the group's later assignment
    CHECK(shiftOn(resolver, "1", day(2026, 12, 21)) == "D"); // ... until its end
    CHECK(shiftOn(resolver, "2", day(2026, 12, 4)) == "D");
    CHECK(shiftOn(resolver, "2", day(2026, 12, 12)) == "X"); // own beats the group's later one
    CHECK(shiftOn(resolver, "2", day(2026, 12, 16)) == "N"); // the override
    CHECK(shiftOn(resolver, "3", day(2026, 12, 15)) == "-"); // an override to a day off
    CHECK(resolver.plannedDay("3", day(2026, 12, 15)).kind == PlannedDayKind::DayOff);
    CHECK(shiftOn(resolver, "4", day(2026, 12, 15)) == "-"); // nobody planned
    CHECK_FALSE(resolver.plannedDay("4", day(2026, 12, 15)).assigned);
    CHECK(shiftOn(resolver, "1", day(2026, 11, 30)) == "-"); // before any assignment
}

TEST_CASE("Work plan: absences carry their T-13 code; a plan names only what exists", "[report]")
{
    WorkPlan plan;
    plan.shifts = {fixedShift("D", 8, 17)};
    plan.patterns = {{"days", {"D"}, day(2026, 1, 1), {}}};
    plan.assignments = {{"1", "", "days", day(2026, 1, 1), {}}};
    plan.absences = {{"1", day(2026, 12, 7), day(2026, 12, 11), "Б"}};
    CHECK(workPlanProblems(plan).empty());
    const WorkPlanResolver resolver(plan);
    CHECK(resolver.plannedDay("1", day(2026, 12, 7)).absence == "Б");
    CHECK(resolver.plannedDay("1", day(2026, 12, 11)).absence == "Б");
    CHECK(resolver.plannedDay("1", day(2026, 12, 12)).absence.empty());
    CHECK(isAbsenceCode("ОТ"));
    CHECK(isAbsenceCode("К"));
    CHECK_FALSE(isAbsenceCode("XX"));

    WorkPlan broken = plan;
    broken.patterns.push_back({"bad", {"Z"}, day(2026, 1, 1), {}});
    broken.assignments.push_back({"2", "", "missing", day(2026, 1, 1), {}});
    broken.assignments.push_back({"", "nobody", "days", day(2026, 1, 1), {}});
    broken.absences.push_back({"1", day(2026, 12, 20), day(2026, 12, 19), "QQ"});
    broken.shifts.push_back(fixedShift("D", 25, 8));
    const std::vector<std::string> problems = workPlanProblems(broken);
    CHECK(problems.size() == 7);
}
