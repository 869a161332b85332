// SPDX-License-Identifier: MIT
#include "ui/common/eventcolumns.h"

#include "core/export/tablecell.h"
#include "ui/common/eventformat.h"

#include <QCoreApplication>

namespace attlog::ui {

QString eventColumnTitle(EventColumn column)
{
    switch (column) {
    case EventColumn::Time:
        return QCoreApplication::translate("EventColumns", "Time");
    case EventColumn::Direction:
        return QCoreApplication::translate("EventColumns", "Direction");
    case EventColumn::Person:
        return QCoreApplication::translate("EventColumns", "Person");
    case EventColumn::EmployeeId:
        return QCoreApplication::translate("EventColumns", "Employee ID");
    case EventColumn::Card:
        return QCoreApplication::translate("EventColumns", "Card");
    case EventColumn::Door:
        return QCoreApplication::translate("EventColumns", "Door");
    case EventColumn::Reader:
        return QCoreApplication::translate("EventColumns", "Reader");
    case EventColumn::Device:
        return QCoreApplication::translate("EventColumns", "Device");
    case EventColumn::Key:
        return QCoreApplication::translate("EventColumns", "Key");
    case EventColumn::Count:
        break;
    }
    return {};
}

int defaultEventColumnWidth(EventColumn column)
{
    switch (column) {
    case EventColumn::Time:
        return 150;
    case EventColumn::Direction:
        return 125; // icon + the longest word ("Неизвестно", "Unknown")
    case EventColumn::Person:
        return 250;
    case EventColumn::EmployeeId:
        return 95;
    case EventColumn::Card:
        return 105;
    case EventColumn::Door:
        return 190;
    case EventColumn::Reader:
        return 170;
    case EventColumn::Device:
        return 150;
    case EventColumn::Key:
    case EventColumn::Count:
        break;
    }
    return 80;
}

int eventColumnType(EventColumn column)
{
    switch (column) {
    case EventColumn::Time:
        return int(ColumnType::DateTime);
    case EventColumn::Key:
        return int(ColumnType::Integer);
    default:
        return int(ColumnType::Text);
    }
}

QVariant eventCellData(const AccessEvent &event, EventColumn column, int role)
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case EventColumn::Time:
            return displayDateTime(event);
        case EventColumn::Direction:
            return directionText(event.direction);
        case EventColumn::Person:
            return qs(event.person);
        case EventColumn::EmployeeId:
            return qs(event.employeeId);
        case EventColumn::Card:
            return qs(event.card);
        case EventColumn::Door:
            return qs(event.door);
        case EventColumn::Reader:
            return qs(event.reader);
        case EventColumn::Device:
            return qs(event.device);
        case EventColumn::Key:
            return event.key ? QVariant::fromValue<qint64>(*event.key) : QVariant();
        case EventColumn::Count:
            break;
        }
        return {};
    }
    if (role == kSortRole) {
        switch (column) {
        case EventColumn::Time:
            return event.time ? QVariant::fromValue<qint64>(event.time->seconds) : QVariant();
        case EventColumn::Direction:
            return static_cast<int>(event.direction);
        case EventColumn::Key:
            return event.key ? QVariant::fromValue<qint64>(*event.key) : QVariant();
        default:
            return eventCellData(event, column, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && column == EventColumn::Direction)
        return directionIcon(event.direction);
    if (role == Qt::ForegroundRole && column == EventColumn::Direction)
        return directionColor(event.direction);
    if (role == Qt::ToolTipRole && column == EventColumn::Time) {
        if (event.timeSource == TimeSource::DateAndTimeColumns)
            return QCoreApplication::translate("EventColumns",
                                               "authDateTime was empty; the time comes "
                                               "from authDate and authTime");
        if (event.timeSource == TimeSource::Missing)
            return QCoreApplication::translate("EventColumns",
                                               "The database row has no valid time");
    }
    if (role == Qt::ToolTipRole && column == EventColumn::Direction && !event.rawDirection.empty())
        return QCoreApplication::translate("EventColumns", "Stored value: %1")
            .arg(qs(event.rawDirection));
    if (role == Qt::TextAlignmentRole && column == EventColumn::Key)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace attlog::ui
