// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/tablewriter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Cell builders shared by the report layouts (reportformat.cpp, plannedformat.cpp).
namespace attlog::reportcells {

inline TableCell optionalTime(const std::optional<DateTime> &time)
{
    if (time)
        return *time;
    return std::monostate{};
}

inline TableCell optionalMinutes(const std::optional<std::int64_t> &minutes)
{
    if (minutes)
        return Minutes{*minutes};
    return std::monostate{};
}

// An empty string is an empty cell.
inline TableCell textOrEmpty(const std::string &text)
{
    if (text.empty())
        return std::monostate{};
    return text;
}

// begin(columns, sheetName) and one row per index: cellsOf(i) for i in [0, rowCount).
template <typename CellsOf>
bool writeRows(TableWriter &writer, std::vector<TableColumn> columns, std::string_view sheetName,
               std::size_t rowCount, const CellsOf &cellsOf)
{
    if (!writer.begin(std::move(columns), sheetName))
        return false;
    for (std::size_t i = 0; i < rowCount; ++i) {
        const std::vector<TableCell> cells = cellsOf(i);
        if (!writer.writeRow(cells))
            return false;
    }
    return true;
}

} // namespace attlog::reportcells
