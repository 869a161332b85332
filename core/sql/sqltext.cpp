// SPDX-License-Identifier: MIT
#include "core/sql/sqltext.h"

#include "core/sql/statement.h"

#include <algorithm>
#include <cstdio>

namespace attlog::sql::detail {

std::string placeholders(std::size_t count)
{
    std::string out;
    out.reserve(count * 3);
    for (std::size_t i = 0; i < count; ++i)
        out += i == 0 ? "?" : ", ?";
    return out;
}

std::string selectKeyword(Dialect dialect, std::optional<int> limit)
{
    if (limit && dialect == Dialect::SqlServer)
        return "SELECT TOP (" + std::to_string(*limit) + ") ";
    return "SELECT ";
}

std::string limitClause(Dialect dialect, std::optional<int> limit)
{
    if (limit && dialect != Dialect::SqlServer)
        return " LIMIT " + std::to_string(*limit);
    return {};
}

std::vector<std::string> authDateForms(Date date)
{
    const CivilDate c = civilFromDate(date);
    char iso[16];
    char dotted[16];
    char slashed[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", c.year, c.month, c.day);
    std::snprintf(dotted, sizeof dotted, "%02d.%02d.%04d", c.day, c.month, c.year);
    std::snprintf(slashed, sizeof slashed, "%04d/%02d/%02d", c.year, c.month, c.day);
    return {iso, dotted, slashed};
}

std::optional<DaySpan> daysTouched(DateTime from, DateTime to)
{
    if (to <= from)
        return std::nullopt;
    return DaySpan{dateOf(from), dateOf(addSeconds(to, -1))};
}

} // namespace attlog::sql::detail
