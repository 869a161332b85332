// SPDX-License-Identifier: MIT
#include "db/connection/connectionstring.h"

#include "tests/support/catch.h"

using namespace attlog::db;

TEST_CASE("Connection string keys are split as the Driver Manager splits them", "[db][connection]")
{
    CHECK(connectionStringKeys(QStringLiteral("DRIVER={MariaDB Unicode};SERVER=x; UID = u ;")) ==
          QStringList{QStringLiteral("DRIVER"), QStringLiteral("SERVER"), QStringLiteral("UID")});
    // Braced values may hold ';', '=' and a doubled '}'.
    CHECK(
        connectionStringKeys(
            QStringLiteral("PWD={a;b=c}}d};INITSTMT={DELETE FROM t; SELECT 1};DATABASE=db")) ==
        QStringList{QStringLiteral("PWD"), QStringLiteral("INITSTMT"), QStringLiteral("DATABASE")});
    CHECK(connectionStringKeys(QStringLiteral("junk;;DSN=x")) ==
          QStringList{QStringLiteral("DSN")});
    CHECK(connectionStringKeys(QString()).isEmpty());
}

TEST_CASE("A connection string that runs SQL when connecting is refused", "[db][connection]")
{
    CHECK(
        connectStatementProblem(QStringLiteral("DRIVER={MariaDB};SERVER=x;DATABASE=d")).isEmpty());
    for (const QString &text :
         {QStringLiteral("DRIVER={MariaDB};INITSTMT={DELETE FROM attlog}"),
          QStringLiteral("DRIVER={MariaDB}; initstmt = SET x=1"),
          QStringLiteral("DRIVER={PostgreSQL Unicode};ConnSettings={DROP TABLE attlog}"),
          QStringLiteral("DRIVER={PostgreSQL Unicode};A6={DROP TABLE attlog}")}) {
        INFO(text.toStdString());
        CHECK(connectStatementProblem(text).contains(QStringLiteral("runs SQL when connecting")));
    }
    // Only as a key: the words inside a value are a password's business.
    CHECK(connectStatementProblem(QStringLiteral("DRIVER={x};PWD={INITSTMT=1}")).isEmpty());
}
