// SPDX-License-Identifier: MIT
#include "db/connection/odbcdriverchoice.h"

#include "tests/support/catch.h"

using attlog::db::ConnectionKind;
using namespace attlog::db;

TEST_CASE("The usual drivers for the kind come first, then every other installed driver",
          "[connection]")
{
    const QStringList installed{QStringLiteral("FreeTDS"),
                                QStringLiteral("MariaDB Unicode"),
                                QStringLiteral("ODBC Driver 17 for SQL Server"),
                                QStringLiteral("PostgreSQL ANSI"),
                                QStringLiteral("PostgreSQL Unicode"),
                                QStringLiteral("SQLite3")};

    CHECK(orderOdbcDrivers(installed, ConnectionKind::SqlServer) ==
          QStringList{QStringLiteral("ODBC Driver 17 for SQL Server"), QStringLiteral("FreeTDS"),
                      QStringLiteral("MariaDB Unicode"), QStringLiteral("PostgreSQL ANSI"),
                      QStringLiteral("PostgreSQL Unicode"), QStringLiteral("SQLite3")});
    CHECK(orderOdbcDrivers(installed, ConnectionKind::PostgreSql).first() ==
          QStringLiteral("PostgreSQL Unicode"));
    CHECK(orderOdbcDrivers(installed, ConnectionKind::MySql).first() ==
          QStringLiteral("MariaDB Unicode"));
    // Nothing that is not installed is offered.
    CHECK(orderOdbcDrivers(installed, ConnectionKind::SqlServer).size() == installed.size());

    CHECK(defaultOdbcDriver(installed, ConnectionKind::SqlServer) ==
          QStringLiteral("ODBC Driver 17 for SQL Server"));
    // Without any SQL Server driver installed, the field still names the one to install.
    CHECK(defaultOdbcDriver({QStringLiteral("SQLite3")}, ConnectionKind::SqlServer) ==
          QStringLiteral("ODBC Driver 18 for SQL Server"));
    CHECK(defaultOdbcDriver(installed, ConnectionKind::SqliteFile).isEmpty());
}
