// SPDX-License-Identifier: MIT
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

TEST_CASE("2026-11-23 is a Monday (the week the schedule tests use)", "[report]")
{
    REQUIRE(isoWeekday(day(2026, 11, 23)) == 0);
}

TEST_CASE("worktime: a lunch break gives two counted pairs on one date", "[report]")
{
    const std::vector<AccessEvent> events{
        pass("17", "Иванов Иван", at(2026, 11, 23, 9, 0), In),
        pass("17", "Иванов Иван", at(2026, 11, 23, 13, 0), Out),
        pass("17", "Иванов Иван", at(2026, 11, 23, 14, 0), In),
        pass("17", "Иванов Иван", at(2026, 11, 23, 18, 0, 59), Out),
    };
    const WorktimeReport report = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23));
    REQUIRE(report.people.size() == 1);
    REQUIRE(report.days.size() == 1);
    const WorktimeDay &d = report.days[0];
    CHECK(d.date == day(2026, 11, 23));
    CHECK(d.firstIn == at(2026, 11, 23, 9, 0));
    CHECK(d.lastOut == at(2026, 11, 23, 18, 0, 59));
    CHECK(d.insideMinutes == 480); // 4 h + 4 h 0 min 59 s, rounded down
    CHECK(d.spanMinutes == 540);
    CHECK(d.workedMinutes == 540); // span is the default mode
    CHECK_FALSE(d.flags.any());
    CHECK_FALSE(d.lateMinutes); // no schedule: empty
    CHECK_FALSE(d.earlyMinutes);
    CHECK_FALSE(d.overtimeMinutes);

    WorktimeRules inside;
    inside.mode = WorkedMode::Inside;
    const WorktimeReport byInside =
        computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23), inside);
    REQUIRE(byInside.days.size() == 1);
    CHECK(byInside.days[0].workedMinutes == 480);
}

TEST_CASE("worktime: a night shift counts on the day it started", "[report]")
{
    const std::vector<AccessEvent> events{
        pass("5", "Night Guard", at(2026, 11, 24, 20, 0), In),
        pass("5", "Night Guard", at(2026, 11, 25, 8, 0), Out),
    };
    const WorktimeReport report = computeWorktime(events, day(2026, 11, 24), day(2026, 11, 25));
    REQUIRE(report.days.size() == 1);
    CHECK(report.days[0].date == day(2026, 11, 24));
    CHECK(report.days[0].insideMinutes == 720);
    CHECK(report.days[0].spanMinutes == 720);
    CHECK(report.days[0].lastOut == at(2026, 11, 25, 8, 0));
    CHECK_FALSE(report.days[0].flags.any());
}

TEST_CASE("worktime: a night shift across a month boundary", "[report]")
{
    const std::vector<AccessEvent> events{
        pass("5", "Night Guard", at(2026, 11, 30, 20, 0), In),
        pass("5", "Night Guard", at(2026, 12, 1, 8, 0), Out),
        pass("5", "Night Guard", at(2026, 12, 1, 20, 0), In),
        pass("5", "Night Guard", at(2026, 12, 2, 8, 30), Out),
    };
    // November alone: the exit on 1 December is read (events up to 20 h past the end) and closes
    // the interval that began on 30 November.
    const WorktimeReport november = computeWorktime(events, day(2026, 11, 1), day(2026, 11, 30));
    REQUIRE(november.days.size() == 1);
    CHECK(november.days[0].date == day(2026, 11, 30));
    CHECK(november.days[0].insideMinutes == 720);
    CHECK_FALSE(november.days[0].flags.any());

    // December alone: the morning exit belongs to the November shift, not a missing entry.
    const WorktimeReport december = computeWorktime(events, day(2026, 12, 1), day(2026, 12, 31));
    REQUIRE(december.days.size() == 1);
    CHECK(december.days[0].date == day(2026, 12, 1));
    CHECK(december.days[0].firstIn == at(2026, 12, 1, 20, 0));
    CHECK(december.days[0].insideMinutes == 750);
    CHECK_FALSE(december.days[0].flags.any());

    // The same data fed through a calculator that holds more than the period gives the same.
    const EventTimeRange range = worktimeEventRange(day(2026, 11, 1), day(2026, 11, 30), {});
    CHECK(range.from == at(2026, 10, 31, 4, 0));
    CHECK(range.to == at(2026, 12, 1, 20, 0));
}

TEST_CASE("worktime: a double scan counts once, the first", "[report]")
{
    const std::vector<AccessEvent> events{
        pass("1", "A", at(2026, 11, 23, 9, 0, 0), In),
        pass("1", "A", at(2026, 11, 23, 9, 0, 40), In), // double scan of the entry
        pass("1", "A", at(2026, 11, 23, 18, 0, 0), Out),
        pass("1", "A", at(2026, 11, 23, 18, 1, 0), Out), // exactly 60 s: still a double scan
    };
    const WorktimeReport report = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23));
    REQUIRE(report.days.size() == 1);
    CHECK(report.days[0].firstIn == at(2026, 11, 23, 9, 0, 0));
    CHECK(report.days[0].lastOut == at(2026, 11, 23, 18, 0, 0));
    CHECK(report.days[0].insideMinutes == 540);
    CHECK_FALSE(report.days[0].flags.any()); // no second exit, no re-opened interval

    // With suppression off the second entry closes the first interval uncounted and the second
    // exit has no interval to close.
    WorktimeRules off;
    off.doubleScanSeconds = 0;
    const WorktimeReport raw = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23), off);
    REQUIRE(raw.days.size() == 1);
    CHECK(raw.days[0].flags.noExit);
    CHECK(raw.days[0].flags.noEntry);
    CHECK(raw.days[0].insideMinutes == 539);

    // A configured 30 s window lets the scan 40 s later count.
    WorktimeRules short30;
    short30.doubleScanSeconds = 30;
    const WorktimeReport shorter =
        computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23), short30);
    REQUIRE(shorter.days.size() == 1);
    CHECK(shorter.days[0].flags.noExit);
}

TEST_CASE("double-scan filter: same person and direction within the window", "[report]")
{
    DoubleScanFilter filter(60);
    CHECK(filter.accept("e:1", In, at(2026, 1, 1, 9, 0, 0)));
    CHECK_FALSE(filter.accept("e:1", In, at(2026, 1, 1, 9, 0, 30)));
    CHECK_FALSE(filter.accept("e:1", In, at(2026, 1, 1, 9, 0, 55)));
    CHECK(filter.accept("e:1", In, at(2026, 1, 1, 9, 1, 1)));  // 61 s after the counted one
    CHECK(filter.accept("e:2", In, at(2026, 1, 1, 9, 1, 2)));  // another person
    CHECK(filter.accept("e:1", Out, at(2026, 1, 1, 9, 1, 5))); // another direction
    CHECK(filter.accept("e:1", In, at(2026, 1, 1, 9, 1, 9)));  // in, out, in: all count
    CHECK_FALSE(filter.accept("e:1", In, at(2026, 1, 1, 9, 1, 10)));
    DoubleScanFilter off(0);
    CHECK(off.accept("e:1", In, at(2026, 1, 1, 9, 0, 0)));
    CHECK(off.accept("e:1", In, at(2026, 1, 1, 9, 0, 0)));
}

TEST_CASE("worktime: a missing exit flags the entry date no_exit", "[report]")
{
    SECTION("closed by the next entry, uncounted")
    {
        const std::vector<AccessEvent> events{
            pass("1", "A", at(2026, 11, 23, 9, 0), In),
            pass("1", "A", at(2026, 11, 24, 9, 0), In),
            pass("1", "A", at(2026, 11, 24, 18, 0), Out),
        };
        const WorktimeReport report = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 24));
        REQUIRE(report.days.size() == 2);
        const WorktimeDay &first = report.days[0];
        CHECK(first.date == day(2026, 11, 23));
        CHECK(first.firstIn == at(2026, 11, 23, 9, 0));
        CHECK_FALSE(first.lastOut);
        CHECK(first.insideMinutes == 0);
        CHECK_FALSE(first.spanMinutes);
        CHECK_FALSE(first.workedMinutes);
        CHECK(first.flags.noExit);
        CHECK_FALSE(first.flags.noEntry);
        CHECK(report.days[1].insideMinutes == 540);
        CHECK_FALSE(report.days[1].flags.any());
    }
    SECTION("still open at the end of the data")
    {
        const std::vector<AccessEvent> events{pass("1", "A", at(2026, 11, 23, 9, 0), In)};
        const WorktimeReport report = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23));
        REQUIRE(report.days.size() == 1);
        CHECK(report.days[0].flags.noExit);
        CHECK(report.days[0].insideMinutes == 0);
    }
    SECTION("an interval longer than 20 h is not counted")
    {
        const std::vector<AccessEvent> events{
            pass("1", "A", at(2026, 11, 23, 8, 0), In),
            pass("1", "A", at(2026, 11, 24, 4, 0, 1), Out), // 20 h 0 min 1 s
        };
        const WorktimeReport report = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 24));
        REQUIRE(report.days.size() == 2);
        CHECK(report.days[0].flags.noExit);
        CHECK(report.days[0].insideMinutes == 0);
        CHECK(report.days[1].flags.noEntry); // the interval had expired: nothing to close
    }
    SECTION("exactly 20 h still counts; the limit is configurable")
    {
        const std::vector<AccessEvent> events{
            pass("1", "A", at(2026, 11, 23, 8, 0), In),
            pass("1", "A", at(2026, 11, 24, 4, 0), Out),
        };
        const WorktimeReport report = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 24));
        REQUIRE(report.days.size() == 1);
        CHECK(report.days[0].insideMinutes == 1200);
        CHECK_FALSE(report.days[0].flags.any());

        WorktimeRules twelve;
        twelve.maxIntervalHours = 12;
        const WorktimeReport capped =
            computeWorktime(events, day(2026, 11, 23), day(2026, 11, 24), twelve);
        REQUIRE(capped.days.size() == 2);
        CHECK(capped.days[0].flags.noExit);
    }
}

TEST_CASE("worktime: an exit with no interval open flags its date no_entry", "[report]")
{
    const std::vector<AccessEvent> events{
        pass("1", "A", at(2026, 11, 23, 18, 0), Out), pass("1", "A", at(2026, 11, 24, 9, 0), In),
        pass("1", "A", at(2026, 11, 24, 12, 0), Out),
        pass("1", "A", at(2026, 11, 24, 17, 0), Out), // second exit, nothing open
    };
    const WorktimeReport report = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 24));
    REQUIRE(report.days.size() == 2);
    CHECK(report.days[0].flags.noEntry);
    CHECK_FALSE(report.days[0].firstIn);
    CHECK_FALSE(report.days[0].lastOut);
    CHECK(report.days[1].flags.noEntry);
    CHECK(report.days[1].lastOut == at(2026, 11, 24, 12, 0)); // the counted interval's exit
    CHECK(report.days[1].insideMinutes == 180);
}

TEST_CASE("worktime: unknown directions follow the state, or are ignored", "[report]")
{
    SECTION("unknown, unknown: an entry then an exit")
    {
        const std::vector<AccessEvent> events{
            pass("1", "A", at(2026, 11, 23, 9, 0), Unk),
            pass("1", "A", at(2026, 11, 23, 18, 0), Unk),
        };
        const WorktimeReport report = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23));
        REQUIRE(report.days.size() == 1);
        CHECK(report.days[0].firstIn == at(2026, 11, 23, 9, 0));
        CHECK(report.days[0].insideMinutes == 540);
        CHECK_FALSE(report.days[0].flags.any());

        WorktimeRules ignore;
        ignore.unknownDirection = UnknownDirectionPolicy::Ignore;
        const WorktimeReport ignored =
            computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23), ignore);
        CHECK(ignored.days.empty()); // nothing counted, nothing to flag
    }
    SECTION("in, unknown, out")
    {
        const std::vector<AccessEvent> events{
            pass("1", "A", at(2026, 11, 23, 9, 0), In),
            pass("1", "A", at(2026, 11, 23, 12, 0), Unk),
            pass("1", "A", at(2026, 11, 23, 18, 0), Out),
        };
        const WorktimeReport opposite =
            computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23));
        REQUIRE(opposite.days.size() == 1);
        CHECK(opposite.days[0].insideMinutes == 180); // the unknown closed the interval
        CHECK(opposite.days[0].flags.noEntry);

        WorktimeRules ignore;
        ignore.unknownDirection = UnknownDirectionPolicy::Ignore;
        const WorktimeReport ignored =
            computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23), ignore);
        REQUIRE(ignored.days.size() == 1);
        CHECK(ignored.days[0].insideMinutes == 540);
        CHECK_FALSE(ignored.days[0].flags.any());
    }
}

TEST_CASE("worktime: late back-filled rows are ordered by time, not key", "[report]")
{
    // The feed delivers the exits first (lower keys), the entries arrive after an outage.
    std::vector<AccessEvent> events{
        pass("1", "A", at(2026, 11, 23, 13, 0), Out),
        pass("1", "A", at(2026, 11, 23, 18, 0), Out),
        pass("1", "A", at(2026, 11, 23, 9, 0), In),
        pass("1", "A", at(2026, 11, 23, 14, 0), In),
    };
    const WorktimeReport late = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23));
    std::sort(events.begin(), events.end(),
              [](const AccessEvent &a, const AccessEvent &b) { return *a.time < *b.time; });
    const WorktimeReport ordered = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 23));
    REQUIRE(late.days.size() == 1);
    REQUIRE(ordered.days.size() == 1);
    CHECK(late.days[0].insideMinutes == 480);
    CHECK(late.days[0].firstIn == at(2026, 11, 23, 9, 0));
    CHECK(late.days[0].lastOut == at(2026, 11, 23, 18, 0));
    CHECK_FALSE(late.days[0].flags.any());
    CHECK(ordered.days[0].insideMinutes == late.days[0].insideMinutes);

    // The same row delivered twice (e.g. history load + live feed) counts once.
    WorktimeCalculator calculator;
    calculator.add(events);
    calculator.add(events[1]);
    calculator.add(events);
    CHECK(calculator.compute(day(2026, 11, 23), day(2026, 11, 23)).days[0].insideMinutes == 480);
    CHECK(calculator.eventCount() == 4);
}

TEST_CASE("worktime: one employee under several mojibake forms of the name", "[report]")
{
    // iVMS stored the same person's name in different broken forms over time: CP1251 mojibake
    // with the lost byte 0x98 of 'И' kept as U+0098, and a lossy one with '?'. Reports get text
    // after repair, where both are the same name again; a newer spelling of the name arrives
    // later. Identity is the employee ID; the name shown is the newest by time, however late
    // older rows arrive.
    const std::string original = "Иванов Иван Иванович";
    const std::string windowsForm = text::toMojibake(original, text::LostByteForm::C1Control);
    const std::string lossyForm = text::toMojibake(original, text::LostByteForm::QuestionMark);
    const std::string newerForm = text::toMojibake("Иванов И. И.");
    REQUIRE(windowsForm != lossyForm);
    REQUIRE(text::repair(windowsForm) == original);
    REQUIRE(text::repair(lossyForm) == original);
    REQUIRE(text::repair(newerForm) == "Иванов И. И.");

    const std::vector<AccessEvent> events{
        pass("0042", text::repair(windowsForm), at(2026, 11, 23, 9, 0), In),
        pass("0042", text::repair(newerForm), at(2026, 11, 24, 18, 0), Out), // the newest
        pass("0042", text::repair(lossyForm), at(2026, 11, 23, 18, 0), Out), // back-filled
        pass("0042", text::repair(lossyForm), at(2026, 11, 24, 9, 0), In),   // back-filled
    };
    const WorktimeReport report = computeWorktime(events, day(2026, 11, 23), day(2026, 11, 24));
    REQUIRE(report.people.size() == 1);
    CHECK(report.people[0].name == "Иванов И. И.");
    CHECK(report.people[0].employeeId == "0042");
    REQUIRE(report.days.size() == 2);
    CHECK(report.days[0].insideMinutes == 540);
    CHECK(report.days[1].insideMinutes == 540);
    CHECK_FALSE(report.days[0].flags.any());

    // Unrepaired forms with one employee ID are still one person.
    const WorktimeReport raw =
        computeWorktime({pass("0042", windowsForm, at(2026, 11, 23, 9, 0), In),
                         pass("0042", lossyForm, at(2026, 11, 23, 18, 0), Out)},
                        day(2026, 11, 23), day(2026, 11, 23));
    REQUIRE(raw.people.size() == 1);
    CHECK(raw.people[0].name == lossyForm);
    CHECK(raw.days[0].insideMinutes == 540);

    // Without an employee ID the card, then the name tells people apart.
    AccessEvent byCard = pass("", "Петров", at(2026, 11, 23, 9, 0), In);
    byCard.card = "123456";
    AccessEvent byCardRenamed = pass("", "Петров П.", at(2026, 11, 23, 18, 0), Out);
    byCardRenamed.card = "123456";
    const AccessEvent byName = pass("", "Петров", at(2026, 11, 23, 10, 0), In);
    const WorktimeReport mixed =
        computeWorktime({byCard, byCardRenamed, byName}, day(2026, 11, 23), day(2026, 11, 23));
    REQUIRE(mixed.people.size() == 2);
    CHECK(mixed.people[0].name == "Петров"); // the name-only person (no exit)
    CHECK(mixed.people[1].name == "Петров П.");
    CHECK(mixed.people[1].card == "123456");
}
