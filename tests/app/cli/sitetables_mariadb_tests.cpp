// SPDX-License-Identifier: MIT
// Table shapes real iVMS-4200 sites have, on the real servers, through the real `attlog`: the
// published MariaDB site table (latin1, no serialNo, misspelt columns, text times). Its own
// executable: one test stops and starts the MariaDB server, so it holds that server's lock.
#include "core/text/mojibake.h"
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

namespace {

// The published site table. latin1, as the site had it: Cyrillic names are stored as the bytes
// of their UTF-8 (what a client writing UTF-8 over a latin1 connection leaves), which read back
// over utf8mb4 as CP1252 mojibake.
const QString kSiteTable = QStringLiteral("t_site_latin1");

void createSiteTable(TestDatabase &db)
{
    db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(kSiteTable));
    db.exec(QStringLiteral(
                "CREATE TABLE %1 (empolyeeID VARCHAR(32), authdatetime TEXT, authdate "
                "VARCHAR(16), authtime VARCHAR(16), direction VARCHAR(8), devicename "
                "VARCHAR(64), devicesn VARCHAR(64), personname VARCHAR(64), carno VARCHAR(32), "
                "adddatetime DATETIME DEFAULT current_timestamp()) CHARACTER SET latin1")
                .arg(kSiteTable));
}

void insertSite(TestDatabase &db, const QString &employee, const QString &time,
                const QString &direction, const QString &person)
{
    const std::string stored = text::toCp1252Mojibake(person.toStdString());
    QSqlQuery query(db.database());
    REQUIRE(query.prepare(QStringLiteral("INSERT INTO %1 (empolyeeID, authdatetime, authdate, "
                                         "authtime, direction, devicename, devicesn, personname, "
                                         "carno) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')")
                              .arg(kSiteTable)));
    query.addBindValue(employee);
    query.addBindValue(time);
    query.addBindValue(time.left(10));
    query.addBindValue(time.mid(11));
    query.addBindValue(direction);
    query.addBindValue(QStringLiteral("Entrance"));
    query.addBindValue(QStringLiteral("DS-K1T671"));
    query.addBindValue(QString::fromStdString(stored));
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
}

QStringList siteMapping()
{
    return {QStringLiteral("--table"), kSiteTable,
            QStringLiteral("--map"),   QStringLiteral("employee_id=empolyeeID"),
            QStringLiteral("--map"),   QStringLiteral("card=carno")};
}

} // namespace

TEST_CASE("The published MariaDB site table: check reports keyless mode, report worktime works",
          "[cli][mariadb]")
{
    const Backend backend = mariadbBackend();
    TestDatabase db(backend);
    createSiteTable(db);
    insertSite(db, QStringLiteral("17"), QStringLiteral("2022-12-04T08:05:11"),
               QStringLiteral("IN"), QStringLiteral("Абрамова Анна"));
    insertSite(db, QStringLiteral("17"), QStringLiteral("2022-12-04T18:10:00"),
               QStringLiteral("OUT"), QStringLiteral("Абрамова Анна"));

    QTemporaryDir dir;
    QProcessEnvironment env = isolatedEnvironment(dir);
    const QStringList source =
        QStringList{QStringLiteral("--connection"), connectionOf(backend, &env)} + siteMapping();

    // Without the mapping: the misspelt columns are suggested, nothing fails (the person name
    // identifies the passes).
    const Run plain =
        runAttlog({QStringLiteral("check"), QStringLiteral("--connection"),
                   connectionOf(backend, &env), QStringLiteral("--table"), kSiteTable},
                  env);
    INFO(plain.out.toStdString() << plain.err.toStdString());
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.contains(QStringLiteral("no column employeeID for employeeID (did you mean "
                                            "empolyeeID?), so it is left out")));

    const Run check = runAttlog(QStringList{QStringLiteral("check")} + source, env);
    INFO(check.out.toStdString() << check.err.toStdString());
    REQUIRE(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Rows:      2\n")));
    CHECK(check.out.contains(QStringLiteral("Mode:      keyless (the table has no column "
                                            "serialNo): Live follows new rows by their time; a "
                                            "key column makes each poll cheaper: see "
                                            "sql/mysql/add-key.sql, then --key rowId\n")));
    CHECK(check.out.contains(QStringLiteral(
        "Newest:    2022-12-04T18:10:00 out Абрамова Анна (employee 17) at Entrance\n")));
    CHECK_FALSE(check.out.contains(QStringLiteral("Keys:")));

    const Run report =
        runAttlog(QStringList{QStringLiteral("report"), QStringLiteral("worktime")} + source +
                      QStringList{QStringLiteral("--from"), QStringLiteral("2022-12-04"),
                                  QStringLiteral("--to"), QStringLiteral("2022-12-04"),
                                  QStringLiteral("--format"), QStringLiteral("csv")},
                  env);
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains(
        QStringLiteral("17,Абрамова Анна,2022-12-04,2022-12-04T08:05:11,2022-12-04T18:10:00,")));

    // --key names a column that must exist.
    const Run keyed =
        runAttlog(QStringList{QStringLiteral("check")} + source +
                      QStringList{QStringLiteral("--key"), QStringLiteral("serialNo")},
                  env);
    CHECK(keyed.exitCode == 1);
    CHECK(keyed.err.contains(QStringLiteral("no column serialNo for key")));

    // sql/mysql/add-key.sql gives the table a key; with it, Live follows the key.
    QFile script(QStringLiteral(ATTLOG_SQL_DIR "/mysql/add-key.sql"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    QString statement;
    for (const QString &line : QString::fromUtf8(script.readAll()).split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("--")))
            statement += line + QLatin1Char(' ');
    db.exec(statement.trimmed().chopped(1).replace(QStringLiteral("attlog"), kSiteTable));
    const Run withKey = runAttlog(QStringList{QStringLiteral("check")} + source +
                                      QStringList{QStringLiteral("--key"), QStringLiteral("rowId")},
                                  env);
    INFO(withKey.out.toStdString() << withKey.err.toStdString());
    CHECK(withKey.exitCode == 0);
    CHECK(withKey.out.contains(QStringLiteral("Mode:      key (column rowId)\n")));
    CHECK(withKey.out.contains(QStringLiteral("Keys:      1 .. 2\n")));
}

TEST_CASE("attlog tail on the published MariaDB site table: every row once through inserts, "
          "identical rows, a back-fill 30 h back and a server restart",
          "[cli][mariadb][server]")
{
    const Backend backend = mariadbBackend();
    TestDatabase db(backend);
    createSiteTable(db);
    insertSite(db, QStringLiteral("1"), QStringLiteral("2022-12-04T08:00:00"), QStringLiteral("IN"),
               QStringLiteral("Ёлкин Олег"));
    insertSite(db, QStringLiteral("2"), QStringLiteral("2022-12-04T08:01:00"), QStringLiteral("IN"),
               QStringLiteral("Сомова Яна"));
    insertSite(db, QStringLiteral("3"), QStringLiteral("2022-12-04T08:02:00"), QStringLiteral("IN"),
               QStringLiteral("Третьяков Н"));

    QTemporaryDir dir;
    QProcessEnvironment env = isolatedEnvironment(dir);
    const QStringList source =
        QStringList{QStringLiteral("--connection"), connectionOf(backend, &env)} + siteMapping();
    Tail tail(source + QStringList{QStringLiteral("--interval-ms"), QStringLiteral("200"),
                                   QStringLiteral("--last"), QStringLiteral("2"),
                                   QStringLiteral("--recheck-s"), QStringLiteral("1")},
              env);
    REQUIRE(tail.waitForLines(3));
    // The newest two, oldest first, the key column empty.
    CHECK(tail.lines()[1] ==
          QStringLiteral("\t2022-12-04T08:01:00\tin\tСомова Яна\t2\t\tEntrance\t"));
    CHECK(tail.lines()[2].startsWith(QStringLiteral("\t2022-12-04T08:02:00\tin\tТретьяков Н\t")));
    REQUIRE(waitFor([&] { return tail.errors().contains(QStringLiteral("keyless mode")); }));

    insertSite(db, QStringLiteral("4"), QStringLiteral("2022-12-04T08:03:00"),
               QStringLiteral("OUT"), QStringLiteral("Новый"));
    insertSite(db, QStringLiteral("5"), QStringLiteral("2022-12-04T08:04:00"), QStringLiteral("IN"),
               QStringLiteral("Близнец"));
    insertSite(db, QStringLiteral("5"), QStringLiteral("2022-12-04T08:04:00"), QStringLiteral("IN"),
               QStringLiteral("Близнец"));
    REQUIRE(tail.waitForLines(6));
    // Written after an outage: a pass 30 hours earlier.
    insertSite(db, QStringLiteral("6"), QStringLiteral("2022-12-03T02:04:00"), QStringLiteral("IN"),
               QStringLiteral("Задним Числом"));
    REQUIRE(tail.waitForLines(7));
    CHECK(tail.lines()[6].startsWith(QStringLiteral("\t2022-12-03T02:04:00\tin\tЗадним Числом")));

    runShell(backend.stopCommand);
    pumpEvents(1500ms);
    runShell(backend.startCommand);
    db.reopen();
    insertSite(db, QStringLiteral("7"), QStringLiteral("2022-12-04T08:05:00"), QStringLiteral("IN"),
               QStringLiteral("После Рестарта"));
    REQUIRE(tail.waitForLines(8, 60s));
    pumpEvents(3s); // more polls and count checks: nothing comes twice
    const std::map<QString, int> expected{
        {QStringLiteral("Сомова Яна"), 1},    {QStringLiteral("Третьяков Н"), 1},
        {QStringLiteral("Новый"), 1},         {QStringLiteral("Близнец"), 2},
        {QStringLiteral("Задним Числом"), 1}, {QStringLiteral("После Рестарта"), 1}};
    CHECK(tail.perPerson() == expected);
}

TEST_CASE("attlog check --format json reports the data's health on MariaDB", "[cli][mariadb]")
{
    dataHealthScenario(mariadbBackend());
}
