// SPDX-License-Identifier: MIT
// Keyless live mode on a table of N rows (default 5,000,000) without a key column, on the
// PostgreSQL and MariaDB servers of ./dev test: through the application's own LiveFeed (worker
// thread, real driver), the cost of each poll (ms and rows read, from LivePollStats):
//   - at idle: plain polls and polls with the per-hour count check (every 2 s here);
//   - after 1,000 rows are written 30 h in the past: the polls until all are delivered, and how
//     long that took.
// A poll at idle must read O(new rows) — the overlap's rows — never the 72 h window.
//
//   bench_keyless [--rows N] [--only pg|mariadb]
//
// The tables (bench_keyless_attlog) are kept between runs and reloaded when their row count
// differs. Test code: it writes its own SQL.
#include "core/event/datetime.h"
#include "db/live/livefeed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace attlog;

namespace {

const QString kTable = QStringLiteral("bench_keyless_attlog");
constexpr qint64 kRowsPerDay = 6000;
const Date kLastDay = dateFromCivil(2026, 11, 26);

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_keyless: %s\n", message.toUtf8().constData());
    std::exit(2);
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        die(QStringLiteral("%1\n%2").arg(sql.left(300), query.lastError().text()));
}

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// kRowsPerDay rows a day from 06:00 to 22:00, ending on kLastDay: the same shape as bench_history.
void loadTable(QSqlDatabase &db, bool postgres, qint64 rows)
{
    if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(kTable)) == rows)
        return;
    QElapsedTimer timer;
    timer.start();
    exec(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(kTable));
    const QString last = QString::fromStdString(formatSqlDateTime(startOfDay(kLastDay)));
    if (postgres) {
        exec(db, QStringLiteral("CREATE TABLE %1 (\"authDateTime\" timestamp, direction "
                                "varchar(32), \"deviceName\" varchar(128), \"personName\" "
                                "varchar(128), \"employeeID\" varchar(64), \"cardNo\" "
                                "varchar(64), \"doorName\" varchar(128))")
                     .arg(kTable));
        exec(db, QStringLiteral(
                     "INSERT INTO %1 SELECT timestamp '%2' - ((%3 - 1 - i) / %4) * interval "
                     "'1 day' + (6 * 3600 + (%4 - 1 - (%3 - 1 - i) % %4) * 57600 / %4) * "
                     "interval '1 second', CASE WHEN i % 2 = 1 THEN 'out' ELSE 'in' END, "
                     "'Терминал ' || (i % 8 + 1), 'Сотрудник ' || (i * 7919 % 2000), "
                     "(1000 + i * 7919 % 2000)::text, (5000000 + i * 7919 % 2000)::text, "
                     "'Турникет №' || (i % 8 + 1) FROM generate_series(0::bigint, %3 - 1) AS i")
                     .arg(kTable, last)
                     .arg(rows)
                     .arg(kRowsPerDay));
        exec(db, QStringLiteral("CREATE INDEX ix_bench_keyless_time ON %1 (\"authDateTime\")")
                     .arg(kTable));
        exec(db, QStringLiteral("ANALYZE %1").arg(kTable));
    } else {
        exec(db, QStringLiteral("CREATE TABLE %1 (authDateTime DATETIME, direction VARCHAR(32), "
                                "deviceName VARCHAR(128), personName VARCHAR(128), employeeID "
                                "VARCHAR(64), cardNo VARCHAR(64), doorName VARCHAR(128)) "
                                "CHARACTER SET utf8mb4")
                     .arg(kTable));
        // MariaDB's sequence engine: seq_0_to_N is a table of the numbers 0..N.
        exec(db, QStringLiteral(
                     "INSERT INTO %1 SELECT TIMESTAMP '%2' - INTERVAL ((%3 - 1 - seq) DIV %4) "
                     "DAY + INTERVAL (6 * 3600 + (%4 - 1 - (%3 - 1 - seq) MOD %4) * 57600 DIV "
                     "%4) SECOND, IF(seq MOD 2 = 1, 'out', 'in'), CONCAT('Терминал ', seq MOD "
                     "8 + 1), CONCAT('Сотрудник ', seq * 7919 MOD 2000), 1000 + seq * 7919 MOD "
                     "2000, 5000000 + seq * 7919 MOD 2000, CONCAT('Турникет №', seq MOD 8 + 1) "
                     "FROM seq_0_to_%5")
                     .arg(kTable, last)
                     .arg(rows)
                     .arg(kRowsPerDay)
                     .arg(rows - 1));
        exec(db,
             QStringLiteral("CREATE INDEX ix_bench_keyless_time ON %1 (authDateTime)").arg(kTable));
        exec(db, QStringLiteral("ANALYZE TABLE %1").arg(kTable));
    }
    std::printf("  %lld rows loaded in %.1f s\n", static_cast<long long>(rows),
                timer.elapsed() / 1000.0);
}

struct Poll
{
    double ms;
    qint64 rows;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

void report(const char *label, const std::vector<Poll> &polls)
{
    std::vector<double> ms;
    std::vector<double> rows;
    for (const Poll &p : polls) {
        ms.push_back(p.ms);
        rows.push_back(double(p.rows));
    }
    std::printf("  %-28s %3zu polls: %6.2f ms median, %6.2f ms max; rows read %5.0f median, "
                "%6.0f max\n",
                label, polls.size(), percentile(ms, 0.5), percentile(ms, 1.0),
                percentile(rows, 0.5), percentile(rows, 1.0));
}

void run(const QString &name, const QString &connection, bool postgres, qint64 rows)
{
    std::printf("%s:\n", qPrintable(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), name);
    db.setDatabaseName(connection);
    if (!db.open())
        die(db.lastError().text());
    loadTable(db, postgres, rows);

    db::ConnectionProfile profile;
    profile.kind = db::ConnectionKind::OdbcConnectionString;
    profile.connectionString = connection;
    profile.table = kTable;
    for (const sql::Field f : {sql::Field::Key, sql::Field::AuthDate, sql::Field::AuthTime,
                               sql::Field::DeviceSN, sql::Field::ReaderName})
        profile.columns.setColumn(f, std::nullopt);
    db::LiveFeedOptions options;
    options.interval = std::chrono::milliseconds(250);
    options.keylessCountInterval = std::chrono::seconds(2);
    // "Now": an hour after the newest pass (22:00 on the last day).
    options.wallClock = [] { return addSeconds(startOfDay(kLastDay), 23 * 3600); };
    db::LiveFeed feed(profile, options);

    std::vector<Poll> plain;
    std::vector<Poll> counted;
    std::vector<Poll> *sink = nullptr;
    qint64 delivered = 0;
    qint64 pollCount = 0;
    QObject context;
    QObject::connect(&feed, &db::LiveFeed::polled, &context, [&](const db::LivePollStats &s) {
        ++pollCount;
        if (!sink)
            return;
        const Poll p{double(s.pollDuration.count()) / 1000.0, s.rowsRead};
        (s.countsChecked ? counted : *sink).push_back(p);
    });
    QObject::connect(&feed, &db::LiveFeed::batchReady, &context, [&](const db::LiveBatch &b) {
        if (b.kind != db::LiveBatch::Kind::Initial)
            delivered += qint64(b.events.size());
    });
    const auto waitUntil = [&](const std::function<bool()> &done, int ms) {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done();
    };
    QElapsedTimer started;
    started.start();
    feed.start();
    if (!waitUntil([&] { return pollCount >= 2; }, 120000))
        die(QStringLiteral("the feed did not start"));
    std::printf("  start (initial load, 72 h window seen): %.1f s\n", started.elapsed() / 1000.0);

    sink = &plain;
    waitUntil([] { return false; }, 10000); // idle for 10 s
    report("idle, plain polls:", plain);
    report("idle, with the count check:", counted);

    // 1,000 rows 30 hours before the newest pass, in one transaction.
    std::vector<Poll> after;
    counted.clear();
    sink = &after;
    const DateTime base = addSeconds(startOfDay(kLastDay), 22 * 3600 - 30 * 3600);
    db.transaction();
    for (int i = 0; i < 1000; ++i)
        exec(db,
             QStringLiteral("INSERT INTO %1 VALUES ('%2', 'in', 'Терминал 9', 'Задним "
                            "числом %3', '9%3', '9%3', 'Турникет №9')")
                 .arg(kTable, QString::fromStdString(formatSqlDateTime(addSeconds(base, i * 3))))
                 .arg(i));
    db.commit();
    QElapsedTimer backfill;
    backfill.start();
    const bool all = waitUntil([&] { return delivered >= 1000; }, 120000);
    const double seconds = backfill.elapsed() / 1000.0;
    waitUntil([] { return false; }, 3000);
    report("after the back-fill, plain:", after);
    report("after the back-fill, counts:", counted);
    std::printf("  back-fill of 1,000 rows 30 h back: %s in %.1f s (%lld delivered)\n",
                all ? "delivered" : "NOT delivered", seconds, static_cast<long long>(delivered));
    feed.stop();
    exec(db, (postgres ? QStringLiteral("DELETE FROM %1 WHERE \"deviceName\" = 'Терминал 9'")
                       : QStringLiteral("DELETE FROM %1 WHERE deviceName = 'Терминал 9'"))
                 .arg(kTable));
    db.close();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 rows = 5000000;
    QString only;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
        else
            die(QStringLiteral("usage: bench_keyless [--rows N] [--only pg|mariadb]"));
    }
    const QString pg = qEnvironmentVariable("ATTLOG_TEST_PG_CONN");
    const QString maria = qEnvironmentVariable("ATTLOG_TEST_MARIADB_CONN");
    if (pg.isEmpty() || maria.isEmpty())
        die(QStringLiteral("the servers' environment is missing (scripts/test-servers.sh start)"));
    if (only.isEmpty() || only == QLatin1String("pg"))
        run(QStringLiteral("PostgreSQL"), pg, true, rows);
    if (only.isEmpty() || only == QLatin1String("mariadb"))
        run(QStringLiteral("MariaDB"), maria, false, rows);
    return 0;
}
