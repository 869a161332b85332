// SPDX-License-Identifier: MIT
#include "core/db/livefeed.h"
#include "tests/db/support/feedrecorder.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

using namespace attlog;
using namespace attlog::db;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

TEST_CASE("Live feed: a server stop and start in the middle loses and doubles nothing",
          "[livefeed][server]")
{
    const Backend &b = backend();
    REQUIRE(b.hasServer()); // only the server back-ends list this test (TEST_SPEC ~[server])
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_outage");
    writer.createTable(table);
    for (qint64 k = 1; k <= 5; ++k)
        writer.insert(table, sampleRow(k));

    LiveFeedOptions options;
    options.interval = 50ms;
    options.batchSize = 3;
    options.initialCount = 10;
    options.firstRetryDelay = 200ms;
    options.maxRetryDelay = 800ms;
    options.clock = std::make_shared<ManualClock>();
    LiveFeed feed(b.profile(table), options);
    FeedRecorder recorder(feed);
    feed.start();
    REQUIRE(recorder.waitForKeys(0, keyRange(1, 5)));

    // Rows committed just before the server goes away may or may not have been read yet.
    for (qint64 k = 6; k <= 8; ++k)
        writer.insert(table, sampleRow(k));
    runShell(b.stopCommand);
    REQUIRE(recorder.waitForState(LiveStatus::State::Reconnecting));
    // Let several attempts fail: the delays grow (200, 400, 800, 800 ms).
    REQUIRE(waitFor(
        [&] {
            return std::count_if(recorder.statuses.begin(), recorder.statuses.end(),
                                 [](const LiveStatus &s) {
                                     return s.state == LiveStatus::State::Reconnecting;
                                 }) >= 3;
        },
        10s));
    std::vector<long long> delays;
    for (const LiveStatus &s : recorder.statuses) {
        if (s.state != LiveStatus::State::Reconnecting)
            continue;
        delays.push_back(s.retryIn.count());
        CHECK_FALSE(s.message.isEmpty());
    }
    REQUIRE(delays.size() >= 3);
    CHECK(delays[0] == 200);
    CHECK(delays[1] == 400);
    CHECK(delays[2] == 800);

    runShell(b.startCommand);
    writer.reopen();
    for (qint64 k = 9; k <= 14; ++k)
        writer.insert(table, sampleRow(k));
    REQUIRE(recorder.waitForKeys(0, keyRange(1, 14), 30s));
    REQUIRE(recorder.waitForState(LiveStatus::State::Connected));
    recorder.waitForPolls(3);

    const auto counts = recorder.deliveries(0);
    for (qint64 k = 1; k <= 14; ++k) {
        INFO("key " << k);
        CHECK(counts.at(k) == 1);
    }
    CHECK(counts.size() == 14);
    CHECK(recorder.resets.empty());
}
