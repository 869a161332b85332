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

DateTimeBinding dateTimeBinding(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? DateTimeBinding::SqlText : DateTimeBinding::Native;
}

} // namespace attlog::sql
