// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace attlog {

// One pass as the reports store it: 24 bytes, no strings (people and doors are indexes).
struct LoggedPass
{
    DateTime time;
    std::int64_t key = 0;
    std::uint32_t person = 0;
    std::uint32_t doorAndDirection = 0; // door index in the low 30 bits, Direction in the top 2

    std::uint32_t door() const { return doorAndDirection & 0x3FFFFFFFu; }
    Direction direction() const { return static_cast<Direction>(doorAndDirection >> 30); }
};

// The event store behind PresenceBoard and WorktimeCalculator: passes are appended in any order
// (O(1), sequential memory), and normalize() orders them by person, then time, then key, and
// drops repeats of one event (same person, time and key), in O(n) plus sorting the few passes
// that arrived out of time order. Reading a person's passes requires a normalized log.
// Not thread-safe.
class PassLog
{
public:
    void append(DateTime time, std::int64_t key, std::uint32_t person, std::uint32_t door,
                Direction direction)
    {
        m_passes.push_back(
            LoggedPass{time, key, person,
                       (door & 0x3FFFFFFFu) | (static_cast<std::uint32_t>(direction) << 30)});
    }

    // `personCount` must exceed every person index appended. Cheap when nothing was appended
    // since the last call with the same count.
    void normalize(std::size_t personCount);
    bool isNormalized() const { return m_normalized == m_passes.size(); }

    std::size_t size() const { return m_passes.size(); }
    // The passes of one person in time order; requires isNormalized().
    std::span<const LoggedPass> passesOf(std::uint32_t person) const
    {
        if (person + std::size_t{1} >= m_offsets.size())
            return {};
        return std::span<const LoggedPass>(m_passes).subspan(
            m_offsets[person], m_offsets[person + 1] - m_offsets[person]);
    }

    // Drops passes before `time`; keeps the log normalized (normalizes first).
    void removeBefore(DateTime time, std::size_t personCount);
    // Renumbers people (old index -> new index; every remaining pass's person must map to a
    // valid index) and normalizes.
    void remapPersons(const std::vector<std::uint32_t> &remap, std::size_t personCount);
    // Which people have at least one pass (normalizes first).
    std::vector<bool> peopleWithPasses(std::size_t personCount);
    void clear();

private:
    std::vector<LoggedPass> m_passes;
    std::vector<std::size_t> m_offsets; // person p's passes: [m_offsets[p], m_offsets[p + 1])
    std::size_t m_normalized = 0;       // m_passes.size() when last normalized
};

} // namespace attlog
