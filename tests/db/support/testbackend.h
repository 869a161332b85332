// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/dialect.h"
#include "db/connection/connectionprofile.h"

#include <QString>

namespace attlog::dbtest {

enum class BackendKind
{
    Sqlite,
    SqliteOdbc,
    PostgreSql,
    MariaDb
};

// One database the integration scenarios run against.
//   sqlite      a SQLite file read through Qt's QSQLITE driver
//   sqliteodbc  a SQLite file read through the SQLite3 ODBC driver (QODBC)
//   pg          PostgreSQL 15 through psqlODBC ("PostgreSQL Unicode")
//   mariadb     MariaDB 10.11 through MariaDB Connector/ODBC ("MariaDB Unicode")
// The servers come from scripts/test-servers.sh (env ATTLOG_TEST_PG_* / ATTLOG_TEST_MARIADB_*).
struct Backend
{
    BackendKind kind = BackendKind::Sqlite;
    QString name;
    sql::Dialect dialect = sql::Dialect::Sqlite;
    QString connectionString; // ODBC back-ends
    QString sqlitePath;       // SQLite back-ends
    QString stopCommand;      // servers: shell commands that stop / start the server in place
    QString startCommand;

    bool hasServer() const
    {
        return kind == BackendKind::PostgreSql || kind == BackendKind::MariaDb;
    }
    bool isOdbc() const { return kind != BackendKind::Sqlite; }
    // A profile that reads `table` with the default column mapping (password inside the
    // connection string, as the test servers' env gives it).
    db::ConnectionProfile profile(const QString &table) const;
};

// Set once by main() of a per-back-end executable.
void setBackendName(const QString &name);

// The back-end this executable tests. FAILS the calling test (never skips) when the executable
// has no back-end or the server's environment is missing.
const Backend &backend();

// The PostgreSQL server of ./dev test, for tests outside the per-back-end executables. FAILS the
// calling test (never skips) when the servers' environment is missing.
Backend postgresBackend();
// The same for the MariaDB server.
Backend mariadbBackend();

// Runs a shell command (the servers' stop/start commands); FAILS the test on a non-zero exit.
void runShell(const QString &command);

} // namespace attlog::dbtest
