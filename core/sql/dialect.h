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

} // namespace attlog::sql
