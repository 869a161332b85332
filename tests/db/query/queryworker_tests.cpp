// SPDX-License-Identifier: MIT
#include "db/query/queryrunner.h"
#include "db/query/queryworker.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <QRandomGenerator>
#include <QThread>

#include <map>
#include <set>
#include <thread>

using namespace attlog;
using namespace attlog::db;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

namespace {

// Everything a QueryRunner sends, by request id.
struct RunnerLog
{
    explicit RunnerLog(QueryRunner &runner)
    {
        QObject::connect(&runner, &QueryRunner::eventsReady, &context,
                         [this](quint64 id, const EventBatch &batch) {
                             auto &list = events[id];
                             list.insert(list.end(), batch.events().begin(), batch.events().end());
                             threads.insert(QThread::currentThread());
                         });
        QObject::connect(&runner, &QueryRunner::eventsFinished, &context,
                         [this](quint64 id, const QueryOutcome &o) { outcomes[id] = o; });
        QObject::connect(&runner, &QueryRunner::countReady, &context,
                         [this](quint64 id, qint64 count, bool) { counts[id] = count; });
        QObject::connect(&runner, &QueryRunner::valuesReady, &context,
                         [this](quint64 id, const QStringList &v) { values[id] = v; });
        QObject::connect(&runner, &QueryRunner::tableChecked, &context,
                         [this](quint64 id, const TableSummary &s) { summaries[id] = s; });
        QObject::connect(&runner, &QueryRunner::failed, &context,
                         [this](quint64 id, const QString &m) { failures[id] = m; });
    }
    bool answered(quint64 id) const
    {
        return outcomes.contains(id) || counts.contains(id) || values.contains(id) ||
               summaries.contains(id) || failures.contains(id);
    }

    QObject context;
    std::map<quint64, std::vector<AccessEvent>> events;
    std::map<quint64, QueryOutcome> outcomes;
    std::map<quint64, qint64> counts;
    std::map<quint64, QStringList> values;
    std::map<quint64, TableSummary> summaries;
    std::map<quint64, QString> failures;
    std::set<QThread *> threads;
};

std::vector<qint64> keysOf(const std::vector<AccessEvent> &events)
{
    std::vector<qint64> keys;
    for (const auto &e : events)
        keys.push_back(e.key.value());
    return keys;
}

} // namespace

TEST_CASE("Query worker: History pages, count, dictionary and table check on its own thread",
          "[queryworker]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_history");
    writer.createTable(table);
    std::vector<TestRow> rows;
    for (qint64 k = 1; k <= 50; ++k) {
        TestRow row = sampleRow(k);
        row.doorName = k % 2 ? QStringLiteral("Вход") : QStringLiteral("Выход");
        rows.push_back(row);
    }
    writer.insertAll(table, rows);

    QueryRunner runner(b.profile(table));
    RunnerLog log(runner);

    // Key-set pages, newest first, continuing exactly after the last row read.
    std::vector<qint64> all;
    std::optional<sql::PageCursor> cursor;
    for (int page = 0; page < 3; ++page) {
        const quint64 id = runner.fetchHistoryPage({}, cursor, 20);
        REQUIRE(waitFor([&] { return log.answered(id); }));
        REQUIRE_FALSE(log.failures.contains(id));
        const auto keys = keysOf(log.events[id]);
        all.insert(all.end(), keys.begin(), keys.end());
        cursor = log.outcomes[id].nextPage;
        CHECK(log.outcomes[id].endOfData == (page == 2));
    }
    REQUIRE(all.size() == 50);
    for (std::size_t i = 0; i < all.size(); ++i)
        CHECK(all[i] == qint64(50 - i));
    // Rows arrived queued, in this (the receiving) thread, never as direct calls from the worker.
    CHECK(log.threads == std::set<QThread *>{QThread::currentThread()});

    const quint64 countId = runner.countHistory({});
    const quint64 doorsId = runner.fetchDistinct(sql::Field::DoorName);
    const quint64 checkId = runner.checkTable();
    REQUIRE(waitFor(
        [&] { return log.answered(countId) && log.answered(doorsId) && log.answered(checkId); }));
    CHECK(log.counts[countId] == 50);
    QStringList doors = log.values[doorsId];
    doors.sort();
    CHECK(doors == QStringList{QStringLiteral("Вход"), QStringLiteral("Выход")});
    REQUIRE(log.summaries.contains(checkId));
    CHECK(log.summaries[checkId].rowCount == 50);
    CHECK(log.summaries[checkId].minKey == 1);
    CHECK(log.summaries[checkId].maxKey == 50);
    REQUIRE(log.summaries[checkId].newestEvent);
    CHECK(log.summaries[checkId].newestEvent->key == 50);

    // Export streams every row in batches.
    const quint64 exportId = runner.exportHistory({}, 7);
    REQUIRE(waitFor([&] { return log.answered(exportId); }));
    CHECK(log.events[exportId].size() == 50);
    CHECK(log.outcomes[exportId].rowsKept == 50);
}

TEST_CASE("Query worker: cancelled and superseded requests send nothing more", "[queryworker]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_cancel");
    writer.createTable(table);
    std::vector<TestRow> rows;
    for (qint64 k = 1; k <= 300; ++k)
        rows.push_back(sampleRow(k));
    writer.insertAll(table, rows);

    QueryRunner runner(b.profile(table));
    RunnerLog log(runner);
    const quint64 opened = runner.checkTable(); // connect first, so the next requests queue
    REQUIRE(waitFor([&] { return log.answered(opened); }));

    const quint64 cancelled = runner.exportHistory({}, 1);
    const quint64 stale1 = runner.fetchHistoryPage({}, std::nullopt, 100);
    const quint64 stale2 = runner.countHistory({});
    runner.cancel(cancelled);
    runner.cancelAll();
    CHECK_FALSE(runner.isPending(stale1));
    const quint64 fresh = runner.countHistory({});
    REQUIRE(waitFor([&] { return log.answered(fresh); }));
    pumpEvents(200ms);
    CHECK(log.counts[fresh] == 300);
    for (const quint64 id : {cancelled, stale1, stale2}) {
        INFO("request " << id);
        CHECK_FALSE(log.answered(id));
        CHECK_FALSE(log.events.contains(id));
    }
}

TEST_CASE("Query worker: cancelling while a result is being read never crashes the driver",
          "[queryworker]")
{
    // A cancel that lands between two reads of a result (closing a session while its dictionary
    // loads) made MariaDB Connector/ODBC crash in SQLGetData about once in twenty tries.
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_cancel_read");
    writer.createTable(table);
    std::vector<TestRow> rows;
    for (qint64 k = 1; k <= 3000; ++k)
        rows.push_back(sampleRow(k)); // 3,000 distinct names: the read takes a while
    writer.insertAll(table, rows);
    auto *random = QRandomGenerator::global();
    for (int attempt = 0; attempt < 40; ++attempt) {
        QueryRunner runner(b.profile(table));
        RunnerLog log(runner);
        const quint64 connected = runner.checkTable();
        REQUIRE(waitFor([&] { return log.answered(connected); }));
        const quint64 names = runner.fetchDistinct(sql::Field::PersonName);
        std::this_thread::sleep_for(std::chrono::microseconds(random->bounded(20000)));
        runner.cancel(names);
        pumpEvents(5ms);
        CHECK_FALSE(log.values.contains(names)); // cancelled: no answer, whenever it landed
    }
}

TEST_CASE("Query worker: a receiver that falls behind holds the reader back", "[queryworker]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_flow");
    writer.createTable(table);
    std::vector<TestRow> rows;
    for (qint64 k = 1; k <= 200; ++k)
        rows.push_back(sampleRow(k));
    writer.insertAll(table, rows);

    QThread thread;
    auto *worker = new QueryWorker(b.profile(table));
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();

    // Queued into this thread; a batch counts as handled only when batchDelivered() is called.
    QObject context;
    std::map<quint64, int> batches;
    std::vector<qint64> keys;
    std::set<quint64> finished;
    std::set<quint64> cancelled;
    QObject::connect(worker, &QueryWorker::eventsReady, &context,
                     [&](quint64 id, const EventBatch &batch) {
                         ++batches[id];
                         for (const AccessEvent &event : batch.events())
                             keys.push_back(event.key.value());
                     });
    QObject::connect(worker, &QueryWorker::eventsFinished, &context,
                     [&](quint64 id, const QueryOutcome &) { finished.insert(id); });
    QObject::connect(worker, &QueryWorker::cancelled, &context,
                     [&](quint64 id) { cancelled.insert(id); });
    const auto exportAll = [&](quint64 id) {
        QMetaObject::invokeMethod(
            worker, [worker, id] { worker->exportHistory(id, {}, 10); }, Qt::QueuedConnection);
    };

    exportAll(1);
    REQUIRE(waitFor([&] { return batches[1] == QueryWorker::kBatchesInFlight; }));
    pumpEvents(300ms);
    CHECK(batches[1] == QueryWorker::kBatchesInFlight); // the reader waits for the receiver
    CHECK_FALSE(finished.contains(1));

    // Handing batches back lets it go on to the end, every row once, newest first.
    int handed = 0;
    REQUIRE(waitFor([&] {
        for (; handed < batches[1]; ++handed)
            worker->batchDelivered();
        return finished.contains(1);
    }));
    CHECK(batches[1] == 20);
    std::vector<qint64> expected;
    for (qint64 k = 200; k >= 1; --k)
        expected.push_back(k);
    CHECK(keys == expected);

    // A cancel reaches a reader that is waiting.
    exportAll(2);
    REQUIRE(waitFor([&] { return batches[2] == QueryWorker::kBatchesInFlight; }));
    worker->cancel(2);
    REQUIRE(waitFor([&] { return cancelled.contains(2); }, 2s));
    CHECK_FALSE(finished.contains(2));

    QMetaObject::invokeMethod(worker, &QueryWorker::close, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

TEST_CASE("Query worker: failures arrive as failed(requestId, message)", "[queryworker]")
{
    const Backend &b = backend();
    TestDatabase writer(b); // the database exists (a SQLite file too), the table does not
    writer.createTable(QStringLiteral("t_other"));
    QueryRunner runner(b.profile(QStringLiteral("t_no_such_table")));
    RunnerLog log(runner);
    const quint64 check = runner.checkTable();
    const quint64 page = runner.fetchHistoryPage({}, std::nullopt, 10);
    REQUIRE(waitFor([&] { return log.answered(check) && log.answered(page); }));
    REQUIRE(log.failures.contains(check));
    CHECK(log.failures[check].contains(QStringLiteral("t_no_such_table")));
    REQUIRE(log.failures.contains(page));
    CHECK(log.failures[page].contains(QStringLiteral("t_no_such_table not found")));
}

TEST_CASE("Query worker: a typed server profile, as the connection dialog builds it, pages, "
          "counts and exports",
          "[queryworker][server]")
{
    const Backend &b = backend();
    REQUIRE(b.hasServer());
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_typed");
    writer.createTable(table);
    std::vector<TestRow> rows;
    for (qint64 k = 1; k <= 1200; ++k)
        rows.push_back(sampleRow(k));
    writer.insertAll(table, rows);

    // The test server's connection string taken apart into the dialog's fields: the typed kind
    // adds its own options (CHARSET=utf8mb4 for MySQL, cursor fetching for PostgreSQL).
    std::map<QString, QString> parts;
    for (const QString &pair : b.connectionString.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        QString value = pair.mid(eq + 1).trimmed();
        if (value.startsWith(QLatin1Char('{')) && value.endsWith(QLatin1Char('}')))
            value = value.mid(1, value.size() - 2);
        parts[pair.left(eq).trimmed().toUpper()] = value;
    }
    ConnectionProfile profile = b.profile(table);
    profile.kind =
        b.kind == BackendKind::PostgreSql ? ConnectionKind::PostgreSql : ConnectionKind::MySql;
    profile.connectionString.clear();
    profile.odbcDriver = parts[QStringLiteral("DRIVER")];
    profile.server = parts[QStringLiteral("SERVER")];
    profile.port = parts[QStringLiteral("PORT")].toInt();
    profile.database = parts[QStringLiteral("DATABASE")];
    profile.user = parts[QStringLiteral("UID")];
    profile.password = parts[QStringLiteral("PWD")];
    REQUIRE_FALSE(profile.server.isEmpty());

    QueryRunner runner(profile);
    RunnerLog log(runner);
    const quint64 page = runner.fetchHistoryPage({}, std::nullopt, 100);
    const quint64 count = runner.countHistory({});
    const quint64 exported = runner.exportHistory({}, 250);
    REQUIRE(waitFor(
        [&] { return log.answered(page) && log.answered(count) && log.answered(exported); }));
    for (const auto &[id, message] : log.failures)
        UNSCOPED_INFO("request " << id << ": " << message.toStdString());
    REQUIRE(log.failures.empty());
    REQUIRE(log.events[page].size() == 100);
    CHECK(log.events[page].front().key == 1200);
    CHECK(log.counts[count] == 1200);
    const auto keys = keysOf(log.events[exported]);
    REQUIRE(keys.size() == 1200);
    for (std::size_t i = 0; i < keys.size(); ++i)
        CHECK(keys[i] == qint64(1200 - i));
}

TEST_CASE("Query worker: History pages over a date range run into the NULL-time rows",
          "[queryworker]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_pages");
    writer.createTable(table);
    // 2024-03-01: keys 1..60, of which 10, 20, …, 50 carry their time only in authDate/authTime;
    // 2024-03-05: keys 61..70 (65 without authDateTime), outside the range.
    std::vector<TestRow> rows;
    for (qint64 k = 1; k <= 70; ++k) {
        TestRow row = sampleRow(k);
        if (k > 60) {
            row.authDateTime =
                QStringLiteral("2024-03-05 10:00:%1").arg(k - 60, 2, 10, QLatin1Char('0'));
            row.authDate = QStringLiteral("2024-03-05");
        }
        if ((k % 10 == 0 && k <= 50) || k == 65)
            row.authDateTime.reset();
        rows.push_back(row);
    }
    writer.insertAll(table, rows);

    sql::HistoryFilter filter;
    filter.from = makeDateTime(dateFromCivil(2024, 3, 1), 0, 0, 0);
    filter.to = makeDateTime(dateFromCivil(2024, 3, 2), 0, 0, 0);
    std::vector<qint64> expected; // timed rows newest first, then NULL-time rows by key
    for (qint64 k = 60; k >= 1; --k)
        if (!(k % 10 == 0 && k <= 50))
            expected.push_back(k);
    for (qint64 k = 50; k >= 10; k -= 10)
        expected.push_back(k);

    QueryRunner runner(b.profile(table));
    RunnerLog log(runner);
    std::vector<qint64> paged;
    std::optional<sql::PageCursor> cursor;
    int pages = 0;
    for (bool end = false; !end; ++pages) {
        REQUIRE(pages < 20);
        const quint64 id = runner.fetchHistoryPage(filter, cursor, 7);
        REQUIRE(waitFor([&] { return log.answered(id); }));
        REQUIRE_FALSE(log.failures.contains(id));
        const auto keys = keysOf(log.events[id]);
        paged.insert(paged.end(), keys.begin(), keys.end());
        end = log.outcomes[id].endOfData;
        if (!end)
            CHECK(keys.size() == 7);
        cursor = log.outcomes[id].nextPage;
    }
    CHECK(paged == expected);
    CHECK(pages == 9); // 60 rows: eight full pages and four rows

    const quint64 all = runner.exportHistory(filter, 11);
    REQUIRE(waitFor([&] { return log.answered(all); }));
    CHECK(keysOf(log.events[all]) == expected);
}

TEST_CASE("Query worker: keyless History pages end on whole times and hold every row once",
          "[queryworker][keyless]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_history_keyless");
    TableColumns columns = defaultColumns();
    columns.erase(sql::Field::Key);
    writer.createTable(table, columns);
    // 30 rows over 12 times: many share a second (turnstiles at a shift start), two are fully
    // identical, one has no time at all.
    std::vector<TestRow> rows;
    for (int i = 0; i < 30; ++i) {
        TestRow row = sampleRow(i);
        row.key.reset();
        const QString time =
            QStringLiteral("2024-03-01 08:%1:00").arg(i % 12, 2, 10, QLatin1Char('0'));
        row.authDateTime = time;
        row.authDate = time.left(10);
        row.authTime = time.mid(11);
        row.personName = QStringLiteral("P%1").arg(i);
        rows.push_back(row);
    }
    rows.push_back(rows[5]); // the same pass twice
    TestRow untimed = rows[7];
    untimed.authDateTime.reset();
    untimed.authDate.reset();
    untimed.personName = QStringLiteral("Untimed");
    rows.push_back(untimed);
    writer.insertAll(table, rows, columns);

    QueryRunner runner(b.profile(table));
    RunnerLog log(runner);
    std::map<std::string, int> seen;
    std::vector<DateTime> times;
    std::optional<sql::PageCursor> cursor;
    bool end = false;
    for (int page = 0; page < 20 && !end; ++page) {
        const quint64 id = runner.fetchHistoryPage({}, cursor, 4);
        REQUIRE(waitFor([&] { return log.answered(id); }));
        const auto failure = log.failures.find(id);
        INFO((failure == log.failures.end() ? QString() : failure->second).toStdString());
        REQUIRE(failure == log.failures.end());
        for (const AccessEvent &e : log.events[id]) {
            ++seen[e.person];
            if (e.time)
                times.push_back(*e.time);
        }
        cursor = log.outcomes[id].nextPage;
        end = log.outcomes[id].endOfData;
    }
    CHECK(end);
    REQUIRE(seen.size() == 31);
    for (const auto &[person, count] : seen) {
        INFO(person);
        CHECK(count == (person == "P5" ? 2 : 1));
    }
    CHECK(std::is_sorted(times.rbegin(), times.rend())); // newest first
}
