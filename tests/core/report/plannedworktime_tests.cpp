// SPDX-License-Identifier: MIT
// Worktime under a work plan: shift-aware attribution, late/early/overtime, night and holiday
// hours, absences and the T-13 day codes.
#include "core/report/plannedworktime.h"
#include "tests/core/report/reporttestutil.h"

#include "tests/support/catch.h"

#include <string>
#include <vector>

using namespace attlog;
using namespace attlog::test;

namespace {

// A plan where employee "1" works `days` (a cycle from `anchor`) under the 2026-2027 calendar.
WorkPlan planOf(std::vector<Shift> shifts, std::vector<std::optional<std::string>> days,
                Date anchor, std::optional<bool> followsCalendar = {})
{
    WorkPlan plan;
    plan.shifts = std::move(shifts);
    plan.patterns = {{"p", std::move(days), anchor, followsCalendar}};
    plan.assignments = {{"1", "", "p", day(2026, 1, 1), {}}};
    plan.calendar = russianProductionCalendar(2026, 2027);
    return plan;
}

PlannedWorktimeReport compute(const WorkPlan &plan, const std::vector<AccessEvent> &events,
                              Date from, Date to, PlanRules rules = {},
                              WorkedMode mode = WorkedMode::Span)
{
    WorktimeRules worktime;
    worktime.mode = mode;
    WorktimeCalculator calculator(worktime);
    calculator.add(events);
    return computePlannedWorktime(calculator, from, to, WorkPlanResolver(plan), rules);
}

const PlannedWorkDay &dayOf(const PlannedWorktimeReport &report, Date date, std::size_t person = 0)
{
    for (const PlannedWorkDay &d : report.days)
        if (d.date == date && d.person == person)
            return d;
    FAIL("no row for the date");
    throw; // not reached
}

} // namespace

TEST_CASE("Planned worktime: a night shift is its start date's, across the month end and into "
          "a holiday",
          "[report]")
{
    const WorkPlan plan = planOf({fixedShift("N", 20, 8, 60)}, {"N"}, day(2026, 1, 1));
    const std::vector<AccessEvent> events{
        pass("1", "Night Guard", at(2026, 12, 30, 19, 50), In),
        pass("1", "Night Guard", at(2026, 12, 31, 8, 5), Out),
        pass("1", "Night Guard", at(2026, 12, 31, 20, 0), In),
        pass("1", "Night Guard", at(2027, 1, 1, 8, 0), Out),
    };
    // December alone: the shift of the 31st is December's, its exit on January 1 included.
    const PlannedWorktimeReport report =
        compute(plan, events, day(2026, 12, 30), day(2026, 12, 31));
    REQUIRE(report.days.size() == 2);
    const PlannedWorkDay &first = dayOf(report, day(2026, 12, 30));
    CHECK(first.code == "Я");
    CHECK(first.workedMinutes == 12 * 60 + 15 - 60);
    CHECK(first.nightMinutes == 8 * 60);
    CHECK(first.lateMinutes == 0);
    CHECK(first.overtimeAfterMinutes == 5);
    CHECK(first.overtimeBeforeMinutes == 0); // arriving early earns nothing by default
    CHECK(first.holidayMinutes == 0);
    const PlannedWorkDay &last = dayOf(report, day(2026, 12, 31));
    CHECK(last.plannedShift == "N");
    CHECK(last.workedMinutes == 11 * 60);
    // Jan 1 is a public holiday: its eight hours are holiday work. Dec 31 is a day off by
    // transfer, which concerns five-day weeks, not a rotation.
    CHECK(last.holidayMinutes == 8 * 60);
    CHECK(last.stays.size() == 1);
    CHECK(last.stays[0].out == at(2027, 1, 1, 8, 0));
    // January does not count that exit again, nor see an exit without an entry.
    const PlannedWorktimeReport january = compute(plan, events, day(2027, 1, 1), day(2027, 1, 1));
    CHECK(dayOf(january, day(2027, 1, 1)).stays.empty());
    CHECK_FALSE(dayOf(january, day(2027, 1, 1)).noEntry);
    CHECK(dayOf(january, day(2027, 1, 1)).code == "НН");
}

TEST_CASE("Planned worktime: late, early, overtime before start off and on, a minimum", "[report]")
{
    Shift office = fixedShift("office", 9, 18, 60);
    office.graceLateMinutes = 5;
    office.graceEarlyMinutes = 5;
    office.overtimeAfterMinutes = 15;
    const WorkPlan plan = planOf({office}, {"office"}, day(2026, 1, 1), false);
    const std::vector<AccessEvent> events{
        // Mon: 40 minutes early, 10 minutes after the end (under the overtime threshold)
        pass("1", "A", at(2026, 11, 23, 8, 20), In),
        pass("1", "A", at(2026, 11, 23, 18, 10), Out),
        // Tue: 4 minutes late (grace), 20 minutes early leave
        pass("1", "A", at(2026, 11, 24, 9, 4), In),
        pass("1", "A", at(2026, 11, 24, 17, 40), Out),
        // Wed: 30 late, 45 after the end
        pass("1", "A", at(2026, 11, 25, 9, 30), In),
        pass("1", "A", at(2026, 11, 25, 18, 45), Out),
    };
    PlanRules rules;
    PlannedWorktimeReport report =
        compute(plan, events, day(2026, 11, 23), day(2026, 11, 25), rules);
    CHECK(dayOf(report, day(2026, 11, 23)).overtimeBeforeMinutes == 0);
    CHECK(dayOf(report, day(2026, 11, 23)).overtimeAfterMinutes == 0);
    CHECK(dayOf(report, day(2026, 11, 24)).lateMinutes == 0);
    CHECK(dayOf(report, day(2026, 11, 24)).earlyMinutes == 20);
    CHECK(dayOf(report, day(2026, 11, 25)).lateMinutes == 30);
    CHECK(dayOf(report, day(2026, 11, 25)).overtimeAfterMinutes == 45);
    CHECK(report.totals[0].lateCount == 1);
    CHECK(report.totals[0].earlyCount == 1);

    rules.overtimeBeforeStart = true;
    report = compute(plan, events, day(2026, 11, 23), day(2026, 11, 25), rules);
    CHECK(dayOf(report, day(2026, 11, 23)).overtimeBeforeMinutes == 40);
    rules.overtimeMinimumMinutes = 60;
    report = compute(plan, events, day(2026, 11, 23), day(2026, 11, 25), rules);
    CHECK(dayOf(report, day(2026, 11, 23)).overtimeBeforeMinutes == 0);
    CHECK(dayOf(report, day(2026, 11, 25)).overtimeAfterMinutes == 0);
}

TEST_CASE("Planned worktime: rounding in the employer's and in the employee's favour", "[report]")
{
    const WorkPlan plan = planOf({fixedShift("D", 9, 18)}, {"D"}, day(2026, 1, 1), false);
    const std::vector<AccessEvent> events{pass("1", "A", at(2026, 11, 23, 9, 0), In),
                                          pass("1", "A", at(2026, 11, 23, 17, 52), Out)};
    PlanRules rules;
    CHECK(
        dayOf(compute(plan, events, day(2026, 11, 23), day(2026, 11, 23), rules), day(2026, 11, 23))
            .workedMinutes == 532);
    rules.roundToMinutes = 15;
    CHECK(
        dayOf(compute(plan, events, day(2026, 11, 23), day(2026, 11, 23), rules), day(2026, 11, 23))
            .workedMinutes == 525);
    rules.roundInEmployeeFavour = true;
    CHECK(
        dayOf(compute(plan, events, day(2026, 11, 23), day(2026, 11, 23), rules), day(2026, 11, 23))
            .workedMinutes == 540);
}

TEST_CASE("Planned worktime: a pre-holiday day ends an hour earlier", "[report]")
{
    const WorkPlan plan =
        planOf({fixedShift("office", 9, 18, 60)},
               {"office", "office", "office", "office", "office", std::nullopt, std::nullopt},
               day(2026, 1, 5));
    const std::vector<AccessEvent> events{pass("1", "A", at(2026, 11, 3, 9, 0), In),
                                          pass("1", "A", at(2026, 11, 3, 17, 0), Out)};
    const PlannedWorktimeReport report = compute(plan, events, day(2026, 11, 2), day(2026, 11, 4));
    const PlannedWorkDay &shortDay = dayOf(report, day(2026, 11, 3));
    CHECK(shortDay.shortDay);
    CHECK(shortDay.plannedMinutes == 7 * 60);
    CHECK(shortDay.earlyMinutes == 0);
    CHECK(shortDay.workedMinutes == 7 * 60);
    CHECK(dayOf(report, day(2026, 11, 2)).plannedMinutes == 8 * 60);
    CHECK(dayOf(report, day(2026, 11, 2)).code == "НН");
    CHECK(dayOf(report, day(2026, 11, 4)).code == "В"); // the holiday
    CHECK(report.totals[0].plannedMinutes == 15 * 60);
    CHECK(report.totals[0].balanceMinutes == -8 * 60);
    CHECK(report.totals[0].daysUnexplained == 1);
}

TEST_CASE("Planned worktime: a sick leave wins over passes, which stay as a remark", "[report]")
{
    WorkPlan plan = planOf({fixedShift("D", 9, 18, 60)}, {"D"}, day(2026, 1, 1), false);
    plan.absences = {{"1", day(2026, 11, 23), day(2026, 11, 24), "Б"}};
    const std::vector<AccessEvent> events{pass("1", "A", at(2026, 11, 23, 9, 0), In),
                                          pass("1", "A", at(2026, 11, 23, 12, 0), Out)};
    const PlannedWorktimeReport report =
        compute(plan, events, day(2026, 11, 23), day(2026, 11, 25));
    CHECK(dayOf(report, day(2026, 11, 23)).code == "Б");
    CHECK(dayOf(report, day(2026, 11, 23)).passesDuringAbsence);
    CHECK(dayOf(report, day(2026, 11, 23)).stays.size() == 1);
    CHECK(dayOf(report, day(2026, 11, 24)).code == "Б");
    CHECK_FALSE(dayOf(report, day(2026, 11, 24)).passesDuringAbsence);
    CHECK(dayOf(report, day(2026, 11, 25)).code == "НН"); // never "absent" under an absence
    CHECK(report.totals[0].absences == std::vector<std::pair<std::string, int>>{{"Б", 2}});
    CHECK(report.totals[0].workedMinutes == 0);
    CHECK(report.totals[0].plannedMinutes == 8 * 60);
}

TEST_CASE("Planned worktime: work on a day off, a flexible shift, a missing exit", "[report]")
{
    Shift flexible;
    flexible.id = "flex";
    flexible.flexible = true;
    flexible.requiredMinutes = 6 * 60;
    flexible.windowStartMinute = 7 * 60;
    flexible.windowEndMinute = 21 * 60;
    const WorkPlan plan = planOf({flexible, fixedShift("D", 9, 18)}, {"flex", "D", std::nullopt},
                                 day(2026, 11, 23), false);
    const std::vector<AccessEvent> events{
        // Mon (flex): 11:00-19:30, 8.5 h: 150 minutes over the required 6 h, never late
        pass("1", "A", at(2026, 11, 23, 11, 0), In),
        pass("1", "A", at(2026, 11, 23, 19, 30), Out),
        // Tue (D): an entry and no exit
        pass("1", "A", at(2026, 11, 24, 9, 0), In),
        // Wed (off): two hours of unplanned work
        pass("1", "A", at(2026, 11, 25, 10, 0), In),
        pass("1", "A", at(2026, 11, 25, 12, 0), Out),
    };
    PlanRules rules;
    PlannedWorktimeReport report =
        compute(plan, events, day(2026, 11, 23), day(2026, 11, 25), rules);
    const PlannedWorkDay &flex = dayOf(report, day(2026, 11, 23));
    CHECK(flex.lateMinutes == 0);
    CHECK(flex.workedMinutes == 510);
    CHECK(flex.overtimeAfterMinutes == 150);
    CHECK(flex.plannedMinutes == 360);
    const PlannedWorkDay &noExit = dayOf(report, day(2026, 11, 24));
    CHECK(noExit.noExit);
    CHECK(noExit.lastOut == at(2026, 11, 24, 18, 0)); // closed at the planned end, no later
    CHECK(noExit.workedMinutes == 9 * 60);
    const PlannedWorkDay &dayOff = dayOf(report, day(2026, 11, 25));
    CHECK(dayOff.code == "РВ");
    CHECK(dayOff.holidayMinutes == 120);
    CHECK(dayOff.overtimeAfterMinutes == 0);

    rules.closeMissingExitAtPlannedEnd = false;
    report = compute(plan, events, day(2026, 11, 24), day(2026, 11, 24), rules);
    CHECK(dayOf(report, day(2026, 11, 24)).noExit);
    CHECK(dayOf(report, day(2026, 11, 24)).workedMinutes == 0);
    CHECK(dayOf(report, day(2026, 11, 24)).code == "Я");
}

TEST_CASE("Planned worktime: planned people without passes are listed with НН days", "[report]")
{
    WorkPlan plan = planOf({fixedShift("D", 9, 18)}, {"D", std::nullopt}, day(2026, 11, 23), false);
    plan.groups = {{"night team", {"2", "3"}}};
    plan.assignments.push_back({"", "night team", "p", day(2026, 11, 1), {}});
    const std::vector<AccessEvent> events{pass("2", "Boris", at(2026, 11, 23, 9, 0), In),
                                          pass("2", "Boris", at(2026, 11, 23, 18, 0), Out),
                                          pass("3", "Vera", at(2026, 10, 1, 9, 0), In),
                                          pass("9", "Unplanned", at(2026, 11, 23, 9, 0), In),
                                          pass("", "No ID", at(2026, 11, 23, 9, 0), In)};
    const PlannedWorktimeReport report =
        compute(plan, events, day(2026, 11, 23), day(2026, 11, 24));
    REQUIRE(report.people.size() == 3);
    // By name: the never-seen "1" has none, then Boris, then Vera (seen before the period).
    CHECK(report.people[0].employeeId == "1");
    CHECK(report.people[1].name == "Boris");
    CHECK(report.people[2].name == "Vera");
    CHECK(dayOf(report, day(2026, 11, 23), 0).code == "НН");
    CHECK(dayOf(report, day(2026, 11, 23), 1).code == "Я");
    CHECK(dayOf(report, day(2026, 11, 24), 1).code == "В");
    CHECK(dayOf(report, day(2026, 11, 23), 2).code == "НН");
    CHECK(report.days.size() == 6);
    // Passes of people the plan does not assign are not invented into a plan: listed apart.
    REQUIRE(report.unplanned.size() == 2);
    CHECK(report.unplanned[0].name == "No ID");
    CHECK(report.unplanned[1].employeeId == "9");
}

TEST_CASE("Planned worktime: overtime is only the time worked outside the shift", "[report]")
{
    const WorkPlan plan =
        planOf({fixedShift("office", 9, 18, 60)}, {"office"}, day(2026, 1, 1), false);
    // A whole night worked after a day shift's end: all of it outside the shift, none of it more.
    const std::vector<AccessEvent> events{pass("1", "A", at(2026, 11, 23, 19, 57), In),
                                          pass("1", "A", at(2026, 11, 24, 8, 1), Out)};
    PlanRules rules;
    rules.overtimeBeforeStart = true;
    const PlannedWorktimeReport report =
        compute(plan, events, day(2026, 11, 23), day(2026, 11, 23), rules);
    const PlannedWorkDay &row = dayOf(report, day(2026, 11, 23));
    CHECK(row.lateMinutes == 657);
    CHECK(row.workedMinutes == 724 - 60);
    CHECK(row.overtimeAfterMinutes == row.workedMinutes);
    CHECK(row.overtimeBeforeMinutes == 0);
    CHECK(row.nightMinutes == 480);
}

TEST_CASE("Planned worktime: in span mode a gap longer than any break is time off", "[report]")
{
    const WorkPlan plan = planOf({fixedShift("D", 8, 20)}, {"D"}, day(2026, 1, 1), false);
    const std::vector<AccessEvent> events{
        // Mon: out for lunch an hour: the span counts it
        pass("1", "A", at(2026, 11, 23, 8, 0), In),
        pass("1", "A", at(2026, 11, 23, 12, 0), Out),
        pass("1", "A", at(2026, 11, 23, 13, 0), In),
        pass("1", "A", at(2026, 11, 23, 17, 0), Out),
        // Tue: two hours in the morning, two in the evening, six hours away between
        pass("1", "A", at(2026, 11, 24, 8, 0), In),
        pass("1", "A", at(2026, 11, 24, 10, 0), Out),
        pass("1", "A", at(2026, 11, 24, 16, 0), In),
        pass("1", "A", at(2026, 11, 24, 18, 0), Out),
    };
    const PlannedWorktimeReport report =
        compute(plan, events, day(2026, 11, 23), day(2026, 11, 24));
    CHECK(dayOf(report, day(2026, 11, 23)).workedMinutes == 9 * 60);
    CHECK(dayOf(report, day(2026, 11, 24)).workedMinutes == 4 * 60);
    CHECK(dayOf(report, day(2026, 11, 24)).spanMinutes == 10 * 60); // the column still says it
}
