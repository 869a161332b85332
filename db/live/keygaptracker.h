// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace attlog::db {

// The live feed's memory of which keys it has delivered: a watermark (the highest key delivered)
// plus the holes below it, i.e. keys skipped over that may still appear because their transaction
// committed after a higher key's. A hole is re-checked until its rows appear or its grace period
// ends. Plain C++, not thread-safe: owned by the live feed's thread.
class KeyGapTracker
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    // Missing keys first..last (inclusive), missing since `openedAt`.
    struct Gap
    {
        std::int64_t first = 0;
        std::int64_t last = 0;
        TimePoint openedAt;
        // In unsigned arithmetic: a gap may span more than half the 64-bit range (a watermark
        // far below the first key, as `--since-key -9223372036854775807` gives).
        std::uint64_t size() const
        {
            return static_cast<std::uint64_t>(last) - static_cast<std::uint64_t>(first) + 1;
        }
    };

    // At most this many separate gaps are kept; beyond it the oldest are given up (and counted in
    // droppedGaps()), which bounds memory and the cost of one re-check.
    explicit KeyGapTracker(std::size_t maxGaps = 1000);

    // Forgets everything; the next forward poll asks for keys > watermark.
    void reset(std::int64_t watermark);
    std::int64_t watermark() const { return m_watermark; }

    // Records keys read by a `key > watermark() ORDER BY key` poll. Keys must be ascending; keys
    // <= watermark() and repeats are ignored. Every key skipped over opens a gap at `now`.
    // Returns the keys to deliver (those above the previous watermark, each once).
    std::vector<std::int64_t> acceptForward(std::span<const std::int64_t> ascendingKeys,
                                            TimePoint now);

    // A key read by a gap re-check: true when it was missing (deliver it, it is now filled),
    // false when it was delivered before or is not tracked.
    bool fillGap(std::int64_t key);

    // Gives up gaps opened more than `grace` before `now`; returns the gaps given up.
    std::vector<Gap> expire(TimePoint now, std::chrono::steady_clock::duration grace);

    const std::vector<Gap> &gaps() const { return m_gaps; }
    // Saturates at INT64_MAX.
    std::int64_t missingKeyCount() const;
    std::size_t droppedGaps() const { return m_droppedGaps; }

private:
    std::vector<Gap> m_gaps; // sorted by first, disjoint, all below m_watermark
    std::int64_t m_watermark = 0;
    std::size_t m_maxGaps;
    std::size_t m_droppedGaps = 0;
};

} // namespace attlog::db
