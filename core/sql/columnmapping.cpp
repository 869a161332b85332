// SPDX-License-Identifier: MIT
#include "core/sql/columnmapping.h"

namespace attlog::sql {

ColumnMapping::ColumnMapping()
{
    for (const Field f : kAllFields)
        if (f != Field::InsertedAt)
            m_columns[fieldIndex(f)] = std::string{defaultColumnName(f)};
}

ColumnMapping ColumnMapping::empty()
{
    ColumnMapping mapping;
    for (auto &c : mapping.m_columns)
        c.reset();
    return mapping;
}

void ColumnMapping::setColumn(Field field, std::optional<std::string> column)
{
    if (column && column->empty())
        column.reset();
    m_columns[fieldIndex(field)] = std::move(column);
}

std::vector<std::string> validateMapping(const ColumnMapping &mapping)
{
    std::vector<std::string> problems;
    if (!mapping.has(Field::Key) && !mapping.has(Field::AuthDateTime))
        problems.emplace_back("without a key column, authDateTime must be mapped (keyless mode "
                              "follows the table by event time)");
    else if (!mapping.has(Field::AuthDateTime) &&
             !(mapping.has(Field::AuthDate) && mapping.has(Field::AuthTime)))
        problems.emplace_back("map authDateTime, or both authDate and authTime");
    if (!mapping.has(Field::PersonName) && !mapping.has(Field::EmployeeID) &&
        !mapping.has(Field::CardNo))
        problems.emplace_back("map at least one of personName, employeeID, cardNo");
    return problems;
}

} // namespace attlog::sql
