// SPDX-License-Identifier: MIT
#include "db/live/clock.h"
#include "db/live/keygaptracker.h"
#include "db/live/reconnectbackoff.h"

#include "tests/support/catch.h"

#include <limits>
#include <vector>

using namespace attlog::db;
using namespace std::chrono_literals;

namespace {

std::vector<std::int64_t> keys(std::initializer_list<std::int64_t> list)
{
    return list;
}

} // namespace

TEST_CASE("Forward keys raise the watermark and open gaps for keys skipped over", "[db][gaps]")
{
    ManualClock clock;
    KeyGapTracker tracker;
    tracker.reset(10);
    CHECK(tracker.acceptForward(keys({11, 12, 15, 16, 20}), clock.now()) ==
          keys({11, 12, 15, 16, 20}));
    CHECK(tracker.watermark() == 20);
    REQUIRE(tracker.gaps().size() == 2);
    CHECK(tracker.gaps()[0].first == 13);
    CHECK(tracker.gaps()[0].last == 14);
    CHECK(tracker.gaps()[1].first == 17);
    CHECK(tracker.gaps()[1].last == 19);
    CHECK(tracker.missingKeyCount() == 5);

    // Keys at or below the watermark are never delivered twice by the forward path.
    CHECK(tracker.acceptForward(keys({19, 20, 21}), clock.now()) == keys({21}));
}

TEST_CASE("A late key fills its gap exactly once, splitting it", "[db][gaps]")
{
    ManualClock clock;
    KeyGapTracker tracker;
    tracker.reset(0);
    tracker.acceptForward(keys({1, 10}), clock.now()); // gap 2..9
    CHECK(tracker.fillGap(5));
    CHECK_FALSE(tracker.fillGap(5));
    CHECK_FALSE(tracker.fillGap(10)); // delivered by the forward path
    CHECK_FALSE(tracker.fillGap(1));
    REQUIRE(tracker.gaps().size() == 2);
    CHECK(tracker.gaps()[0].first == 2);
    CHECK(tracker.gaps()[0].last == 4);
    CHECK(tracker.gaps()[1].first == 6);
    CHECK(tracker.gaps()[1].last == 9);
    CHECK(tracker.fillGap(2));
    CHECK(tracker.fillGap(9));
    CHECK(tracker.gaps()[0].first == 3);
    CHECK(tracker.gaps()[1].last == 8);
    for (std::int64_t k : {3, 4, 6, 7, 8})
        CHECK(tracker.fillGap(k));
    CHECK(tracker.gaps().empty());
}

TEST_CASE("Gaps are given up after the grace period, by the injected clock", "[db][gaps]")
{
    ManualClock clock;
    KeyGapTracker tracker;
    tracker.reset(0);
    tracker.acceptForward(keys({2}), clock.now()); // gap 1
    clock.advance(10min);
    tracker.acceptForward(keys({4}), clock.now()); // gap 3, 10 minutes younger
    clock.advance(5min);
    const auto expired = tracker.expire(clock.now(), 15min);
    REQUIRE(expired.size() == 1);
    CHECK(expired[0].first == 1);
    REQUIRE(tracker.gaps().size() == 1);
    CHECK(tracker.gaps()[0].first == 3);
    CHECK_FALSE(tracker.fillGap(1)); // given up: no longer delivered
    clock.advance(10min);
    CHECK(tracker.expire(clock.now(), 15min).size() == 1);
    CHECK(tracker.gaps().empty());
}

TEST_CASE("The number of gaps is bounded, the oldest are given up first", "[db][gaps]")
{
    ManualClock clock;
    KeyGapTracker tracker(3);
    tracker.reset(0);
    tracker.acceptForward(keys({2, 4, 6, 8, 10}), clock.now()); // gaps 1, 3, 5, 7, 9
    REQUIRE(tracker.gaps().size() == 3);
    CHECK(tracker.gaps()[0].first == 5);
    CHECK(tracker.droppedGaps() == 2);
}

TEST_CASE("Reconnection delays double from 1 s up to 30 s and start over after a success",
          "[db][backoff]")
{
    ReconnectBackoff backoff;
    std::vector<long long> delays;
    for (int i = 0; i < 8; ++i)
        delays.push_back(backoff.next().count());
    CHECK(delays == std::vector<long long>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000});
    backoff.reset();
    CHECK(backoff.next() == 1s);
}

TEST_CASE("A gap wider than half the 64-bit range has its true size", "[db][gaps]")
{
    // `--since-key -9223372036854775807` and a first key of 5: the gap spans ~2^63 keys. Its size
    // once overflowed to a negative number, which made the feed list every key of it (bad_alloc).
    ManualClock clock;
    KeyGapTracker tracker;
    tracker.reset(std::numeric_limits<std::int64_t>::min() + 1);
    CHECK(tracker.acceptForward(keys({5}), clock.now()) == keys({5}));
    REQUIRE(tracker.gaps().size() == 1);
    const auto &gap = tracker.gaps().front();
    CHECK(gap.first == std::numeric_limits<std::int64_t>::min() + 2);
    CHECK(gap.last == 4);
    CHECK(gap.size() == (std::uint64_t(1) << 63) + 3);
    CHECK(tracker.missingKeyCount() == std::numeric_limits<std::int64_t>::max());

    // Negative keys are keys like any other.
    tracker.reset(-10);
    CHECK(tracker.acceptForward(keys({-7, -1, 0}), clock.now()) == keys({-7, -1, 0}));
    CHECK(tracker.missingKeyCount() == 2 + 5);
    CHECK(tracker.fillGap(-9));
}
