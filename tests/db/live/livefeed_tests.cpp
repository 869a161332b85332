// SPDX-License-Identifier: MIT
// The live feed against a real database (one executable per back-end, see tests/db/CMakeLists.txt).
#include "db/live/livefeed.h"
#include "tests/db/support/feedrecorder.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>

using namespace attlog;
using namespace attlog::db;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

namespace {

LiveFeedOptions fastOptions(std::shared_ptr<ManualClock> clock)
{
    LiveFeedOptions options;
    options.interval = 50ms;
    options.batchSize = 4; // small, so that one cycle reads several batches
    options.initialCount = 3;
    options.gracePeriod = 15min; // passes only when the test moves the clock
    options.clock = std::move(clock);
    options.firstRetryDelay = 100ms;
    options.maxRetryDelay = 500ms;
    return options;
}

void requireDeliveredOnce(const FeedRecorder &recorder, int epoch, const std::set<qint64> &keys)
{
    const auto counts = recorder.deliveries(epoch);
    std::set<qint64> delivered;
    for (const auto &[key, count] : counts) {
        INFO("key " << key << " delivered " << count << " times in epoch " << epoch);
        CHECK(count == 1);
        delivered.insert(key);
    }
    CHECK(delivered == keys);
}

void requireAscending(const std::vector<qint64> &keys)
{
    for (std::size_t i = 1; i < keys.size(); ++i) {
        INFO("position " << i << ": " << keys[i - 1] << " then " << keys[i]);
        REQUIRE(keys[i - 1] < keys[i]);
    }
}

} // namespace

// One live feed followed through the stages of the scenario below, each a function.
struct FeedScenario
{
    const Backend &backend;
    TestDatabase &writer;
    QString table;
    FeedRecorder &recorder;
    std::shared_ptr<ManualClock> clock;
    std::set<qint64> inserted; // every key written so far (epoch 0)
};

void outOfOrderCommit(FeedScenario &s)
{
    // Key 16 commits after 17 and 18: the feed sees 17 and 18 first, keeps 16 as a gap and
    // delivers it once it commits.
    if (s.backend.hasServer()) {
        TestDatabase second(s.backend);
        s.writer.begin();
        s.writer.insert(s.table, sampleRow(16));
        second.begin();
        second.insert(s.table, sampleRow(17));
        second.insert(s.table, sampleRow(18));
        second.commit();
        REQUIRE(s.recorder.waitForKeys(0, {17, 18}));
        REQUIRE(waitFor([&] { return s.recorder.stats.missingKeys == 1; }));
        s.writer.commit();
    } else {
        // SQLite serialises writers; writing the keys out of order shows the reader the same.
        s.writer.insert(s.table, sampleRow(17));
        s.writer.insert(s.table, sampleRow(18));
        REQUIRE(s.recorder.waitForKeys(0, {17, 18}));
        REQUIRE(waitFor([&] { return s.recorder.stats.missingKeys == 1; }));
        s.writer.insert(s.table, sampleRow(16));
    }
    s.inserted.merge(keyRange(16, 18));
    REQUIRE(s.recorder.waitForKeys(0, {16}));
    CHECK(s.recorder.keysOf(LiveBatch::Kind::Late, 0) == std::vector<qint64>{16});
}

void wideGapAndBackFill(FeedScenario &s)
{
    // A wide gap (re-checked by key range, not key list): 19..199 missing, then two appear.
    s.writer.insert(s.table, sampleRow(200));
    REQUIRE(s.recorder.waitForKeys(0, {200}));
    s.writer.insert(s.table, sampleRow(150));
    s.writer.insert(s.table, sampleRow(100));
    s.inserted.merge(std::set<qint64>{100, 150, 200});
    REQUIRE(s.recorder.waitForKeys(0, {100, 150}));

    // Back-filled rows: new keys with old times (iVMS catching up after an outage).
    for (qint64 k = 201; k <= 203; ++k) {
        TestRow row = sampleRow(k);
        row.authDateTime = QStringLiteral("2023-12-31 23:5%1:00").arg(k - 200);
        s.writer.insert(s.table, row);
        s.inserted.insert(k);
    }
}

void oddRowsAreDelivered(FeedScenario &s)
{
    // NULL and malformed rows are delivered, never dropped; a row without a key cannot be
    // followed and is not delivered.
    TestRow dateAndTime{};
    dateAndTime.key = 204;
    dateAndTime.authDate = QStringLiteral("01.03.2024");
    dateAndTime.authTime = QStringLiteral("09:15:00");
    dateAndTime.direction = QStringLiteral("ВХОД");
    dateAndTime.personName = QStringLiteral("Иванов Иван");
    TestRow allNull{};
    allNull.key = 205;
    TestRow garbage{};
    garbage.key = 206;
    garbage.authDate = QStringLiteral("garbage");
    garbage.authTime = QStringLiteral("25:99");
    garbage.direction = QStringLiteral("???");
    TestRow deviceOnly = sampleRow(207);
    deviceOnly.doorName.reset();
    deviceOnly.deviceName = QStringLiteral("Турникет 1");
    TestRow noKey = sampleRow(0);
    noKey.key.reset();
    for (const TestRow &row : {dateAndTime, allNull, garbage, noKey, deviceOnly})
        s.writer.insert(s.table, row);
    s.inserted.merge(keyRange(204, 207));
    REQUIRE(s.recorder.waitForKeys(0, keyRange(201, 207)));

    const AccessEvent *backFilled = s.recorder.event(202, 0);
    REQUIRE(backFilled);
    REQUIRE(backFilled->time);
    CHECK(formatIsoDateTime(*backFilled->time) == "2023-12-31T23:52:00");

    const AccessEvent *fromParts = s.recorder.event(204, 0);
    REQUIRE(fromParts);
    CHECK(fromParts->timeSource == TimeSource::DateAndTimeColumns);
    REQUIRE(fromParts->time);
    CHECK(formatIsoDateTime(*fromParts->time) == "2024-03-01T09:15:00");
    CHECK(fromParts->direction == Direction::In);
    CHECK(fromParts->person == "Иванов Иван");

    const AccessEvent *empty = s.recorder.event(205, 0);
    REQUIRE(empty);
    CHECK(empty->timeSource == TimeSource::Missing);
    CHECK_FALSE(empty->time);
    CHECK(empty->person.empty());
    CHECK(empty->direction == Direction::Unknown);

    const AccessEvent *bad = s.recorder.event(206, 0);
    REQUIRE(bad);
    CHECK(bad->timeSource == TimeSource::Missing);
    CHECK(bad->direction == Direction::Unknown);
    CHECK(bad->rawDirection == "???");

    const AccessEvent *device = s.recorder.event(207, 0);
    REQUIRE(device);
    CHECK(device->door == "Турникет 1");
}

void concurrentWriter(FeedScenario &s)
{
    // A concurrent writer whose transactions commit out of key order, at random moments between
    // the feed's polls.
    TestDatabase second(s.backend);
    auto *random = QRandomGenerator::global();
    for (qint64 k = 300; k < 390; k += 3) {
        if (s.backend.hasServer()) {
            s.writer.begin();
            s.writer.insert(s.table, sampleRow(k));
            second.begin();
            second.insert(s.table, sampleRow(k + 1));
            second.insert(s.table, sampleRow(k + 2));
            second.commit();
            pumpEvents(std::chrono::milliseconds(random->bounded(60)));
            s.writer.commit();
        } else {
            s.writer.insert(s.table, sampleRow(k + 2));
            s.writer.insert(s.table, sampleRow(k + 1));
            pumpEvents(std::chrono::milliseconds(random->bounded(60)));
            s.writer.insert(s.table, sampleRow(k));
        }
        s.inserted.merge(keyRange(k, k + 2));
    }
    REQUIRE(s.recorder.waitForKeys(0, s.inserted));
    s.recorder.waitForPolls(3);

    // Exactly once, and New batches in ascending key order.
    requireDeliveredOnce(s.recorder, 0, s.inserted);
    requireAscending(s.recorder.keysOf(LiveBatch::Kind::New, 0));
    for (const auto &batch : s.recorder.batches) {
        std::vector<qint64> keys;
        for (const auto &event : batch.events)
            keys.push_back(event.key.value());
        requireAscending(keys);
    }
    CHECK(s.recorder.resets.empty());
}

void keyResetAndGracePeriod(FeedScenario &s)
{
    // Key reset: the table is emptied and refilled from key 1 (restored / truncated).
    const qint64 watermark = s.recorder.stats.watermark;
    CHECK(watermark == 389);
    s.writer.exec(QStringLiteral("DELETE FROM %1").arg(s.writer.quote(s.table)));
    REQUIRE(waitFor([&] { return !s.recorder.resets.empty(); }));
    for (qint64 k = 1; k <= 3; ++k)
        s.writer.insert(s.table, sampleRow(k));
    REQUIRE(s.recorder.waitForKeys(1, keyRange(1, 3)));
    s.writer.insert(s.table, sampleRow(4));
    s.writer.insert(s.table, sampleRow(5));
    REQUIRE(s.recorder.waitForKeys(1, keyRange(1, 5)));
    REQUIRE(s.recorder.resets.size() == 1);
    CHECK(s.recorder.resets[0].previousWatermark == watermark);
    CHECK(s.recorder.resets[0].newEpoch == 1);
    requireDeliveredOnce(s.recorder, 1, keyRange(1, 5));
    requireDeliveredOnce(s.recorder, 0, s.inserted); // nothing of the old epoch came again

    // The grace period, by the injected clock: a gap that never fills is given up.
    s.writer.insert(s.table, sampleRow(7)); // 6 is missing
    REQUIRE(s.recorder.waitForKeys(1, {7}));
    REQUIRE(waitFor([&] { return s.recorder.stats.openGaps == 1; }));
    s.clock->advance(16min);
    REQUIRE(waitFor([&] { return s.recorder.stats.openGaps == 0; }));
    s.writer.insert(s.table, sampleRow(6)); // too late: after the grace period
    s.recorder.waitForPolls(5);
    CHECK_FALSE(s.recorder.deliveries(1).contains(6));
}

TEST_CASE("Live feed: every row exactly once through out-of-order commits, back-fills, odd rows "
          "and a key reset",
          "[livefeed]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_feed");
    writer.createTable(table);
    for (qint64 k = 1; k <= 5; ++k)
        writer.insert(table, sampleRow(k));

    auto clock = std::make_shared<ManualClock>();
    LiveFeed feed(b.profile(table), fastOptions(clock));
    FeedRecorder recorder(feed);
    feed.start();
    // Keys 1 and 2 are older than the initial load.
    FeedScenario s{b, writer, table, recorder, clock, keyRange(3, 5)};

    // The initial load: the newest three, ascending, in one Initial batch.
    REQUIRE(recorder.waitForKeys(0, s.inserted));
    REQUIRE(recorder.batches.front().kind == LiveBatch::Kind::Initial);
    CHECK(recorder.keysOf(LiveBatch::Kind::Initial, 0) == std::vector<qint64>{3, 4, 5});
    REQUIRE(recorder.waitForState(LiveStatus::State::Connected));
    CHECK(recorder.statuses.front().state == LiveStatus::State::Connecting);

    // New rows, more than one batch's worth at once.
    std::vector<TestRow> rows;
    for (qint64 k = 6; k <= 15; ++k)
        rows.push_back(sampleRow(k));
    writer.insertAll(table, rows);
    s.inserted.merge(keyRange(6, 15));
    REQUIRE(recorder.waitForKeys(0, s.inserted));

    outOfOrderCommit(s);
    wideGapAndBackFill(s);
    oddRowsAreDelivered(s);
    concurrentWriter(s);
    keyResetAndGracePeriod(s);

    feed.stop();
    REQUIRE(recorder.waitForState(LiveStatus::State::Stopped));
}

TEST_CASE("Live feed: --since-key starts after a key, an empty table starts at zero", "[livefeed]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_since");
    writer.createTable(table);
    for (qint64 k = 1; k <= 10; ++k)
        writer.insert(table, sampleRow(k));
    {
        LiveFeedOptions options = fastOptions(std::make_shared<ManualClock>());
        options.startAfterKey = 7;
        LiveFeed feed(b.profile(table), options);
        FeedRecorder recorder(feed);
        feed.start();
        REQUIRE(recorder.waitForKeys(0, keyRange(8, 10)));
        recorder.waitForPolls(2);
        requireDeliveredOnce(recorder, 0, keyRange(8, 10));
        CHECK(recorder.keysOf(LiveBatch::Kind::Initial, 0).empty());
    }

    writer.createTable(table);
    LiveFeed feed(b.profile(table), fastOptions(std::make_shared<ManualClock>()));
    FeedRecorder recorder(feed);
    feed.start();
    REQUIRE(recorder.waitForPolls(2));
    // Keys 1 and 2 commit in reverse order into the empty table: both are delivered.
    writer.insert(table, sampleRow(2));
    REQUIRE(recorder.waitForKeys(0, {2}));
    writer.insert(table, sampleRow(1));
    REQUIRE(recorder.waitForKeys(0, {1}));
    recorder.waitForPolls(2);
    requireDeliveredOnce(recorder, 0, keyRange(1, 2));
}

namespace {

// A row with `key` written as SQL text (a fraction, a number beyond 64 bits, a word).
void insertOddKey(TestDatabase &writer, const QString &table, const QString &key,
                  const QString &person)
{
    writer.exec(QStringLiteral("INSERT INTO %1 (%2, %3, %4) VALUES (%5, '2026-03-01 08:00:00', "
                               "'%6')")
                    .arg(writer.quote(table), writer.quote(QStringLiteral("serialNo")),
                         writer.quote(QStringLiteral("authDateTime")),
                         writer.quote(QStringLiteral("personName")), key, person));
}

} // namespace

TEST_CASE("Live feed: negative and zero keys are followed, keys that are NULL or not whole numbers "
          "are counted and never restart the feed",
          "[livefeed]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_oddkeys");
    writer.createTable(table);
    // A key column that can hold fractions and numbers beyond 64 bits (SQLite holds anything).
    if (b.kind == BackendKind::PostgreSql)
        writer.exec(QStringLiteral("ALTER TABLE t_oddkeys ALTER COLUMN \"serialNo\" TYPE NUMERIC"));
    else if (b.kind == BackendKind::MariaDb)
        writer.exec(QStringLiteral("ALTER TABLE t_oddkeys MODIFY serialNo DECIMAL(30, 1) NULL"));
    for (const qint64 key : {-5, -3, 0, 2})
        writer.insert(table, sampleRow(key));
    TestRow noKey = sampleRow(0);
    noKey.key.reset();
    writer.insert(table, noKey);

    LiveFeedOptions options = fastOptions(std::make_shared<ManualClock>());
    options.initialCount = 10;
    LiveFeed feed(b.profile(table), options);
    FeedRecorder recorder(feed);
    feed.start();
    // The whole table: negative keys and 0 included (they were taken for "no key" before).
    REQUIRE(recorder.waitForKeys(0, {-5, -3, 0, 2}));
    CHECK(recorder.keysOf(LiveBatch::Kind::Initial, 0) == std::vector<qint64>{-5, -3, 0, 2});
    REQUIRE(waitFor([&] { return recorder.stats.unkeyedRows == 1; })); // the NULL key

    writer.insert(table, sampleRow(-1)); // below the watermark: a gap that fills
    writer.insert(table, sampleRow(3));
    REQUIRE(recorder.waitForKeys(0, {-1, 3}));

    // A fraction between new keys, then a newest key that is no 64-bit number: both are passed
    // over and counted; the highest key no longer reads as "the table was emptied".
    insertOddKey(writer, table, QStringLiteral("12.5"), QStringLiteral("half"));
    insertOddKey(writer, table,
                 b.kind == BackendKind::Sqlite || b.kind == BackendKind::SqliteOdbc
                     ? QStringLiteral("'seven'")
                     : QStringLiteral("99999999999999999999999"),
                 QStringLiteral("huge"));
    writer.insert(table, sampleRow(4));
    writer.insert(table, sampleRow(20));
    REQUIRE(recorder.waitForKeys(0, {4, 20}));
    REQUIRE(waitFor([&] { return recorder.stats.unkeyedRows == 3; }));
    recorder.waitForPolls(5);
    CHECK(recorder.resets.empty());
    requireDeliveredOnce(recorder, 0, {-5, -3, -1, 0, 2, 3, 4, 20});
    for (const auto &batch : recorder.batches)
        for (const AccessEvent &event : batch.events)
            CHECK((event.person != "half" && event.person != "huge"));
    feed.stop();
}

TEST_CASE("Live feed: --since-key at the bottom of the 64-bit range delivers the table once",
          "[livefeed]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_since_min");
    writer.createTable(table);
    for (qint64 k = 1; k <= 3; ++k)
        writer.insert(table, sampleRow(k));
    LiveFeedOptions options = fastOptions(std::make_shared<ManualClock>());
    options.startAfterKey = std::numeric_limits<qint64>::min() + 1;
    LiveFeed feed(b.profile(table), options);
    FeedRecorder recorder(feed);
    feed.start();
    REQUIRE(recorder.waitForKeys(0, keyRange(1, 3)));
    recorder.waitForPolls(3);
    requireDeliveredOnce(recorder, 0, keyRange(1, 3));
    CHECK(recorder.stats.missingKeys == std::numeric_limits<qint64>::max());
    feed.stop();
}
