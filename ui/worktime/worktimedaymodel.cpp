// SPDX-License-Identifier: MIT
#include "ui/worktime/worktimedaymodel.h"

#include "ui/common/eventcolumns.h"
#include "ui/common/eventformat.h"
#include "ui/worktime/worktimestyle.h"

#include <QBrush>

namespace attlog::ui {

namespace {

QVariant minutesText(const std::optional<std::int64_t> &minutes, bool blankZero)
{
    if (!minutes || (blankZero && *minutes == 0))
        return QString();
    return displayMinutes(*minutes);
}

QVariant minutesSort(const std::optional<std::int64_t> &minutes)
{
    return minutes ? QVariant::fromValue<qint64>(*minutes) : QVariant::fromValue<qint64>(-1);
}

} // namespace

WorktimeDayModel::WorktimeDayModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WorktimeDayModel::setResult(WorktimeResultPtr result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int WorktimeDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->report.days.size());
}

int WorktimeDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorktimeDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorktimeReport &report = m_result->report;
    const WorktimeDay &day = report.days[std::size_t(index.row())];
    const WorktimePerson &person = report.people[day.person];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case EmployeeId:
            return qs(person.employeeId);
        case Person:
            return qs(person.name.empty() ? person.card : person.name);
        case Date:
            return dateWithWeekday(day.date);
        case FirstIn:
            return day.firstIn ? passTimeText(*day.firstIn, day.date) : QString();
        case LastOut:
            return day.lastOut ? passTimeText(*day.lastOut, day.date) : QString();
        case Inside:
            return day.firstIn || day.insideMinutes > 0 ? displayMinutes(day.insideMinutes)
                                                        : QString();
        case Span:
            return minutesText(day.spanMinutes, false);
        case Worked:
            return minutesText(day.workedMinutes, false);
        case Late:
            return minutesText(day.lateMinutes, true);
        case Early:
            return minutesText(day.earlyMinutes, true);
        case Overtime:
            return minutesText(day.overtimeMinutes, true);
        case Flags:
            return isStillInsideToday(day) ? tr("Not out yet") : flagsText(day.flags);
        case ColumnCount:
            break;
        }
        return {};
    case kSortRole:
        switch (column) {
        case Date:
            return day.date.days;
        case FirstIn:
            return day.firstIn ? QVariant::fromValue<qint64>(day.firstIn->seconds) : QVariant();
        case LastOut:
            return day.lastOut ? QVariant::fromValue<qint64>(day.lastOut->seconds) : QVariant();
        case Inside:
            return QVariant::fromValue<qint64>(day.insideMinutes);
        case Span:
            return minutesSort(day.spanMinutes);
        case Worked:
            return minutesSort(day.workedMinutes);
        case Late:
            return minutesSort(day.lateMinutes);
        case Early:
            return minutesSort(day.earlyMinutes);
        case Overtime:
            return minutesSort(day.overtimeMinutes);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::BackgroundRole:
        if (column == Late && day.lateMinutes.value_or(0) > 0)
            return QBrush(lateColor());
        if (column == Early && day.earlyMinutes.value_or(0) > 0)
            return QBrush(lateColor());
        if (column == Flags && day.flags.absent)
            return QBrush(absentColor());
        if (column == Flags && (day.flags.noExit || day.flags.noEntry) && !isStillInsideToday(day))
            return QBrush(incompleteColor());
        return {};
    case Qt::TextAlignmentRole:
        if (column >= FirstIn && column <= Overtime)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == FirstIn && day.firstIn)
            return displayTime(*day.firstIn);
        if (column == LastOut && day.lastOut)
            return displayTime(*day.lastOut);
        if (column == Flags && isStillInsideToday(day))
            return tr("Came in today and has not gone out yet.");
        if (column == Flags && day.flags.noExit)
            return tr("An entry of this day has no matching exit (or the exit came more than "
                      "%n hours later).",
                      nullptr, report.rules.maxIntervalHours);
        if (column == Flags && day.flags.noEntry)
            return tr("An exit of this day has no entry before it.");
        if (column == Flags && day.flags.absent)
            return tr("A scheduled working day without any pass.");
        return {};
    default:
        return {};
    }
}

QVariant WorktimeDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Inside:
            return tr("Time between each entry and its exit, added up");
        case Span:
            return tr("From the first entry to the last exit");
        case Worked:
            return tr("Span or time inside, as chosen in Mode");
        case Overtime:
            return tr("Worked time beyond the scheduled length (all of it on a day off)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case EmployeeId:
        return tr("Employee ID");
    case Person:
        return tr("Person");
    case Date:
        return tr("Date");
    case FirstIn:
        return tr("First in");
    case LastOut:
        return tr("Last out");
    case Inside:
        return tr("Inside");
    case Span:
        return tr("Span");
    case Worked:
        return tr("Worked");
    case Late:
        return tr("Late");
    case Early:
        return tr("Left early");
    case Overtime:
        return tr("Overtime");
    case Flags:
        return tr("Remarks");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace attlog::ui
