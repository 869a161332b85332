// SPDX-License-Identifier: MIT
#include "core/demo/demogenerator.h"
#include "core/demo/demoworld.h"
#include "db/demo/demodatabase.h"
#include "tests/db/demo/demotestsupport.h"

#include "tests/support/catch.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>

using namespace attlog;
using attlog::demotest::ReaderConnection;

namespace {

QVariant expectedText(const std::string &value)
{
    return QString::fromStdString(value);
}

QVariant expectedText(const std::optional<std::string> &value)
{
    return value ? expectedText(*value) : QVariant();
}

QVariant expectedTime(const std::optional<DateTime> &value)
{
    return value ? expectedText(formatSqlDateTime(*value)) : QVariant();
}

// Qt gives NULL as an invalid-typed null QVariant or a null QString, depending on the column:
// compare NULL-ness first, then the text.
bool sameValue(const QVariant &actual, const QVariant &expected)
{
    if (!expected.isValid())
        return actual.isNull();
    return !actual.isNull() && actual.toString() == expected.toString();
}

} // namespace

TEST_CASE("createDemoDatabase writes exactly the generated rows, text intact", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const DemoConfig config = demotest::smallDemoConfig(5);
    const std::vector<DemoRow> rows = generateDemoRows(config);

    QString error;
    qint64 written = -1;
    REQUIRE(db::createDemoDatabase(path, config, &error, &written));
    CHECK(error.isEmpty());
    CHECK(written == static_cast<qint64>(rows.size()));

    ReaderConnection reader(path);
    REQUIRE(reader.isOpen());
    CHECK(reader.scalar(QStringLiteral("SELECT COUNT(*) FROM attlog")).toLongLong() ==
          static_cast<qint64>(rows.size()));

    QSqlQuery query(reader.database());
    query.setForwardOnly(true);
    REQUIRE(query.exec(QStringLiteral(
        "SELECT serialNo, authDateTime, authDate, authTime, direction, deviceName, deviceSN, "
        "personName, employeeID, cardNo, doorName, readerName FROM attlog ORDER BY serialNo")));
    std::size_t i = 0;
    std::size_t mismatches = 0;
    for (; query.next() && i < rows.size(); ++i) {
        const DemoRow &row = rows[i];
        const QVariant expected[] = {QVariant::fromValue<qint64>(row.serialNo),
                                     expectedTime(row.authDateTime),
                                     expectedText(row.authDate),
                                     expectedText(row.authTime),
                                     expectedText(row.direction),
                                     expectedText(row.deviceName),
                                     expectedText(row.deviceSN),
                                     expectedText(row.personName),
                                     expectedText(row.employeeID),
                                     expectedText(row.cardNo),
                                     expectedText(row.doorName),
                                     expectedText(row.readerName)};
        for (int column = 0; column < 12; ++column) {
            if (!sameValue(query.value(column), expected[column])) {
                ++mismatches;
                INFO("serialNo " << row.serialNo << ", column " << column << ": "
                                 << query.value(column).toString().toStdString());
                CHECK(mismatches == 0);
            }
        }
    }
    CHECK(i == rows.size());
    CHECK(mismatches == 0);

    // The showcase names: a Cyrillic name with И stored correctly, one with U+0098 kept bytewise.
    const DemoWorld world = makeDemoWorld(config);
    QSqlQuery byName(reader.database());
    REQUIRE(byName.prepare(QStringLiteral("SELECT COUNT(*) FROM attlog WHERE personName = ?")));
    for (const std::size_t person : {std::size_t{0}, std::size_t{7}}) {
        const QString name = QString::fromStdString(world.people[person].personName);
        byName.addBindValue(name);
        REQUIRE(byName.exec());
        REQUIRE(byName.next());
        CHECK(byName.value(0).toLongLong() > 0);
    }
    CHECK(QString::fromStdString(world.people[0].personName).contains(QStringLiteral("И")));
    CHECK(QString::fromStdString(world.people[7].personName).contains(QChar(0x0098)));

    // The recommended indexes from sql/sqlite/indexes.sql, and WAL mode for the live writer.
    CHECK(reader
              .scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                     "AND tbl_name = 'attlog'"))
              .toInt() == 6);
    CHECK(reader.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
}

TEST_CASE("createDemoDatabase replaces an existing file and leaves nothing else behind", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/folder/demo.sqlite"));
    QString error;
    qint64 first = 0;
    REQUIRE(db::createDemoDatabase(path, demotest::smallDemoConfig(1), &error, &first));
    DemoConfig bigger = demotest::smallDemoConfig(2);
    bigger.people = 40;
    qint64 second = 0;
    REQUIRE(db::createDemoDatabase(path, bigger, &error, &second));
    CHECK(second == static_cast<qint64>(generateDemoRows(bigger).size()));
    CHECK(second != first);
    // Only the database: no temporary file, no journal or WAL left by the writing connection.
    const QDir folder(dir.filePath(QStringLiteral("sub/folder")));
    CHECK(folder.entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("demo.sqlite")});

    ReaderConnection reader(path);
    REQUIRE(reader.isOpen());
    CHECK(reader.scalar(QStringLiteral("SELECT COUNT(*) FROM attlog")).toLongLong() == second);
}

TEST_CASE("createDemoDatabase reports a path it cannot write and leaves no file", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A regular file where a folder should be: fails for root too.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    QString error;
    CHECK_FALSE(db::createDemoDatabase(blocker + QStringLiteral("/demo.sqlite"),
                                       demotest::smallDemoConfig(1), &error));
    CHECK(error.contains(QStringLiteral("demo database")));
    CHECK_FALSE(db::createDemoDatabase(dir.path(), demotest::smallDemoConfig(1), &error));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("blocker")});
}

TEST_CASE("a demo without an end date reaches the present and no further", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoConfig config;
    config.days = 3;
    config.people = 30;
    const QDateTime before = QDateTime::currentDateTime();
    QString error;
    REQUIRE(db::createDemoDatabase(path, config, &error));

    ReaderConnection reader(path);
    REQUIRE(reader.isOpen());
    const QString newest =
        reader.scalar(QStringLiteral("SELECT MAX(authDateTime) FROM attlog")).toString();
    const QString oldest =
        reader.scalar(QStringLiteral("SELECT MIN(authDateTime) FROM attlog")).toString();
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QDateTime last = QDateTime::fromString(newest, format);
    const QDateTime first = QDateTime::fromString(oldest, format);
    REQUIRE(last.isValid());
    REQUIRE(first.isValid());
    CHECK(last <= QDateTime::currentDateTime());
    CHECK(first.date() >= before.date().addDays(-2));
    CHECK(last.date() >= before.date().addDays(-1));
}

TEST_CASE("the default demo database lives in the per-user app data folder", "[demo]")
{
    const QString path = db::defaultDemoDatabasePath();
    CHECK(path.endsWith(QStringLiteral("/demo.sqlite")));
    CHECK(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

TEST_CASE("one program at a time claims the demo database", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/demo.sqlite"));
    auto first = attlog::db::claimDemoDatabase(path);
    REQUIRE(first);
    // A second viewer (here: a second claim) must not write or replace the file too.
    CHECK_FALSE(attlog::db::claimDemoDatabase(path));
    first.reset();
    auto again = attlog::db::claimDemoDatabase(path);
    REQUIRE(again);
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::ReadOnly));
    const QByteArray held = lock.readAll(); // the owner's PID first, then what Qt adds
    lock.close();
    again.reset();

    // A claim whose owner is gone (a crashed viewer) is taken over: the same lock file, naming a
    // process that has ended.
    QProcess ended;
#ifdef _WIN32
    ended.start(QStringLiteral("cmd.exe"), {QStringLiteral("/c"), QStringLiteral("exit")});
#else
    ended.start(QStringLiteral("true"), QStringList());
#endif
    REQUIRE(ended.waitForStarted());
    const qint64 pid = ended.processId();
    REQUIRE(ended.waitForFinished());
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + held.mid(held.indexOf('\n')));
    lock.close();
    CHECK(attlog::db::claimDemoDatabase(path));
}
