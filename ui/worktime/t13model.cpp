// SPDX-License-Identifier: MIT
#include "ui/worktime/t13model.h"

#include "db/qtconvert.h"
#include "ui/worktime/worktimestyle.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QStringList>

namespace attlog::ui {

namespace {

// "8:05"
QString minutesText(std::int64_t minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QColor codeColor(const std::string &codes)
{
    const std::string first = codes.substr(0, codes.find('/'));
    if (first.empty())
        return {};
    if (first == "В")
        return nonWorkingDayColor();
    if (first == "НН")
        return absentColor();
    if (first == "РВ")
        return QColor(0xc8, 0xe6, 0xc9); // work on a day off: light green
    if (first == "Я")
        return {};
    return QColor(0xbb, 0xde, 0xfb); // an absence with its reason: light blue
}

} // namespace

T13Model::T13Model(QObject *parent)
    : QAbstractTableModel(parent)
{}

void T13Model::setResult(WorktimeResultPtr result)
{
    beginResetModel();
    m_result = std::move(result);
    m_changes.clear();
    endResetModel();
}

void T13Model::setChanges(const std::vector<T13Change> &changes, const QDateTime &printedAt)
{
    beginResetModel();
    m_changes.clear();
    m_printedAt = printedAt;
    if (m_result && m_result->t13) {
        const std::vector<T13Person> &people = m_result->t13->people;
        for (const T13Change &change : changes) {
            // The person by personnel number, else by name (as t13Changes matches them).
            const auto person = std::find_if(people.begin(), people.end(), [&](const T13Person &p) {
                return change.number.empty() ? p.number.empty() && p.name == change.name
                                             : p.number == change.number;
            });
            if (person != people.end())
                m_changes[{int(person - people.begin()), change.day}] = change;
        }
    }
    endResetModel();
}

bool T13Model::isChanged(const QModelIndex &index) const
{
    return index.isValid() &&
           m_changes.count({index.row(), index.column() - kFirstDayColumn + 1}) != 0;
}

int T13Model::dayCount() const
{
    if (!m_result || !m_result->t13)
        return 0;
    return daysInMonth(m_result->t13->year, m_result->t13->month);
}

int T13Model::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result || !m_result->t13)
        return 0;
    return int(m_result->t13->people.size());
}

int T13Model::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result || !m_result->t13)
        return 0;
    return absencesColumn() + 1;
}

const WorktimePerson *T13Model::person(int row) const
{
    if (!m_result || !m_result->planned || !m_result->t13 || row < 0 ||
        std::size_t(row) >= m_result->t13->people.size())
        return nullptr;
    return &m_result->planned->people[m_result->t13->people[std::size_t(row)].person];
}

const PlannedWorkDay *T13Model::plannedDay(const QModelIndex &index) const
{
    if (!index.isValid() || !m_result || !m_result->planned || !m_result->t13)
        return nullptr;
    const int day = index.column() - kFirstDayColumn + 1;
    if (day < 1 || day > dayCount())
        return nullptr;
    const PlannedWorktimeReport &report = *m_result->planned;
    const Date date = dateFromCivil(m_result->t13->year, m_result->t13->month, day);
    if (date < report.from || date > report.to)
        return nullptr;
    const std::size_t dates = std::size_t(report.to.days - report.from.days + 1);
    const std::size_t person = m_result->t13->people[std::size_t(index.row())].person;
    const std::size_t at = person * dates + std::size_t(date.days - report.from.days);
    return at < report.days.size() ? &report.days[at] : nullptr;
}

QVariant T13Model::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_result || !m_result->t13)
        return {};
    const T13Person &person = m_result->t13->people[std::size_t(index.row())];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignCenter);
    if (column == PersonnelNumber || column == Name) {
        if (role == Qt::DisplayRole)
            return qs(column == Name ? person.name : person.number);
        return {};
    }
    if (column == daysColumn())
        return role == Qt::DisplayRole ? QVariant(person.monthDays) : QVariant();
    if (column == hoursColumn())
        return role == Qt::DisplayRole ? QVariant(qs(t13Hours(person.monthMinutes))) : QVariant();
    if (column == absencesColumn()) {
        if (role != Qt::DisplayRole)
            return {};
        QStringList parts;
        for (const auto &[code, days] : person.absences)
            parts << QStringLiteral("%1 %2").arg(qs(code)).arg(days);
        return parts.join(QStringLiteral(", "));
    }
    const T13Day &cell = person.days[std::size_t(column - kFirstDayColumn)];
    const auto change = m_changes.find({index.row(), column - kFirstDayColumn + 1});
    if (change != m_changes.end()) {
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xff, 0xcc, 0x80)); // changed since printed: orange
        if (role == Qt::ToolTipRole) {
            const T13Change &c = change->second;
            const QString then = c.hoursBefore.empty()
                                     ? qs(c.codesBefore)
                                     : qs(c.codesBefore) + QLatin1Char(' ') + qs(c.hoursBefore);
            QString tip =
                tr("Changed since printed on %1: it read «%2»")
                    .arg(QLocale().toString(m_printedAt.toLocalTime(), QLocale::ShortFormat),
                         then.isEmpty() ? tr("(empty)") : then);
            if (const PlannedWorkDay *day = plannedDay(index))
                tip += QStringLiteral("\n\n") + dayToolTip(*day);
            return tip;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (!cell.inPeriod)
            return {};
        return cell.hours.empty() ? qs(cell.codes)
                                  : qs(cell.codes) + QLatin1Char('\n') + qs(cell.hours);
    case Qt::BackgroundRole: {
        const QColor color = cell.inPeriod ? codeColor(cell.codes) : QColor(0xee, 0xee, 0xee);
        return color.isValid() ? QVariant(QBrush(color)) : QVariant();
    }
    case Qt::ToolTipRole:
        if (const PlannedWorkDay *day = plannedDay(index))
            return dayToolTip(*day);
        return {};
    default:
        return {};
    }
}

QString T13Model::dayToolTip(const PlannedWorkDay &day) const
{
    QStringList lines;
    lines << dateWithWeekday(day.date);
    if (!day.plannedShift.empty())
        lines << tr("Planned shift %1: %2")
                     .arg(qs(day.plannedShift), minutesText(day.plannedMinutes));
    else
        lines << tr("No shift planned");
    if (day.holiday)
        lines << tr("Public holiday");
    if (day.shortDay)
        lines << tr("Pre-holiday day, one hour shorter");
    if (!day.absence.empty())
        lines << tr("Absence: %1").arg(qs(day.absence));
    if (day.firstIn || day.lastOut) {
        lines << tr("In %1 · out %2")
                     .arg(day.firstIn ? passTimeText(*day.firstIn, day.date) : tr("—"),
                          day.lastOut ? passTimeText(*day.lastOut, day.date) : tr("—"));
    }
    lines << tr("Worked %1").arg(minutesText(day.workedMinutes));
    if (day.lateMinutes > 0)
        lines << tr("Late %1 min").arg(day.lateMinutes);
    if (day.earlyMinutes > 0)
        lines << tr("Left early %1 min").arg(day.earlyMinutes);
    if (day.overtimeBeforeMinutes > 0 || day.overtimeAfterMinutes > 0)
        lines << tr("Overtime %1 min before the shift, %2 min after")
                     .arg(day.overtimeBeforeMinutes)
                     .arg(day.overtimeAfterMinutes);
    if (day.nightMinutes > 0)
        lines << tr("Night time %1").arg(minutesText(day.nightMinutes));
    if (day.holidayMinutes > 0)
        lines << tr("On a holiday or day off %1").arg(minutesText(day.holidayMinutes));
    if (day.noExit)
        lines << tr("No exit: closed at the planned end");
    if (day.noEntry)
        lines << tr("An exit without an entry");
    if (day.passesDuringAbsence)
        lines << tr("Passes during the absence (the absence's code counts)");
    lines << tr("Double-click for the passes");
    return lines.join(QLatin1Char('\n'));
}

QVariant T13Model::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == PersonnelNumber)
        return tr("Personnel no.");
    if (section == Name)
        return tr("Name");
    if (section == daysColumn())
        return tr("Days");
    if (section == hoursColumn())
        return tr("Hours");
    if (section == absencesColumn())
        return tr("Absences");
    return QString::number(section - kFirstDayColumn + 1);
}

} // namespace attlog::ui
