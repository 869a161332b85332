// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <chrono>

namespace attlog::db {

// Delays between reconnection attempts: first, then doubling up to a cap (1 s, 2, 4, 8, 16, 30,
// 30, … by default). reset() after a success starts over. Plain value, one owner thread.
class ReconnectBackoff
{
public:
    using Duration = std::chrono::milliseconds;

    explicit ReconnectBackoff(Duration first = std::chrono::seconds(1),
                              Duration cap = std::chrono::seconds(30))
        : m_first(std::max(first, Duration(1)))
        , m_cap(std::max(cap, m_first))
        , m_next(m_first)
    {}

    // The delay before the next attempt; each call doubles the following one (up to the cap).
    Duration next()
    {
        const Duration delay = m_next;
        m_next = std::min(m_next * 2, m_cap);
        return delay;
    }
    void reset() { m_next = m_first; }

private:
    Duration m_first;
    Duration m_cap;
    Duration m_next;
};

} // namespace attlog::db
