// SPDX-License-Identifier: MIT
#include "core/export/eventtable.h"

namespace attlog {

std::vector<TableColumn>
eventTableColumns(const std::array<std::string, kEventTableColumnCount> &titles)
{
    static constexpr std::array<ColumnType, kEventTableColumnCount> kTypes{
        ColumnType::DateTime, ColumnType::Text, ColumnType::Text,
        ColumnType::Text,     ColumnType::Text, ColumnType::Text,
        ColumnType::Text,     ColumnType::Text, ColumnType::Integer};
    std::vector<TableColumn> columns;
    columns.reserve(kEventTableColumnCount);
    for (std::size_t i = 0; i < kEventTableColumnCount; ++i)
        columns.push_back(TableColumn{titles[i], kTypes[i]});
    return columns;
}

std::vector<TableColumn> eventTableColumns()
{
    return eventTableColumns(
        {"time", "direction", "person", "employee_id", "card", "door", "reader", "device", "key"});
}

void eventTableRow(const AccessEvent &event, std::vector<TableCell> &cells,
                   const std::array<std::string, 3> *directionWords)
{
    cells.clear();
    if (event.time)
        cells.emplace_back(*event.time);
    else
        cells.emplace_back(std::monostate{});
    if (directionWords)
        cells.emplace_back((*directionWords)[static_cast<std::size_t>(event.direction)]);
    else
        cells.emplace_back(std::string(directionName(event.direction)));
    cells.emplace_back(event.person);
    cells.emplace_back(event.employeeId);
    cells.emplace_back(event.card);
    cells.emplace_back(event.door);
    cells.emplace_back(event.reader);
    cells.emplace_back(event.device);
    if (event.key)
        cells.emplace_back(std::int64_t{*event.key});
    else
        cells.emplace_back(std::monostate{}); // NULL or not a whole number
}

} // namespace attlog
