// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/report/ghostpairs.h"
#include "core/sql/directionmapping.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attlog::report {

// How healthy a table's data looks, from the passes of a period: what `attlog check --health`
// prints and the viewer's Data health window shows. Plain C++, no Qt.
struct DeviceHealth
{
    std::string device;       // repaired deviceName ("" when not mapped or empty)
    std::string deviceSerial; // repaired deviceSN
    std::int64_t rows = 0;
    std::optional<DateTime> newest;
    std::optional<std::int64_t> ageSeconds; // at - newest
    // Silent: no pass for longer than the threshold although the device usually has passes at
    // this hour of the day (on at least half of the days it had any).
    bool silent = false;
    // Rows whose key another row of the same device has too (all copies but the first).
    std::int64_t serialDuplicates = 0;
    // Rows timed more than five minutes after `at`: a clock running ahead.
    std::int64_t futureRows = 0;
    // The median of (event time - insertion time) when the insertion time is mapped: a clock
    // running ahead (positive) or behind.
    std::optional<std::int64_t> clockSkewSeconds;
};

struct DirectionValueHealth
{
    std::string value; // repaired stored value ("" for empty or NULL)
    std::int64_t count = 0;
    Direction mapsTo = Direction::Unknown;
    bool mapped() const { return mapsTo != Direction::Unknown || value.empty(); }
};

// A ghost duplicate (see ghostpairs.h) found in the period.
struct GhostDuplicate
{
    using Kind = GhostKind;
    Kind kind = Kind::Hour;
    std::string person;
    std::string employeeId;
    std::string door;
    DateTime first;
    DateTime second;
};

struct DataHealth
{
    DateTime from; // the period scanned
    DateTime to;
    DateTime at; // "now" for ages
    std::int64_t rowsScanned = 0;
    std::vector<DeviceHealth> devices;            // by device, then serial
    std::vector<DirectionValueHealth> directions; // by count, most first
    // Keys that rows of more than one device carry (serialNo numbered per device).
    std::int64_t keysSharedAcrossDevices = 0;
    std::int64_t ghostDuplicates = 0;     // both kinds
    std::int64_t hourGhostDuplicates = 0; // of them, exactly one hour apart
    // At most kMaxSamples: the hour kind first (the one a repeat-scan filter does not hide), then
    // by time.
    std::vector<GhostDuplicate> ghostSamples;
    static constexpr std::size_t kMaxSamples = 20;
};

struct DataHealthOptions
{
    DateTime at;                            // "now"
    std::int64_t silentAfterSeconds = 7200; // a device silent this long may be flagged
    std::int64_t repeatWindowSeconds = 60;  // as the reports' double-scan window
};

// Collects the passes of the period (any order, any number of batches), then finish(). Holds
// copies of what it is given: it may be moved to another thread for finish().
class DataHealthScanner
{
public:
    DataHealthScanner(const sql::DirectionMapping &directions, DataHealthOptions options);

    // Each event's insertedAt (when the table has one) gives its device's clock skew.
    void add(std::span<const AccessEvent> events);
    DataHealth finish(DateTime from, DateTime to);

private:
    struct Pass
    {
        std::uint32_t device;
        std::uint32_t person;
        std::uint32_t door;
        Direction direction;
        std::int64_t time;
        std::optional<std::int64_t> key;
        std::optional<std::int64_t> skew;
    };
    struct Names
    {
        std::unordered_map<std::string, std::uint32_t> index;
        std::vector<std::string> names;
        std::uint32_t intern(const std::string &name);
    };

    sql::DirectionMapping m_directions; // a copy: finish() may run on another thread
    DataHealthOptions m_options;
    std::vector<Pass> m_passes;
    Names m_devices; // device + '\0' + serial
    Names m_people;  // personIdentity()
    Names m_doors;
    std::vector<std::pair<std::string, std::string>> m_personNames; // by person: name, ID
    std::unordered_map<std::string, std::int64_t> m_directionCounts;
    std::int64_t m_rows = 0;
};

std::string_view ghostKindName(GhostDuplicate::Kind kind); // "hour" / "repeat"

// The whole-table facts the health report starts with (from the table summary).
struct TableFacts
{
    bool keyless = false;
    std::string keyColumn; // "" when keyless
    std::int64_t rows = 0;
    std::optional<DateTime> newest;
    std::int64_t rowsWithoutTime = 0;
};

// The report as JSON (README documents the fields): mode, key, rows, newest, rows_without_time,
// period, devices, direction_values, keys_shared_across_devices, ghost_duplicates and samples.
std::string dataHealthJson(const TableFacts &table, const DataHealth &health);

} // namespace attlog::report
