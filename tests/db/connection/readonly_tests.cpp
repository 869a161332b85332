// SPDX-License-Identifier: MIT
// Every session the application opens is read-only, even when the login may write.
#include "db/connection/databaseconnection.h"
#include "tests/db/support/testdatabase.h"

#include "tests/support/catch.h"

#include <QSqlQuery>

using namespace attlog;
using namespace attlog::db;
using namespace attlog::dbtest;

namespace {

int rowCount(TestDatabase &writer, const QString &table)
{
    QSqlQuery query(writer.database());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(writer.quote(table))));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A session cannot write, even with a login that may", "[db][readonly]")
{
    const Backend &b = backend();
    TestDatabase writer(b); // the same login, which may write
    const QString table = QStringLiteral("t_readonly");
    writer.createTable(table);
    writer.insert(table, sampleRow(1));

    DatabaseConnection connection(QStringLiteral("readonly-test"));
    REQUIRE(connection.open(b.profile(table)));
    QSqlQuery query(connection.database());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(writer.quote(table))));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    query.finish();
    for (const QString &write :
         {QStringLiteral("INSERT INTO %1 (%2) VALUES (2)")
              .arg(writer.quote(table), writer.quote(QStringLiteral("serialNo"))),
          QStringLiteral("DELETE FROM %1").arg(writer.quote(table)),
          QStringLiteral("CREATE TABLE t_readonly_new (x INT)")}) {
        INFO(write.toStdString());
        CHECK_FALSE(query.exec(write));
    }
    connection.close();
    CHECK(rowCount(writer, table) == 1);
}

TEST_CASE("A connection string that runs SQL at connect is refused before connecting",
          "[db][readonly]")
{
    const Backend &b = backend();
    if (!b.isOdbc()) {
        SUCCEED("a SQLite file has no connection string");
        return;
    }
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_initstmt");
    writer.createTable(table);
    writer.insert(table, sampleRow(1));
    ConnectionProfile profile = b.profile(table);
    const QString key = b.kind == BackendKind::PostgreSql ? QStringLiteral("ConnSettings")
                                                          : QStringLiteral("INITSTMT");
    profile.connectionString += QStringLiteral(";%1={DELETE FROM %2}").arg(key, table);
    DatabaseConnection connection(QStringLiteral("initstmt-test"));
    CHECK_FALSE(connection.open(profile));
    CHECK(connection.errorString().contains(QStringLiteral("runs SQL when connecting")));
    CHECK(rowCount(writer, table) == 1);
}
