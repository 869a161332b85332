// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/tablecell.h"
#include "ui/common/exportdialog.h"

#include <QString>

#include <vector>

class QTableView;
class QWidget;

namespace attlog::ui {

// Header role a model may answer with an int attlog::ColumnType for a column; cells of DateTime,
// Date, Integer and Minutes columns are then read from kSortRole (seconds since the epoch, days
// since the epoch, the integer, minutes). Without it a column is text (DisplayRole).
inline constexpr int kColumnTypeRole = Qt::UserRole + 2;

// A copy of what a table view shows: its visible columns in view order, every row of its model.
struct TableSnapshot
{
    std::vector<TableColumn> columns;
    std::vector<std::vector<TableCell>> rows;
};

// GUI thread: reads the view's model.
TableSnapshot snapshotView(const QTableView *view);
// The whole export of a table as the user sees it: asks for the file, writes the snapshot on a
// worker thread (TableExportJob: staged file, progress, Cancel), and reports the outcome.
void exportViewInteractively(QWidget *parent, const QTableView *view, const QString &title,
                             const QString &baseName);

} // namespace attlog::ui
