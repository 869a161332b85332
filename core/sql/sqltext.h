// SPDX-License-Identifier: MIT
// Small text pieces shared by the statement builders in core/sql (internal to core/sql).
#pragma once

#include "core/event/datetime.h"
#include "core/sql/dialect.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attlog::sql::detail {

// "?, ?, ?" with `count` placeholders (count >= 1).
std::string placeholders(std::size_t count);

// "SELECT " or "SELECT TOP (n) " (SQL Server with a limit).
std::string selectKeyword(Dialect dialect, std::optional<int> limit);
// " LIMIT n" (not SQL Server, with a limit) or "".
std::string limitClause(Dialect dialect, std::optional<int> limit);

// The placeholder for a key value compared with the key column: "?", on PostgreSQL
// "CAST(? AS BIGINT)". psqlODBC leaves a parameter's type to the server, which takes the column's:
// a watermark beyond an INTEGER column's range (`--since-key -9223372036854775807`) then failed
// every poll with "out of range for type integer". PostgreSQL compares INTEGER with BIGINT
// through the column's index.
std::string keyParameter(Dialect dialect);
// `count` of them, comma-separated (count >= 1).
std::string keyParameters(Dialect dialect, std::size_t count);

// The three forms iVMS writes into authDate for `date`: yyyy-MM-dd, dd.MM.yyyy, yyyy/MM/dd.
std::vector<std::string> authDateForms(Date date);

// LIKE patterns for every month from `first`'s to `last`'s, three per month in authDate's forms:
// "yyyy-MM-%", "%.MM.yyyy", "yyyy/MM/%" (no LIKE wildcard or escape character in the fixed parts).
// Empty when more than `maxMonths` months are touched.
std::vector<std::string> authMonthPatterns(Date first, Date last, int maxMonths);

// True when an exclusive upper bound `to` lies past the last second SQL dates hold
// (9999-12-31 23:59:59): the condition "time < to" is then left out. Written as a date it would
// be year 10000, which every stored time sorts after as text and servers reject as a date: a
// report reaching 9999-12-31 (plus its read-ahead) found nothing.
bool boundPastSqlDates(DateTime to);

// The calendar days touched by [from, to): first and last (inclusive); nullopt when empty.
struct DaySpan
{
    Date first;
    Date last;
    int count() const { return last.days - first.days + 1; }
};
std::optional<DaySpan> daysTouched(DateTime from, DateTime to);

// `s` without trailing spaces and tabs (CHAR columns pad with spaces): how list filters checked in
// core compare stored values.
inline std::string_view rightTrimmed(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace attlog::sql::detail
