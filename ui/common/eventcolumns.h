// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"

#include <QString>
#include <QVariant>

namespace attlog::ui {

// The columns every event table shows, in their default order. Live and History share them so
// the operator sees the same layout in both tabs.
enum class EventColumn : int
{
    Time,
    Direction,
    Person,
    EmployeeId,
    Card,
    Door,
    Reader,
    Device,
    Key,
    Count
};

inline constexpr int kEventColumnCount = static_cast<int>(EventColumn::Count);

// Role with the raw sort/filter value: DateTime seconds for Time (invalid when unknown), the
// direction enum as int, the key as qint64, otherwise the display text.
inline constexpr int kSortRole = Qt::UserRole + 1;

QString eventColumnTitle(EventColumn column);
// A width in pixels that fits typical content (the user's own widths are remembered).
int defaultEventColumnWidth(EventColumn column);
// The column's attlog::ColumnType as int, for typed export (see modelexporter.h).
int eventColumnType(EventColumn column);
// Display, decoration, foreground, tooltip, alignment and kSortRole data for one cell.
QVariant eventCellData(const AccessEvent &event, EventColumn column, int role);

} // namespace attlog::ui
