// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

namespace attlog::report {

// Two passes of one person at one door in the same direction that look like one pass written
// twice: within the repeat-scan window of each other (a second scan), or exactly one hour apart
// (a device clock moved by an hour: time zone or daylight saving).
enum class GhostKind : std::uint8_t
{
    Hour,
    Repeat,
};

inline constexpr std::int64_t kGhostHourSeconds = 3600;

// Over the `count` passes of one person, door and direction, whose times `timeAt(i)` ascend:
// calls `found(kind, first, second)` (indexes) for every pass that repeats an earlier one. A pass
// within `repeatWindowSeconds` of the pass before it is a Repeat of that one; else a pass exactly
// one hour after an earlier one is an Hour ghost of it. Each pass is the second of one pair at
// most. O(count).
template <typename TimeAt, typename Found>
void findGhostPairs(std::size_t count, std::int64_t repeatWindowSeconds, TimeAt timeAt, Found found)
{
    std::size_t hourMatch = 0;
    for (std::size_t j = 0; j < count; ++j) {
        const std::int64_t time = timeAt(j);
        if (j > 0 && time - timeAt(j - 1) <= repeatWindowSeconds) {
            found(GhostKind::Repeat, j - 1, j);
            continue;
        }
        while (hourMatch < j && timeAt(hourMatch) < time - kGhostHourSeconds)
            ++hourMatch;
        if (hourMatch < j && timeAt(hourMatch) == time - kGhostHourSeconds)
            found(GhostKind::Hour, hourMatch, j);
    }
}

} // namespace attlog::report
