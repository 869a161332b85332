// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/export/tablecell.h"

#include <array>
#include <string>
#include <vector>

namespace attlog {

// The layout of an exported event table (History export in the GUI and `attlog export`):
// time, direction, person, employee ID, card, door, reader, device, key.
inline constexpr std::size_t kEventTableColumnCount = 9;

// Column titles; the English defaults are used by the CLI, the GUI passes translated ones.
std::vector<TableColumn>
eventTableColumns(const std::array<std::string, kEventTableColumnCount> &titles);
std::vector<TableColumn> eventTableColumns();

// One row. A pass without a known time gets an empty time cell; the direction is "in", "out" or
// "unknown" unless `directionWords` (In, Out, Unknown) are given.
void eventTableRow(const AccessEvent &event, std::vector<TableCell> &cells,
                   const std::array<std::string, 3> *directionWords = nullptr);

} // namespace attlog
