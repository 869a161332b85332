// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace attlog::sql {

// The SQL dialects the statement builder speaks. Each differs in identifier quoting, row limits
// (`SELECT TOP (n)` versus `LIMIT n`), NULL ordering and LIKE escaping; everything else is common.
enum class Dialect : std::uint8_t
{
    SqlServer,
    MySql,
    PostgreSql,
    Sqlite
};

// "sqlserver", "mysql", "postgresql", "sqlite": the words settings and the CLI use.
std::string_view dialectName(Dialect dialect);
std::optional<Dialect> dialectFromName(std::string_view name);

// How a DateTime bound value must be handed to the driver for this dialect.
// - Native: as the driver's date-time type (QDateTime). SQL Server DATETIME2/DATETIME, MySQL
//   DATETIME and PostgreSQL timestamp compare correctly with a bound date-time.
// - SqlText: as the text formatSqlDateTime() gives ("YYYY-MM-DD HH:MM:SS"). SQLite has no date
//   type; authDateTime is stored as that text and compared as text, so a QDateTime bound by
//   QSQLITE (ISO "…T…") would compare wrongly.
enum class DateTimeBinding : std::uint8_t
{
    Native,
    SqlText
};
DateTimeBinding dateTimeBinding(Dialect dialect);

// The statement that makes every later transaction of the session read-only, so that nothing
// the application runs can write even when the login may: PostgreSQL and MySQL/MariaDB have one.
// SQLite has PRAGMA query_only. std::nullopt for SQL Server: it has no session-wide setting
// (ApplicationIntent=ReadOnly only routes to a replica), a read-only login is the way there.
std::optional<std::string> readOnlySessionStatement(Dialect dialect);

// A statement is stopped from outside in one of these ways (see db/query/queryworker.h):
// - ServerSide: another session of the same login asks the server to stop what the session is
//   executing (sessionIdStatement(), stopStatementStatement()); the driver is not touched. The
//   MariaDB and PostgreSQL ODBC drivers are not safe with SQLCancel from another thread when it
//   meets a statement just past SQLExecute: MariaDB Connector/ODBC then closes the cursor under
//   the reading thread (a crash in SQLColAttribute), psqlODBC frees it twice.
// - DriverCancel: SQLCancel on the statement handle while it executes: SQL Server's drivers
//   support that from another thread; the SQLite ODBC driver interrupts SQLite with it.
// - Interrupt: sqlite3_interrupt() on a native SQLite connection.
enum class StatementStop : std::uint8_t
{
    ServerSide,
    DriverCancel,
    Interrupt
};
// How a statement of `dialect` is stopped; `throughOdbc` is false for SQLite files read natively.
StatementStop statementStop(Dialect dialect, bool throughOdbc);

// The statement that returns the server's id of the session it runs in (MariaDB/MySQL connection
// id, PostgreSQL backend process id); std::nullopt where statements are not stopped server-side.
std::optional<std::string> sessionIdStatement(Dialect dialect);

// The statement that, run in another session of the same login, stops the statement session `id`
// is executing and leaves that session open. A session that executes nothing is left as it is
// (both servers ignore the request then). std::nullopt where there is none.
std::optional<std::string> stopStatementStatement(Dialect dialect, std::int64_t id);

} // namespace attlog::sql
