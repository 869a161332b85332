// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>

namespace attlog::db {

// A monotonic clock that the live feed reads for its grace periods, so that tests can move time
// forward instead of waiting 15 minutes. now() may be called from any thread.
class Clock
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

// std::chrono::steady_clock.
class SystemClock final : public Clock
{
public:
    TimePoint now() const override { return std::chrono::steady_clock::now(); }
};

// Time that moves only when advance() is called (tests). Thread-safe.
class ManualClock final : public Clock
{
public:
    TimePoint now() const override
    {
        return TimePoint(std::chrono::steady_clock::duration(m_ticks.load()));
    }
    void advance(std::chrono::steady_clock::duration by) { m_ticks += by.count(); }

private:
    std::atomic<std::chrono::steady_clock::duration::rep> m_ticks{0};
};

} // namespace attlog::db
