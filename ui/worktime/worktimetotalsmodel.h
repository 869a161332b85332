// SPDX-License-Identifier: MIT
#pragma once

#include "ui/worktime/worktimeresult.h"

#include <QAbstractTableModel>

namespace attlog::ui {

// Per-person totals for the period, in the report's order; the columns mirror the totals export
// (worked, inside, late, left early, overtime, then day counts). GUI thread only.
class WorktimeTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorktimeTotalsModel)

public:
    enum Column : int
    {
        EmployeeId,
        Person,
        Worked,
        Inside,
        Late,
        Early,
        Overtime,
        DaysPresent,
        DaysLate,
        DaysAbsent,
        DaysNoExit,
        DaysNoEntry,
        ColumnCount
    };

    explicit WorktimeTotalsModel(QObject *parent = nullptr);

    void setResult(WorktimeResultPtr result);
    const WorktimeResultPtr &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    WorktimeResultPtr m_result;
};

} // namespace attlog::ui
