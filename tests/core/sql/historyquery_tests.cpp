// SPDX-License-Identifier: MIT
// History statements: order, date range, paging and the timed / NULL-time branches.
#include "tests/core/sql/historytestutil.h"

using namespace attlog;
using namespace attlog::sql;
using namespace attlog::sql::test;

TEST_CASE("History without filters: newest first, count and export", "[sql]")
{
    const HistoryQuery q = builderFor(Dialect::SqlServer).history({});
    const Statement page = q.page(std::nullopt, 200);
    CHECK(page.name == "history.page");
    CHECK(page.text == "SELECT TOP (200) " + kCols + " FROM [dbo].[attlog]" + kOrder);
    CHECK(page.values.empty());
    CHECK(page.fields.size() == kFieldCount - 1); // all but insertedAt, not mapped by default
    CHECK(q.count() == Statement{"history.count", "SELECT COUNT(*) FROM [dbo].[attlog]", {}, {}});
    const Statement all = q.exportAll();
    CHECK(all.name == "history.export");
    CHECK(all.text == "SELECT " + kCols + " FROM [dbo].[attlog]" + kOrder);
    CHECK(q.countIsExact());
    CHECK_FALSE(q.filtersInCore());
}

TEST_CASE("History dates: half-open on authDateTime, NULL-time rows by authDate text", "[sql]")
{
    const HistoryQuery q = builderFor(Dialect::SqlServer).history(twoDays());
    const Statement page = q.page(std::nullopt, 100);
    CHECK(page.text ==
          "SELECT TOP (100) " + kCols + " FROM [dbo].[attlog] WHERE " + kTwoDaysWhere + kOrder);
    CHECK(page.values == kTwoDaysValues);
    CHECK(q.count().text == "SELECT COUNT(*) FROM [dbo].[attlog] WHERE " + kTwoDaysWhere);
    CHECK(q.count().values == kTwoDaysValues);
    CHECK(q.exportAll().text ==
          "SELECT " + kCols + " FROM [dbo].[attlog] WHERE " + kTwoDaysWhere + kOrder);
    CHECK(q.countIsExact()); // midnight bounds: the day list is exact

    const HistoryQuery pg = builderFor(Dialect::PostgreSql).history(twoDays());
    CHECK(pg.page(std::nullopt, 100)
              .text.ends_with(
                  " ORDER BY \"authDateTime\" DESC NULLS LAST, \"serialNo\" DESC LIMIT 100"));
}

TEST_CASE("History paging continues after the last row read, into the NULL-time tail", "[sql]")
{
    const HistoryQuery q = builderFor(Dialect::SqlServer).history(twoDays());

    RawRow last;
    last.key = 77;
    last.authDateTime = RawDateTime{at(2024, 3, 2, 9, 30)};
    const PageCursor timed = HistoryQuery::cursorAfter(last);
    CHECK(timed == PageCursor{77, at(2024, 3, 2, 9, 30)});
    const Statement next = q.page(timed, 100);
    CHECK(next.text == "SELECT TOP (100) " + kCols + " FROM [dbo].[attlog] WHERE " + kTwoDaysWhere +
                           " AND ([authDateTime] < ? OR ([authDateTime] = ? AND [serialNo] < ?) OR "
                           "[authDateTime] IS NULL)" +
                           kOrder);
    std::vector<SqlValue> expected = kTwoDaysValues;
    expected.insert(expected.end(),
                    {at(2024, 3, 2, 9, 30), at(2024, 3, 2, 9, 30), SqlValue{std::int64_t{77}}});
    CHECK(next.values == expected);

    // Text from the legacy driver is bound back exactly, fraction included.
    last.authDateTime = RawDateTime{std::string{"2024-03-02 09:30:00.5000000"}};
    const PageCursor text = HistoryQuery::cursorAfter(last);
    CHECK(text.time == str("2024-03-02 09:30:00.5000000"));
    CHECK(q.page(text, 100).values[kTwoDaysValues.size()] == str("2024-03-02 09:30:00.5000000"));

    // Past the last timed row the order is by key among NULL-time rows.
    last.authDateTime.reset();
    const PageCursor untimed = HistoryQuery::cursorAfter(last);
    CHECK(std::holds_alternative<std::monostate>(untimed.time));
    const Statement tail = q.page(untimed, 100);
    CHECK(tail.text == "SELECT TOP (100) " + kCols + " FROM [dbo].[attlog] WHERE " + kTwoDaysWhere +
                           " AND ([authDateTime] IS NULL AND [serialNo] < ?)" + kOrder);
    CHECK(tail.values.back() == SqlValue{std::int64_t{77}});

    // Without any filter the continuation is the whole WHERE clause.
    CHECK(builderFor(Dialect::MySql).history({}).page(untimed, 5).text ==
          "SELECT " + kMySqlCols +
              " FROM `attlog` WHERE (`authDateTime` IS NULL AND `serialNo` < ?) ORDER BY "
              "`authDateTime` DESC, `serialNo` DESC LIMIT 5");
}

TEST_CASE("History authDate match: days up to 62, then months, then all NULL-time rows", "[sql]")
{
    const QueryBuilder b = builderFor(Dialect::SqlServer);
    HistoryFilter f;
    f.from = at(2024, 1, 1);
    f.to = at(2024, 3, 3); // 31 + 29 + 2 = 62 days
    const HistoryQuery listed = b.history(f);
    CHECK(listed.count().values.size() == 2 + 62 * 3);
    CHECK(listed.countIsExact());

    f.to = at(2024, 3, 3, 0, 0, 1); // touches a 63rd day: whole months January to March
    const HistoryQuery months = b.history(f);
    CHECK(whereOf(months) ==
          "(([authDateTime] >= ? AND [authDateTime] < ?) OR ([authDateTime] IS NULL AND "
          "([authDate] LIKE ? OR [authDate] LIKE ? OR [authDate] LIKE ? OR [authDate] LIKE ? OR "
          "[authDate] LIKE ? OR [authDate] LIKE ? OR [authDate] LIKE ? OR [authDate] LIKE ? OR "
          "[authDate] LIKE ?)))");
    CHECK(months.count().values ==
          std::vector<SqlValue>{at(2024, 1, 1), at(2024, 3, 3, 0, 0, 1), str("2024-01-%"),
                                str("%.01.2024"), str("2024/01/%"), str("2024-02-%"),
                                str("%.02.2024"), str("2024/02/%"), str("2024-03-%"),
                                str("%.03.2024"), str("2024/03/%")});
    CHECK_FALSE(months.countIsExact()); // whole months are wider than the range

    f.from = at(2023, 12, 31, 23);
    f.to = at(2033, 12, 1); // 2023-12 .. 2033-11: 120 months across a year boundary
    const HistoryQuery decade = b.history(f);
    CHECK(decade.count().values.size() == 2 + 120 * 3);
    CHECK(decade.count().values[2] == str("2023-12-%"));
    CHECK(decade.count().values.back() == str("2033/11/%"));

    f.to = at(2033, 12, 2); // 121 months
    const HistoryQuery fallback = b.history(f);
    CHECK(whereOf(fallback) ==
          "(([authDateTime] >= ? AND [authDateTime] < ?) OR [authDateTime] IS NULL)");
    CHECK(fallback.count().values == std::vector<SqlValue>{at(2023, 12, 31, 23), at(2033, 12, 2)});
    CHECK_FALSE(fallback.countIsExact());

    HistoryFilter onlyFrom;
    onlyFrom.from = at(2024, 1, 1);
    CHECK(whereOf(b.history(onlyFrom)) == "([authDateTime] >= ? OR [authDateTime] IS NULL)");

    HistoryFilter backwards;
    backwards.from = at(2024, 1, 2);
    backwards.to = at(2024, 1, 1);
    CHECK(whereOf(b.history(backwards)) == "[authDateTime] >= ? AND [authDateTime] < ?");

    TableConfig noDate = TableConfig::defaults(Dialect::SqlServer);
    noDate.columns.setColumn(Field::AuthDate, std::nullopt);
    CHECK(whereOf(builderFor(noDate).history(twoDays())) ==
          "[authDateTime] >= ? AND [authDateTime] < ?");
}

TEST_CASE("History keeps(): NULL-time rows on partial days are checked by derived time", "[sql]")
{
    HistoryFilter f;
    f.from = at(2024, 3, 1, 8);
    f.to = at(2024, 3, 1, 17);
    const HistoryQuery q = builderFor(Dialect::SqlServer).history(f);
    CHECK(q.count().values.size() == 2 + 3); // one day listed
    CHECK_FALSE(q.countIsExact());           // the day list is wider than 08:00-17:00

    const RawRow row;
    AccessEvent e;
    e.timeSource = TimeSource::DateAndTimeColumns;
    e.time = at(2024, 3, 1, 7, 59, 59);
    CHECK_FALSE(q.keeps(row, e));
    e.time = at(2024, 3, 1, 8);
    CHECK(q.keeps(row, e));
    e.time = at(2024, 3, 1, 17);
    CHECK_FALSE(q.keeps(row, e));
    e.timeSource = TimeSource::Missing; // flagged, never silently dropped
    e.time.reset();
    CHECK(q.keeps(row, e));
}

TEST_CASE("History export runs the timed and the NULL-time rows as two ordered statements", "[sql]")
{
    HistoryFilter f = twoDays();
    f.doors = DoorFilter{{"Склад"}, {}};
    const HistoryQuery q = builderFor(Dialect::SqlServer).history(f);
    const std::vector<Statement> statements = q.exportStatements();
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].text == "SELECT " + kCols +
                                    " FROM [dbo].[attlog] WHERE [authDateTime] >= ? AND "
                                    "[authDateTime] < ? AND [doorName] IN (?)" +
                                    kOrder);
    CHECK(statements[0].values ==
          std::vector<SqlValue>{at(2024, 3, 1), at(2024, 3, 3), str("Склад")});
    CHECK(statements[1].text == "SELECT " + kCols +
                                    " FROM [dbo].[attlog] WHERE ([authDateTime] IS NULL AND "
                                    "[authDate] IN (?, ?, ?, ?, ?, ?)) AND [doorName] IN (?)" +
                                    kOrder);
    CHECK(statements[1].values == std::vector<SqlValue>{str("2024-03-01"), str("01.03.2024"),
                                                        str("2024/03/01"), str("2024-03-02"),
                                                        str("02.03.2024"), str("2024/03/02"),
                                                        str("Склад")});
    for (const Statement &s : statements) {
        CHECK(s.name == "history.export");
        CHECK(s.fields == q.exportAll().fields);
    }

    // Without a date range there is nothing to split.
    const HistoryQuery all = builderFor(Dialect::SqlServer).history({});
    REQUIRE(all.exportStatements().size() == 1);
    CHECK(all.exportStatements()[0] == all.exportAll());
}

TEST_CASE("History pages run the timed and the NULL-time rows as two ordered statements", "[sql]")
{
    HistoryFilter f = twoDays();
    f.doors = DoorFilter{{"Склад"}, {}};
    const HistoryQuery q = builderFor(Dialect::SqlServer).history(f);
    const std::string timedWhere = " FROM [dbo].[attlog] WHERE [authDateTime] >= ? AND "
                                   "[authDateTime] < ? AND [doorName] IN (?)";
    const std::string untimedWhere =
        " FROM [dbo].[attlog] WHERE ([authDateTime] IS NULL AND [authDate] IN (?, ?, ?, ?, ?, ?)) "
        "AND [doorName] IN (?)";
    const std::vector<SqlValue> timedValues{at(2024, 3, 1), at(2024, 3, 3), str("Склад")};
    const std::vector<SqlValue> untimedValues{
        str("2024-03-01"), str("01.03.2024"), str("2024/03/01"), str("2024-03-02"),
        str("02.03.2024"), str("2024/03/02"), str("Склад")};

    // First page: the newest timed rows, then (when they run out) the NULL-time rows.
    const std::vector<Statement> first = q.pageStatements(std::nullopt, 100);
    REQUIRE(first.size() == 2);
    CHECK(first[0].text == "SELECT TOP (100) " + kCols + timedWhere + kOrder);
    CHECK(first[0].values == timedValues);
    CHECK(first[1].text == "SELECT TOP (100) " + kCols + untimedWhere + kOrder);
    CHECK(first[1].values == untimedValues);

    // After a timed row: the timed rows after it, then every NULL-time row.
    const std::vector<Statement> timed =
        q.pageStatements(PageCursor{77, at(2024, 3, 2, 9, 30)}, 50);
    REQUIRE(timed.size() == 2);
    CHECK(timed[0].text == "SELECT TOP (50) " + kCols + timedWhere +
                               " AND ([authDateTime] < ? OR ([authDateTime] = ? AND [serialNo] < "
                               "?))" +
                               kOrder);
    std::vector<SqlValue> timedAfter = timedValues;
    timedAfter.insert(timedAfter.end(),
                      {at(2024, 3, 2, 9, 30), at(2024, 3, 2, 9, 30), std::int64_t{77}});
    CHECK(timed[0].values == timedAfter);
    CHECK(timed[1].text == "SELECT TOP (50) " + kCols + untimedWhere + kOrder);
    CHECK(timed[1].values == untimedValues);

    // After a NULL-time row: only the NULL-time rows with a lower key.
    const std::vector<Statement> untimed = q.pageStatements(PageCursor{12, {}}, 50);
    REQUIRE(untimed.size() == 1);
    CHECK(untimed[0].text ==
          "SELECT TOP (50) " + kCols + untimedWhere + " AND [serialNo] < ?" + kOrder);
    std::vector<SqlValue> untimedAfter = untimedValues;
    untimedAfter.emplace_back(std::int64_t{12});
    CHECK(untimed[0].values == untimedAfter);

    for (const auto *list : {&first, &timed, &untimed})
        for (const Statement &s : *list) {
            CHECK(s.name == "history.page");
            CHECK(s.fields == q.page(std::nullopt, 1).fields);
        }

    // Without a date range a page is one statement.
    const HistoryQuery all = builderFor(Dialect::SqlServer).history({});
    REQUIRE(all.pageStatements(std::nullopt, 10).size() == 1);
    CHECK(all.pageStatements(std::nullopt, 10)[0] == all.page(std::nullopt, 10));
    // An open end splits as well: every NULL-time row comes after the timed ones.
    HistoryFilter openEnd;
    openEnd.from = at(2024, 1, 1);
    const auto open =
        builderFor(Dialect::SqlServer).history(openEnd).pageStatements(std::nullopt, 10);
    REQUIRE(open.size() == 2);
    CHECK(open[0].text ==
          "SELECT TOP (10) " + kCols + " FROM [dbo].[attlog] WHERE [authDateTime] >= ?" + kOrder);
    CHECK(open[1].text == "SELECT TOP (10) " + kCols +
                              " FROM [dbo].[attlog] WHERE [authDateTime] IS NULL" + kOrder);
}

TEST_CASE("Keyless History pages end on whole times and read NULL-time rows whole", "[sql]")
{
    TableConfig config = TableConfig::defaults(Dialect::SqlServer);
    config.columns.setColumn(Field::Key, std::nullopt);
    const QueryBuilder b = builderFor(config);
    const std::string cols = kCols.substr(std::string{"[serialNo], "}.size());
    HistoryFilter f;
    f.doors = DoorFilter{{"Склад"}, {}};
    const HistoryQuery q = b.history(f);
    CHECK(q.pagesEndOnWholeTimes());

    auto first = q.pageStatements(std::nullopt, 200);
    REQUIRE(first.size() == 2);
    CHECK(first[0].text ==
          "SELECT " + cols +
              " FROM [dbo].[attlog] WHERE [doorName] IN (?) AND [authDateTime] IS NOT NULL AND "
              "[authDateTime] >= (SELECT MIN(newest.t) FROM (SELECT TOP (200) [authDateTime] AS t "
              "FROM [dbo].[attlog] WHERE [doorName] IN (?) AND [authDateTime] IS NOT NULL ORDER "
              "BY [authDateTime] DESC) newest) ORDER BY [authDateTime] DESC");
    CHECK(first[0].values == std::vector<SqlValue>{str("Склад"), str("Склад")});
    CHECK(first[1].text == "SELECT " + cols +
                               " FROM [dbo].[attlog] WHERE [doorName] IN (?) AND [authDateTime] "
                               "IS NULL");

    // After a page: every row at the cursor's time came with it.
    auto next = q.pageStatements(PageCursor{0, at(2024, 3, 1, 9)}, 200);
    REQUIRE(next.size() == 2);
    CHECK(next[0].text.find("WHERE [doorName] IN (?) AND [authDateTime] IS NOT NULL AND "
                            "([authDateTime] < ?) AND [authDateTime] >= (SELECT") !=
          std::string::npos);
    CHECK(next[0].values ==
          std::vector<SqlValue>{str("Склад"), at(2024, 3, 1, 9), str("Склад"), at(2024, 3, 1, 9)});
    // After the NULL-time rows nothing follows.
    CHECK(q.pageStatements(PageCursor{0, {}}, 200).empty());

    // Export and reports order by time alone.
    CHECK(q.exportStatements().front().text.ends_with(" ORDER BY [authDateTime] DESC"));
    const RangeQuery range = b.eventsInRange(at(2024, 3, 1), at(2024, 3, 2));
    REQUIRE(range.timed);
    CHECK(range.timed->text.ends_with(" ORDER BY [authDateTime]"));
    CHECK(b.newestEvent().text.find("ORDER BY [authDateTime] DESC") != std::string::npos);
}
