// SPDX-License-Identifier: MIT
#include "core/sql/dialect.h"

namespace attlog::sql {

std::string_view dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SqlServer:
        return "sqlserver";
    case Dialect::MySql:
        return "mysql";
    case Dialect::PostgreSql:
        return "postgresql";
    case Dialect::Sqlite:
        break;
    }
    return "sqlite";
}

std::optional<Dialect> dialectFromName(std::string_view name)
{
    for (const Dialect d :
         {Dialect::SqlServer, Dialect::MySql, Dialect::PostgreSql, Dialect::Sqlite})
        if (dialectName(d) == name)
            return d;
    return std::nullopt;
}

std::optional<std::string> readOnlySessionStatement(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSql:
        return "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
    case Dialect::MySql:
        return "SET SESSION TRANSACTION READ ONLY";
    case Dialect::Sqlite:
        return "PRAGMA query_only = ON"; // the SQLite ODBC driver opens files for writing
    case Dialect::SqlServer:
        break;
    }
    return std::nullopt;
}

StatementStop statementStop(Dialect dialect, bool throughOdbc)
{
    switch (dialect) {
    case Dialect::PostgreSql:
    case Dialect::MySql:
        return StatementStop::ServerSide;
    case Dialect::SqlServer:
        return StatementStop::DriverCancel;
    case Dialect::Sqlite:
        break;
    }
    return throughOdbc ? StatementStop::DriverCancel : StatementStop::Interrupt;
}

std::optional<std::string> sessionIdStatement(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSql:
        return "SELECT pg_backend_pid()";
    case Dialect::MySql:
        return "SELECT CONNECTION_ID()";
    case Dialect::Sqlite:
    case Dialect::SqlServer:
        break;
    }
    return std::nullopt;
}

std::optional<std::string> stopStatementStatement(Dialect dialect, std::int64_t id)
{
    if (id <= 0)
        return std::nullopt;
    switch (dialect) {
    case Dialect::PostgreSql:
        return "SELECT pg_cancel_backend(" + std::to_string(id) + ")";
    case Dialect::MySql:
        return "KILL QUERY " + std::to_string(id); // QUERY: the connection itself stays
    case Dialect::Sqlite:
    case Dialect::SqlServer:
        break;
    }
    return std::nullopt;
}

DateTimeBinding dateTimeBinding(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? DateTimeBinding::SqlText : DateTimeBinding::Native;
}

} // namespace attlog::sql
