// SPDX-License-Identifier: MIT
// `attlog check` and `attlog tail` as a script runs them: the real executable, a SQLite file.
#include "db/settings/profilestore.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#ifndef _WIN32
#include <signal.h>
#include <sys/types.h>
#endif

using namespace attlog;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

namespace {

// Ends `process` as Ctrl+C (SIGINT) or a service manager (SIGTERM) would, and waits for it.
// Returns whether the exit can be checked: Windows has no way to send a console control event to
// one child process alone, so there the test stops it with kill() and checks only its output.
bool interrupt(QProcess &process, [[maybe_unused]] int signal)
{
#ifdef _WIN32
    process.kill();
    REQUIRE(process.waitForFinished(10000));
    return false;
#else
    ::kill(pid_t(process.processId()), signal);
    REQUIRE(process.waitForFinished(10000));
    return true;
#endif
}

// What a console program printed, with Windows' CRLF line ends (the C runtime's text mode for
// `check` and `tail` there) read as LF, so one expectation holds on every platform.
QString textOf(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
#ifdef _WIN32
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
#endif
    return text;
}

struct Run
{
    int exitCode = -1;
    QByteArray rawOut; // byte for byte, for commands whose output keeps line ends as read
    QString out;
    QString err;
};

// A process environment whose settings and credential store are private to the test.
QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/attlog-test-bus"));
    env.remove(QStringLiteral("ATTLOG_PASSWORD"));
    return env;
}

Run runAttlog(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ATTLOG_CLI_PATH), args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60000));
    Run run;
    run.exitCode = process.exitCode();
    run.rawOut = process.readAllStandardOutput();
    run.out = textOf(run.rawOut);
    run.err = textOf(process.readAllStandardError());
    // Until app/cli/main.cpp dispatches a command, attlog answers "unknown command".
    INFO(run.err.toStdString());
    REQUIRE_FALSE(run.err.contains(QStringLiteral("unknown command")));
    return run;
}

// A small iVMS table in a SQLite file, written through QSQLITE.
class SqliteTable
{
public:
    explicit SqliteTable(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-writer"));
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral(
            "CREATE TABLE attlog (serialNo INTEGER, authDateTime TEXT, authDate TEXT, "
            "authTime TEXT, direction TEXT, deviceName TEXT, deviceSN TEXT, personName TEXT, "
            "employeeID TEXT, cardNo TEXT, doorName TEXT, readerName TEXT)"));
    }
    ~SqliteTable()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("cli-writer"));
    }
    void exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
    }
    void insert(qint64 key, const QString &time, const QString &direction, const QString &person,
                const QString &door)
    {
        QSqlQuery query(m_db);
        REQUIRE(query.prepare(QStringLiteral(
            "INSERT INTO attlog (serialNo, authDateTime, direction, deviceName, personName, "
            "employeeID, cardNo, doorName, readerName) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        query.addBindValue(key);
        query.addBindValue(time);
        query.addBindValue(direction);
        query.addBindValue(QStringLiteral("Турникет 1"));
        query.addBindValue(person);
        query.addBindValue(QStringLiteral("E%1").arg(key));
        query.addBindValue(QStringLiteral("C%1").arg(key));
        query.addBindValue(door.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : door);
        query.addBindValue(QStringLiteral("Reader\t%1").arg(key));
        REQUIRE(query.exec());
    }

private:
    QSqlDatabase m_db;
};

} // namespace

TEST_CASE("attlog check prints the row count, key range and newest event", "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    SqliteTable table(path);
    table.insert(1, QStringLiteral("2024-03-01 08:00:00"), QStringLiteral("vhod"),
                 QStringLiteral("Иванов Иван"), QStringLiteral("Главный вход"));
    // Mojibake of "Петров Пётр Петрович", as iVMS often stores it.
    table.insert(2, QStringLiteral("2024-03-01 08:05:00"), QStringLiteral("vihod"),
                 QStringLiteral("РџРµС‚СЂРѕРІ РџС‘С‚СЂ РџРµС‚СЂРѕРІРёС‡"), QString());
    const auto env = isolatedEnvironment(dir);

    const Run ok = runAttlog(
        {QStringLiteral("check"), QStringLiteral("--connection"), QStringLiteral("sqlite:") + path},
        env);
    INFO(ok.out.toStdString() << ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("Rows:      2\n")));
    CHECK(ok.out.contains(QStringLiteral("Keys:      1 .. 2\n")));
    CHECK(ok.out.contains(QStringLiteral(
        "Newest:    #2 2024-03-01T08:05:00 out Петров Пётр Петрович (employee E2, card C2) at "
        "Турникет 1\n")));

    const Run missing = runAttlog({QStringLiteral("check"), QStringLiteral("--connection"),
                                   QStringLiteral("sqlite:") + path, QStringLiteral("--table"),
                                   QStringLiteral("events")},
                                  env);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(
        QStringLiteral("table events not found (or not readable by this login); tables in this "
                       "database: attlog")));
    CHECK(missing.out.isEmpty());

    const Run noFile =
        runAttlog({QStringLiteral("check"), QStringLiteral("--connection"),
                   QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("none.sqlite"))},
                  env);
    CHECK(noFile.exitCode == 1);
    CHECK(noFile.err.contains(QStringLiteral("does not exist")));

    for (const QStringList &bad :
         {QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("check"), QStringLiteral("--connection"),
                      QStringLiteral("server=x")},
          QStringList{QStringLiteral("check"), QStringLiteral("--frobnicate")},
          QStringList{QStringLiteral("tail"), QStringLiteral("--connection"),
                      QStringLiteral("sqlite:x"), QStringLiteral("--interval-ms"),
                      QStringLiteral("50")},
          QStringList{QStringLiteral("tail"), QStringLiteral("--connection"),
                      QStringLiteral("sqlite:x"), QStringLiteral("--last"), QStringLiteral("3"),
                      QStringLiteral("--since-key"), QStringLiteral("9")},
          QStringList{QStringLiteral("tail"), QStringLiteral("--connection"),
                      QStringLiteral("sqlite:x"), QStringLiteral("--format"),
                      QStringLiteral("xml")}}) {
        const Run run = runAttlog(bad, env);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("Usage: attlog ")));
    }
}

#ifndef _WIN32
TEST_CASE("Files attlog makes are readable by their user only", "[db][cli]")
{
    QTemporaryDir home;
    const QProcessEnvironment env = isolatedEnvironment(home);
    const QString database = home.filePath(QStringLiteral("demo.sqlite"));
    const Run demo =
        runAttlog({QStringLiteral("--log-level"), QStringLiteral("info"), QStringLiteral("demo-db"),
                   database, QStringLiteral("--days"), QStringLiteral("1")},
                  env);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QString report = home.filePath(QStringLiteral("presence.csv"));
    const Run presence = runAttlog(
        {QStringLiteral("report"), QStringLiteral("presence"), QStringLiteral("--connection"),
         QStringLiteral("sqlite:") + database, QStringLiteral("--out"), report},
        env);
    INFO(presence.err.toStdString());
    REQUIRE(presence.exitCode == 0);
    // Everything under the isolated home: the database, the report and the log.
    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        INFO(file.filePath().toStdString());
        CHECK((file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                     QFileDevice::ReadOther | QFileDevice::WriteOther)) == 0);
        ++files;
    }
    CHECK(files >= 3);
}
#endif

TEST_CASE("attlog check says what is wrong with a SQLite path", "[db][cli]")
{
    QTemporaryDir home;
    const QProcessEnvironment env = isolatedEnvironment(home);
    const QString folder = home.filePath(QStringLiteral("папка"));
    REQUIRE(QDir().mkpath(folder));
    const QString text = home.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
    }
    const auto check = [&](const QString &path) {
        return runAttlog({QStringLiteral("check"), QStringLiteral("--connection"),
                          QStringLiteral("sqlite:") + path},
                         env);
    };
    const Run onFolder = check(folder);
    CHECK(onFolder.exitCode == 1);
    CHECK(onFolder.err.contains(QStringLiteral("is a folder, not a SQLite database file")));
    const Run onText = check(text);
    CHECK(onText.exitCode == 1);
    CHECK(onText.err.contains(QStringLiteral("is not a SQLite database")));
    CHECK_FALSE(onText.err.contains(QStringLiteral("not found")));
}

TEST_CASE("attlog repair reads files with Cyrillic names and fails on a folder", "[db][cli]")
{
    QTemporaryDir dir;
    const QProcessEnvironment env = isolatedEnvironment(dir);
    const QString path = dir.filePath(QStringLiteral("имена проходов.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("РџСЂРѕ\r\nplain\n").toUtf8());
    file.close();
    const Run ok = runAttlog({QStringLiteral("repair"), path}, env);
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.rawOut == QStringLiteral("Про\r\nplain\n").toUtf8());

    // A folder is not a file: say so and exit 1, after the files that could be read.
    const Run folder = runAttlog({QStringLiteral("repair"), path, dir.path()}, env);
    CHECK(folder.exitCode == 1);
    CHECK(folder.err.contains(QStringLiteral("is a folder")));
    CHECK(folder.rawOut == QStringLiteral("Про\r\nplain\n").toUtf8());
}

TEST_CASE("attlog tail prints each event once as it arrives and ends cleanly on SIGTERM",
          "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    SqliteTable table(path);
    for (qint64 k = 1; k <= 4; ++k)
        table.insert(k, QStringLiteral("2024-03-01 08:0%1:00").arg(k), QStringLiteral("in"),
                     QStringLiteral("Person %1").arg(k), QStringLiteral("Door A"));

    QProcess tail;
    tail.setProcessEnvironment(isolatedEnvironment(dir));
    tail.start(QStringLiteral(ATTLOG_CLI_PATH),
               {QStringLiteral("tail"), QStringLiteral("--connection"),
                QStringLiteral("sqlite:") + path, QStringLiteral("--interval-ms"),
                QStringLiteral("200"), QStringLiteral("--last"), QStringLiteral("2")});
    REQUIRE(tail.waitForStarted());
    QStringList lines;
    auto readLines = [&] {
        while (tail.canReadLine())
            lines << textOf(tail.readLine()).chopped(1);
    };
    REQUIRE(waitFor([&] {
        readLines();
        return lines.size() >= 3;
    }));
    CHECK(lines[0] ==
          QStringLiteral("key\tdatetime\tdirection\tperson\temployee_id\tcard\tdoor\treader"));
    CHECK(lines[1] ==
          QStringLiteral("3\t2024-03-01T08:03:00\tin\tPerson 3\tE3\tC3\tDoor A\tReader 3"));
    CHECK(lines[2].startsWith(QStringLiteral("4\t")));

    // New rows, one of them written out of key order and one without a door (the device shows).
    table.insert(6, QStringLiteral("2024-03-01 09:00:00"), QStringLiteral("vihod"),
                 QStringLiteral("РџРµС‚СЂРѕРІ РџС‘С‚СЂ РџРµС‚СЂРѕРІРёС‡"), QString());
    REQUIRE(waitFor([&] {
        readLines();
        return lines.size() >= 4;
    }));
    table.insert(5, QStringLiteral("2024-03-01 08:59:00"), QStringLiteral("in"),
                 QStringLiteral("Late Row"), QStringLiteral("Door B"));
    REQUIRE(waitFor([&] {
        readLines();
        return lines.size() >= 5;
    }));
    CHECK(lines[3] ==
          QStringLiteral(
              "6\t2024-03-01T09:00:00\tout\tПетров Пётр Петрович\tE6\tC6\tТурникет 1\tReader 6"));
    CHECK(lines[4].startsWith(QStringLiteral("5\t2024-03-01T08:59:00\tin\tLate Row\t")));

    pumpEvents(600ms); // a few more polls: nothing is printed twice
    readLines();
    CHECK(lines.size() == 5);

    const bool checkExit = interrupt(tail, SIGTERM);
    readLines();
    if (checkExit) {
        CHECK(tail.exitStatus() == QProcess::NormalExit);
        CHECK(tail.exitCode() == 0);
    }
    CHECK(lines.size() == 5);
}

TEST_CASE("attlog tail --format json prints one object per line", "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    SqliteTable table(path);
    table.insert(7, QStringLiteral("2024-03-01 08:00:00"), QStringLiteral("in"),
                 QStringLiteral("Анна \"Аня\""), QStringLiteral("Door A"));
    table.exec(QStringLiteral("INSERT INTO attlog (serialNo) VALUES (8)"));
    QProcess tail;
    tail.setProcessEnvironment(isolatedEnvironment(dir));
    tail.start(QStringLiteral(ATTLOG_CLI_PATH),
               {QStringLiteral("tail"), QStringLiteral("--connection"),
                QStringLiteral("sqlite:") + path, QStringLiteral("--since-key"),
                QStringLiteral("6"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--interval-ms"), QStringLiteral("200")});
    REQUIRE(tail.waitForStarted());
    QStringList lines;
    REQUIRE(waitFor([&] {
        while (tail.canReadLine())
            lines << textOf(tail.readLine()).chopped(1);
        return lines.size() >= 2;
    }));
    CHECK(
        lines[0] ==
        QStringLiteral(
            R"({"key":7,"datetime":"2024-03-01T08:00:00","direction":"in","person":"Анна \"Аня\"","employee_id":"E7","card":"C7","door":"Door A","reader":"Reader\t7"})"));
    CHECK(
        lines[1] ==
        QStringLiteral(
            R"({"key":8,"datetime":null,"direction":"unknown","person":"","employee_id":"","card":"","door":"","reader":""})"));
    if (interrupt(tail, SIGINT))
        CHECK(tail.exitCode() == 0);
}

TEST_CASE("attlog tail prints control characters in names as U+FFFD, never raw", "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    SqliteTable table(path);
    table.insert(1, QStringLiteral("2024-03-01 08:00:00"), QStringLiteral("in"),
                 QStringLiteral("Evil\x1b]0;pwned\x07 \u009b2J Name"), QStringLiteral("Door\tA"));
    QProcess tail;
    tail.setProcessEnvironment(isolatedEnvironment(dir));
    tail.start(QStringLiteral(ATTLOG_CLI_PATH),
               {QStringLiteral("tail"), QStringLiteral("--connection"),
                QStringLiteral("sqlite:") + path, QStringLiteral("--last"), QStringLiteral("1"),
                QStringLiteral("--no-header"), QStringLiteral("--interval-ms"),
                QStringLiteral("200")});
    REQUIRE(tail.waitForStarted());
    QByteArray out;
    REQUIRE(waitFor([&] {
        out += tail.readAllStandardOutput();
        return out.contains('\n');
    }));
    interrupt(tail, SIGINT);
    const QString line = textOf(out);
    CHECK(line.startsWith(QStringLiteral(
        "1\t2024-03-01T08:00:00\tin\tEvil\uFFFD]0;pwned\uFFFD \uFFFD2J Name\tE1\tC1\tDoor A\t")));
    CHECK_FALSE(out.contains('\x1b'));
    CHECK_FALSE(out.contains('\x07'));
}

TEST_CASE("attlog --profile uses the saved mapping and asks for a password no store holds",
          "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    {
        SqliteTable table(path);
        table.exec(QStringLiteral("CREATE TABLE passes (id INTEGER, ts TEXT, who TEXT)"));
        table.exec(QStringLiteral(
            "INSERT INTO passes VALUES (41, '2024-03-01 10:00:00', 'Сидорова Анна')"));
    }
    const auto env = isolatedEnvironment(dir);
#ifdef _WIN32
    // The viewer's settings on Windows: the registry, HKCU\Software\attlog\attlog (the test's
    // Wine prefix is its own); emptied again at the end.
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("attlog"),
                       QStringLiteral("attlog"));
    settings.clear();
#else
    // The viewer's settings file for organisation/application "attlog" on Linux.
    QSettings settings(dir.filePath(QStringLiteral(".config/attlog/attlog.conf")),
                       QSettings::IniFormat);
#endif
    db::ProfileStore store(settings);
    db::ConnectionProfile local;
    local.name = QStringLiteral("local");
    local.kind = db::ConnectionKind::SqliteFile;
    local.sqlitePath = path;
    local.table = QStringLiteral("passes");
    local.columns = sql::ColumnMapping::empty();
    local.columns.setColumn(sql::Field::Key, std::string("id"));
    local.columns.setColumn(sql::Field::AuthDateTime, std::string("ts"));
    local.columns.setColumn(sql::Field::PersonName, std::string("who"));
    store.save(local);
    db::ConnectionProfile office;
    office.name = QStringLiteral("office");
    office.kind = db::ConnectionKind::PostgreSql;
    office.odbcDriver = QStringLiteral("PostgreSQL Unicode");
    office.server = QStringLiteral("127.0.0.1");
    office.user = QStringLiteral("reader");
    store.save(office);
    settings.sync();

    const Run ok = runAttlog(
        {QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("local")}, env);
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(
        QStringLiteral("Newest:    #41 2024-03-01T10:00:00 unknown Сидорова Анна")));

    // No ATTLOG_PASSWORD, no credential store (headless), no terminal: a clear failure.
    const Run noPassword = runAttlog(
        {QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("office")}, env);
    CHECK(noPassword.exitCode == 1);
    CHECK(noPassword.err.contains(
        QStringLiteral("profile \"office\" needs a password and none is saved")));
    CHECK(noPassword.err.contains(QStringLiteral("ATTLOG_PASSWORD")));

    const Run unknown = runAttlog(
        {QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("nope")}, env);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no saved connection profile named \"nope\" "
                                              "(saved: local, office)")));
#ifdef _WIN32
    settings.clear();
    settings.sync();
#endif
}
