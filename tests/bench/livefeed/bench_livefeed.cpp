// SPDX-License-Identifier: MIT
// The live feed on a 5M-row PostgreSQL table: the plan of one poll (must be an index seek on the
// key) and commit -> delivery latency at a 200 ms poll interval (p99 must be at most the interval
// + 50 ms). Prints its figures; exits 1 when either requirement is missed.
//
//   scripts/test-servers.sh start && set -a && .
//   "${ATTLOG_TEST_ENV_FILE:-/tmp/attlog-test-servers.env}" build/bin/bench_livefeed [--rows N]
//   [--inserts N] [--interval-ms MS]
//
// The table (bench_livefeed_attlog) is kept between runs and reloaded only when its row count
// differs. Test code: it writes its own SQL.
#include "core/sql/querybuilder.h"
#include "db/live/livefeed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace attlog;
using Clock = std::chrono::steady_clock;

namespace {

const QString kTable = QStringLiteral("bench_livefeed_attlog");

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_livefeed: %s\n", message.toUtf8().constData());
    std::exit(2);
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        die(QStringLiteral("%1\n%2").arg(sql, query.lastError().text()));
}

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void loadTable(QSqlDatabase &db, qint64 rows)
{
    QSqlQuery exists(db);
    const qint64 have =
        exists.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(kTable)) && exists.next()
            ? exists.value(0).toLongLong()
            : -1;
    exists.finish();
    if (have == rows) {
        std::printf("table %s: %lld rows already loaded\n", qPrintable(kTable), rows);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    exec(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(kTable));
    // The columns of sql/postgresql/attlog.sql (quoted to keep their case).
    exec(db, QStringLiteral("CREATE TABLE %1 (\"serialNo\" integer, \"authDateTime\" timestamp, "
                            "\"authDate\" varchar(32), \"authTime\" varchar(32), \"direction\" "
                            "varchar(32), \"deviceName\" varchar(128), \"deviceSN\" varchar(64), "
                            "\"personName\" varchar(128), \"employeeID\" varchar(64), \"cardNo\" "
                            "varchar(64), \"doorName\" varchar(128), \"readerName\" varchar(128))")
                 .arg(kTable));
    exec(db, QStringLiteral(
                 "INSERT INTO %1 SELECT g, timestamp '2020-01-01' + g * interval '13 seconds', "
                 "NULL, NULL, CASE WHEN g % 2 = 0 THEN 'in' ELSE 'out' END, 'Device ' || (g % 40), "
                 "'DS-' || (g % 40), 'Person ' || (g % 5000), 'E' || (g % 5000), "
                 "'C' || (g % 5000), 'Door ' || (g % 40), 'Reader ' || (g % 80) "
                 "FROM generate_series(1, %2) AS g")
                 .arg(kTable)
                 .arg(rows));
    exec(db, QStringLiteral("CREATE UNIQUE INDEX ux_%1_serialno ON %1 (\"serialNo\")").arg(kTable));
    exec(db, QStringLiteral("ANALYZE %1").arg(kTable));
    std::printf("table %s: loaded %lld rows in %.1f s\n", qPrintable(kTable), rows,
                double(timer.elapsed()) / 1000.0);
}

// EXPLAIN of a statement from the query builder, with its values bound.
QStringList explain(QSqlDatabase &db, const sql::Statement &statement, bool analyze)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString prefix =
        analyze ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ") : QStringLiteral("EXPLAIN ");
    if (!query.prepare(prefix + QString::fromStdString(statement.text)))
        die(query.lastError().text());
    for (std::size_t i = 0; i < statement.values.size(); ++i)
        query.bindValue(int(i), qlonglong(std::get<std::int64_t>(statement.values[i])));
    if (!query.exec())
        die(query.lastError().text());
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index =
        std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

struct BenchOptions
{
    qint64 rows = 5'000'000;
    int inserts = 300;
    int intervalMs = 200;
    QString connection;
};

BenchOptions parseArgs(const QStringList &args)
{
    BenchOptions options;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            options.rows = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--inserts"))
            options.inserts = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--interval-ms"))
            options.intervalMs = args[i + 1].toInt();
        else
            die(QStringLiteral(
                "usage: bench_livefeed [--rows N] [--inserts N] [--interval-ms MS]"));
    }
    options.connection = qEnvironmentVariable("ATTLOG_TEST_PG_CONN");
    if (options.connection.isEmpty())
        die(QStringLiteral("ATTLOG_TEST_PG_CONN is not set: start the servers with "
                           "scripts/test-servers.sh start and source its env file"));
    return options;
}

// 1. The poll's plan: an index seek on the key, not a scan of 5M rows. Prints the plans; returns
// whether the poll seeks.
bool showPollPlans(QSqlDatabase &db, qint64 maxKey)
{
    sql::TableConfig config = sql::TableConfig::defaults(sql::Dialect::PostgreSql);
    config.table = kTable.toStdString();
    std::string error;
    const auto builder = sql::QueryBuilder::create(config, &error);
    if (!builder)
        die(QString::fromStdString(error));
    const sql::Statement poll = builder->livePoll(maxKey - 10, 500);
    std::printf("\npoll statement (%s):\n  %s\n  bound: %lld\n", poll.name.c_str(),
                poll.text.c_str(), maxKey - 10);
    std::printf("\nEXPLAIN (ANALYZE, BUFFERS):\n");
    const QStringList plan = explain(db, poll, true);
    for (const QString &line : plan)
        std::printf("  %s\n", line.toUtf8().constData());
    const QString planText = plan.join(QLatin1Char('\n'));
    const bool indexSeek = planText.contains(QLatin1String("Index Scan")) &&
                           !planText.contains(QLatin1String("Seq Scan"));
    std::printf("\nEXPLAIN of the gap re-check and the key-reset check:\n");
    const std::vector<std::int64_t> gapKeys{maxKey - 3, maxKey - 1};
    for (const QString &line : explain(db, builder->recheckKeys(gapKeys).front(), false))
        std::printf("  %s\n", line.toUtf8().constData());
    for (const QString &line : explain(db, builder->maxKey(), false))
        std::printf("  %s\n", line.toUtf8().constData());
    return indexSeek;
}

// When each row was committed and when the feed delivered it, and how long each poll took.
struct Timings
{
    std::mutex mutex;
    std::map<qint64, Clock::time_point> committed;
    std::map<qint64, Clock::time_point> delivered;
    std::vector<double> pollMs;
};

// The writer: `inserts` rows after `maxKey`, one at a time (autocommit) at random moments.
void writeRows(const BenchOptions &options, qint64 maxKey, Timings &timings)
{
    QSqlDatabase w = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), QStringLiteral("writer"));
    w.setDatabaseName(options.connection);
    if (!w.open())
        die(w.lastError().text());
    {
        QSqlQuery insert(w);
        insert.prepare(QStringLiteral("INSERT INTO %1 (\"serialNo\", \"authDateTime\", "
                                      "\"direction\", \"personName\", \"doorName\") VALUES "
                                      "(?, ?, 'in', 'Bench Person', 'Bench Door')")
                           .arg(kTable));
        auto *random = QRandomGenerator::global();
        for (int i = 1; i <= options.inserts; ++i) {
            // Random spacing, so commits land at every phase of the poll cycle.
            std::this_thread::sleep_for(std::chrono::milliseconds(random->bounded(20, 180)));
            const qint64 key = maxKey + i;
            insert.bindValue(0, key);
            insert.bindValue(1, QDateTime::currentDateTime());
            if (!insert.exec())
                die(insert.lastError().text());
            // Autocommit: exec() returned after the commit.
            const auto now = Clock::now();
            std::lock_guard lock(timings.mutex);
            timings.committed.emplace(key, now);
        }
    }
    w.close();
    w = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

// 2. Commit -> delivery latency: a writer thread commits rows one at a time at random moments;
// the feed (its own thread) delivers them here.
void measureLatency(const BenchOptions &options, qint64 maxKey, Timings &timings)
{
    db::ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    profile.kind = db::ConnectionKind::OdbcConnectionString;
    profile.connectionString = options.connection;
    profile.table = kTable;
    db::LiveFeedOptions feedOptions;
    feedOptions.interval = std::chrono::milliseconds(options.intervalMs);
    feedOptions.initialCount = 0;
    db::LiveFeed feed(profile, feedOptions);

    QObject context;
    QObject::connect(&feed, &db::LiveFeed::batchReady, &context, [&](const db::LiveBatch &batch) {
        const auto now = Clock::now();
        std::lock_guard lock(timings.mutex);
        for (const AccessEvent &event : batch.events)
            timings.delivered.emplace(event.key.value(), now);
    });
    QObject::connect(&feed, &db::LiveFeed::polled, &context, [&](const db::LivePollStats &s) {
        timings.pollMs.push_back(double(s.pollDuration.count()) / 1000.0);
    });
    bool connected = false;
    QObject::connect(&feed, &db::LiveFeed::statusChanged, &context, [&](const db::LiveStatus &s) {
        connected = s.state == db::LiveStatus::State::Connected;
        if (s.state == db::LiveStatus::State::Reconnecting)
            std::fprintf(stderr, "feed: %s\n", s.message.toUtf8().constData());
    });
    feed.start();
    QElapsedTimer wait;
    wait.start();
    while (!connected && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!connected)
        die(QStringLiteral("the live feed did not connect"));

    std::atomic<bool> writerDone{false};
    std::thread writer([&] {
        writeRows(options, maxKey, timings);
        writerDone = true;
    });
    while (true) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        std::lock_guard lock(timings.mutex);
        if (writerDone && timings.delivered.size() >= std::size_t(options.inserts))
            break;
        if (writerDone && wait.elapsed() > 600000)
            break;
    }
    writer.join();
    feed.stop();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = parseArgs(app.arguments());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), QStringLiteral("setup"));
    db.setDatabaseName(options.connection);
    if (!db.open())
        die(db.lastError().text());
    loadTable(db, options.rows);
    const qint64 maxKey =
        scalar(db, QStringLiteral("SELECT MAX(\"serialNo\") FROM %1").arg(kTable));
    const bool indexSeek = showPollPlans(db, maxKey);

    Timings timings;
    measureLatency(options, maxKey, timings);
    std::vector<double> latencies;
    for (const auto &[key, at] : timings.committed) {
        const auto it = timings.delivered.find(key);
        if (it != timings.delivered.end())
            latencies.push_back(std::chrono::duration<double, std::milli>(it->second - at).count());
    }
    const double bound = options.intervalMs + 50.0;
    std::printf("\ncommit -> delivery latency, %zu of %d rows delivered (poll interval %d ms, "
                "table %lld rows):\n",
                latencies.size(), options.inserts, options.intervalMs,
                options.rows + options.inserts);
    if (latencies.empty())
        die(QStringLiteral("no row was delivered"));
    const double p50 = percentile(latencies, 0.50);
    const double p99 = percentile(latencies, 0.99);
    const double worst = *std::max_element(latencies.begin(), latencies.end());
    std::printf("  p50 %.1f ms   p99 %.1f ms   max %.1f ms   (bound at p99: %.0f ms)\n", p50, p99,
                worst, bound);
    if (!timings.pollMs.empty())
        std::printf("  one poll cycle: p50 %.2f ms, p99 %.2f ms (%zu cycles)\n",
                    percentile(timings.pollMs, 0.5), percentile(timings.pollMs, 0.99),
                    timings.pollMs.size());
    const bool allDelivered = latencies.size() == std::size_t(options.inserts) &&
                              timings.delivered.size() == std::size_t(options.inserts);
    std::printf("\nindex seek: %s; p99 within interval + 50 ms: %s; every row once: %s\n",
                indexSeek ? "yes" : "NO", p99 <= bound ? "yes" : "NO", allDelivered ? "yes" : "NO");
    exec(db, QStringLiteral("DELETE FROM %1 WHERE \"serialNo\" > %2").arg(kTable).arg(maxKey));
    return indexSeek && p99 <= bound && allDelivered ? 0 : 1;
}
