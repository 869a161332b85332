// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace attlog {

enum class Direction : std::uint8_t
{
    In,
    Out,
    Unknown
};

// "in", "out", "unknown": the words the CLI, CSV and JSON use.
std::string_view directionName(Direction direction);
std::optional<Direction> directionFromName(std::string_view name);

// Where an event's time came from. Rows whose time cannot be determined are kept and flagged.
enum class TimeSource : std::uint8_t
{
    DateTimeColumn,     // authDateTime
    DateAndTimeColumns, // authDateTime was NULL; built from authDate + authTime
    Missing,            // neither gave a valid time; `time` is empty
};

// One door pass as the application sees it: text already repaired, direction already mapped.
// Strings are UTF-8. A plain value: cheap to copy across threads.
struct AccessEvent
{
    std::optional<std::int64_t> key; // the live key (serialNo by default); none: see RawRow::key
    std::optional<DateTime> time;
    TimeSource timeSource = TimeSource::DateTimeColumn;
    Direction direction = Direction::Unknown;
    std::string rawDirection; // the stored direction value, repaired
    std::string person;       // repaired personName
    std::string employeeId;
    std::string card;
    std::string door;   // repaired doorName, else the device name
    std::string device; // repaired deviceName
    std::string deviceSerial;
    std::string reader; // repaired readerName
    // When the row was written (the insertedAt field), when mapped and readable: Data health
    // compares it with `time` to find clocks that are off.
    std::optional<DateTime> insertedAt;
};

// How reports tell people apart: employee ID, else card number, else the repaired name.
// Prefixed so that an employee ID can never collide with a card number or a name.
std::string personIdentity(const AccessEvent &event);

} // namespace attlog
