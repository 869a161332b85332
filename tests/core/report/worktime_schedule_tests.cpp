// SPDX-License-Identifier: MIT
// Worktime against a schedule, absences, row order, the timesheet and headcount.
#include "core/report/doublescanfilter.h"
#include "core/report/timesheet.h"
#include "core/report/worktimecalculator.h"
#include "core/text/mojibake.h"
#include "core/text/repair.h"
#include "tests/core/report/reporttestutil.h"

#include "tests/support/catch.h"

#include <algorithm>
#include <vector>

using namespace attlog;
using namespace attlog::test;

TEST_CASE("worktime: schedule lateness, early leave, overtime", "[report]")
{
    Schedule schedule;
    schedule.startMinute = 9 * 60;
    schedule.endMinute = 18 * 60;
    schedule.graceMinutes = 5;
    WorktimeRules rules;
    rules.schedule = schedule;
    const std::vector<AccessEvent> events{
        // Mon: 10 min late, left 30 min early
        pass("1", "A", at(2026, 11, 23, 9, 10), In),
        pass("1", "A", at(2026, 11, 23, 17, 30), Out),
        // Tue: 5 min 59 s late = 5 whole minutes, within the grace; overtime 60 min
        pass("1", "A", at(2026, 11, 24, 9, 5, 59), In),
        pass("1", "A", at(2026, 11, 24, 19, 10), Out),
        // Wed: early arrival, left 4 min early (within the grace)
        pass("1", "A", at(2026, 11, 25, 8, 30), In),
        pass("1", "A", at(2026, 11, 25, 17, 56), Out),
        // Sat: not a working day: all worked time is overtime
        pass("1", "A", at(2026, 11, 28, 10, 0), In),
        pass("1", "A", at(2026, 11, 28, 12, 0), Out),
    };
    const WorktimeReport report =
        computeWorktime(events, day(2026, 11, 23), day(2026, 11, 29), rules);
    const WorktimeDay *mon = findDay(report, day(2026, 11, 23));
    REQUIRE(mon);
    CHECK(mon->lateMinutes == 10);
    CHECK(mon->earlyMinutes == 30);
    CHECK(mon->overtimeMinutes == 0);
    const WorktimeDay *tue = findDay(report, day(2026, 11, 24));
    REQUIRE(tue);
    CHECK(tue->lateMinutes == 0);
    CHECK(tue->earlyMinutes == 0);
    CHECK(tue->workedMinutes == 604);
    CHECK(tue->overtimeMinutes == 64);
    const WorktimeDay *wed = findDay(report, day(2026, 11, 25));
    REQUIRE(wed);
    CHECK(wed->lateMinutes == 0);
    CHECK(wed->earlyMinutes == 0);
    CHECK(wed->overtimeMinutes == 26);
    const WorktimeDay *sat = findDay(report, day(2026, 11, 28));
    REQUIRE(sat);
    CHECK(sat->lateMinutes == 0);
    CHECK(sat->overtimeMinutes == 120);
    CHECK_FALSE(findDay(report, day(2026, 11, 29))); // Sunday: not a working day, no row

    REQUIRE(report.totals.size() == 1);
    CHECK(report.totals[0].lateMinutes == 10);
    CHECK(report.totals[0].daysLate == 1);
    CHECK(report.totals[0].overtimeMinutes == 0 + 64 + 26 + 120);
}

TEST_CASE("worktime: a night schedule ends on the next day", "[report]")
{
    const std::optional<Schedule> night = parseSchedule("20:00-08:00");
    REQUIRE(night);
    CHECK(night->isNight());
    CHECK(night->lengthMinutes() == 720);
    WorktimeRules rules;
    rules.schedule = night;
    rules.schedule->graceMinutes = 5;
    const std::vector<AccessEvent> events{
        pass("1", "A", at(2026, 11, 23, 20, 15), In),
        pass("1", "A", at(2026, 11, 24, 7, 50), Out),
    };
    const WorktimeReport report =
        computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23), rules);
    REQUIRE(report.days.size() == 1);
    CHECK(report.days[0].lateMinutes == 15);
    CHECK(report.days[0].earlyMinutes == 10);
    CHECK(report.days[0].overtimeMinutes == 0);
    CHECK_FALSE(parseSchedule("9-18"));
    CHECK_FALSE(parseSchedule("25:00-18:00"));
}

TEST_CASE("worktime: a working day without events is absent", "[report]")
{
    WorktimeRules rules;
    rules.schedule = parseSchedule("09:00-18:00");
    const std::vector<AccessEvent> events{
        pass("1", "A", at(2026, 11, 23, 9, 0), In),
        pass("1", "A", at(2026, 11, 23, 18, 0), Out),
        pass("1", "A", at(2026, 11, 25, 9, 0), In),
        pass("1", "A", at(2026, 11, 25, 18, 0), Out),
        // someone seen only before the period gets no absent rows
        pass("2", "B", at(2026, 11, 20, 9, 0), In),
    };
    const WorktimeReport report =
        computeWorktime(events, day(2026, 11, 23), day(2026, 11, 29), rules);
    REQUIRE(report.people.size() == 1);
    std::vector<Date> absent;
    for (const WorktimeDay &d : report.days) {
        if (d.flags.absent)
            absent.push_back(d.date);
    }
    CHECK(absent == std::vector<Date>{day(2026, 11, 24), day(2026, 11, 26), day(2026, 11, 27)});
    const WorktimeDay *tue = findDay(report, day(2026, 11, 24));
    REQUIRE(tue);
    CHECK_FALSE(tue->firstIn);
    CHECK_FALSE(tue->workedMinutes);
    CHECK_FALSE(tue->lateMinutes);
    CHECK(worktimeFlagsText(tue->flags) == "absent");
    CHECK(report.totals[0].daysAbsent == 3);
    CHECK(report.totals[0].daysPresent == 2);

    // Without a schedule there are no working days, so nobody is absent.
    CHECK(computeWorktime(events, day(2026, 11, 23), day(2026, 11, 29)).days.size() == 2);
}

TEST_CASE("worktime: rows ordered by person name, employee ID, then date", "[report]")
{
    const std::vector<AccessEvent> events{
        pass("9", "Яковлев", at(2026, 11, 24, 9, 0), In),
        pass("3", "Андреев", at(2026, 11, 24, 9, 0), In),
        pass("2", "Андреев", at(2026, 11, 23, 9, 0), In),
        pass("3", "Андреев", at(2026, 11, 23, 9, 0), In),
    };
    const WorktimeReport report = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 24));
    REQUIRE(report.people.size() == 3);
    CHECK(report.people[0].employeeId == "2");
    CHECK(report.people[1].employeeId == "3");
    CHECK(report.people[2].employeeId == "9");
    REQUIRE(report.days.size() == 4);
    CHECK(report.days[1].person == 1);
    CHECK(report.days[1].date == day(2026, 11, 23));
    CHECK(report.days[2].date == day(2026, 11, 24));
    CHECK(report.days[3].person == 2);
}

TEST_CASE("worktime: events without a time are ignored", "[report]")
{
    AccessEvent noTime = pass("1", "A", at(2026, 11, 23, 12, 0), Out);
    noTime.time.reset();
    noTime.timeSource = TimeSource::Missing;
    const std::vector<AccessEvent> events{
        pass("1", "A", at(2026, 11, 23, 9, 0), In),
        noTime,
        pass("1", "A", at(2026, 11, 23, 18, 0), Out),
    };
    WorktimeCalculator calculator;
    calculator.add(events);
    CHECK(calculator.eventCount() == 2);
    const WorktimeReport report = calculator.compute(day(2026, 11, 23), day(2026, 11, 23));
    REQUIRE(report.days.size() == 1);
    CHECK(report.days[0].insideMinutes == 540);
}

TEST_CASE("worktime: timesheet matrix and hours per day", "[report]")
{
    WorktimeRules rules;
    rules.schedule = parseSchedule("09:00-18:00");
    const std::vector<AccessEvent> events{
        pass("1", "A", at(2026, 11, 23, 9, 30), In), // late
        pass("1", "A", at(2026, 11, 23, 18, 0), Out),
        pass("1", "A", at(2026, 11, 25, 9, 0), In), // no exit
        pass("2", "B", at(2026, 11, 24, 8, 0), In),
        pass("2", "B", at(2026, 11, 24, 17, 0), Out),
    };
    const WorktimeReport report =
        computeWorktime(events, day(2026, 11, 23), day(2026, 11, 25), rules);
    const Timesheet sheet = makeTimesheet(report);
    REQUIRE(sheet.dates.size() == 3);
    REQUIRE(sheet.rows.size() == 2);
    const TimesheetRow &a = sheet.rows[0];
    CHECK(a.cells[0].workedMinutes == 510);
    CHECK(a.cells[0].late);
    CHECK(a.cells[1].flags.absent);
    CHECK(a.cells[2].flags.noExit);
    CHECK_FALSE(a.cells[2].workedMinutes);
    CHECK(a.totalWorkedMinutes == 510);
    CHECK(sheet.rows[1].cells[1].workedMinutes == 540);
    CHECK(sheet.rows[1].cells[0].flags.absent);

    const std::vector<DayMinutes> hours = workedMinutesPerDay(report, 1);
    REQUIRE(hours.size() == 3);
    CHECK(hours[0].minutes == 0);
    CHECK(hours[1].minutes == 540);
    CHECK(hours[1].date == day(2026, 11, 24));
}

TEST_CASE("worktime: headcount inside over the day", "[report]")
{
    const std::vector<AccessEvent> events{
        pass("1", "A", at(2026, 11, 23, 8, 0), In),  pass("1", "A", at(2026, 11, 23, 12, 0), Out),
        pass("2", "B", at(2026, 11, 23, 10, 0), In), pass("2", "B", at(2026, 11, 23, 18, 0), Out),
        pass("3", "C", at(2026, 11, 22, 20, 0), In), // a night shift from the day before
        pass("3", "C", at(2026, 11, 23, 8, 0), Out),
    };
    WorktimeCalculator calculator;
    calculator.add(events);
    const std::vector<HeadcountPoint> points = calculator.headcount(day(2026, 11, 23), 60);
    REQUIRE(points.size() == 24);
    CHECK(points[0].time == at(2026, 11, 23, 0, 0));
    CHECK(points[0].inside == 1);  // C
    CHECK(points[7].inside == 1);  // C
    CHECK(points[8].inside == 1);  // C left, A came at 08:00
    CHECK(points[10].inside == 2); // A and B
    CHECK(points[12].inside == 1); // A left at 12:00
    CHECK(points[17].inside == 1);
    CHECK(points[18].inside == 0);
}
