// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace attlog::sql {

// The History tab's filters, already resolved to RAW stored values. The UI resolves what the user
// typed against the dictionary of distinct stored values (each repaired and matched on its
// repaired text), so the query asks for exact raw values and is right under any collation.

// Doors as the user sees them: a row's door is its doorName, or its deviceName when doorName is
// NULL or empty. So the filter carries both kinds of raw value.
struct DoorFilter
{
    std::vector<std::string> rawDoorNames;   // stored doorName values
    std::vector<std::string> rawDeviceNames; // stored deviceName values, for rows without doorName
};

// Directions to show. The raw lists are the stored direction values (from the dictionary) that
// the configured DirectionMapping maps to In / Out after repair; any other value or NULL is
// Unknown. With all three flags set (the default) there is no direction condition.
struct DirectionFilter
{
    bool in = true;
    bool out = true;
    bool unknown = true;
    std::vector<std::string> rawInValues;
    std::vector<std::string> rawOutValues;
};

// Free-text search: rows whose personName is one of the raw names (resolved by the dictionary),
// OR whose cardNo / employeeID contains idTerm (escaped LIKE '%term%'; empty idTerm: not used).
// A search with no names and no term matches nothing.
struct TextSearch
{
    std::vector<std::string> rawPersonNames;
    std::string idTerm;
};

// Passes picked one by one (the ones that raised an alert). A table with a key column is asked
// for `key IN (keys)`; a table without one for `authDateTime IN (…)` of the timed passes' times,
// and each row read is then checked for its person as well (employee ID, else the repaired name),
// so another pass in the same second is not shown. Empty lists match nothing.
struct TimedPass
{
    DateTime time;
    std::string who; // the employee ID, or the repaired person name when there is none
    bool operator<(const TimedPass &other) const
    {
        return time != other.time ? time < other.time : who < other.who;
    }
    bool operator==(const TimedPass &) const = default;
};

struct PassPick
{
    std::vector<std::int64_t> keys;
    std::vector<TimedPass> timed;
};

struct HistoryFilter
{
    std::optional<DateTime> from; // inclusive; nullopt: no lower bound
    std::optional<DateTime> to;   // exclusive; nullopt: no upper bound
    std::optional<DoorFilter> doors;
    DirectionFilter directions;
    std::optional<TextSearch> search;
    std::optional<PassPick> passes;
};

} // namespace attlog::sql
