// SPDX-License-Identifier: MIT
#include "db/live/livefeed.h"
#include "db/query/queryrunner.h"
#include "tests/db/support/feedrecorder.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <QElapsedTimer>

#include <map>
#include <set>

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

TEST_CASE("Query worker: cancel interrupts a long statement on the server", "[queryworker][server]")
{
    const Backend &b = backend();
    REQUIRE(b.hasServer());
    TestDatabase writer(b);
    writer.createTable(QStringLiteral("t_fast"));
    writer.insertAll(QStringLiteral("t_fast"), {sampleRow(1), sampleRow(2)});
    // Every statement against this view takes 10 s on the server while t_brake has a row.
    const QString brake = writer.quote(QStringLiteral("t_brake"));
    writer.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(brake));
    writer.exec(QStringLiteral("CREATE TABLE %1 (b INTEGER)").arg(brake));
    writer.exec(QStringLiteral("INSERT INTO %1 VALUES (1)").arg(brake));
    const QString seconds = QStringLiteral("(SELECT 10 * COUNT(*) FROM %1)").arg(brake);
    const QString sleep = b.kind == BackendKind::PostgreSql
                              ? QStringLiteral("pg_sleep(%1)").arg(seconds)
                              : QStringLiteral("SLEEP(%1)").arg(seconds);
    writer.exec(
        QStringLiteral("DROP VIEW IF EXISTS %1").arg(writer.quote(QStringLiteral("t_slow"))));
    writer.exec(QStringLiteral("CREATE VIEW %1 AS SELECT a.* FROM %2 a, (SELECT %3 AS s) z")
                    .arg(writer.quote(QStringLiteral("t_slow")),
                         writer.quote(QStringLiteral("t_fast")), sleep));

    QueryRunner runner(b.profile(QStringLiteral("t_slow")));
    std::set<quint64> answered;
    std::map<quint64, qint64> counts;
    QObject context;
    QObject::connect(&runner, &QueryRunner::countReady, &context,
                     [&](quint64 id, qint64 count, bool) {
                         answered.insert(id);
                         counts[id] = count;
                     });
    QObject::connect(&runner, &QueryRunner::eventsFinished, &context,
                     [&](quint64 id, const QueryOutcome &) { answered.insert(id); });
    QObject::connect(&runner, &QueryRunner::failed, &context,
                     [&](quint64 id, const QString &) { answered.insert(id); });
    QObject::connect(&runner, &QueryRunner::opened, &context,
                     [&](quint64 id, const ConnectionInfo &) { answered.insert(id); });
    const quint64 slow = runner.exportHistory({}, 100);
    pumpEvents(500ms); // the statement is now executing on the server
    QElapsedTimer timer;
    timer.start();
    runner.cancel(slow);
    // The worker is free again long before the 10 s statement would have ended.
    const quint64 next = runner.open();
    REQUIRE(waitFor([&] { return answered.contains(next); }, 30s));
    INFO("worker free after " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < 5000);
    CHECK_FALSE(answered.contains(slow));

    // The stop ended the cancelled statement only: the next one runs to its answer.
    writer.exec(QStringLiteral("DELETE FROM %1").arg(brake));
    const quint64 count = runner.countHistory({});
    REQUIRE(waitFor([&] { return answered.contains(count); }, 30s));
    CHECK(counts[count] == 2);
    writer.exec(
        QStringLiteral("DROP VIEW IF EXISTS %1").arg(writer.quote(QStringLiteral("t_slow"))));
    writer.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(brake));
}
