// SPDX-License-Identifier: MIT
#include "ui/worktime/worktimetotalsmodel.h"

#include "ui/common/eventcolumns.h"
#include "ui/common/eventformat.h"
#include "ui/worktime/worktimestyle.h"

#include <QBrush>

namespace attlog::ui {

WorktimeTotalsModel::WorktimeTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WorktimeTotalsModel::setResult(WorktimeResultPtr result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int WorktimeTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->report.totals.size());
}

int WorktimeTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorktimeTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorktimeReport &report = m_result->report;
    const WorktimeTotal &total = report.totals[std::size_t(index.row())];
    const WorktimePerson &person = report.people[total.person];
    const auto column = Column(index.column());

    qint64 number = 0;
    bool isMinutes = false;
    switch (column) {
    case Worked:
        number = total.workedMinutes;
        isMinutes = true;
        break;
    case Inside:
        number = total.insideMinutes;
        isMinutes = true;
        break;
    case Late:
        number = total.lateMinutes;
        isMinutes = true;
        break;
    case Early:
        number = total.earlyMinutes;
        isMinutes = true;
        break;
    case Overtime:
        number = total.overtimeMinutes;
        isMinutes = true;
        break;
    case DaysPresent:
        number = total.daysPresent;
        break;
    case DaysLate:
        number = total.daysLate;
        break;
    case DaysAbsent:
        number = total.daysAbsent;
        break;
    case DaysNoExit:
        number = total.daysNoExit;
        break;
    case DaysNoEntry:
        number = total.daysNoEntry;
        break;
    default:
        break;
    }
    const bool numeric = column >= Worked && column < ColumnCount;

    switch (role) {
    case Qt::DisplayRole:
        if (column == EmployeeId)
            return qs(person.employeeId);
        if (column == Person)
            return qs(person.name.empty() ? person.card : person.name);
        if (isMinutes)
            return displayMinutes(number);
        return numeric ? QVariant(QString::number(number)) : QVariant();
    case kSortRole:
        if (numeric)
            return QVariant::fromValue<qint64>(number);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (numeric)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (number > 0 && (column == DaysLate || column == Late))
            return QBrush(lateColor());
        if (number > 0 && column == DaysAbsent)
            return QBrush(absentColor());
        if (number > 0 && (column == DaysNoExit || column == DaysNoEntry))
            return QBrush(incompleteColor());
        return {};
    default:
        return {};
    }
}

QVariant WorktimeTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case DaysPresent:
            return tr("Days with an entry");
        case DaysNoExit:
            return tr("Days with an entry that has no matching exit");
        case DaysNoEntry:
            return tr("Days with an exit that has no entry before it");
        case DaysAbsent:
            return tr("Scheduled working days without any pass");
        default:
            return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EmployeeId:
        return tr("Employee ID");
    case Person:
        return tr("Person");
    case Worked:
        return tr("Worked");
    case Inside:
        return tr("Inside");
    case Late:
        return tr("Late");
    case Early:
        return tr("Left early");
    case Overtime:
        return tr("Overtime");
    case DaysPresent:
        return tr("Days present");
    case DaysLate:
        return tr("Days late");
    case DaysAbsent:
        return tr("Days absent");
    case DaysNoExit:
        return tr("Days no exit");
    case DaysNoEntry:
        return tr("Days no entry");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace attlog::ui
