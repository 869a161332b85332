// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/tablecell.h"
#include "ui/worktime/worktimeresult.h"

#include <QAbstractTableModel>

#include <vector>

namespace attlog::ui {

// The monthly timesheet: one row per person, one column per date of the period, hours worked
// per cell (h:mm) and the total; the columns mirror the timesheet export (employee ID, person,
// dates…, total). Cells are coloured like the XLSX export's marks (core timesheetMarks()):
// absent red, a missing pass violet ("?" when no hours can be told), late amber; days off are
// grey. GUI thread only.
class TimesheetModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimesheetModel)

public:
    static constexpr int kFirstDateColumn = 2;
    // The cell's CellMark as int (CellMark::None outside the date columns).
    static constexpr int kMarkRole = Qt::UserRole + 11;

    explicit TimesheetModel(QObject *parent = nullptr);

    void setResult(WorktimeResultPtr result);
    const WorktimeResultPtr &result() const { return m_result; }

    int dateCount() const;
    // The date of a date column; std::nullopt for the other columns.
    std::optional<Date> dateOfColumn(int column) const;
    int totalColumn() const { return kFirstDateColumn + dateCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const WorktimeDay *dayAt(int row, int column) const;

    WorktimeResultPtr m_result;
    // Per row: the marks of its cells (the export's), and the report day index per date (-1).
    std::vector<std::vector<CellMark>> m_marks;
    std::vector<std::vector<int>> m_dayIndex;
};

} // namespace attlog::ui
