// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/sql/historyfilter.h"

#include <optional>
#include <string>
#include <vector>

namespace attlog {

class EventDecoder;

namespace text {
class RepairCache;
}

// The distinct stored (raw, possibly mojibake) values of the columns that History filters on,
// as read by `SELECT DISTINCT`. Unordered.
struct ValueDictionary
{
    std::vector<std::string> personNames;
    std::vector<std::string> doorNames;
    std::vector<std::string> deviceNames;
    std::vector<std::string> directions;
    std::vector<std::string> cards; // card numbers as stored (the watch list's known cards)
};

// What the user asked for, in the terms the user sees (repaired text).
struct HistorySearch
{
    std::optional<DateTime> from; // inclusive
    std::optional<DateTime> to;   // exclusive
    // Doors as shown (a row's repaired doorName, else its repaired deviceName); empty = all.
    std::vector<std::string> doors;
    bool in = true;
    bool out = true;
    bool unknown = true;
    // Matched against the repaired person name (case-insensitive, ё = е, substring) and as a
    // substring of the card number and employee ID. Empty = no text condition.
    std::string text;
    // Only these passes (History's "with an alert" filter, from the alert log); nullopt = all.
    std::optional<sql::PassPick> passes;
};

// Resolves a search against the dictionary into the raw-value filter the SQL uses: every raw
// value whose repaired text matches is asked for exactly, which is right under any collation and
// uses the column indexes (see DESIGN.md, "Search that matches what the user sees").
// `decoder` maps stored direction values (with its direction mapping) into In / Out lists.
sql::HistoryFilter resolveHistorySearch(const HistorySearch &search,
                                        const ValueDictionary &dictionary, text::RepairCache &cache,
                                        const EventDecoder &decoder);

// The doors a user can pick: the repaired door names and the repaired device names (rows without
// a door show their device), distinct, sorted by UTF-8 byte order, blanks left out.
std::vector<std::string> shownDoorNames(const ValueDictionary &dictionary,
                                        text::RepairCache &cache);

} // namespace attlog
