// SPDX-License-Identifier: MIT
#include "ui/whowhere/presencemodel.h"

#include "ui/common/eventcolumns.h"
#include "ui/common/eventformat.h"
#include "ui/common/modelexporter.h"

#include <QBrush>
#include <QFont>

#include <tuple>

namespace attlog::ui {

namespace {

bool orderedBefore(const PresenceRow &a, const PresenceRow &b)
{
    return std::tie(a.person, a.identity) < std::tie(b.person, b.identity);
}

bool samePerson(const PresenceRow &a, const PresenceRow &b)
{
    return a.person == b.person && a.identity == b.identity;
}

bool sameContent(const PresenceRow &a, const PresenceRow &b)
{
    return a.status == b.status && a.lastTime == b.lastTime && a.lastDoor == b.lastDoor &&
           a.lastDirection == b.lastDirection && a.card == b.card && a.employeeId == b.employeeId;
}

QColor statusBackground(PresenceStatus status)
{
    switch (status) {
    case PresenceStatus::Inside:
        return QColor(0xdf, 0xf3, 0xe0);
    case PresenceStatus::Outside:
        return QColor(0xe8, 0xee, 0xf6);
    case PresenceStatus::Unknown:
        break;
    }
    return QColor(0xff, 0xee, 0xd6);
}

} // namespace

PresenceModel::PresenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString PresenceModel::statusText(PresenceStatus status)
{
    switch (status) {
    case PresenceStatus::Inside:
        return tr("Inside");
    case PresenceStatus::Outside:
        return tr("Outside");
    case PresenceStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QColor PresenceModel::statusColor(PresenceStatus status)
{
    switch (status) {
    case PresenceStatus::Inside:
        return QColor(0x2e, 0x7d, 0x32); // green, as an entry
    case PresenceStatus::Outside:
        return QColor(0x45, 0x5a, 0x64); // slate: nothing to act on
    case PresenceStatus::Unknown:
        break;
    }
    return QColor(0xef, 0x6c, 0x00); // orange, as an unknown direction
}

QString PresenceModel::agoText(std::int64_t seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("just now");
    const std::int64_t minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const std::int64_t hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

void PresenceModel::setRows(std::vector<PresenceRow> rows, DateTime at)
{
    m_at = at;
    if (m_rows.empty() || rows.empty()) {
        if (m_rows.empty() && rows.empty())
            return;
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }

    // Walk both ordered lists once; `i` indexes the rows as they are being changed.
    int firstChanged = -1;
    int lastChanged = -1;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < m_rows.size() || j < rows.size()) {
        if (j == rows.size() || (i < m_rows.size() && orderedBefore(m_rows[i], rows[j]))) {
            std::size_t end = i + 1;
            while (end < m_rows.size() && (j == rows.size() || orderedBefore(m_rows[end], rows[j])))
                ++end;
            beginRemoveRows({}, int(i), int(end) - 1);
            m_rows.erase(m_rows.begin() + std::ptrdiff_t(i), m_rows.begin() + std::ptrdiff_t(end));
            endRemoveRows();
            continue;
        }
        if (i == m_rows.size() || !samePerson(m_rows[i], rows[j])) {
            // rows[j] comes before m_rows[i] (or after the end): insert the run that does.
            std::size_t end = j + 1;
            while (end < rows.size() && (i == m_rows.size() || orderedBefore(rows[end], m_rows[i])))
                ++end;
            beginInsertRows({}, int(i), int(i + (end - j)) - 1);
            m_rows.insert(m_rows.begin() + std::ptrdiff_t(i),
                          std::make_move_iterator(rows.begin() + std::ptrdiff_t(j)),
                          std::make_move_iterator(rows.begin() + std::ptrdiff_t(end)));
            endInsertRows();
            i += end - j;
            j = end;
            continue;
        }
        if (!sameContent(m_rows[i], rows[j])) {
            if (firstChanged < 0)
                firstChanged = int(i);
            lastChanged = int(i);
        }
        m_rows[i] = std::move(rows[j]);
        ++i;
        ++j;
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    setReferenceTime(at);
}

void PresenceModel::setReferenceTime(DateTime at)
{
    m_at = at;
    if (!m_rows.empty())
        emit dataChanged(index(0, Ago), index(int(m_rows.size()) - 1, Ago), {Qt::DisplayRole});
}

int PresenceModel::rowOfIdentity(const std::string &identity) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].identity == identity)
            return int(i);
    }
    return -1;
}

int PresenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PresenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PresenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PresenceRow &row = m_rows[std::size_t(index.row())];
    const auto column = Column(index.column());
    const std::int64_t ago = m_at.seconds - row.lastTime.seconds;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Status:
            return statusText(row.status);
        case Person:
            return qs(row.person);
        case EmployeeId:
            return qs(row.employeeId);
        case Card:
            return qs(row.card);
        case LastDoor:
            return qs(row.lastDoor);
        case LastDirection:
            return directionText(row.lastDirection);
        case LastTime:
            return displayTime(row.lastTime);
        case Ago:
            return agoText(ago);
        case ColumnCount:
            break;
        }
        return {};
    case kSortRole:
        switch (column) {
        case Status:
            return int(row.status);
        case LastTime:
        case Ago:
            return QVariant::fromValue<qint64>(row.lastTime.seconds);
        default:
            return data(index, Qt::DisplayRole);
        }
    case kStatusRole:
        return int(row.status);
    case Qt::DecorationRole:
        if (column == LastDirection)
            return directionIcon(row.lastDirection);
        if (column == Status) // inside: the entry's arrow, outside: the exit's
            return directionIcon(row.status == PresenceStatus::Inside    ? Direction::In
                                 : row.status == PresenceStatus::Outside ? Direction::Out
                                                                         : Direction::Unknown);
        return {};
    case Qt::ForegroundRole:
        if (column == Status)
            return QBrush(statusColor(row.status));
        if (column == LastDirection)
            return QBrush(directionColor(row.lastDirection));
        return {};
    case Qt::BackgroundRole:
        if (column == Status)
            return QBrush(statusBackground(row.status));
        return {};
    case Qt::FontRole:
        if (column == Status) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Status && row.status == PresenceStatus::Unknown)
            return tr("No pass in this period tells whether the person came in or went out.");
        if (column == Ago || column == LastTime)
            return tr("Last pass: %1").arg(displayTime(row.lastTime));
        return {};
    default:
        return {};
    }
}

QVariant PresenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Exports write the last pass as a real date-time (from kSortRole).
    if (orientation == Qt::Horizontal && role == kColumnTypeRole)
        return section == LastTime ? int(ColumnType::DateTime) : int(ColumnType::Text);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Status:
        return tr("Status");
    case Person:
        return tr("Person");
    case EmployeeId:
        return tr("Employee ID");
    case Card:
        return tr("Card");
    case LastDoor:
        return tr("Last door");
    case LastDirection:
        return tr("Direction");
    case LastTime:
        return tr("Last pass");
    case Ago:
        return tr("How long ago");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace attlog::ui
