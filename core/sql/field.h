// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace attlog::sql {

// The logical fields of the iVMS-4200 `attlog` table. Each is mapped to a configured column name
// (see ColumnMapping). Statements select fields in this enum's order, absent ones skipped.
enum class Field : std::uint8_t
{
    Key,          // the live key: unique, increasing integer (serialNo by default)
    AuthDateTime, // DATETIME2 (or text on SQLite); may be NULL
    AuthDate,     // text date, used when authDateTime is NULL
    AuthTime,     // text time of day, used when authDateTime is NULL
    Direction,
    DeviceName,
    DeviceSN,
    PersonName,
    EmployeeID,
    CardNo,
    DoorName,
    ReaderName,
    InsertedAt, // when the row was written (a DEFAULT CURRENT_TIMESTAMP column); not mapped by
                // default: iVMS-4200's own table has none
};

inline constexpr std::size_t kFieldCount = 13;

inline constexpr std::array<Field, kFieldCount> kAllFields{
    Field::Key,        Field::AuthDateTime, Field::AuthDate,   Field::AuthTime,   Field::Direction,
    Field::DeviceName, Field::DeviceSN,     Field::PersonName, Field::EmployeeID, Field::CardNo,
    Field::DoorName,   Field::ReaderName,   Field::InsertedAt};

inline constexpr std::size_t fieldIndex(Field field)
{
    return static_cast<std::size_t>(field);
}

// The field's logical name: "key", "authDateTime", "authDate", … (settings keys, messages).
std::string_view fieldName(Field field);
std::optional<Field> fieldFromName(std::string_view name);
// The column iVMS-4200 uses by default: "serialNo" for the key, otherwise the logical name
// (InsertedAt, which iVMS does not have, is not mapped by default; see ColumnMapping).
std::string_view defaultColumnName(Field field);

} // namespace attlog::sql
