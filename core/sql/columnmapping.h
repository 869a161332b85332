// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/field.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace attlog::sql {

// Which column holds each logical field; a field may be absent (not selected, never queried).
// Pure data: names are validated when a QueryBuilder is created (validateMapping() and
// parseName()), not here.
//
// Requirements (checked by validateMapping()):
// - AuthDateTime is mapped, or both AuthDate and AuthTime are (AuthDateTime when Key is not:
//   keyless mode follows the table by event time);
// - at least one of PersonName, EmployeeID, CardNo is mapped.
class ColumnMapping
{
public:
    // Every field of iVMS-4200's table mapped to its default column (serialNo, authDateTime,
    // authDate, …); InsertedAt is not mapped.
    ColumnMapping();

    // A mapping with no field mapped at all (build it up with setColumn()).
    static ColumnMapping empty();

    const std::optional<std::string> &column(Field field) const
    {
        return m_columns[fieldIndex(field)];
    }
    bool has(Field field) const { return m_columns[fieldIndex(field)].has_value(); }
    // An empty string counts as absent.
    void setColumn(Field field, std::optional<std::string> column);

    bool operator==(const ColumnMapping &) const = default;

private:
    std::array<std::optional<std::string>, kFieldCount> m_columns;
};

// The requirement violations above, each one short English sentence; empty when usable.
// (Identifier syntax is checked separately, per dialect, by parseName().)
std::vector<std::string> validateMapping(const ColumnMapping &mapping);

} // namespace attlog::sql
