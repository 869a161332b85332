// SPDX-License-Identifier: MIT
#include "core/sql/field.h"

namespace attlog::sql {

std::string_view fieldName(Field field)
{
    switch (field) {
    case Field::Key:
        return "key";
    case Field::AuthDateTime:
        return "authDateTime";
    case Field::AuthDate:
        return "authDate";
    case Field::AuthTime:
        return "authTime";
    case Field::Direction:
        return "direction";
    case Field::DeviceName:
        return "deviceName";
    case Field::DeviceSN:
        return "deviceSN";
    case Field::PersonName:
        return "personName";
    case Field::EmployeeID:
        return "employeeID";
    case Field::CardNo:
        return "cardNo";
    case Field::DoorName:
        return "doorName";
    case Field::ReaderName:
        return "readerName";
    case Field::InsertedAt:
        break;
    }
    return "insertedAt";
}

std::optional<Field> fieldFromName(std::string_view name)
{
    for (const Field f : kAllFields)
        if (fieldName(f) == name)
            return f;
    return std::nullopt;
}

std::string_view defaultColumnName(Field field)
{
    return field == Field::Key ? std::string_view{"serialNo"} : fieldName(field);
}

} // namespace attlog::sql
