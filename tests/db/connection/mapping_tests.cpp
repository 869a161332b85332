// SPDX-License-Identifier: MIT
#include "db/connection/connectiontest.h"
#include "db/live/livefeed.h"
#include "tests/db/support/feedrecorder.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace attlog;
using namespace attlog::db;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

namespace {

// A hand-made table: other column names, and no authDate/authTime/employeeID/device/reader.
TableColumns renamedColumns()
{
    return {{sql::Field::Key, QStringLiteral("id")},
            {sql::Field::AuthDateTime, QStringLiteral("ts")},
            {sql::Field::Direction, QStringLiteral("dir")},
            {sql::Field::PersonName, QStringLiteral("who")},
            {sql::Field::CardNo, QStringLiteral("badge")},
            {sql::Field::DoorName, QStringLiteral("gate")}};
}

ConnectionProfile renamedProfile(const Backend &b, const QString &table)
{
    ConnectionProfile profile = b.profile(table);
    profile.columns = sql::ColumnMapping::empty();
    for (const auto &[field, name] : renamedColumns())
        profile.columns.setColumn(field, name.toStdString());
    return profile;
}

TableColumns without(TableColumns columns, std::initializer_list<sql::Field> fields)
{
    for (const sql::Field field : fields)
        columns.erase(field);
    return columns;
}

} // namespace

TEST_CASE("Renamed columns and absent optional columns are read through the mapping", "[mapping]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_renamed");
    writer.createTable(table, renamedColumns());
    for (qint64 k = 1; k <= 4; ++k)
        writer.insert(table, sampleRow(k), renamedColumns());

    const ConnectionProfile profile = renamedProfile(b, table);
    const ConnectionTestResult check = testConnection(profile);
    INFO(check.error.toStdString());
    REQUIRE(check.ok);
    CHECK(check.summary.rowCount == 4);
    CHECK(check.summary.minKey == 1);
    CHECK(check.summary.maxKey == 4);
    REQUIRE(check.summary.newestEvent);
    CHECK(check.summary.newestEvent->person == "Person 4");
    CHECK(check.summary.newestEvent->card == "C4");
    CHECK(check.summary.newestEvent->employeeId.empty()); // not mapped

    LiveFeedOptions options;
    options.interval = 50ms;
    options.initialCount = 10;
    LiveFeed feed(profile, options);
    FeedRecorder recorder(feed);
    feed.start();
    REQUIRE(recorder.waitForKeys(0, keyRange(1, 4)));
    writer.insert(table, sampleRow(5), renamedColumns());
    REQUIRE(recorder.waitForKeys(0, {5}));
    const AccessEvent *event = recorder.event(5, 0);
    REQUIRE(event);
    CHECK(event->door == "Door A");
    CHECK(event->direction == Direction::In);
    CHECK(event->reader.empty());
    REQUIRE(event->time);
    CHECK(formatIsoDateTime(*event->time) == "2024-03-01T08:00:35");
}

TEST_CASE("Optional columns that are missing are left out with a note", "[mapping]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_partial");
    const TableColumns columns =
        without(defaultColumns(), {sql::Field::EmployeeID, sql::Field::ReaderName});
    writer.createTable(table, columns);
    writer.insert(table, sampleRow(1), columns);

    const ConnectionTestResult check = testConnection(b.profile(table));
    INFO(check.error.toStdString());
    REQUIRE(check.ok);
    CHECK(check.summary.rowCount == 1);
    CHECK(check.summary.keyColumn.compare(QStringLiteral("serialNo"), Qt::CaseInsensitive) == 0);
    const QString notes = check.summary.notes.join(QLatin1Char('\n'));
    INFO(notes.toStdString());
    CHECK(notes.contains(QStringLiteral("no column employeeID for employeeID, so it is left out")));
    CHECK(notes.contains(QStringLiteral("no column readerName for readerName, so it is left out")));
    REQUIRE(check.summary.newestEvent);
    CHECK(check.summary.newestEvent->person == "Person 1");
}

TEST_CASE("Column names that differ in letter case are used as the server spells them", "[mapping]")
{
    // PostgreSQL folds unquoted names to lower case: CREATE TABLE attlog (serialNo INT, …)
    // makes a column serialno, which "serialNo" does not name there.
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_lowercase");
    TableColumns lower;
    for (const auto &[field, name] : defaultColumns())
        lower[field] = name.toLower();
    writer.createTable(table, lower);
    for (qint64 k = 1; k <= 3; ++k)
        writer.insert(table, sampleRow(k), lower);

    const ConnectionProfile profile = b.profile(table); // the default, camelCase mapping
    const ConnectionTestResult check = testConnection(profile);
    INFO(check.error.toStdString());
    REQUIRE(check.ok);
    CHECK(check.summary.rowCount == 3);
    CHECK(check.summary.keyColumn == QStringLiteral("serialno"));
    CHECK(check.summary.maxKey == 3);
    REQUIRE(check.summary.newestEvent);
    CHECK(check.summary.newestEvent->person == "Person 3");
    CHECK(check.summary.newestEvent->reader == "Reader 1");

    LiveFeedOptions options;
    options.interval = 50ms;
    options.initialCount = 10;
    LiveFeed feed(profile, options);
    FeedRecorder recorder(feed);
    feed.start();
    REQUIRE(recorder.waitForKeys(0, keyRange(1, 3)));
    writer.insert(table, sampleRow(4), lower);
    REQUIRE(recorder.waitForKeys(0, {4}));
}

TEST_CASE("A missing required column is an error that suggests the closest columns", "[mapping]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_typo");
    // The published site table spells employeeID empolyeeID and cardNo carno; no person name.
    TableColumns columns = without(defaultColumns(), {sql::Field::PersonName});
    columns[sql::Field::EmployeeID] = QStringLiteral("empolyeeID");
    columns[sql::Field::CardNo] = QStringLiteral("carno");
    writer.createTable(table, columns);
    writer.insert(table, sampleRow(1), columns);

    ConnectionProfile profile = b.profile(table);
    ConnectionTestResult check = testConnection(profile);
    REQUIRE_FALSE(check.ok);
    INFO(check.error.toStdString());
    CHECK(check.error.contains(QStringLiteral("no column employeeID for employeeID (did you "
                                              "mean empolyeeID?)")));
    CHECK(check.error.contains(QStringLiteral("no column cardNo for cardNo (did you mean "
                                              "carno?)")));
    CHECK(check.error.contains(QStringLiteral("its columns are: ")));

    profile.columns.setColumn(sql::Field::EmployeeID, "empolyeeID");
    profile.columns.setColumn(sql::Field::CardNo, "carno");
    check = testConnection(profile);
    INFO(check.error.toStdString());
    REQUIRE(check.ok);
    REQUIRE(check.summary.newestEvent);
    CHECK(check.summary.newestEvent->employeeId == "E1");
    CHECK(check.summary.newestEvent->card == "C1");
}

TEST_CASE("A missing key column means keyless mode, and a missing table is a clear error",
          "[mapping]")
{
    const Backend &b = backend();
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_nokey");
    writer.createTable(table, without(defaultColumns(), {sql::Field::Key}));

    ConnectionProfile profile = b.profile(table);
    ConnectionTestResult check = testConnection(profile);
    INFO(check.error.toStdString());
    REQUIRE(check.ok);
    CHECK(check.summary.keyColumn.isEmpty());
    CHECK(check.summary.keylessReason == QStringLiteral("the table has no column serialNo"));
    CHECK_FALSE(check.summary.minKey);

    // --key serialNo: the key column must be there.
    profile.keyColumnRequired = true;
    check = testConnection(profile);
    REQUIRE_FALSE(check.ok);
    CHECK(check.error.contains(QStringLiteral("no column serialNo for key")));

    // No key and no authDateTime: keyless mode has nothing to follow.
    profile.keyColumnRequired = false;
    profile.columns.setColumn(sql::Field::Key, std::nullopt);
    profile.columns.setColumn(sql::Field::AuthDateTime, std::nullopt);
    check = testConnection(profile);
    REQUIRE_FALSE(check.ok);
    CHECK(check.error.startsWith(QStringLiteral("the table settings are not usable")));

    ConnectionProfile missing = b.profile(QStringLiteral("t_does_not_exist"));
    check = testConnection(missing);
    REQUIRE_FALSE(check.ok);
    INFO(check.error.toStdString());
    CHECK(check.error.contains(QStringLiteral("table t_does_not_exist not found")));
    CHECK(check.error.contains(QStringLiteral("t_nokey"))); // the tables that do exist
    // Only this database's: MariaDB's listing once took in performance_schema's.
    CHECK_FALSE(check.error.contains(QStringLiteral("global_status")));
    CHECK_FALSE(check.error.contains(QStringLiteral("session_status")));

    // The live feed shows the same message in its status and keeps retrying.
    LiveFeedOptions options;
    options.interval = 50ms;
    options.firstRetryDelay = 100ms;
    LiveFeed feed(missing, options);
    FeedRecorder recorder(feed);
    feed.start();
    REQUIRE(recorder.waitForState(LiveStatus::State::Reconnecting));
    CHECK(recorder.statuses.back().message.contains(QStringLiteral("t_does_not_exist")));
}

TEST_CASE("A database without tables says so", "[mapping]")
{
    const Backend &b = backend();
    ConnectionProfile profile = b.profile(QStringLiteral("attlog"));
    if (b.hasServer()) {
        // scripts/test-servers.sh makes attlog_test_empty beside attlog_test.
        profile.connectionString.replace(
            QRegularExpression(QStringLiteral("(DATABASE=)attlog_test"),
                               QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1attlog_test_empty"));
        REQUIRE(profile.connectionString.contains(QStringLiteral("attlog_test_empty")));
    } else {
        QTemporaryDir dir;
        QFile empty(dir.filePath(QStringLiteral("empty.sqlite")));
        REQUIRE(empty.open(QIODevice::WriteOnly)); // an empty file is an empty SQLite database
        empty.close();
        profile.sqlitePath = empty.fileName();
        if (b.kind == BackendKind::SqliteOdbc) {
            SUCCEED("the SQLite ODBC back-end's file path is fixed by its connection string");
            return;
        }
        const ConnectionTestResult check = testConnection(profile);
        REQUIRE_FALSE(check.ok);
        CHECK(check.error.contains(QStringLiteral("there are no tables in this database")));
        return;
    }
    const ConnectionTestResult check = testConnection(profile);
    REQUIRE_FALSE(check.ok);
    INFO(check.error.toStdString());
    CHECK(check.error.contains(
        QStringLiteral("table attlog not found: there are no tables in this database")));
}
