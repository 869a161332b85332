// SPDX-License-Identifier: MIT
#include "core/report/dooractivity.h"
#include "tests/core/report/reporttestutil.h"

#include "tests/support/catch.h"

using namespace attlog;
using namespace attlog::report;
using namespace attlog::test;

namespace {

// Four weeks of working days: the gate has a pass every 5 minutes from 08:00 to 18:00, the store
// one at 09:00 and one at 15:00; the night door only at 02:00 on a few days.
DoorActivityModel fourWeeks()
{
    DoorActivityLearner learner;
    std::vector<AccessEvent> events;
    for (int d = 0; d < 28; ++d) {
        const Date date = addDays(day(2026, 11, 2), d);
        if (isoWeekday(date) >= 5)
            continue;
        for (int minute = 8 * 60; minute < 18 * 60; minute += 5)
            events.push_back(
                pass("E1", "A", makeDateTime(date, minute / 60, minute % 60, 0), In, "Gate"));
        events.push_back(pass("E2", "B", makeDateTime(date, 9, 0, 0), In, "Store"));
        events.push_back(pass("E2", "B", makeDateTime(date, 15, 0, 0), Out, "Store"));
        if (d % 7 == 0)
            events.push_back(pass("E3", "C", makeDateTime(date, 2, 0, 0), In, "Night door"));
    }
    learner.add(events);
    return learner.learn(at(2026, 11, 2, 0, 0), at(2026, 11, 30, 0, 0));
}

} // namespace

TEST_CASE("Door activity: what is usual per door and hour", "[report][doors]")
{
    const DoorActivityModel model = fourWeeks();
    REQUIRE(model.doors.size() == 3);
    CHECK(model.weekdays == std::array<int, 7>{4, 4, 4, 4, 4, 4, 4});
    const DoorUsage &gate = model.doors.at("Gate");
    CHECK(gate.daysAt[0][10] == 4); // Mondays at 10
    CHECK(gate.daysAt[4][17] == 4); // Fridays at 17
    CHECK(gate.daysAt[0][20] == 0);
    CHECK(gate.daysAt[5][10] == 0); // Saturdays
    CHECK(gate.gap[10] == 300);
    CHECK(gate.lastPass == at(2026, 11, 27, 17, 55));
    // The night between two days is not a gap of the last hour.
    CHECK(gate.gap[17] == 300);
    CHECK(model.doors.at("Store").gap[9] == 6 * 3600);
}

TEST_CASE("Door activity: a busy door silent far longer than usual is named, others are not",
          "[report][doors]")
{
    const DoorActivityModel model = fourWeeks();
    std::map<std::string, DateTime> live;
    // Monday 10:40: the gate's last pass was at 10:00, the store's at 09:00.
    live["Gate"] = at(2026, 11, 30, 10, 0);
    live["Store"] = at(2026, 11, 30, 9, 0);
    const auto silent = silentDoors(model, live, at(2026, 11, 30, 10, 40));
    REQUIRE(silent.size() == 1);
    CHECK(silent[0].door == "Gate");
    CHECK(silent[0].silentSeconds == 40 * 60);
    CHECK(silent[0].usualGapSeconds == 300);

    // Ten minutes without a pass is not yet silence (the minimum), nor is three usual gaps.
    live["Gate"] = at(2026, 11, 30, 10, 31);
    CHECK(silentDoors(model, live, at(2026, 11, 30, 10, 40)).empty());
    // At 22:00 nobody expects the gate to be busy, nor on a Saturday morning.
    live["Gate"] = at(2026, 11, 30, 18, 0);
    CHECK(silentDoors(model, live, at(2026, 11, 30, 22, 0)).empty());
    CHECK(silentDoors(model, live, at(2026, 12, 5, 10, 40)).empty());
    // The night door has a pass at 02:00 on Mondays only: a Tuesday night is quiet as usual, a
    // Monday night without one is not.
    CHECK(silentDoors(model, live, at(2026, 12, 1, 2, 30)).empty());
    const auto monday = silentDoors(model, live, at(2026, 11, 30, 2, 30));
    REQUIRE(monday.size() == 1);
    CHECK(monday[0].door == "Night door");
}
