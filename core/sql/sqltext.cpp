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

std::string keyParameter(Dialect dialect)
{
    return dialect == Dialect::PostgreSql ? "CAST(? AS BIGINT)" : "?";
}

std::string keyParameters(Dialect dialect, std::size_t count)
{
    const std::string one = keyParameter(dialect);
    std::string out = one;
    for (std::size_t i = 1; i < count; ++i)
        out += ", " + one;
    return out;
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

std::vector<std::string> authMonthPatterns(Date first, Date last, int maxMonths)
{
    std::vector<std::string> out;
    const CivilDate a = civilFromDate(first);
    const CivilDate b = civilFromDate(last);
    const long long months =
        (static_cast<long long>(b.year) - a.year) * 12 + (b.month - a.month) + 1;
    if (months < 1 || months > maxMonths)
        return out;
    for (int y = a.year, m = a.month; y < b.year || (y == b.year && m <= b.month);) {
        char buf[3][16];
        std::snprintf(buf[0], sizeof buf[0], "%04d-%02d-%%", y, m);
        std::snprintf(buf[1], sizeof buf[1], "%%.%02d.%04d", m, y);
        std::snprintf(buf[2], sizeof buf[2], "%04d/%02d/%%", y, m);
        out.insert(out.end(), {buf[0], buf[1], buf[2]});
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    return out;
}

std::optional<DaySpan> daysTouched(DateTime from, DateTime to)
{
    if (to <= from)
        return std::nullopt;
    return DaySpan{dateOf(from), dateOf(addSeconds(to, -1))};
}

bool boundPastSqlDates(DateTime to)
{
    return makeDateTime(dateFromCivil(9999, 12, 31), 23, 59, 59) < to;
}

} // namespace attlog::sql::detail
