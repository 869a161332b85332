// SPDX-License-Identifier: MIT
#pragma once

#include "ui/worktime/worktimeresult.h"

#include <QAbstractTableModel>

namespace attlog::ui {

// The Worktime tab's daily detail: one row per person per date of a report, in the report's
// order (person, then date); the columns mirror the daily export (employee ID, person, date,
// first in, last out, inside, span, worked, late, early, overtime, flags). Minutes show as h:mm;
// late and early leave cells are amber, a missing pass violet, an absent day red.
// GUI thread only.
class WorktimeDayModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorktimeDayModel)

public:
    enum Column : int
    {
        EmployeeId,
        Person,
        Date,
        FirstIn,
        LastOut,
        Inside,
        Span,
        Worked,
        Late,
        Early,
        Overtime,
        Flags,
        ColumnCount
    };

    explicit WorktimeDayModel(QObject *parent = nullptr);

    // Replaces everything (one reset); null clears.
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
