// SPDX-License-Identifier: MIT
#include "core/sql/querybuilder.h"

#include "tests/support/catch.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

using namespace attlog;
using namespace attlog::sql;

namespace {

const std::string kSqlServerCols =
    "[serialNo], [authDateTime], [authDate], [authTime], [direction], [deviceName], [deviceSN], "
    "[personName], [employeeID], [cardNo], [doorName], [readerName]";
const std::string kMySqlCols =
    "`serialNo`, `authDateTime`, `authDate`, `authTime`, `direction`, `deviceName`, `deviceSN`, "
    "`personName`, `employeeID`, `cardNo`, `doorName`, `readerName`";
const std::string kDoubleQuotedCols =
    "\"serialNo\", \"authDateTime\", \"authDate\", \"authTime\", \"direction\", \"deviceName\", "
    "\"deviceSN\", \"personName\", \"employeeID\", \"cardNo\", \"doorName\", \"readerName\"";

QueryBuilder builderFor(const TableConfig &config)
{
    std::string error;
    auto b = QueryBuilder::create(config, &error);
    INFO(error);
    REQUIRE(b);
    return *b;
}

QueryBuilder builderFor(Dialect d)
{
    return builderFor(TableConfig::defaults(d));
}

DateTime at(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return makeDateTime(dateFromCivil(y, mo, d), h, mi, s);
}

std::vector<SqlValue> ints(std::initializer_list<std::int64_t> values)
{
    return {values.begin(), values.end()};
}

std::size_t placeholderCount(const std::string &text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '?'));
}

} // namespace

TEST_CASE("live.poll: key > ? ORDER BY key with TOP or LIMIT per dialect", "[sql]")
{
    const Statement ss = builderFor(Dialect::SqlServer).livePoll(41, 500);
    CHECK(ss.name == "live.poll");
    CHECK(ss.text == "SELECT TOP (500) " + kSqlServerCols +
                         " FROM [dbo].[attlog] WHERE [serialNo] > ? ORDER BY [serialNo]");
    CHECK(ss.values == ints({41}));
    // Every field of iVMS-4200's table: all but insertedAt.
    CHECK(ss.fields == std::vector<Field>(kAllFields.begin(), kAllFields.end() - 1));

    CHECK(builderFor(Dialect::MySql).livePoll(41, 500).text ==
          "SELECT " + kMySqlCols +
              " FROM `attlog` WHERE `serialNo` > ? ORDER BY `serialNo` LIMIT 500");
    // PostgreSQL: a BIGINT parameter, whatever the key column's integer type (see keyParameter).
    CHECK(builderFor(Dialect::PostgreSql).livePoll(41, 500).text ==
          "SELECT " + kDoubleQuotedCols +
              " FROM \"attlog\" WHERE \"serialNo\" > CAST(? AS BIGINT) ORDER BY \"serialNo\" "
              "LIMIT 500");
    CHECK(builderFor(Dialect::Sqlite).livePoll(41, 500).text ==
          "SELECT " + kDoubleQuotedCols +
              " FROM \"attlog\" WHERE \"serialNo\" > ? ORDER BY \"serialNo\" LIMIT 500");
}

TEST_CASE("Row limits are literals clamped to 1..kMaxRowLimit", "[sql]")
{
    const QueryBuilder b = builderFor(Dialect::SqlServer);
    CHECK(b.livePoll(0, 0).text.starts_with("SELECT TOP (1) "));
    CHECK(b.livePoll(0, -5).text.starts_with("SELECT TOP (1) "));
    CHECK(b.livePoll(0, 1'000'000'000).text.starts_with("SELECT TOP (100000) "));
    CHECK(builderFor(Dialect::MySql).initialLoad(kMaxRowLimit + 1).text.ends_with(" LIMIT 100000"));
}

TEST_CASE("live.recheckKeys: sorted, de-duplicated, chunked at kMaxBoundValues", "[sql]")
{
    const QueryBuilder b = builderFor(Dialect::SqlServer);
    const std::vector<std::int64_t> keys{7, 3, 7, 5};
    const auto one = b.recheckKeys(keys);
    REQUIRE(one.size() == 1);
    CHECK(one[0].name == "live.recheckKeys");
    CHECK(one[0].text ==
          "SELECT " + kSqlServerCols +
              " FROM [dbo].[attlog] WHERE [serialNo] IN (?, ?, ?) ORDER BY [serialNo]");
    CHECK(one[0].values == ints({3, 5, 7}));
    CHECK(b.recheckKeys({}).empty());

    CHECK(builderFor(Dialect::MySql).recheckKeys(keys)[0].text ==
          "SELECT " + kMySqlCols +
              " FROM `attlog` WHERE `serialNo` IN (?, ?, ?) ORDER BY `serialNo`");

    for (const std::size_t n : {std::size_t{999}, std::size_t{1000}, std::size_t{1001},
                                std::size_t{2000}, std::size_t{2001}}) {
        std::vector<std::int64_t> many(n);
        std::iota(many.begin(), many.end(), std::int64_t{100});
        const auto chunks = b.recheckKeys(many);
        INFO(n);
        CHECK(chunks.size() == (n + kMaxBoundValues - 1) / kMaxBoundValues);
        std::size_t total = 0;
        for (const auto &s : chunks) {
            CHECK(s.values.size() <= kMaxBoundValues);
            CHECK(placeholderCount(s.text) == s.values.size());
            total += s.values.size();
        }
        CHECK(total == n);
        CHECK(chunks.back().values.back() == SqlValue{std::int64_t{100} + std::int64_t(n) - 1});
    }
}

TEST_CASE("live.recheckRange and live.initial", "[sql]")
{
    const Statement range = builderFor(Dialect::SqlServer).recheckRange(10, 20, 50);
    CHECK(range.name == "live.recheckRange");
    CHECK(range.text == "SELECT TOP (50) " + kSqlServerCols +
                            " FROM [dbo].[attlog] WHERE [serialNo] >= ? AND [serialNo] <= ? "
                            "ORDER BY [serialNo]");
    CHECK(range.values == ints({10, 20}));
    CHECK(builderFor(Dialect::PostgreSql).recheckRange(10, 20, 50).text ==
          "SELECT " + kDoubleQuotedCols +
              " FROM \"attlog\" WHERE \"serialNo\" >= CAST(? AS BIGINT) AND \"serialNo\" <= "
              "CAST(? AS BIGINT) ORDER BY \"serialNo\" LIMIT 50");
    CHECK(
        builderFor(Dialect::PostgreSql).recheckKeys(std::vector<std::int64_t>{3, 5}).front().text ==
        "SELECT " + kDoubleQuotedCols +
            " FROM \"attlog\" WHERE \"serialNo\" IN (CAST(? AS BIGINT), CAST(? AS BIGINT)) "
            "ORDER BY \"serialNo\"");

    const Statement initial = builderFor(Dialect::SqlServer).initialLoad(1000);
    CHECK(initial.name == "live.initial");
    CHECK(initial.text ==
          "SELECT TOP (1000) " + kSqlServerCols +
              " FROM [dbo].[attlog] WHERE [serialNo] IS NOT NULL ORDER BY [serialNo] DESC");
    CHECK(initial.values.empty());
    CHECK(builderFor(Dialect::Sqlite).initialLoad(1000).text ==
          "SELECT " + kDoubleQuotedCols +
              " FROM \"attlog\" WHERE \"serialNo\" IS NOT NULL ORDER BY \"serialNo\" DESC LIMIT "
              "1000");
}

TEST_CASE("check.*: key range, row count, newest time and event", "[sql]")
{
    const QueryBuilder ss = builderFor(Dialect::SqlServer);
    CHECK(ss.maxKey() ==
          Statement{"check.maxKey",
                    "SELECT MAX([serialNo]) FROM [dbo].[attlog] WHERE [serialNo] IS NOT NULL",
                    {},
                    {}});
    CHECK(ss.minKey() ==
          Statement{"check.minKey",
                    "SELECT MIN([serialNo]) FROM [dbo].[attlog] WHERE [serialNo] IS NOT NULL",
                    {},
                    {}});
    CHECK(ss.nullKeyCount() ==
          Statement{"live.nullKeys",
                    "SELECT COUNT(*) FROM [dbo].[attlog] WHERE [serialNo] IS NULL",
                    {},
                    {}});
    CHECK(ss.rowCount() == Statement{"check.count", "SELECT COUNT(*) FROM [dbo].[attlog]", {}, {}});
    CHECK(ss.newestTime() ==
          Statement{"check.newestTime", "SELECT MAX([authDateTime]) FROM [dbo].[attlog]", {}, {}});
    const Statement newest = ss.newestEvent();
    CHECK(newest.name == "check.newestEvent");
    CHECK(newest.text == "SELECT TOP (1) " + kSqlServerCols +
                             " FROM [dbo].[attlog] WHERE [authDateTime] IS NOT NULL ORDER BY "
                             "[authDateTime] DESC, [serialNo] DESC");
    CHECK(builderFor(Dialect::MySql).newestEvent().text ==
          "SELECT " + kMySqlCols +
              " FROM `attlog` WHERE `authDateTime` IS NOT NULL ORDER BY `authDateTime` DESC, "
              "`serialNo` DESC LIMIT 1");
    CHECK(builderFor(Dialect::PostgreSql).maxKey().text ==
          "SELECT MAX(\"serialNo\") FROM \"attlog\" WHERE \"serialNo\" IS NOT NULL");
}

TEST_CASE("dictionary.*: distinct non-NULL values of a mapped column", "[sql]")
{
    const auto person = builderFor(Dialect::SqlServer).distinctValues(Field::PersonName);
    REQUIRE(person);
    CHECK(person->name == "dictionary.personName");
    CHECK(person->text ==
          "SELECT DISTINCT [personName] FROM [dbo].[attlog] WHERE [personName] IS NOT NULL");
    CHECK(person->fields == std::vector<Field>{Field::PersonName});
    CHECK(builderFor(Dialect::MySql).distinctValues(Field::DoorName)->text ==
          "SELECT DISTINCT `doorName` FROM `attlog` WHERE `doorName` IS NOT NULL");
    CHECK(builderFor(Dialect::Sqlite).distinctValues(Field::Direction)->name ==
          "dictionary.direction");
}

TEST_CASE("Absent columns are neither selected nor queried", "[sql]")
{
    TableConfig config = TableConfig::defaults(Dialect::SqlServer);
    config.table = "thirdparty.dbo.events";
    config.columns = ColumnMapping::empty();
    config.columns.setColumn(Field::Key, "id");
    config.columns.setColumn(Field::AuthDate, "d");
    config.columns.setColumn(Field::AuthTime, "t");
    config.columns.setColumn(Field::CardNo, "card no");
    const QueryBuilder b = builderFor(config);

    CHECK(b.selectedFields() ==
          std::vector<Field>{Field::Key, Field::AuthDate, Field::AuthTime, Field::CardNo});
    CHECK(b.livePoll(0, 10).text == "SELECT TOP (10) [id], [d], [t], [card no] FROM "
                                    "[thirdparty].[dbo].[events] WHERE [id] > ? ORDER BY [id]");
    CHECK_FALSE(b.newestTime());
    CHECK(b.newestEvent().text ==
          "SELECT TOP (1) [id], [d], [t], [card no] FROM [thirdparty].[dbo].[events] ORDER BY "
          "[id] DESC");
    CHECK_FALSE(b.distinctValues(Field::PersonName));
    CHECK(b.distinctValues(Field::CardNo));
}

TEST_CASE("A range that reaches past 9999-12-31 has no upper time bound", "[sql]")
{
    // The read-ahead of a report ending on 9999-12-31 lands in year 10000, which no stored time
    // sorts before as text and servers reject as a date: the bound is left out.
    const QueryBuilder b = builderFor(Dialect::SqlServer);
    const RangeQuery q = b.eventsInRange(at(9999, 12, 30), at(9999, 12, 31), 44 * 3600);
    REQUIRE(q.timed);
    CHECK(q.timed->text == "SELECT " + kSqlServerCols +
                               " FROM [dbo].[attlog] WHERE [authDateTime] >= ? ORDER BY "
                               "[authDateTime], [serialNo]");
    CHECK(q.timed->values == std::vector<SqlValue>{at(9999, 12, 30)});
    // The last second itself still bounds the range.
    const DateTime last = makeDateTime(dateFromCivil(9999, 12, 31), 23, 59, 59);
    CHECK(b.eventsInRange(at(9999, 12, 30), last).timed->values.size() == 2);

    HistoryFilter filter;
    filter.from = at(9999, 12, 31);
    filter.to = addSeconds(last, 1);
    const HistoryQuery history = b.history(filter);
    for (const Statement &statement : history.exportStatements()) {
        CHECK(statement.text.find("[authDateTime] < ?") == std::string::npos);
        for (const SqlValue &value : statement.values)
            CHECK(value != SqlValue{addSeconds(last, 1)});
    }
}

TEST_CASE("report.*: time range with extension, NULL-time rows by authDate text", "[sql]")
{
    const QueryBuilder b = builderFor(Dialect::SqlServer);
    const RangeQuery q = b.eventsInRange(at(2024, 3, 1), at(2024, 3, 2), 20 * 3600);
    CHECK(q.from == at(2024, 3, 1));
    CHECK(q.to == at(2024, 3, 2, 20));
    REQUIRE(q.timed);
    CHECK(q.timed->name == "report.events");
    CHECK(q.timed->text == "SELECT " + kSqlServerCols +
                               " FROM [dbo].[attlog] WHERE [authDateTime] >= ? AND "
                               "[authDateTime] < ? ORDER BY [authDateTime], [serialNo]");
    CHECK(q.timed->values == std::vector<SqlValue>{at(2024, 3, 1), at(2024, 3, 2, 20)});
    REQUIRE(q.untimed.size() == 1);
    CHECK(q.untimed[0].name == "report.untimedEvents");
    CHECK(q.untimed[0].text == "SELECT " + kSqlServerCols +
                                   " FROM [dbo].[attlog] WHERE [authDateTime] IS NULL AND "
                                   "[authDate] IN (?, ?, ?, ?, ?, ?) ORDER BY [serialNo]");
    CHECK(q.untimed[0].values ==
          std::vector<SqlValue>{std::string{"2024-03-01"}, std::string{"01.03.2024"},
                                std::string{"2024/03/01"}, std::string{"2024-03-02"},
                                std::string{"02.03.2024"}, std::string{"2024/03/02"}});

    // A negative extension counts as none; an empty range has no untimed statement.
    CHECK(b.eventsInRange(at(2024, 3, 1), at(2024, 3, 2), -5).to == at(2024, 3, 2));
    CHECK(b.eventsInRange(at(2024, 3, 2), at(2024, 3, 1)).untimed.empty());

    // 301 days: two untimed statements, each within the bound-value budget.
    const RangeQuery year =
        b.eventsInRange(at(2024, 1, 1), addSeconds(at(2024, 1, 1), 301 * 86400));
    REQUIRE(year.untimed.size() == 2);
    CHECK(year.untimed[0].values.size() == 900);
    CHECK(year.untimed[1].values.size() == 3);
    CHECK(year.untimed[1].values[0] == SqlValue{std::string{"2024-10-27"}});
    CHECK(placeholderCount(year.untimed[0].text) == 900);

    CHECK(builderFor(Dialect::MySql)
              .eventsInRange(at(2024, 3, 1), at(2024, 3, 1, 12))
              .untimed[0]
              .text ==
          "SELECT " + kMySqlCols +
              " FROM `attlog` WHERE `authDateTime` IS NULL AND `authDate` IN (?, ?, ?) ORDER BY "
              "`serialNo`");
}

TEST_CASE("report keeps(): untimed rows only when their derived time is in range", "[sql]")
{
    const RangeQuery q =
        builderFor(Dialect::Sqlite).eventsInRange(at(2024, 3, 1, 8), at(2024, 3, 1, 18));
    AccessEvent e;
    e.timeSource = TimeSource::DateAndTimeColumns;
    e.time = at(2024, 3, 1, 7, 59, 59);
    CHECK_FALSE(q.keeps(e));
    e.time = at(2024, 3, 1, 8);
    CHECK(q.keeps(e));
    e.time = at(2024, 3, 1, 18);
    CHECK_FALSE(q.keeps(e));
    e.timeSource = TimeSource::Missing;
    e.time.reset();
    CHECK(q.keeps(e));
    e.timeSource = TimeSource::DateTimeColumn;
    e.time = at(2030, 1, 1); // SQL already filtered these
    CHECK(q.keeps(e));
}

TEST_CASE("Reports without authDateTime read everything through the authDate list", "[sql]")
{
    TableConfig config = TableConfig::defaults(Dialect::PostgreSql);
    config.columns.setColumn(Field::AuthDateTime, std::nullopt);
    const RangeQuery q = builderFor(config).eventsInRange(at(2024, 3, 1), at(2024, 3, 2));
    CHECK_FALSE(q.timed);
    REQUIRE(q.untimed.size() == 1);
    CHECK(q.untimed[0].text.ends_with(" FROM \"attlog\" WHERE \"authDate\" IN (?, ?, ?) ORDER BY "
                                      "\"serialNo\""));
}

TEST_CASE("LIKE patterns escape wildcards and the escape character per dialect", "[sql]")
{
    CHECK(likeContainsPattern(Dialect::SqlServer, "12") == "%12%");
    CHECK(likeContainsPattern(Dialect::SqlServer, "a%b_c[d!e") == "%a!%b!_c![d!!e%");
    CHECK(likeContainsPattern(Dialect::MySql, "a%b_c[d!e") == "%a!%b!_c[d!!e%");
    CHECK(likeContainsPattern(Dialect::PostgreSql, "50%") == "%50!%%");
    CHECK(likeContainsPattern(Dialect::Sqlite, "\\x") == "%\\x%"); // backslash is not special
    CHECK(likeContainsPattern(Dialect::Sqlite, "") == "%%");
}

TEST_CASE("A session is made read-only by the dialect's own statement", "[sql]")
{
    CHECK(readOnlySessionStatement(Dialect::PostgreSql) ==
          "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    CHECK(readOnlySessionStatement(Dialect::MySql) == "SET SESSION TRANSACTION READ ONLY");
    CHECK(readOnlySessionStatement(Dialect::Sqlite) == "PRAGMA query_only = ON");
    CHECK_FALSE(readOnlySessionStatement(Dialect::SqlServer));
}

TEST_CASE("A running statement is stopped server-side where the ODBC driver is unsafe to cancel",
          "[sql]")
{
    CHECK(statementStop(Dialect::MySql, true) == StatementStop::ServerSide);
    CHECK(statementStop(Dialect::PostgreSql, true) == StatementStop::ServerSide);
    CHECK(statementStop(Dialect::SqlServer, true) == StatementStop::DriverCancel);
    CHECK(statementStop(Dialect::Sqlite, false) == StatementStop::Interrupt);
    CHECK(statementStop(Dialect::Sqlite, true) == StatementStop::DriverCancel);

    CHECK(sessionIdStatement(Dialect::MySql) == "SELECT CONNECTION_ID()");
    CHECK(sessionIdStatement(Dialect::PostgreSql) == "SELECT pg_backend_pid()");
    CHECK_FALSE(sessionIdStatement(Dialect::SqlServer));
    CHECK_FALSE(sessionIdStatement(Dialect::Sqlite));
    CHECK(stopStatementStatement(Dialect::MySql, 4711) == "KILL QUERY 4711");
    CHECK(stopStatementStatement(Dialect::PostgreSql, 4711) == "SELECT pg_cancel_backend(4711)");
    CHECK_FALSE(stopStatementStatement(Dialect::MySql, 0)); // never "KILL QUERY 0" or a negative
    CHECK_FALSE(stopStatementStatement(Dialect::PostgreSql, -1));
    CHECK_FALSE(stopStatementStatement(Dialect::SqlServer, 4711)); // KILL ends the whole session
    CHECK_FALSE(stopStatementStatement(Dialect::Sqlite, 4711));
}

TEST_CASE("Keyless live statements: whole-time batches, hour counts, ranges per dialect",
          "[sql][keyless]")
{
    const auto keyless = [](Dialect d) {
        TableConfig config = TableConfig::defaults(d);
        config.columns = ColumnMapping::empty();
        config.columns.setColumn(Field::AuthDateTime, "ts");
        config.columns.setColumn(Field::PersonName, "who");
        std::string error;
        auto b = QueryBuilder::create(config, &error);
        INFO(error);
        REQUIRE(b);
        return *b;
    };
    const DateTime t = makeDateTime(dateFromCivil(2024, 3, 1), 8, 0, 0);
    const QueryBuilder ss = keyless(Dialect::SqlServer);
    const Statement poll = ss.keylessPoll(t, true, 500);
    CHECK(poll.text ==
          "SELECT [ts], [who] FROM [dbo].[attlog] WHERE [ts] >= ? AND [ts] <= (SELECT "
          "MAX(batch.t) FROM (SELECT TOP (500) [ts] AS t FROM [dbo].[attlog] WHERE [ts] >= ? "
          "ORDER BY [ts]) batch) ORDER BY [ts]");
    CHECK(poll.values == std::vector<SqlValue>{t, t});
    CHECK(ss.keylessPoll(t, false, 500).text.find("WHERE [ts] > ? AND") != std::string::npos);
    CHECK(ss.keylessPoll(std::nullopt, true, 10).values.empty());
    CHECK(ss.hourCounts(t).text == "SELECT LEFT(CONVERT(VARCHAR(40), [ts], 120), 13), COUNT(*) "
                                   "FROM [dbo].[attlog] WHERE [ts] >= ? GROUP BY "
                                   "LEFT(CONVERT(VARCHAR(40), [ts], 120), 13)");
    CHECK(keyless(Dialect::PostgreSql).hourCounts(t).text ==
          "SELECT LEFT(CAST(\"ts\" AS TEXT), 13), COUNT(*) FROM \"attlog\" WHERE \"ts\" >= ? "
          "GROUP BY LEFT(CAST(\"ts\" AS TEXT), 13)");
    CHECK(keyless(Dialect::MySql).hourCounts(t).text ==
          "SELECT LEFT(`ts`, 13), COUNT(*) FROM `attlog` WHERE `ts` >= ? GROUP BY LEFT(`ts`, 13)");
    CHECK(keyless(Dialect::Sqlite).keylessNewest(5, t).text ==
          "SELECT \"ts\", \"who\" FROM \"attlog\" WHERE \"ts\" < ? ORDER BY \"ts\" DESC LIMIT 5");
    CHECK(ss.keylessRange(t, addSeconds(t, 3600)).text ==
          "SELECT [ts], [who] FROM [dbo].[attlog] WHERE [ts] >= ? AND [ts] < ?");
    CHECK(ss.nullTimeCount().text == "SELECT COUNT(*) FROM [dbo].[attlog] WHERE [ts] IS NULL");
    CHECK(ss.missingTimeCount().text == "SELECT COUNT(*) FROM [dbo].[attlog] WHERE [ts] IS NULL");
    CHECK(builderFor(Dialect::SqlServer).missingTimeCount().text ==
          "SELECT COUNT(*) FROM [dbo].[attlog] WHERE [authDateTime] IS NULL AND ([authDate] IS "
          "NULL OR [authTime] IS NULL)");
}
