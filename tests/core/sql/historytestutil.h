// SPDX-License-Identifier: MIT
// Shared by the History statement tests (historyquery_tests.cpp, historyfilter_tests.cpp).
#pragma once

#include "core/sql/querybuilder.h"

#include "tests/support/catch.h"

#include <algorithm>
#include <string>
#include <vector>

namespace attlog::sql::test {

inline const std::string kCols =
    "[serialNo], [authDateTime], [authDate], [authTime], [direction], [deviceName], [deviceSN], "
    "[personName], [employeeID], [cardNo], [doorName], [readerName]";
inline const std::string kMySqlCols =
    "`serialNo`, `authDateTime`, `authDate`, `authTime`, `direction`, `deviceName`, `deviceSN`, "
    "`personName`, `employeeID`, `cardNo`, `doorName`, `readerName`";
inline const std::string kOrder = " ORDER BY [authDateTime] DESC, [serialNo] DESC";

inline QueryBuilder builderFor(const TableConfig &config)
{
    std::string error;
    auto b = QueryBuilder::create(config, &error);
    INFO(error);
    REQUIRE(b);
    return *b;
}

inline QueryBuilder builderFor(Dialect d)
{
    return builderFor(TableConfig::defaults(d));
}

inline DateTime at(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return makeDateTime(dateFromCivil(y, mo, d), h, mi, s);
}

inline SqlValue str(const char *s)
{
    return std::string{s};
}

inline std::size_t placeholderCount(const std::string &text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '?'));
}

// The WHERE clause of a COUNT statement, "" when it has none.
inline std::string whereOf(const HistoryQuery &q)
{
    const std::string text = q.count().text;
    const auto pos = text.find(" WHERE ");
    return pos == std::string::npos ? std::string{} : text.substr(pos + 7);
}

inline HistoryFilter twoDays()
{
    HistoryFilter f;
    f.from = at(2024, 3, 1);
    f.to = at(2024, 3, 3);
    return f;
}

inline const std::string kTwoDaysWhere =
    "(([authDateTime] >= ? AND [authDateTime] < ?) OR ([authDateTime] IS NULL AND [authDate] IN "
    "(?, ?, ?, ?, ?, ?)))";
inline const std::vector<SqlValue> kTwoDaysValues{
    at(2024, 3, 1),    at(2024, 3, 3),    str("2024-03-01"), str("01.03.2024"),
    str("2024/03/01"), str("2024-03-02"), str("02.03.2024"), str("2024/03/02")};

} // namespace attlog::sql::test
