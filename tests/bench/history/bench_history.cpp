// SPDX-License-Identifier: MIT
// History benchmark: on a table of N rows (default 5,000,000) in SQLite and, when
// ATTLOG_TEST_PG_CONN is set (./dev test's servers, or scripts/test-servers.sh), PostgreSQL:
//   - the first History page (500 rows, newest first) for a one-day filter and a one-door filter,
//     through the application's own QueryRunner (worker thread, real driver), best and median of 7;
//   - SQLite only: CSV export of 1,000,000 rows vs `sqlite3 -csv` on the same rows (five
//     alternating runs each, best and median), and XLSX export of those rows (seconds and peak
//     memory of the export alone).
// Prints its figures; targets: page <= 150 ms, CSV <= 1.5x sqlite3, XLSX <= 15 s and <= 150 MB.
//
//   bench_history [rows] [work-folder]

#include "core/event/datetime.h"
#include "db/export/historyexporter.h"
#include "db/query/queryrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace attlog;

namespace {

constexpr int kDoors = 8;
constexpr int kPeople = 2000;
constexpr qint64 kRowsPerDay = 6000;
const Date kLastDay = dateFromCivil(2026, 11, 26);

QString doorName(int i)
{
    return QStringLiteral("Турникет №%1").arg(i + 1);
}

// Rows are spread evenly, kRowsPerDay a day, ending on kLastDay; the key follows time.
DateTime timeOfRow(qint64 i, qint64 rows)
{
    const qint64 fromEnd = rows - 1 - i;
    const qint64 day = fromEnd / kRowsPerDay;
    const qint64 slot = kRowsPerDay - 1 - fromEnd % kRowsPerDay;
    return addSeconds(startOfDay(addDays(kLastDay, -int(day))),
                      6 * 3600 + slot * (16 * 3600) / kRowsPerDay);
}

void fail(const QString &what)
{
    std::fprintf(stderr, "bench_history: %s\n", qPrintable(what));
    std::exit(1);
}

void execScript(QSqlDatabase &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(path));
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    for (const QString &statement : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement))
            fail(QStringLiteral("%1: %2").arg(statement.trimmed().left(60), q.lastError().text()));
    }
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(QStringLiteral("%1: %2").arg(sql.left(80), q.lastError().text()));
}

void fillSqlite(QSqlDatabase &db, qint64 rows)
{
    exec(db, QStringLiteral("PRAGMA journal_mode=OFF"));
    exec(db, QStringLiteral("PRAGMA synchronous=OFF"));
    execScript(db, QStringLiteral(ATTLOG_SQL_DIR "/sqlite/attlog.sql"));
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO attlog (serialNo, authDateTime, direction, deviceName, personName, "
        "employeeID, cardNo, doorName, readerName) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (qint64 i = 0; i < rows; ++i) {
        const int person = int(i * 7919 % kPeople);
        const int door = int(i % kDoors);
        q.bindValue(0, i + 1);
        q.bindValue(1, QString::fromStdString(formatSqlDateTime(timeOfRow(i, rows))));
        q.bindValue(2, i % 2 ? QStringLiteral("out") : QStringLiteral("in"));
        q.bindValue(3, QStringLiteral("Терминал %1").arg(door + 1));
        q.bindValue(4, QStringLiteral("Сотрудник %1").arg(person));
        q.bindValue(5, QString::number(1000 + person));
        q.bindValue(6, QString::number(5000000 + person));
        q.bindValue(7, doorName(door));
        q.bindValue(8, QStringLiteral("Считыватель %1").arg(door + 1));
        if (!q.exec())
            fail(q.lastError().text());
    }
    db.commit();
    execScript(db, QStringLiteral(ATTLOG_SQL_DIR "/sqlite/indexes.sql"));
    exec(db, QStringLiteral("ANALYZE"));
}

void fillPostgres(QSqlDatabase &db, qint64 rows)
{
    exec(db, QStringLiteral("DROP TABLE IF EXISTS attlog"));
    execScript(db, QStringLiteral(ATTLOG_SQL_DIR "/postgresql/attlog.sql"));
    // The same rows as fillSqlite(), generated on the server.
    exec(db,
         QStringLiteral(
             "INSERT INTO attlog (\"serialNo\", \"authDateTime\", direction, \"deviceName\", "
             "\"personName\", \"employeeID\", \"cardNo\", \"doorName\", \"readerName\") "
             "SELECT i + 1, timestamp '%1' - ((%2 - 1 - i) / %3) * interval '1 day' "
             "  + (6 * 3600 + (%3 - 1 - (%2 - 1 - i) %% %3) * 57600 / %3) * interval '1 second', "
             "  CASE WHEN i %% 2 = 1 THEN 'out' ELSE 'in' END, 'Терминал ' || (i %% %4 + 1), "
             "  'Сотрудник ' || (i * 7919 %% %5), (1000 + i * 7919 %% %5)::text, "
             "  (5000000 + i * 7919 %% %5)::text, 'Турникет №' || (i %% %4 + 1), "
             "  'Считыватель ' || (i %% %4 + 1) "
             "FROM generate_series(0::bigint, %2 - 1) AS i")
             .arg(QString::fromStdString(formatSqlDateTime(startOfDay(kLastDay))))
             .arg(rows)
             .arg(kRowsPerDay)
             .arg(kDoors)
             .arg(kPeople)
             .replace(QStringLiteral("%%"), QStringLiteral("%")));
    execScript(db, QStringLiteral(ATTLOG_SQL_DIR "/postgresql/indexes.sql"));
    exec(db, QStringLiteral("ANALYZE attlog"));
}

// Milliseconds from the request to the end of the first page, through the application's worker.
double firstPageMs(db::QueryRunner &runner, const sql::HistoryFilter &filter, int *rows)
{
    QEventLoop loop;
    quint64 id = 0;
    int got = 0;
    QString error;
    auto c1 = QObject::connect(&runner, &db::QueryRunner::eventsReady, &loop,
                               [&](quint64 r, const db::EventBatch &b) {
                                   if (r == id)
                                       got += int(b.events().size());
                               });
    auto c2 = QObject::connect(&runner, &db::QueryRunner::eventsFinished, &loop,
                               [&](quint64 r, const db::QueryOutcome &) {
                                   if (r == id)
                                       loop.quit();
                               });
    auto c3 = QObject::connect(&runner, &db::QueryRunner::failed, &loop,
                               [&](quint64 r, const QString &m) {
                                   if (r == id) {
                                       error = m;
                                       loop.quit();
                                   }
                               });
    QElapsedTimer timer;
    timer.start();
    id = runner.fetchHistoryPage(filter, std::nullopt, 500);
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
    if (!error.isEmpty())
        fail(error);
    *rows = got;
    return ms;
}

void measurePages(const QString &name, const db::ConnectionProfile &profile)
{
    db::QueryRunner runner(profile);
    sql::HistoryFilter oneDay;
    oneDay.from = startOfDay(addDays(kLastDay, -3));
    oneDay.to = startOfDay(addDays(kLastDay, -2));
    sql::HistoryFilter oneDoor;
    oneDoor.doors = sql::DoorFilter{{doorName(3).toStdString()}, {}};
    // Beyond the targets: a month, and a whole year (no target, printed for comparison).
    sql::HistoryFilter oneMonth;
    oneMonth.from = startOfDay(addDays(kLastDay, -30));
    oneMonth.to = startOfDay(addDays(kLastDay, 1));
    sql::HistoryFilter oneYear;
    oneYear.from = startOfDay(addDays(kLastDay, -364));
    oneYear.to = startOfDay(addDays(kLastDay, 1));
    for (const auto &[label, filter] :
         {std::pair{"one day", oneDay}, std::pair{"one door", oneDoor},
          std::pair{"30 days", oneMonth}, std::pair{"365 days", oneYear}}) {
        std::vector<double> times;
        int rows = 0;
        firstPageMs(runner, filter, &rows); // warm-up: connection, caches
        for (int i = 0; i < 7; ++i)
            times.push_back(firstPageMs(runner, filter, &rows));
        std::sort(times.begin(), times.end());
        std::printf("%-10s first page, %-8s: best %7.1f ms, median %7.1f ms (%d rows; target <= "
                    "150 ms) %s\n",
                    qPrintable(name), label, times.front(), times[times.size() / 2], rows,
                    times[times.size() / 2] <= 150 ? "OK" : "SLOW");
    }
}

long peakRssKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

void resetPeakRss()
{
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
}

double exportSeconds(const db::ConnectionProfile &profile, const sql::HistoryFilter &filter,
                     db::HistoryExportOptions options, qint64 *rows)
{
    db::HistoryExporter exporter(profile);
    QEventLoop loop;
    QString error;
    QObject::connect(&exporter, &db::HistoryExporter::finished, &loop,
                     [&](qint64 n, const QString &) {
                         *rows = n;
                         loop.quit();
                     });
    QObject::connect(&exporter, &db::HistoryExporter::failed, &loop, [&](const QString &m) {
        error = m;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    exporter.start(filter, options);
    loop.exec();
    if (!error.isEmpty())
        fail(error);
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 5000000;
    QTemporaryDir tmp;
    const QString work = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    QDir().mkpath(work);
    const QString sqlitePath = QDir(work).filePath(QStringLiteral("history-bench.sqlite"));

    QElapsedTimer timer;
    timer.start();
    if (!QFile::exists(sqlitePath)) {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(sqlitePath);
        if (!db.open())
            fail(db.lastError().text());
        fillSqlite(db, rows);
        db.close();
        std::printf("SQLite: %lld rows written in %.1f s\n", static_cast<long long>(rows),
                    timer.elapsed() / 1000.0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));

    db::ConnectionProfile sqlite;
    sqlite.kind = db::ConnectionKind::SqliteFile;
    sqlite.sqlitePath = sqlitePath;
    measurePages(QStringLiteral("SQLite"), sqlite);

    const QString pg = qEnvironmentVariable("ATTLOG_TEST_PG_CONN");
    if (pg.isEmpty()) {
        std::printf("PostgreSQL: skipped, ATTLOG_TEST_PG_CONN is not set (scripts/test-servers.sh "
                    "start)\n");
    } else {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QODBC"), QStringLiteral("pgfill"));
            db.setDatabaseName(pg);
            if (!db.open())
                fail(db.lastError().text());
            timer.restart();
            fillPostgres(db, rows);
            std::printf("PostgreSQL: %lld rows written in %.1f s\n", static_cast<long long>(rows),
                        timer.elapsed() / 1000.0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pgfill"));
        db::ConnectionProfile profile;
        profile.kind = db::ConnectionKind::OdbcConnectionString;
        profile.connectionString = pg;
        measurePages(QStringLiteral("PostgreSQL"), profile);
    }

    // Exports of the newest 1,000,000 rows.
    const qint64 exportRows = std::min<qint64>(rows, 1000000);
    sql::HistoryFilter newest;
    newest.from = timeOfRow(rows - exportRows, rows);
    const QString csvOurs = QDir(work).filePath(QStringLiteral("ours.csv"));
    const QString csvSqlite = QDir(work).filePath(QStringLiteral("sqlite3.csv"));
    db::HistoryExportOptions csv;
    csv.path = csvOurs;
    qint64 written = 0;
    const auto sqlite3Seconds = [&] {
        QElapsedTimer sqliteTimer;
        sqliteTimer.start();
        QProcess sqlite3;
        sqlite3.setStandardOutputFile(csvSqlite);
        sqlite3.start(
            QStringLiteral("sqlite3"),
            {QStringLiteral("-csv"), sqlitePath,
             QStringLiteral("SELECT authDateTime, direction, personName, employeeID, cardNo, "
                            "doorName, readerName, deviceName, serialNo FROM attlog WHERE "
                            "authDateTime >= '%1' ORDER BY authDateTime DESC, serialNo DESC")
                 .arg(QString::fromStdString(formatSqlDateTime(*newest.from)))});
        if (!sqlite3.waitForFinished(600000) || sqlite3.exitCode() != 0)
            fail(QStringLiteral("sqlite3 -csv failed (is the sqlite3 package installed?)"));
        return double(sqliteTimer.nsecsElapsed()) / 1e9;
    };
    // Alternating runs, so both see the same machine; best and median of each.
    std::vector<double> ours;
    std::vector<double> theirs;
    for (int run = 0; run < 5; ++run) {
        ours.push_back(exportSeconds(sqlite, newest, csv, &written));
        theirs.push_back(sqlite3Seconds());
    }
    std::sort(ours.begin(), ours.end());
    std::sort(theirs.begin(), theirs.end());
    const double ratio = ours[2] / theirs[2];
    std::printf("CSV export of %lld rows (5 runs each): attlog best %.2f s, median %.2f s; "
                "sqlite3 -csv best %.2f s, median %.2f s; ratio of medians %.2f, of bests %.2f "
                "(target <= 1.5) %s\n",
                static_cast<long long>(written), ours[0], ours[2], theirs[0], theirs[2], ratio,
                ours[0] / theirs[0], ratio <= 1.5 ? "OK" : "SLOW");

    db::HistoryExportOptions xlsx;
    xlsx.format = db::HistoryExportOptions::Format::Xlsx;
    xlsx.path = QDir(work).filePath(QStringLiteral("ours.xlsx"));
    const long before = peakRssKb();
    resetPeakRss();
    const long baseline = peakRssKb();
    const double xlsxSeconds = exportSeconds(sqlite, newest, xlsx, &written);
    const long peak = peakRssKb();
    std::printf(
        "XLSX export of %lld rows: %.1f s, peak memory %.0f MB (process peak before: %.0f MB, "
        "at start of export: %.0f MB; targets <= 15 s, <= 150 MB) %s\n",
        static_cast<long long>(written), xlsxSeconds, peak / 1024.0, before / 1024.0,
        baseline / 1024.0, xlsxSeconds <= 15 && peak / 1024.0 <= 150 ? "OK" : "OVER");
    return 0;
}
