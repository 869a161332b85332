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
// Any thread: writes the snapshot to CSV or XLSX (staged, renamed on success). False with a
// message on failure; no partial file is left.
bool writeSnapshot(const TableSnapshot &snapshot, const ExportDialog::Target &target,
                   const QString &sheetName, QString *error);
// The whole export of a table as the user sees it: asks for the file, writes it on a worker
// thread, and reports the outcome.
void exportViewInteractively(QWidget *parent, const QTableView *view, const QString &title,
                             const QString &baseName);

} // namespace attlog::ui
