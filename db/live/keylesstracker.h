// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"
#include "core/event/eventdecoder.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace attlog::db {

// Which rows of a table without a key column the live feed has delivered: a multiset of row
// fingerprints (every column's value, the time included), kept per hour of event time. Rows that
// are fully identical are told apart by their number only, so two identical passes in the table
// are delivered twice, and a row read again is not delivered again. Plain C++, not thread-safe:
// owned by the live feed's thread.
class KeylessTracker
{
public:
    // A row read: its fingerprint and event time.
    struct Seen
    {
        std::uint64_t fingerprint = 0;
        DateTime time;
    };

    // Every column of the row (absent and NULL told apart from empty), 64 bits.
    static std::uint64_t fingerprint(const RawRow &row);
    // The start of the hour holding `time`.
    static DateTime hourOf(DateTime time);

    // `rows` are every row of the table in some time range that is still open at its old end
    // (what the forward poll reads): the indices of those not delivered yet — for each
    // fingerprint, the copies beyond those already delivered — which are now delivered.
    std::vector<std::size_t> acceptAdditions(std::span<const Seen> rows);
    // `rows` are every row of one whole hour (the hour re-read after its count changed): the new
    // ones as above; rows delivered before and no longer in the table are forgotten.
    std::vector<std::size_t> replaceHour(DateTime hour, std::span<const Seen> rows);

    // Rows delivered per hour, oldest hour first.
    std::map<std::int64_t, std::int64_t> deliveredPerHour() const;
    std::int64_t delivered(DateTime hour) const;
    // Forgets hours that start before `hour` (outside the look-back window).
    void forgetBefore(DateTime hour);
    void clear() { m_hours.clear(); }
    std::size_t trackedRows() const;

private:
    struct Hour
    {
        std::unordered_map<std::uint64_t, std::int64_t> counts; // fingerprint → copies delivered
        std::int64_t total = 0;
    };
    std::map<std::int64_t, Hour> m_hours; // by DateTime::seconds of the hour's start
};

} // namespace attlog::db
