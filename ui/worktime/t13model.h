// SPDX-License-Identifier: MIT
#pragma once

#include "ui/worktime/worktimeresult.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace attlog::ui {

// The T-13 timesheet of a result calculated under a work plan, as the form reads: one row per
// planned person in the report's order, columns personnel number, name, every day of the month
// (the codes above the hours, "Я\n8"), days and hours worked in the month, and the absences by
// code. A cell's tooltip gives the day's figures (planned shift, passes, late, early, overtime,
// night and holiday time, remarks); cells are coloured by their code (day off grey, НН red, an
// absence blue, work on a day off green; changed since printed orange). Empty without a T-13
// sheet. GUI thread only.
class T13Model final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(T13Model)

public:
    static constexpr int kFirstDayColumn = 2;
    enum Column : int
    {
        PersonnelNumber = 0,
        Name = 1
    };

    explicit T13Model(QObject *parent = nullptr);

    void setResult(WorktimeResultPtr result); // clears the changes
    // Marks the cells that read differently from the sheet printed at `printedAt` (t13Changes of
    // that sheet and this one): orange, their tooltip says what they read then.
    void setChanges(const std::vector<T13Change> &changes, const QDateTime &printedAt);
    bool isChanged(const QModelIndex &index) const;
    const WorktimeResultPtr &result() const { return m_result; }

    int dayCount() const; // days of the month
    int daysColumn() const { return kFirstDayColumn + dayCount(); }
    int hoursColumn() const { return daysColumn() + 1; }
    int absencesColumn() const { return daysColumn() + 2; }
    // The planned day behind a cell (a day column of a person), or nullptr.
    const PlannedWorkDay *plannedDay(const QModelIndex &index) const;
    // The person of a row (the report's planned person).
    const WorktimePerson *person(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString dayToolTip(const PlannedWorkDay &day) const;

    WorktimeResultPtr m_result;
    std::map<std::pair<int, int>, T13Change> m_changes; // by (row, day of the month)
    QDateTime m_printedAt;
};

} // namespace attlog::ui
