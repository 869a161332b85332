// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace attlog {

// Drops double scans: an event of the same person with the same stored direction (Unknown
// included) as that person's previous counted event and at most `windowSeconds` after it. The
// first scan counts; a chain of scans each closer than the window to the counted one collapses
// into it, while a scan more than the window after the counted one counts again. A different
// direction in between breaks the chain (in, out, in within a minute counts three times).
//
// Feed each person's events in time order (the reports sort first). Not thread-safe.
class DoubleScanFilter
{
public:
    explicit DoubleScanFilter(std::int64_t windowSeconds = 60);

    // Returns true when the event counts, false for a double scan. `identity` is any stable
    // person key (personIdentity()).
    bool accept(std::string_view identity, Direction direction, DateTime time);
    bool accept(const AccessEvent &event); // events without time always count
    void reset() { m_last.clear(); }
    std::int64_t windowSeconds() const { return m_window; }

    // The rule itself, for callers that keep per-person state on their own.
    static bool isDoubleScan(Direction previousDirection, DateTime previousTime,
                             Direction direction, DateTime time, std::int64_t windowSeconds)
    {
        return windowSeconds > 0 && direction == previousDirection && time >= previousTime &&
               time.seconds - previousTime.seconds <= windowSeconds;
    }

private:
    struct Last
    {
        Direction direction;
        DateTime time;
    };
    std::int64_t m_window;
    std::unordered_map<std::string, Last> m_last;
};

} // namespace attlog
