// SPDX-License-Identifier: MIT
// The T-13 sheet: cells as the form reads them, and what changed since a month was printed.
#include "core/report/t13sheet.h"
#include "tests/core/report/reporttestutil.h"

#include "tests/support/catch.h"

#include <vector>

using namespace attlog;
using namespace attlog::test;

namespace {

WorkPlan officePlan()
{
    WorkPlan plan;
    plan.shifts = {fixedShift("office", 9, 18, 60)};
    plan.patterns = {
        {"5/2",
         {"office", "office", "office", "office", "office", std::nullopt, std::nullopt},
         day(2026, 11, 2),
         {}}};
    plan.assignments = {{"7", "", "5/2", day(2026, 1, 1), {}}};
    plan.calendar = russianProductionCalendar(2026);
    return plan;
}

T13Sheet sheetOf(const WorktimeCalculator &calculator, const WorkPlanResolver &plan)
{
    const std::optional<T13Sheet> sheet = makeT13Sheet(
        computePlannedWorktime(calculator, day(2026, 11, 1), day(2026, 11, 30), plan, PlanRules{}));
    REQUIRE(sheet);
    return *sheet;
}

} // namespace

TEST_CASE("T-13 sheet: hours with a decimal comma, codes above hours, half-month totals",
          "[report]")
{
    CHECK(t13Hours(480) == "8");
    CHECK(t13Hours(450) == "7,5");
    CHECK(t13Hours(485) == "8,08");
    CHECK(t13Hours(1) == "0,02");
    CHECK(t13Hours(0) == "0");

    const WorkPlanResolver plan(officePlan());
    WorktimeCalculator calculator;
    calculator.add(pass("7", "Сменщик", at(2026, 11, 2, 9, 0), In));
    calculator.add(pass("7", "Сменщик", at(2026, 11, 2, 18, 0), Out));
    calculator.add(pass("7", "Сменщик", at(2026, 11, 20, 9, 0), In));
    calculator.add(pass("7", "Сменщик", at(2026, 11, 20, 17, 30), Out));
    const T13Sheet sheet = sheetOf(calculator, plan);
    CHECK(sheet.month == 11);
    REQUIRE(sheet.people.size() == 1);
    const T13Person &person = sheet.people[0];
    CHECK(person.number == "7");
    CHECK(person.days[0].codes == "В"); // Sunday the 1st
    CHECK(person.days[1].codes == "Я"); // Monday the 2nd
    CHECK(person.days[1].hours == "8");
    CHECK(person.days[2].codes == "НН"); // a pre-holiday day without passes
    CHECK(person.days[3].codes == "В");  // November 4
    CHECK(person.days[19].hours == "7,5");
    CHECK_FALSE(person.days[30].inMonth); // there is no November 31
    CHECK(person.halfDays == std::array<int, 2>{1, 1});
    CHECK(person.halfMinutes == std::array<std::int64_t, 2>{480, 450});
    CHECK(person.monthMinutes == 930);

    // The form covers one month.
    CHECK_FALSE(makeT13Sheet(computePlannedWorktime(calculator, day(2026, 11, 20), day(2026, 12, 5),
                                                    plan, PlanRules{})));
}

TEST_CASE("T-13 sheet: late rows change a printed month, and the change says which days",
          "[report]")
{
    const WorkPlanResolver plan(officePlan());
    WorktimeCalculator calculator;
    calculator.add(pass("7", "Сменщик", at(2026, 11, 2, 9, 0), In));
    calculator.add(pass("7", "Сменщик", at(2026, 11, 2, 13, 0), Out));
    const T13Sheet printed = sheetOf(calculator, plan);
    CHECK(t13Changes(printed, printed).empty());

    // Rows back-filled after printing: the rest of the 2nd and the whole of the 5th.
    calculator.add(pass("7", "Сменщик", at(2026, 11, 2, 14, 0), In));
    calculator.add(pass("7", "Сменщик", at(2026, 11, 2, 18, 0), Out));
    calculator.add(pass("7", "Сменщик", at(2026, 11, 5, 9, 0), In));
    calculator.add(pass("7", "Сменщик", at(2026, 11, 5, 18, 0), Out));
    // ... and a newcomer the plan assigns from the 30th, without passes.
    WorkPlan edited = officePlan();
    edited.assignments.push_back({"8", "", "5/2", day(2026, 11, 30), {}});
    const T13Sheet now = sheetOf(calculator, WorkPlanResolver(edited));

    const std::vector<T13Change> changes = t13Changes(printed, now);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].number == "7");
    CHECK(changes[0].day == 2);
    CHECK(changes[0].codesBefore == "Я");
    CHECK(changes[0].hoursBefore == "3"); // 4 h less the hour's break
    CHECK(changes[0].hoursNow == "8");
    CHECK(changes[1].day == 5);
    CHECK(changes[1].codesBefore == "НН");
    CHECK(changes[1].codesNow == "Я");
    CHECK(changes[2].number == "8");
    CHECK(changes[2].day == 30);
    CHECK(changes[2].codesBefore.empty());
    CHECK(changes[2].codesNow == "НН");
}
