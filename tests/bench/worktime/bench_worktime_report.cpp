// SPDX-License-Identifier: MIT
// Benchmark: `attlog report worktime` for one month x 1,000 people from SQLite, end to end (process
// start, reading, repair, calculation, CSV). Writes a demo database (core/demo's realistic passes:
// shifts, lunch breaks, night rotations, double scans, mojibake, back-fills) for 1..30 November
// 2026 plus the days around it, runs the report several times and prints the wall time of each
// run, the best and the median. Target: <= 1 s.
// With --report anomalies: `attlog report anomalies` over one year (December 2025 to November
// 2026, and the 28 days it learns from before) x 2,000 people. Target: <= 2 s.
// With --report timesheet: `attlog report timesheet --form t13 --plan` for November x 2,000
// people under a work plan (half in an office week, half on day/night/off/off, every twentieth
// on a week's leave). Target: <= 1 s.
// With --pg the same rows are copied into PostgreSQL (ATTLOG_TEST_PG_CONN, scripts/test-servers.sh;
// table attlog_bench) and the report reads them from there.
//
//   bench_worktime_report [--report worktime|anomalies|timesheet] [--pg] [--people N] [--runs N]
//                         [--keep DIR] [--attlog PATH]
//
// The machine may be shared: on POSIX the child's CPU time (user + system) is printed as well.
#include "core/demo/democonfig.h"
#include "db/demo/demodatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#ifndef _WIN32
#include <sys/resource.h>
#endif

namespace {

double childCpuSeconds()
{
#ifndef _WIN32
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

// Copies the demo database's rows into `table` on PostgreSQL (dropped and made anew), in
// multi-row INSERTs of literal values (our own demo text: quotes doubled).
bool copyToPostgres(const QString &database, const QString &connection, const QString &table,
                    QString *error)
{
    bool ok = false;
    {
        QSqlDatabase source =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy-from"));
        source.setDatabaseName(database);
        QSqlDatabase target =
            QSqlDatabase::addDatabase(QStringLiteral("QODBC"), QStringLiteral("copy-to"));
        target.setDatabaseName(connection);
        if (!source.open() || !target.open()) {
            *error = source.lastError().text() + target.lastError().text();
        } else {
            QSqlQuery to(target);
            const QString columns = QStringLiteral(
                "\"serialNo\", \"authDateTime\", \"authDate\", \"authTime\", direction, "
                "\"deviceName\", \"deviceSN\", \"personName\", \"employeeID\", \"cardNo\", "
                "\"doorName\", \"readerName\"");
            ok = to.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table)) &&
                 to.exec(QStringLiteral(
                             "CREATE TABLE %1 (\"serialNo\" integer, \"authDateTime\" timestamp, "
                             "\"authDate\" varchar(32), \"authTime\" varchar(32), direction "
                             "varchar(32), \"deviceName\" varchar(128), \"deviceSN\" varchar(64), "
                             "\"personName\" varchar(128), \"employeeID\" varchar(64), \"cardNo\" "
                             "varchar(64), \"doorName\" varchar(128), \"readerName\" varchar(128))")
                             .arg(table));
            QSqlQuery from(source);
            ok = ok &&
                 from.exec(QStringLiteral("SELECT serialNo, authDateTime, authDate, authTime, "
                                          "direction, deviceName, deviceSN, personName, "
                                          "employeeID, cardNo, doorName, readerName FROM attlog"));
            QStringList values;
            const auto flush = [&] {
                if (values.isEmpty())
                    return true;
                const bool done = to.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                              .arg(table, columns, values.join(QLatin1Char(','))));
                values.clear();
                return done;
            };
            while (ok && from.next()) {
                QStringList row;
                for (int c = 0; c < 12; ++c) {
                    const QVariant v = from.value(c);
                    if (v.isNull())
                        row << QStringLiteral("NULL");
                    else if (c == 0)
                        row << v.toString();
                    else
                        row << QLatin1Char('\'') +
                                   v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                                   QLatin1Char('\'');
                }
                values << QLatin1Char('(') + row.join(QLatin1Char(',')) + QLatin1Char(')');
                if (values.size() == 1000)
                    ok = flush();
            }
            ok = ok && flush() &&
                 to.exec(QStringLiteral("CREATE UNIQUE INDEX ON %1 (\"serialNo\")").arg(table)) &&
                 to.exec(QStringLiteral("CREATE INDEX ON %1 (\"authDateTime\", \"serialNo\")")
                             .arg(table)) &&
                 to.exec(QStringLiteral("ANALYZE %1").arg(table));
            if (!ok)
                *error = to.lastError().text() + from.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy-from"));
    QSqlDatabase::removeDatabase(QStringLiteral("copy-to"));
    return ok;
}

// A work plan for every employee ID of the demo database: the JSON `attlog --plan` reads.
bool writePlan(const QString &database, const QString &path)
{
    QStringList ids;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(database);
        if (!db.open())
            return false;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT DISTINCT employeeID FROM attlog "
                                       "WHERE employeeID <> '' ORDER BY employeeID")))
            return false;
        while (query.next())
            ids << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    const auto quoted = [](const QStringList &list) {
        return QLatin1Char('"') + list.join(QStringLiteral("\", \"")) + QLatin1Char('"');
    };
    const QStringList office = ids.mid(0, ids.size() / 2);
    const QStringList shifts = ids.mid(ids.size() / 2);
    QString absences;
    for (qsizetype i = 0; i < ids.size(); i += 20)
        absences += QStringLiteral("%1{\"employee_id\": \"%2\", \"from\": \"2026-11-09\", "
                                   "\"to\": \"2026-11-15\", \"code\": \"ОТ\"}")
                        .arg(absences.isEmpty() ? QString() : QStringLiteral(", "), ids[i]);
    const QString json = QStringLiteral(R"({"shifts": [
  {"id": "office", "start": "09:00", "end": "18:00", "break_min": 60, "grace_late_min": 5},
  {"id": "D", "start": "08:00", "end": "20:00", "break_min": 60},
  {"id": "N", "start": "20:00", "end": "08:00", "break_min": 60}],
 "patterns": [
  {"id": "5/2", "days": ["office", "office", "office", "office", "office", null, null],
   "anchor": "2026-11-02"},
  {"id": "DNOO", "days": ["D", "N", null, null], "anchor": "2026-11-01"}],
 "groups": {"office": [%1], "shifts": [%2]},
 "assignments": [{"group": "office", "pattern": "5/2", "from": "2026-01-01"},
                 {"group": "shifts", "pattern": "DNOO", "from": "2026-01-01"}],
 "absences": [%3]}
)")
                             .arg(quoted(office), quoted(shifts), absences);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(json.toUtf8()) > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool anomalies = false;
    bool timesheet = false;
    bool postgres = false;
    int people = 0; // the report's default
    int runs = 5;
    QString keep;
    QString attlog = QStringLiteral(ATTLOG_CLI_PATH);
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--report") && hasValue) {
            const QString report = args[++i];
            anomalies = report == QLatin1String("anomalies");
            timesheet = report == QLatin1String("timesheet");
            if (!anomalies && !timesheet && report != QLatin1String("worktime")) {
                std::fprintf(stderr, "--report worktime, anomalies or timesheet\n");
                return 2;
            }
        } else if (arg == QLatin1String("--pg"))
            postgres = true;
        else if (arg == QLatin1String("--people") && hasValue)
            people = args[++i].toInt();
        else if (arg == QLatin1String("--runs") && hasValue)
            runs = args[++i].toInt();
        else if (arg == QLatin1String("--keep") && hasValue)
            keep = args[++i];
        else if (arg == QLatin1String("--attlog") && hasValue)
            attlog = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_worktime_report [--report "
                                 "worktime|anomalies|timesheet] [--pg] [--people N] [--runs N] "
                                 "[--keep DIR] [--attlog PATH]\n");
            return 2;
        }
    }
    runs = std::max(runs, 1);
    if (people <= 0)
        people = anomalies || timesheet ? 2000 : 1000;
    const char *name = anomalies ? "anomalies" : timesheet ? "timesheet" : "worktime";
    const char *span = anomalies ? "1 year" : "1 month";
    const double target = anomalies ? 2.0 : 1.0;

    QTemporaryDir temp;
    const QDir dir(keep.isEmpty() ? temp.path() : keep);
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir.path()));
        return 1;
    }
    const QString database =
        dir.filePath(QStringLiteral("bench-%1-%2.sqlite").arg(QLatin1String(name)).arg(people));
    const QString csv = dir.filePath(QStringLiteral("bench-%1.csv").arg(QLatin1String(name)));

    // Worktime: 31 October to 1 December, November and the 20 h the report reads on each side.
    // Anomalies: 3 November 2025 to 1 December 2026, a year and the 28 days before it.
    attlog::DemoConfig config;
    config.people = people;
    config.days = anomalies ? 394 : 32;
    config.seed = 42;
    config.endDate = attlog::dateFromCivil(2026, 12, 1);
    QElapsedTimer timer;
    timer.start();
    QString error;
    qint64 rows = 0;
    if (!attlog::db::createDemoDatabase(database, config, &error, &rows)) {
        std::fprintf(stderr, "demo database: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("database: %lld rows, %d people, %.1f MB, written in %.2f s (%s)\n", rows, people,
                double(QFileInfo(database).size()) / 1e6, double(timer.elapsed()) / 1000.0,
                qPrintable(QDir::toNativeSeparators(database)));

    const QString plan = dir.filePath(QStringLiteral("bench-plan.json"));
    if (timesheet && !writePlan(database, plan)) {
        std::fprintf(stderr, "cannot write the plan %s\n", qPrintable(plan));
        return 1;
    }
    // From PostgreSQL: the same rows copied there, the password given as ATTLOG_PASSWORD.
    QString connection = QStringLiteral("sqlite:") + database;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (postgres) {
        const QString pg = qEnvironmentVariable("ATTLOG_TEST_PG_CONN");
        if (pg.isEmpty()) {
            std::fprintf(stderr,
                         "--pg: ATTLOG_TEST_PG_CONN is not set (scripts/test-servers.sh)\n");
            return 2;
        }
        timer.restart();
        if (!copyToPostgres(database, pg, QStringLiteral("attlog_bench"), &error)) {
            std::fprintf(stderr, "copy to PostgreSQL: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("copied to PostgreSQL (table attlog_bench) in %.2f s\n",
                    double(timer.elapsed()) / 1000.0);
        const QRegularExpression password(QStringLiteral("PWD=([^;]*);?"));
        environment.insert(QStringLiteral("ATTLOG_PASSWORD"), password.match(pg).captured(1));
        connection = QString(pg).remove(password);
    }
    QStringList arguments{QStringLiteral("report"),
                          QLatin1String(name),
                          QStringLiteral("--connection"),
                          connection,
                          QStringLiteral("--from"),
                          anomalies ? QStringLiteral("2025-12-01") : QStringLiteral("2026-11-01"),
                          QStringLiteral("--to"),
                          QStringLiteral("2026-11-30"),
                          QStringLiteral("--format"),
                          QStringLiteral("csv"),
                          QStringLiteral("--out"),
                          csv};
    if (postgres)
        arguments << QStringLiteral("--table") << QStringLiteral("attlog_bench");
    if (timesheet)
        arguments << QStringLiteral("--form") << QStringLiteral("t13") << QStringLiteral("--plan")
                  << plan;
    std::printf("command: %s %s\n", qPrintable(attlog),
                qPrintable(arguments.join(QLatin1Char(' '))));
    std::vector<double> wall;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(csv);
        const double cpuBefore = childCpuSeconds();
        QProcess process;
        process.setProcessEnvironment(environment);
        timer.restart();
        process.start(attlog, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed (exit %d): %s\n", run + 1, process.exitCode(),
                         process.readAllStandardError().constData());
            return 1;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        wall.push_back(seconds);
        QFile out(csv);
        qint64 lines = 0;
        if (out.open(QIODevice::ReadOnly)) {
            while (!out.readLine().isEmpty())
                ++lines;
        }
        std::printf("run %d: %.3f s wall, %.3f s CPU, %lld report rows\n", run + 1, seconds,
                    childCpuSeconds() - cpuBefore, lines - 1);
    }
    std::sort(wall.begin(), wall.end());
    const double median = wall[wall.size() / 2];
    std::printf(
        "%s report from %s, %s x %d people: best %.3f s, median %.3f s (target <= %.0f s: %s)\n",
        name, postgres ? "PostgreSQL" : "SQLite", span, people, wall.front(), median, target,
        median <= target ? "met" : "NOT met");
    return 0;
}
