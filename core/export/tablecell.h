// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"

#include <compare>
#include <cstdint>
#include <string>
#include <variant>

namespace attlog {

// A length of time in whole minutes (worked time, lateness). XLSX shows it as a duration in
// `[h]:mm`; CSV and JSON write the integer count of minutes.
struct Minutes
{
    std::int64_t count = 0;
    auto operator<=>(const Minutes &) const = default;
};

// One typed table cell; std::monostate is an empty cell. Strings are UTF-8. Date and DateTime
// are naive local values (core/event/datetime.h): XLSX writes them as real Excel dates.
using TableCell =
    std::variant<std::monostate, std::string, std::int64_t, double, DateTime, Date, Minutes>;

// The type a column is declared with. It chooses the XLSX number format and column width; a cell
// of another type in that column is still written as what it is (e.g. "absent" in a duration
// column of the timesheet).
enum class ColumnType : std::uint8_t
{
    Text,
    Integer,
    Real,
    DateTime,
    Date,
    Minutes
};

struct TableColumn
{
    std::string title;
    ColumnType type = ColumnType::Text;
};

// A highlight for one cell. CSV and JSON ignore marks; XLSX fills the cell with a colour
// (timesheet: late = amber, absent = red, incomplete = violet).
enum class CellMark : std::uint8_t
{
    None,
    Late,
    Absent,
    Incomplete, // no_exit or no_entry: a pass is missing
};

} // namespace attlog
