// SPDX-License-Identifier: MIT
#include "core/sql/tableconfig.h"

#include "core/sql/identifier.h"

namespace attlog::sql {

TableConfig TableConfig::defaults(Dialect dialect)
{
    TableConfig config;
    config.dialect = dialect;
    config.table = std::string{defaultTableName(dialect)};
    return config;
}

std::string_view defaultTableName(Dialect dialect)
{
    return dialect == Dialect::SqlServer ? "dbo.attlog" : "attlog";
}

std::vector<std::string> validateTableConfig(const TableConfig &config)
{
    std::vector<std::string> problems;
    std::string error;
    if (!parseName(config.dialect, NameKind::Table, config.table, &error))
        problems.push_back(error);
    for (const Field f : kAllFields) {
        const auto &column = config.columns.column(f);
        if (column && !parseName(config.dialect, NameKind::Column, *column, &error))
            problems.push_back(std::string{fieldName(f)} + ": " + error);
    }
    for (auto &p : validateMapping(config.columns))
        problems.push_back(std::move(p));
    return problems;
}

} // namespace attlog::sql
