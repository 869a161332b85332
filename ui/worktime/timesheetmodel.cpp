// SPDX-License-Identifier: MIT
#include "ui/worktime/timesheetmodel.h"

#include "core/report/reportformat.h"
#include "ui/common/eventcolumns.h"
#include "ui/common/eventformat.h"
#include "ui/worktime/worktimestyle.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace attlog::ui {

TimesheetModel::TimesheetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimesheetModel::setResult(WorktimeResultPtr result)
{
    beginResetModel();
    m_result = std::move(result);
    m_marks.clear();
    m_dayIndex.clear();
    if (m_result) {
        const WorktimeReport &report = m_result->report;
        const Timesheet &sheet = m_result->timesheet;
        for (const TimesheetRow &row : sheet.rows) {
            m_marks.push_back(timesheetMarks(row));
            m_dayIndex.emplace_back(sheet.dates.size(), -1);
        }
        for (std::size_t i = 0; i < report.days.size(); ++i) {
            const WorktimeDay &day = report.days[i];
            m_dayIndex[day.person][std::size_t(day.date.days - report.from.days)] = int(i);
        }
    }
    endResetModel();
}

int TimesheetModel::dateCount() const
{
    return m_result ? int(m_result->timesheet.dates.size()) : 0;
}

std::optional<Date> TimesheetModel::dateOfColumn(int column) const
{
    const int d = column - kFirstDateColumn;
    if (!m_result || d < 0 || d >= dateCount())
        return std::nullopt;
    return m_result->timesheet.dates[std::size_t(d)];
}

int TimesheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->timesheet.rows.size());
}

int TimesheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : kFirstDateColumn + dateCount() + 1;
}

const WorktimeDay *TimesheetModel::dayAt(int row, int column) const
{
    const int d = column - kFirstDateColumn;
    if (d < 0 || d >= dateCount())
        return nullptr;
    const int i = m_dayIndex[std::size_t(row)][std::size_t(d)];
    return i < 0 ? nullptr : &m_result->report.days[std::size_t(i)];
}

QVariant TimesheetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorktimeReport &report = m_result->report;
    const TimesheetRow &row = m_result->timesheet.rows[std::size_t(index.row())];
    const WorktimePerson &person = report.people[row.person];
    const int column = index.column();
    const std::optional<Date> date = dateOfColumn(column);
    const TimesheetCell *cell = date ? &row.cells[std::size_t(column - kFirstDateColumn)] : nullptr;
    const WorktimeDay *day = dayAt(index.row(), column);
    // Today's missing exit is not flagged yet: the person is still inside.
    const bool stillInside = day && isStillInsideToday(*day);
    auto mark = CellMark(m_marks[std::size_t(index.row())][std::size_t(column)]);
    if (stillInside)
        mark = cell->late ? CellMark::Late : CellMark::None;

    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return qs(person.employeeId);
        if (column == 1)
            return qs(person.name.empty() ? person.card : person.name);
        if (!cell)
            return displayMinutes(row.totalWorkedMinutes);
        if (cell->workedMinutes)
            return displayMinutes(*cell->workedMinutes);
        if (cell->flags.absent)
            return tr("abs.", "timesheet cell: absent");
        if (stillInside)
            return tr("in", "timesheet cell: inside now, not out yet");
        if (cell->flags.noExit || cell->flags.noEntry)
            return QStringLiteral("?");
        return QString();
    case kSortRole:
        if (column < kFirstDateColumn)
            return data(index, Qt::DisplayRole);
        if (!cell)
            return QVariant::fromValue<qint64>(row.totalWorkedMinutes);
        return QVariant::fromValue<qint64>(cell->workedMinutes.value_or(-1));
    case kMarkRole:
        return int(mark);
    case Qt::BackgroundRole:
        switch (mark) {
        case CellMark::Absent:
            return QBrush(absentColor());
        case CellMark::Incomplete:
            return QBrush(incompleteColor());
        case CellMark::Late:
            return QBrush(lateColor());
        case CellMark::None:
            break;
        }
        if (date && !isWorkingDay(*date, report.rules))
            return QBrush(nonWorkingDayColor());
        return {};
    case Qt::FontRole:
        if (column == totalColumn()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= kFirstDateColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole: {
        if (!date)
            return {};
        QStringList lines;
        lines << qs(person.name) + QStringLiteral(" — ") + dateWithWeekday(*date);
        if (stillInside)
            lines << tr("Came in today and has not gone out yet.");
        if (day) {
            if (day->firstIn)
                lines << tr("First in: %1").arg(passTimeText(*day->firstIn, day->date));
            if (day->lastOut)
                lines << tr("Last out: %1").arg(passTimeText(*day->lastOut, day->date));
            if (day->workedMinutes)
                lines << tr("Worked: %1").arg(displayMinutes(*day->workedMinutes));
            if (day->lateMinutes.value_or(0) > 0)
                lines << tr("Late: %1").arg(displayMinutes(*day->lateMinutes));
            if (day->flags.any() && !stillInside)
                lines << flagsText(day->flags);
        } else {
            lines << tr("No passes");
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant TimesheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const std::optional<Date> date = dateOfColumn(section);
    if (role == Qt::ToolTipRole && date)
        return dateWithWeekday(*date);
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Employee ID");
    if (section == 1)
        return tr("Person");
    if (date) {
        const QDate shown = toQDate(*date);
        return QString::number(shown.day()) + QLatin1Char('\n') +
               QLocale().dayName(shown.dayOfWeek(), QLocale::ShortFormat);
    }
    if (section == totalColumn())
        return tr("Total");
    return {};
}

} // namespace attlog::ui
