// SPDX-License-Identifier: MIT
// Table shapes real iVMS-4200 sites have, on the real servers, through the real `attlog`: a
// PostgreSQL table created without quotes (its camelCase names folded to lower case).
#include "tests/app/cli/clitestutil.h"
#include "tests/app/cli/healthscenario.h"
#include "tests/db/support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <map>

using namespace attlog;
using namespace attlog::clitest;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

TEST_CASE("A PostgreSQL table created without quotes: check, tail, export and report work",
          "[cli][pg]")
{
    const Backend backend = postgresBackend();
    TestDatabase db(backend);
    db.exec(QStringLiteral("DROP TABLE IF EXISTS t_site_unquoted"));
    // Unquoted: PostgreSQL folds every name to lower case (serialno, authdatetime, ...).
    db.exec(QStringLiteral(
        "CREATE TABLE t_site_unquoted (serialNo INT, authDateTime TIMESTAMP, authDate "
        "VARCHAR(32), authTime VARCHAR(32), direction VARCHAR(32), deviceName VARCHAR(128), "
        "deviceSN VARCHAR(64), personName VARCHAR(128), employeeID VARCHAR(64), cardNo "
        "VARCHAR(64), doorName VARCHAR(128), readerName VARCHAR(128))"));
    const auto insert = [&](int key, const QString &time, const QString &direction,
                            const QString &person) {
        db.exec(QStringLiteral("INSERT INTO t_site_unquoted (serialNo, authDateTime, direction, "
                               "personName, employeeID, cardNo, doorName, readerName) VALUES "
                               "(%1, '%2', '%3', '%4', 'E7', 'C7', 'Door A', 'Reader A')")
                    .arg(key)
                    .arg(time, direction, person));
    };
    insert(1, QStringLiteral("2024-03-04 08:55:00"), QStringLiteral("in"),
           QStringLiteral("Иванов Иван"));
    insert(2, QStringLiteral("2024-03-04 18:05:00"), QStringLiteral("out"),
           QStringLiteral("Иванов Иван"));

    QTemporaryDir dir;
    QProcessEnvironment env = isolatedEnvironment(dir);
    const QString connection = connectionOf(backend, &env);
    const QStringList source{QStringLiteral("--connection"), connection, QStringLiteral("--table"),
                             QStringLiteral("t_site_unquoted")};

    const Run check = runAttlog(QStringList{QStringLiteral("check")} + source, env);
    INFO(check.out.toStdString() << check.err.toStdString());
    REQUIRE(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Keys:      1 .. 2\n")));
    CHECK(check.out.contains(QStringLiteral("Mode:      key (column serialno)\n")));
    CHECK(check.out.contains(QStringLiteral("serialNo → serialno")));

    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    const Run exported =
        runAttlog(QStringList{QStringLiteral("export")} + source +
                      QStringList{QStringLiteral("--from"), QStringLiteral("2024-03-04"),
                                  QStringLiteral("--to"), QStringLiteral("2024-03-05"),
                                  QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--out"), csv},
                  env);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    CHECK(written.count(QStringLiteral("Иванов Иван")) == 2);

    const Run report =
        runAttlog(QStringList{QStringLiteral("report"), QStringLiteral("worktime")} + source +
                      QStringList{QStringLiteral("--from"), QStringLiteral("2024-03-04"),
                                  QStringLiteral("--to"), QStringLiteral("2024-03-04"),
                                  QStringLiteral("--format"), QStringLiteral("csv")},
                  env);
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains(
        QStringLiteral("E7,Иванов Иван,2024-03-04,2024-03-04T08:55:00,2024-03-04T18:05:00,")));

    Tail tail(source + QStringList{QStringLiteral("--interval-ms"), QStringLiteral("200"),
                                   QStringLiteral("--last"), QStringLiteral("1")},
              env);
    REQUIRE(tail.waitForLines(2));
    CHECK(tail.lines()[1].startsWith(QStringLiteral("2\t2024-03-04T18:05:00\tout\tИванов Иван")));
    insert(3, QStringLiteral("2024-03-05 08:00:00"), QStringLiteral("in"),
           QStringLiteral("Петров Пётр"));
    REQUIRE(tail.waitForLines(3));
    CHECK(tail.lines()[2].startsWith(QStringLiteral("3\t2024-03-05T08:00:00\tin\tПетров Пётр")));
}

TEST_CASE("attlog check --format json reports the data's health on PostgreSQL", "[cli][pg]")
{
    dataHealthScenario(postgresBackend());
}
