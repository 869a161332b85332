// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/columnmapping.h"
#include "core/sql/dialect.h"
#include "core/sql/directionmapping.h"

#include <string>
#include <string_view>
#include <vector>

namespace attlog::sql {

// Everything the application needs to know about the source table: which dialect speaks to it,
// its (possibly qualified) name, the column mapping and how directions are read.
// Pure data; validated by validateTableConfig() and again by QueryBuilder::create().
struct TableConfig
{
    Dialect dialect = Dialect::SqlServer;
    std::string table{"dbo.attlog"};
    ColumnMapping columns;
    DirectionMapping directions;

    // The defaults for a dialect: table defaultTableName(dialect), default columns and values.
    static TableConfig defaults(Dialect dialect);
    bool operator==(const TableConfig &) const = default;
};

// "dbo.attlog" on SQL Server (iVMS-4200's default is thirdparty.dbo.attlog with the database
// chosen by the connection), "attlog" elsewhere.
std::string_view defaultTableName(Dialect dialect);

// Every problem with the configuration (table name, each mapped column name, mapping
// requirements), one short English sentence each; empty when the configuration is usable.
std::vector<std::string> validateTableConfig(const TableConfig &config);

} // namespace attlog::sql
