// SPDX-License-Identifier: MIT
// The live feed on a table without a key column (keyless mode, by event time), on every back-end.
#include "core/event/datetime.h"
#include "db/connection/connectiontest.h"
#include "db/live/livefeed.h"
#include "tests/db/support/feedrecorder.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <map>
#include <string>

using namespace attlog;
using namespace attlog::db;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

namespace {

TableColumns keylessColumns()
{
    TableColumns columns = defaultColumns();
    columns.erase(sql::Field::Key);
    return columns;
}

// A row of person `name` at `time` ("YYYY-MM-DD HH:MM:SS").
TestRow rowAt(const QString &name, const QString &time)
{
    TestRow row = sampleRow(1);
    row.key.reset();
    row.authDateTime = time;
    row.authDate = time.left(10);
    row.authTime = time.mid(11);
    row.personName = name;
    return row;
}

// How often each person was delivered, over every batch.
std::map<std::string, int> deliveries(const FeedRecorder &recorder)
{
    std::map<std::string, int> out;
    for (const LiveBatch &batch : recorder.batches)
        for (const AccessEvent &event : batch.events)
            ++out[event.person];
    return out;
}

bool waitForDeliveries(FeedRecorder &recorder, const std::map<std::string, int> &expected)
{
    return waitFor(
        [&] {
            const auto got = deliveries(recorder);
            for (const auto &[name, count] : expected) {
                const auto it = got.find(name);
                if (it == got.end() || it->second < count)
                    return false;
            }
            return true;
        },
        20s);
}

LiveFeedOptions keylessOptions(std::shared_ptr<ManualClock> clock)
{
    LiveFeedOptions options;
    options.interval = 50ms;
    options.batchSize = 3; // several batches, some ending inside a second with several rows
    options.initialCount = 3;
    options.clock = std::move(clock);
    options.keylessCountInterval = 1s; // moved by the manual clock
    options.wallClock = [] { return makeDateTime(dateFromCivil(2024, 3, 2), 12, 0, 0); };
    return options;
}

} // namespace

TEST_CASE("Live feed without a key column: every row once, identical rows each once, back-fills "
          "within the look-back window",
          "[livefeed][keyless]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_keyless");
    const TableColumns columns = keylessColumns();
    writer.createTable(table, columns);
    for (int i = 1; i <= 5; ++i)
        writer.insert(
            table,
            rowAt(QStringLiteral("P%1").arg(i), QStringLiteral("2024-03-02 10:00:0%1").arg(i)),
            columns);

    const ConnectionProfile profile = b.profile(table);
    const ConnectionTestResult check = testConnection(profile);
    INFO(check.error.toStdString());
    REQUIRE(check.ok);
    CHECK(check.summary.keyColumn.isEmpty());

    auto clock = std::make_shared<ManualClock>();
    LiveFeed feed(profile, keylessOptions(clock));
    FeedRecorder recorder(feed);
    feed.start();

    // The initial load: the newest three, ascending, without keys.
    REQUIRE(waitForDeliveries(recorder, {{"P3", 1}, {"P4", 1}, {"P5", 1}}));
    REQUIRE(recorder.batches.front().kind == LiveBatch::Kind::Initial);
    REQUIRE(recorder.batches.front().events.size() == 3);
    CHECK(recorder.batches.front().events[0].person == "P3");
    CHECK(recorder.batches.front().events[2].person == "P5");
    CHECK_FALSE(recorder.batches.front().events[0].key);
    REQUIRE(recorder.waitForState(LiveStatus::State::Connected));
    REQUIRE(recorder.waitForPolls(1)); // the poll's figures come after the state
    CHECK(recorder.stats.keyless);

    // New rows, more than a batch at once, four of them in one second, two fully identical.
    std::vector<TestRow> rows;
    for (int i = 6; i <= 9; ++i)
        rows.push_back(rowAt(QStringLiteral("P%1").arg(i), QStringLiteral("2024-03-02 10:05:00")));
    rows.push_back(rowAt(QStringLiteral("Twin"), QStringLiteral("2024-03-02 10:06:00")));
    rows.push_back(rowAt(QStringLiteral("Twin"), QStringLiteral("2024-03-02 10:06:00")));
    writer.insertAll(table, rows, columns);
    REQUIRE(waitForDeliveries(recorder, {{"P6", 1}, {"P7", 1}, {"P8", 1}, {"P9", 1}, {"Twin", 2}}));

    // A back-fill 30 hours into the past, and a row a little older than the overlap: found by the
    // per-hour counts, once the count interval has passed.
    writer.insert(table, rowAt(QStringLiteral("Backfill"), QStringLiteral("2024-03-01 04:06:00")),
                  columns);
    writer.insert(table, rowAt(QStringLiteral("Late"), QStringLiteral("2024-03-02 09:30:00")),
                  columns);
    // A third identical twin, later: one more delivery.
    writer.insert(table, rowAt(QStringLiteral("Twin"), QStringLiteral("2024-03-02 10:06:00")),
                  columns);
    REQUIRE(waitForDeliveries(recorder, {{"Twin", 3}}));
    clock->advance(2s);
    REQUIRE(waitForDeliveries(recorder, {{"Backfill", 1}, {"Late", 1}}));
    bool lateBatch = false;
    for (const LiveBatch &batch : recorder.batches)
        for (const AccessEvent &event : batch.events)
            if (event.person == "Backfill")
                lateBatch = batch.kind == LiveBatch::Kind::Late;
    CHECK(lateBatch);

    // Older than the look-back window (72 h): not followed.
    writer.insert(table, rowAt(QStringLiteral("Ancient"), QStringLiteral("2024-02-20 10:00:00")),
                  columns);
    // A row without a time: counted, never delivered.
    TestRow untimed = rowAt(QStringLiteral("Untimed"), QStringLiteral("2024-03-02 10:00:00"));
    untimed.authDateTime.reset();
    writer.insert(table, untimed, columns);
    clock->advance(2s);
    REQUIRE(recorder.waitForPolls(5));
    clock->advance(2s);
    REQUIRE(recorder.waitForPolls(5));

    const std::map<std::string, int> expected{{"P3", 1},       {"P4", 1},  {"P5", 1}, {"P6", 1},
                                              {"P7", 1},       {"P8", 1},  {"P9", 1}, {"Twin", 3},
                                              {"Backfill", 1}, {"Late", 1}};
    CHECK(deliveries(recorder) == expected);
    // At idle a poll reads the overlap's rows only: the newest time is 10:06:00 and the overlap
    // 60 s, so the four rows of 10:05:00 and the three twins of 10:06:00 (not the 72 h window).
    CHECK(recorder.stats.rowsRead == 7);
    feed.stop();
}

TEST_CASE("Live feed without a key column: a server stop and start loses and doubles nothing",
          "[livefeed][keyless][server]")
{
    const Backend &b = backend();
    REQUIRE(b.hasServer());
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_keyless_outage");
    const TableColumns columns = keylessColumns();
    writer.createTable(table, columns);
    writer.insert(table, rowAt(QStringLiteral("A"), QStringLiteral("2024-03-02 10:00:00")),
                  columns);

    LiveFeedOptions options = keylessOptions(std::make_shared<ManualClock>());
    options.keylessCountInterval = 0ms; // every poll compares the counts
    options.firstRetryDelay = 200ms;
    options.maxRetryDelay = 400ms;
    LiveFeed feed(b.profile(table), options);
    FeedRecorder recorder(feed);
    feed.start();
    REQUIRE(waitForDeliveries(recorder, {{"A", 1}}));

    writer.insert(table, rowAt(QStringLiteral("B"), QStringLiteral("2024-03-02 10:01:00")),
                  columns);
    runShell(b.stopCommand);
    REQUIRE(recorder.waitForState(LiveStatus::State::Reconnecting));
    runShell(b.startCommand);
    writer.reopen();
    writer.insert(table, rowAt(QStringLiteral("C"), QStringLiteral("2024-03-02 10:02:00")),
                  columns);
    writer.insert(table, rowAt(QStringLiteral("D"), QStringLiteral("2024-03-01 03:00:00")),
                  columns);
    REQUIRE(waitForDeliveries(recorder, {{"A", 1}, {"B", 1}, {"C", 1}, {"D", 1}}));
    REQUIRE(recorder.waitForState(LiveStatus::State::Connected));
    REQUIRE(recorder.waitForPolls(5));
    CHECK(deliveries(recorder) ==
          std::map<std::string, int>{{"A", 1}, {"B", 1}, {"C", 1}, {"D", 1}});
    feed.stop();
}
