// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"
#include "db/live/clock.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace attlog::db {

// How the live feed polls. Plain value, copied into the feed's thread.
struct LiveFeedOptions
{
    // The range users may set (settings, `attlog tail --interval-ms`); the feed itself accepts
    // down to kMinTestInterval so that tests can poll fast.
    static constexpr std::chrono::milliseconds kMinInterval{200};
    static constexpr std::chrono::milliseconds kMaxInterval{60000};
    static constexpr std::chrono::milliseconds kMinTestInterval{10};

    // Time from the start of one poll cycle to the start of the next.
    std::chrono::milliseconds interval{1000};
    // Rows per statement; a cycle reads batches until one comes back short.
    int batchSize = 500;
    // How long a key skipped over (a gap below the watermark) is re-checked.
    std::chrono::milliseconds gracePeriod{std::chrono::minutes(15)};
    // The newest N events delivered first (LiveBatch::Kind::Initial); 0: start at the newest key.
    int initialCount = 200;
    // Instead of the initial load: deliver every row with key > startAfterKey.
    std::optional<std::int64_t> startAfterKey;
    // Reconnection delays: first, doubling up to the cap.
    std::chrono::milliseconds firstRetryDelay{1000};
    std::chrono::milliseconds maxRetryDelay{30000};
    // Time source for the grace period; null means the system's steady clock.
    std::shared_ptr<const Clock> clock;
    // Login timeout for each (re)connection attempt, in seconds.
    int loginTimeoutSeconds = 10;

    // Keyless mode (the table has no key column; see KeylessFollower): how far back each poll
    // reads again, how far back rows written late are looked for, and how often.
    std::chrono::seconds keylessOverlap{60};
    std::chrono::hours keylessLookBack{72};
    std::chrono::milliseconds keylessCountInterval{30000};
    // The local wall clock as event times are written (tests set their own); null: the system's.
    std::function<DateTime()> wallClock;
};

} // namespace attlog::db
