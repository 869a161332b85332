// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/dialect.h"
#include "db/connection/connectionprofile.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace attlog::db {

class SqliteConnection;

// One open database connection, owned by the thread that opened it. Qt 6.4 cannot move a
// QSqlDatabase between threads, so each worker constructs its own DatabaseConnection in its own
// thread and destroys it there; every instance registers a unique Qt connection name.
// Not copyable. Not thread-safe.
//
// ODBC profiles go through QODBC, SQLite files through QSQLITE (opened read-only: the application
// never writes) plus a SqliteConnection to the same file for the statements that stream many
// rows (see nativeSqlite()). The SQL dialect is the one the server reports (SQL_DBMS_NAME), so DSNs
// and typed connection strings need no dialect setting.
class DatabaseConnection
{
public:
    // `purpose` names the connection in logs and in its Qt connection name ("live", "query", …).
    explicit DatabaseConnection(const QString &purpose);
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    // Opens (or re-opens) the connection. The profile's password must already be filled in if one
    // is needed. false with errorString() on failure; the error is logged once, with the
    // connection string redacted.
    bool open(const ConnectionProfile &profile, int loginTimeoutSeconds = 15);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;
    // SQLite files: the second, native read-only connection (see SqliteConnection); nullptr for
    // ODBC. Valid until close().
    SqliteConnection *nativeSqlite() const { return m_nativeSqlite.get(); }
    // Valid after a successful open().
    sql::Dialect dialect() const { return m_dialect; }
    // The server's product name and version as the driver reports them ("PostgreSQL 15.18", …).
    QString serverDescription() const { return m_serverDescription; }
    // Where the connection goes, safe to show and log (password redacted).
    QString target() const { return m_target; }
    QString errorString() const { return m_error; }

    // The server's id of this session (sql::sessionIdStatement()), read once; 0 where the dialect
    // has none or the server did not answer (logged).
    qint64 serverSessionId();

private:
    bool detectDialect(const ConnectionProfile &profile);
    bool openNativeSqlite(const QString &path);
    // Runs the dialect's read-only session statement (sql::readOnlySessionStatement()); a server
    // that refuses it is logged, not an error.
    void makeReadOnly();

    QString m_purpose;
    bool m_sqliteImmutable = false; // see needsImmutableOpen() in the .cpp
    QString m_name; // the unique Qt connection name, empty while no QSqlDatabase is registered
    sql::Dialect m_dialect = sql::Dialect::SqlServer;
    QString m_serverDescription;
    QString m_target;
    QString m_error;
    std::optional<qint64> m_sessionId;
    std::unique_ptr<SqliteConnection> m_nativeSqlite;
};

// The ODBC handle (SQLHDBC, SQLHSTMT) inside a QODBC driver's or result's handle() variant;
// nullptr for other drivers' handles.
void *odbcHandle(const QVariant &handle);

// The dialect a server product name stands for ("Microsoft SQL Server", "MariaDB", "MySQL",
// "PostgreSQL", "SQLite"); std::nullopt for anything else.
std::optional<sql::Dialect> dialectFromDbmsName(const QString &dbmsName);

} // namespace attlog::db
