// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/columnmapping.h"
#include "core/sql/dialect.h"
#include "core/sql/directionmapping.h"
#include "core/sql/tableconfig.h"

#include <QString>

#include <optional>

namespace attlog::db {

// How a profile reaches its database.
enum class ConnectionKind
{
    SqlServer,            // an ODBC driver for SQL Server, built from the fields below
    MySql,                // MySQL / MariaDB ODBC driver
    PostgreSql,           // psqlODBC
    OdbcDsn,              // a data source configured in the ODBC administrator
    OdbcConnectionString, // a connection string typed by the user, used as is
    SqliteFile,           // a SQLite file through Qt's QSQLITE driver
};

// "sqlserver", "mysql", "postgresql", "dsn", "odbc", "sqlite" (settings keys).
QString connectionKindName(ConnectionKind kind);
std::optional<ConnectionKind> connectionKindFromName(const QString &name);

// Encryption of a SQL Server connection (Encrypt=...; FreeTDS: Encryption=...).
enum class Encryption
{
    DriverDefault, // not set: ODBC Driver 18 encrypts, older drivers do not
    Mandatory,     // Encrypt=yes
    Optional,      // Encrypt=no
};

// One saved connection: where the database is, how to log in, and which table and columns hold
// the events. A plain value. `password` is transient: ProfileStore never writes it to settings
// and nothing logs it (the credential store keeps it; see CredentialStore).
struct ConnectionProfile
{
    QString name;
    ConnectionKind kind = ConnectionKind::SqlServer;

    // SqlServer / MySql / PostgreSql.
    QString odbcDriver; // an installed driver name, e.g. "ODBC Driver 18 for SQL Server"
    QString server;     // host name or address; SQL Server also "host\instance"
    int port = 0;       // 0: the driver's default (SQL Server instances: found by SQL Browser)
    QString database;
    QString user;
    bool integratedAuth = false; // SQL Server: Windows integrated authentication, no password
    Encryption encryption = Encryption::DriverDefault;
    bool trustServerCertificate = false;
    bool readOnlyIntent = true; // SQL Server: ApplicationIntent=ReadOnly (routes to a replica)

    QString dsn;              // OdbcDsn (user and password above are added when set)
    QString connectionString; // OdbcConnectionString, without the password when saved
    QString sqlitePath;       // SqliteFile

    // The source table. An empty table name means the dialect's default (dbo.attlog on SQL
    // Server, attlog elsewhere).
    QString table;
    sql::ColumnMapping columns;
    sql::DirectionMapping directions;

    QString password; // transient, see above
    // Transient (`attlog --key COLUMN`): the key column must exist. Otherwise a table without
    // the mapped key column is read in keyless mode (see sql::resolveColumns).
    bool keyColumnRequired = false;

    // True when the connection needs a password that `password` does not hold yet: the caller
    // reads it from the credential store, else asks the user.
    bool needsPassword() const;

    // The dialect this profile speaks, when its kind says it; std::nullopt for DSNs and raw
    // connection strings (known after connecting, see DatabaseConnection::dialect()).
    std::optional<sql::Dialect> declaredDialect() const;

    // The table configuration for `dialect`: table name (or the dialect's default), columns and
    // directions.
    sql::TableConfig tableConfig(sql::Dialect dialect) const;

    bool operator==(const ConnectionProfile &) const = default;
};

// The ODBC connection string for an ODBC profile, password included (when set). Values with
// special characters are brace-quoted. Empty for SqliteFile. Never log the result unredacted
// (log::redactConnectionString()). It never ends with ';': MariaDB Connector/ODBC 3.1 rejects a
// trailing separator ("Error while parsing DSN").
QString odbcConnectionString(const ConnectionProfile &profile);

// A profile from the CLI's CONN argument:
//   DRIVER={…};…       an ODBC connection string (used as is)
//   odbc:DSN=name;…    an ODBC connection string after the prefix (typically naming a DSN)
//   sqlite:PATH        a SQLite file (QSQLITE)
// A password inside the string stays in it (the string is the user's). std::nullopt with a
// message in `error` when the argument has none of these forms.
std::optional<ConnectionProfile> profileFromConnectionArgument(const QString &argument,
                                                               QString *error);

// Takes PWD= / Password= out of an ODBC connection string: returns the string without it and
// stores the value (braces removed) in `password` (empty when there was none). Used before a
// typed connection string is saved to settings.
QString takePasswordFromConnectionString(const QString &connectionString, QString *password);

// A connection-string value, brace-quoted when it contains ; { } = or leading/trailing spaces
// (a `}` inside is doubled, per ODBC).
QString quoteOdbcValue(const QString &value);

} // namespace attlog::db
