// SPDX-License-Identifier: MIT
#include "core/report/presenceboard.h"
#include "tests/core/report/reporttestutil.h"

#include "tests/support/catch.h"

#include <vector>

using namespace attlog;
using attlog::test::at;
using attlog::test::pass;

namespace {

constexpr Direction In = Direction::In;
constexpr Direction Out = Direction::Out;
constexpr Direction Unk = Direction::Unknown;

const PresenceRow *findRow(const PresenceSnapshot &snapshot, const std::string &employeeId)
{
    for (const PresenceRow &row : snapshot.rows) {
        if (row.employeeId == employeeId)
            return &row;
    }
    return nullptr;
}

const PresenceWindow kDay{at(2026, 11, 23, 0, 0), at(2026, 11, 23, 23, 59, 59)};

} // namespace

TEST_CASE("presence: status, last door and time from the last event", "[report]")
{
    PresenceBoard board;
    board.add(pass("1", "Борисов", at(2026, 11, 23, 8, 0), In, "Проходная"));
    board.add(pass("2", "Алексеев", at(2026, 11, 23, 8, 5), In, "Проходная"));
    board.add(pass("2", "Алексеев", at(2026, 11, 23, 12, 30), Out, "Склад"));
    board.add(pass("3", "Викторов", at(2026, 11, 23, 9, 0), In, "Склад"));

    const PresenceSnapshot snapshot =
        board.snapshot(PresenceWindow{at(2026, 11, 23, 0, 0), at(2026, 11, 23, 13, 0)});
    REQUIRE(snapshot.rows.size() == 3);
    CHECK(snapshot.rows[0].person == "Алексеев"); // ordered by name
    CHECK(snapshot.rows[1].person == "Борисов");
    CHECK(snapshot.rows[2].person == "Викторов");
    const PresenceRow &a = snapshot.rows[0];
    CHECK(a.status == PresenceStatus::Outside);
    CHECK(a.lastDoor == "Склад");
    CHECK(a.lastTime == at(2026, 11, 23, 12, 30));
    CHECK(a.lastDirection == Out);
    CHECK(a.secondsAgo == 30 * 60);
    CHECK(snapshot.counts.inside == 2);
    CHECK(snapshot.counts.outside == 1);
    CHECK(snapshot.counts.unknown == 0);
    CHECK(snapshot.allCounts.total() == 3);
}

TEST_CASE("presence: a late row with an older time does not override a newer state", "[report]")
{
    PresenceBoard board;
    board.add(pass("1", "A", at(2026, 11, 23, 9, 0), In, "Gate 1"));
    board.add(pass("1", "A", at(2026, 11, 23, 12, 0), Out, "Gate 2"));
    // Back-filled after an outage: a newer key, an older time.
    board.add(pass("1", "A", at(2026, 11, 23, 10, 0), In, "Gate 3"));

    const PresenceSnapshot now = board.snapshot(kDay);
    REQUIRE(now.rows.size() == 1);
    CHECK(now.rows[0].status == PresenceStatus::Outside);
    CHECK(now.rows[0].lastDoor == "Gate 2");
    CHECK(now.rows[0].lastTime == at(2026, 11, 23, 12, 0));

    // The board as it stood at 11:00: the late row is in its place.
    const PresenceSnapshot then =
        board.snapshot(PresenceWindow{at(2026, 11, 23, 0, 0), at(2026, 11, 23, 11, 0)});
    REQUIRE(then.rows.size() == 1);
    CHECK(then.rows[0].status == PresenceStatus::Inside);
    CHECK(then.rows[0].lastDoor == "Gate 3");
    CHECK(then.rows[0].lastTime == at(2026, 11, 23, 10, 0));
    CHECK(board.eventCount() == 3);
}

TEST_CASE("presence: --at takes only events at or before it and inside the window", "[report]")
{
    PresenceBoard board;
    board.add(pass("1", "A", at(2026, 11, 22, 23, 0), In)); // before the window
    board.add(pass("2", "B", at(2026, 11, 23, 9, 0), In));
    board.add(pass("2", "B", at(2026, 11, 23, 10, 0), Out));   // exactly at: included
    board.add(pass("3", "C", at(2026, 11, 23, 10, 0, 1), In)); // after at

    const PresenceWindow window{at(2026, 11, 23, 0, 0), at(2026, 11, 23, 10, 0)};
    const PresenceSnapshot snapshot = board.snapshot(window);
    REQUIRE(snapshot.rows.size() == 1);
    CHECK(snapshot.rows[0].employeeId == "2");
    CHECK(snapshot.rows[0].status == PresenceStatus::Outside);

    const PresenceWindow sinceMidnight =
        presenceWindow(PresenceWindowKind::SinceMidnight, at(2026, 11, 23, 10, 0));
    CHECK(sinceMidnight.from == at(2026, 11, 23, 0, 0));
    CHECK(sinceMidnight.at == at(2026, 11, 23, 10, 0));
    CHECK(presenceWindow(PresenceWindowKind::Last24Hours, at(2026, 11, 23, 10, 0)).from ==
          at(2026, 11, 22, 10, 0));
    CHECK(presenceWindow(PresenceWindowKind::Last7Days, at(2026, 11, 23, 10, 0)).from ==
          at(2026, 11, 16, 10, 0));
    CHECK(board.snapshot(presenceWindow(PresenceWindowKind::Last24Hours, at(2026, 11, 23, 10, 0)))
              .rows.size() == 2);
}

TEST_CASE("presence: unknown directions toggle the state, or are ignored", "[report]")
{
    const std::vector<AccessEvent> events{
        pass("1", "A", at(2026, 11, 23, 9, 0), Unk, "Gate 1"), // -> inside
        pass("2", "B", at(2026, 11, 23, 9, 0), In),
        pass("2", "B", at(2026, 11, 23, 12, 0), Unk, "Gate 2"), // -> outside
        pass("3", "C", at(2026, 11, 23, 9, 0), Out),
        pass("3", "C", at(2026, 11, 23, 12, 0), Unk, "Gate 3"), // -> inside
    };
    PresenceBoard opposite;
    opposite.add(events);
    const PresenceSnapshot a = opposite.snapshot(kDay);
    REQUIRE(a.rows.size() == 3);
    CHECK(findRow(a, "1")->status == PresenceStatus::Inside);
    CHECK(findRow(a, "2")->status == PresenceStatus::Outside);
    CHECK(findRow(a, "3")->status == PresenceStatus::Inside);
    CHECK(findRow(a, "3")->lastDirection == Unk);

    PresenceRules rules;
    rules.unknownDirection = UnknownDirectionPolicy::Ignore;
    PresenceBoard ignore(rules);
    ignore.add(events);
    const PresenceSnapshot b = ignore.snapshot(kDay);
    REQUIRE(b.rows.size() == 3);
    CHECK(findRow(b, "1")->status == PresenceStatus::Unknown); // nothing decided it
    CHECK(findRow(b, "1")->lastDoor == "Gate 1");              // but it was seen there
    CHECK(findRow(b, "2")->status == PresenceStatus::Inside);
    CHECK(findRow(b, "3")->status == PresenceStatus::Outside);
    CHECK(b.counts.unknown == 1);
}

TEST_CASE("presence: a double scan keeps the first scan", "[report]")
{
    PresenceBoard board;
    board.add(pass("1", "A", at(2026, 11, 23, 9, 0, 0), In, "Gate 1"));
    board.add(pass("1", "A", at(2026, 11, 23, 9, 0, 20), In, "Gate 2"));
    const PresenceSnapshot snapshot = board.snapshot(kDay);
    REQUIRE(snapshot.rows.size() == 1);
    CHECK(snapshot.rows[0].lastDoor == "Gate 1");
    CHECK(snapshot.rows[0].lastTime == at(2026, 11, 23, 9, 0, 0));

    // Two unknown-direction scans would otherwise toggle the person straight back out.
    PresenceBoard unknowns;
    unknowns.add(pass("1", "A", at(2026, 11, 23, 9, 0, 0), Unk));
    unknowns.add(pass("1", "A", at(2026, 11, 23, 9, 0, 5), Unk));
    CHECK(unknowns.snapshot(kDay).rows[0].status == PresenceStatus::Inside);
}

TEST_CASE("presence: identity by employee ID, newest name shown", "[report]")
{
    PresenceBoard board;
    board.add(pass("7", "Иванов Иван", at(2026, 11, 23, 12, 0), In));
    board.add(pass("7", "Р?РІР°РЅРѕРІ", at(2026, 11, 23, 8, 0), In)); // late, older, old form
    AccessEvent cardOnly = pass("", "Петров", at(2026, 11, 23, 9, 0), In);
    cardOnly.card = "99";
    board.add(cardOnly);
    const PresenceSnapshot snapshot = board.snapshot(kDay);
    REQUIRE(snapshot.rows.size() == 2);
    CHECK(findRow(snapshot, "7")->person == "Иванов Иван");
    CHECK(snapshot.rows[1].identity == "c:99");
    CHECK(snapshot.rows[1].card == "99");
}

TEST_CASE("presence: door filter, search and the evacuation list", "[report]")
{
    PresenceBoard board;
    board.add(pass("1", "Семёнов Пётр", at(2026, 11, 23, 8, 0), In, "Проходная"));
    board.add(pass("2", "Smith John", at(2026, 11, 23, 8, 10), In, "Склад"));
    board.add(pass("3", "Орлова", at(2026, 11, 23, 8, 20), In, "Склад"));
    board.add(pass("3", "Орлова", at(2026, 11, 23, 17, 0), Out, "Проходная"));

    const PresenceSnapshot doors = board.snapshot(kDay, presenceDoorFilter({"Проходная"}));
    REQUIRE(doors.rows.size() == 2);
    CHECK(doors.counts.inside == 1);
    CHECK(doors.counts.outside == 1);
    CHECK(doors.allCounts.total() == 3);

    CHECK(board.snapshot(kDay, presenceSearch("СЕМЕНОВ")).rows.size() == 1); // case and ё
    CHECK(board.snapshot(kDay, presenceSearch("smith")).rows.size() == 1);
    CHECK(board.snapshot(kDay, presenceSearch("склад")).rows.size() == 1); // last door
    CHECK(board.snapshot(kDay, presenceSearch("2")).rows.size() == 1);     // employee ID
    CHECK(board.snapshot(kDay, presenceSearch("")).rows.size() == 3);
    CHECK(board.snapshot(kDay, presenceSearch("nobody")).rows.empty());

    const EvacuationList list = board.evacuation(kDay);
    CHECK(list.at == kDay.at);
    REQUIRE(list.count() == 2);
    CHECK(list.people[0].person == "Smith John");
    CHECK(list.people[1].person == "Семёнов Пётр");
    CHECK(list.people[1].lastDoor == "Проходная");
}

TEST_CASE("presence: pruning, duplicates and events without a time", "[report]")
{
    PresenceBoard board;
    const AccessEvent first = pass("1", "A", at(2026, 11, 22, 9, 0), In);
    board.add(first);
    board.add(first); // the same row twice (history + live): stored once
    board.add(pass("2", "B", at(2026, 11, 23, 9, 0), In));
    AccessEvent noTime = pass("3", "C", at(2026, 11, 23, 9, 0), In);
    noTime.time.reset();
    noTime.timeSource = TimeSource::Missing;
    board.add(noTime);
    CHECK(board.eventCount() == 2);
    CHECK(board.personCount() == 2);

    board.pruneBefore(at(2026, 11, 23, 0, 0));
    CHECK(board.eventCount() == 1);
    CHECK(board.personCount() == 1);
    board.add(pass("2", "B", at(2026, 11, 23, 10, 0), Out));
    const PresenceSnapshot snapshot = board.snapshot(kDay);
    REQUIRE(snapshot.rows.size() == 1);
    CHECK(snapshot.rows[0].status == PresenceStatus::Outside);
}

TEST_CASE("The evacuation list reads at least a day back, whatever the board's window", "[report]")
{
    // Since midnight at 03:00: the list reaches back to 03:00 the day before (night shifts).
    const PresenceWindow night =
        evacuationWindow(presenceWindow(PresenceWindowKind::SinceMidnight, at(2026, 11, 23, 3, 0)));
    CHECK(night.from == at(2026, 11, 22, 3, 0));
    CHECK(night.at == at(2026, 11, 23, 3, 0));
    // A wider window stays as it is.
    const PresenceWindow week =
        presenceWindow(PresenceWindowKind::Last7Days, at(2026, 11, 23, 3, 0));
    CHECK(evacuationWindow(week).from == week.from);
    CHECK(evacuationWindow(week).at == week.at);
}
