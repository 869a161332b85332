// SPDX-License-Identifier: MIT
// `attlog check`, `repair` and `--profile` as a script runs them: the real executable, SQLite
// files.
#include "db/settings/profilestore.h"
#include "tests/app/cli/clitestutil.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace attlog;
using namespace attlog::clitest;
using namespace attlog::dbtest;

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

    // A schema-qualified name, as README allows, reads the same table (it was "not found").
    const Run qualified = runAttlog({QStringLiteral("check"), QStringLiteral("--connection"),
                                     QStringLiteral("sqlite:") + path, QStringLiteral("--table"),
                                     QStringLiteral("main.attlog")},
                                    env);
    INFO(qualified.err.toStdString());
    CHECK(qualified.exitCode == 0);
    CHECK(qualified.out.contains(QStringLiteral("Rows:      2\n")));
    const Run otherSchema = runAttlog({QStringLiteral("check"), QStringLiteral("--connection"),
                                       QStringLiteral("sqlite:") + path, QStringLiteral("--table"),
                                       QStringLiteral("temp.attlog")},
                                      env);
    CHECK(otherSchema.exitCode == 1);
    CHECK(otherSchema.err.contains(QStringLiteral("table temp.attlog not found")));

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

TEST_CASE("attlog check, report and export try a failing connection once", "[db][cli]")
{
    QTemporaryDir home;
    const QProcessEnvironment env = isolatedEnvironment(home);
    const QString connection =
        QStringLiteral("sqlite:") + home.filePath(QStringLiteral("none.sqlite"));
    // Each attempt logs one line; against an unreachable server each also waits for the login
    // timeout, so a second attempt doubled the wait.
    for (const QStringList &args :
         {QStringList{QStringLiteral("check"), QStringLiteral("--connection"), connection},
          QStringList{QStringLiteral("report"), QStringLiteral("presence"),
                      QStringLiteral("--connection"), connection},
          QStringList{QStringLiteral("export"), QStringLiteral("--connection"), connection,
                      QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-11-02"),
                      QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                      home.filePath(QStringLiteral("out.csv"))}}) {
        const Run run = runAttlog(args, env);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.count(QStringLiteral("query connection: the SQLite file")) == 1);
    }
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

    // --map and --key override the profile's mapping: no person name, keyless.
    const Run overridden = runAttlog(
        {QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("local"),
         QStringLiteral("--map"), QStringLiteral("employee_id=who"), QStringLiteral("--map"),
         QStringLiteral("person="), QStringLiteral("--key"), QStringLiteral("none")},
        env);
    INFO(overridden.out.toStdString() << overridden.err.toStdString());
    CHECK(overridden.exitCode == 0);
    CHECK(overridden.out.contains(QStringLiteral(
        "Newest:    2024-03-01T10:00:00 unknown (no name) (employee Сидорова Анна)")));
    CHECK(overridden.out.contains(
        QStringLiteral("Mode:      keyless (no key column was chosen): Live follows new rows by "
                       "their time\n")));

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
