// SPDX-License-Identifier: MIT
// The data-health scan: devices, repeated serial numbers, clocks, directions, ghost duplicates.
#include "core/report/datahealth.h"

#include "tests/support/catch.h"

#include <vector>

using namespace attlog;
using namespace attlog::report;

namespace {

DateTime at(int d, int h, int mi = 0, int s = 0)
{
    return makeDateTime(dateFromCivil(2024, 3, d), h, mi, s);
}

AccessEvent pass(std::int64_t key, DateTime time, const std::string &device,
                 const std::string &person, const std::string &direction = "in",
                 const std::string &door = "Door A")
{
    AccessEvent e;
    e.key = key;
    e.time = time;
    e.device = device;
    e.deviceSerial = device + "-SN";
    e.person = person;
    e.employeeId = "E-" + person;
    e.door = door;
    e.rawDirection = direction;
    e.direction = direction == "in"    ? Direction::In
                  : direction == "out" ? Direction::Out
                                       : Direction::Unknown;
    return e;
}

} // namespace

TEST_CASE("Data health: devices, repeated and shared serial numbers, silence and the future",
          "[report][health]")
{
    const sql::DirectionMapping directions;
    DataHealthOptions options;
    options.at = at(10, 12);
    DataHealthScanner scanner(directions, options);
    std::vector<AccessEvent> events;
    // Device A: every day at 08:00-12:00 for four days, keys 1..; key 3 written twice.
    std::int64_t key = 0;
    for (int d = 6; d <= 9; ++d)
        for (int h = 8; h <= 11; ++h)
            events.push_back(pass(++key, at(d, h), "A", "P" + std::to_string(h)));
    events.push_back(pass(3, at(9, 11, 30), "A", "Q"));
    // Device B numbers its own serials from 1: keys 1 and 2 are A's too. Its clock is 5 h ahead.
    events.push_back(pass(1, at(10, 16), "B", "R"));
    events.push_back(pass(2, at(10, 16, 30), "B", "S"));
    scanner.add(events);
    const DataHealth h = scanner.finish(at(1, 0), at(11, 0));

    CHECK(h.rowsScanned == 19);
    REQUIRE(h.devices.size() == 2);
    const DeviceHealth &a = h.devices[0];
    CHECK(a.device == "A");
    CHECK(a.deviceSerial == "A-SN");
    CHECK(a.rows == 17);
    CHECK(a.newest == at(9, 11, 30));
    CHECK(a.ageSeconds == 86400 + 1800);
    CHECK(a.serialDuplicates == 1);
    CHECK(a.futureRows == 0);
    // 12:00 is not an hour A usually has passes at: a day without passes is no alarm.
    CHECK_FALSE(a.silent);
    const DeviceHealth &b = h.devices[1];
    CHECK(b.futureRows == 2);
    CHECK(b.ageSeconds == -(4 * 3600 + 1800));
    CHECK(h.keysSharedAcrossDevices == 2);
    CHECK_FALSE(b.clockSkewSeconds);

    // At 10:00 the next day, A is silent at an hour it always has passes.
    options.at = at(10, 10, 30);
    DataHealthScanner later(directions, options);
    later.add(events);
    CHECK(later.finish(at(1, 0), at(11, 0)).devices[0].silent);
}

TEST_CASE("Data health: direction values with what they map to, and clock skew from insertion "
          "times",
          "[report][health]")
{
    const sql::DirectionMapping directions;
    DataHealthOptions options;
    options.at = at(10, 12);
    DataHealthScanner scanner(directions, options);
    std::vector<AccessEvent> events{
        pass(1, at(10, 8), "A", "P", "0"), pass(2, at(10, 9), "A", "P", "1"),
        pass(3, at(10, 10), "A", "Q", "1"), pass(4, at(10, 11), "A", "Q", "in"),
        pass(5, at(10, 11, 5), "A", "R", "")};
    // Inserted 5 h before their times say: the device's clock runs 5 h ahead.
    for (AccessEvent &e : events)
        e.insertedAt = addSeconds(*e.time, -5 * 3600);
    events[4].insertedAt.reset();
    scanner.add(events);
    const DataHealth h = scanner.finish(at(1, 0), at(11, 0));
    REQUIRE(h.directions.size() == 4);
    CHECK(h.directions[0].value == "1");
    CHECK(h.directions[0].count == 2);
    CHECK(h.directions[0].mapsTo == Direction::Unknown);
    CHECK_FALSE(h.directions[0].mapped());
    CHECK(h.directions[1].value == "");
    CHECK(h.directions[1].mapped()); // empty is not a value to map
    CHECK(h.directions[3].value == "in");
    CHECK(h.directions[3].mapsTo == Direction::In);
    REQUIRE(h.devices.size() == 1);
    CHECK(h.devices[0].clockSkewSeconds == 5 * 3600);
}

TEST_CASE("Data health: ghost duplicates exactly one hour apart or within the repeat window",
          "[report][health]")
{
    const sql::DirectionMapping directions;
    DataHealthOptions options;
    options.at = at(10, 12);
    DataHealthScanner scanner(directions, options);
    std::vector<AccessEvent> events{
        pass(1, at(10, 8), "A", "P"),
        pass(2, at(10, 9), "A", "P"),        // P, 1 h later, same door and direction: ghost
        pass(3, at(10, 9, 0, 30), "A", "P"), // 30 s after: a repeat
        pass(4, at(10, 10, 0, 1), "A", "P"), // 1 h + 1 s: not a ghost
        pass(5, at(10, 9), "A", "P", "out"), // other direction
        pass(6, at(10, 9), "A", "P", "in", "Door B"), // other door
        pass(7, at(10, 9), "A", "Q"),                 // other person
        pass(8, at(10, 11), "A", "Q"),
        pass(9, at(10, 11), "A", "Q"), // the same pass twice
    };
    scanner.add(events);
    const DataHealth h = scanner.finish(at(1, 0), at(11, 0));
    CHECK(h.ghostDuplicates == 3);
    CHECK(h.hourGhostDuplicates == 1);
    REQUIRE(h.ghostSamples.size() == 3);
    CHECK(h.ghostSamples[0].kind == GhostDuplicate::Kind::Hour);
    CHECK(h.ghostSamples[0].person == "P");
    CHECK(h.ghostSamples[0].first == at(10, 8));
    CHECK(h.ghostSamples[0].second == at(10, 9));
    CHECK(h.ghostSamples[1].kind == GhostDuplicate::Kind::Repeat);
    CHECK(h.ghostSamples[1].second == at(10, 9, 0, 30));
    CHECK(h.ghostSamples[2].kind == GhostDuplicate::Kind::Repeat);
    CHECK(h.ghostSamples[2].person == "Q");

    const std::string json = dataHealthJson(TableFacts{true, "", 9, at(10, 11), 0}, h);
    CHECK(json.find("\"mode\": \"keyless\"") != std::string::npos);
    CHECK(json.find("\"key\": null") != std::string::npos);
    CHECK(json.find("\"ghost_duplicates\": 3") != std::string::npos);
    CHECK(json.find("\"kind\": \"hour\"") != std::string::npos);
    CHECK(json.find("\"ghost_duplicates_by_kind\": {\n    \"hour\": 1,\n    \"repeat\": 2") !=
          std::string::npos);
}
