// SPDX-License-Identifier: MIT
// History statements: doors, directions, search, all together, the bound-value budget.
#include "tests/core/sql/historytestutil.h"

using namespace attlog;
using namespace attlog::sql;
using namespace attlog::sql::test;

TEST_CASE("History doors: raw doorName values, or deviceName where doorName is empty", "[sql]")
{
    const QueryBuilder b = builderFor(Dialect::SqlServer);
    HistoryFilter f;
    f.doors = DoorFilter{{"Проходная", "Склад"}, {"Terminal 1"}};
    const HistoryQuery q = b.history(f);
    CHECK(whereOf(q) == "([doorName] IN (?, ?) OR (([doorName] IS NULL OR [doorName] = ?) AND "
                        "[deviceName] IN (?)))");
    CHECK(q.count().values ==
          std::vector<SqlValue>{str("Проходная"), str("Склад"), str(""), str("Terminal 1")});

    f.doors = DoorFilter{{"Склад"}, {}};
    CHECK(whereOf(b.history(f)) == "[doorName] IN (?)");
    f.doors = DoorFilter{};
    CHECK(whereOf(b.history(f)) == "1 = 0");

    TableConfig noDoor = TableConfig::defaults(Dialect::Sqlite);
    noDoor.columns.setColumn(Field::DoorName, std::nullopt);
    f.doors = DoorFilter{{}, {"Terminal 1", "Terminal 2"}};
    CHECK(builderFor(noDoor).history(f).count().text ==
          "SELECT COUNT(*) FROM \"attlog\" WHERE \"deviceName\" IN (?, ?)");
}

TEST_CASE("History direction: IN for in/out, NOT IN or NULL for unknown", "[sql]")
{
    const QueryBuilder b = builderFor(Dialect::SqlServer);
    HistoryFilter f;
    f.directions.rawInValues = {"vhod", "Р’С…РѕРґ"};
    f.directions.rawOutValues = {"vihod"};

    f.directions.out = f.directions.unknown = false;
    CHECK(whereOf(b.history(f)) == "[direction] IN (?, ?)");
    CHECK(b.history(f).count().values == std::vector<SqlValue>{str("vhod"), str("Р’С…РѕРґ")});

    f.directions.out = true;
    CHECK(whereOf(b.history(f)) == "[direction] IN (?, ?, ?)");

    f.directions.in = f.directions.out = false;
    f.directions.unknown = true;
    CHECK(whereOf(b.history(f)) == "([direction] IS NULL OR [direction] NOT IN (?, ?, ?))");

    f.directions.in = true;
    CHECK(whereOf(b.history(f)) == "([direction] IS NULL OR [direction] NOT IN (?))");
    CHECK(b.history(f).count().values == std::vector<SqlValue>{str("vihod")});

    f.directions.in = f.directions.unknown = false;
    CHECK(whereOf(b.history(f)) == "1 = 0");

    f.directions.in = f.directions.out = f.directions.unknown = true;
    CHECK(whereOf(b.history(f)).empty());

    f.directions.out = f.directions.unknown = false;
    f.directions.rawInValues.clear(); // nothing stored maps to "in"
    CHECK(whereOf(b.history(f)) == "1 = 0");
}

TEST_CASE("History direction with role rules is decided on the decoded event", "[sql]")
{
    TableConfig config = TableConfig::defaults(Dialect::SqlServer);
    config.directions.setRoleRules(DirectionMapping::suggestedRoleRules());
    HistoryFilter f;
    f.directions.out = false;
    f.directions.rawInValues = {"in"};
    const HistoryQuery q = builderFor(config).history(f);
    CHECK(whereOf(q).empty());
    CHECK(q.filtersInCore());
    CHECK_FALSE(q.countIsExact());
    AccessEvent e;
    e.direction = Direction::Out;
    CHECK_FALSE(q.keeps(RawRow{}, e));
    e.direction = Direction::In;
    CHECK(q.keeps(RawRow{}, e));
    e.direction = Direction::Unknown;
    CHECK(q.keeps(RawRow{}, e));
}

TEST_CASE("History search: raw names IN, or escaped LIKE on card and employee ID", "[sql]")
{
    const QueryBuilder b = builderFor(Dialect::SqlServer);
    HistoryFilter f;
    f.search = TextSearch{{"Иванов И.И."}, "12_3"};
    const HistoryQuery q = b.history(f);
    CHECK(whereOf(q) == "([personName] IN (?) OR [cardNo] LIKE ? ESCAPE '!' OR [employeeID] LIKE "
                        "? ESCAPE '!')");
    CHECK(q.count().values ==
          std::vector<SqlValue>{str("Иванов И.И."), str("%12!_3%"), str("%12!_3%")});

    f.search = TextSearch{{}, "77"};
    CHECK(whereOf(b.history(f)) ==
          "([cardNo] LIKE ? ESCAPE '!' OR [employeeID] LIKE ? ESCAPE '!')");
    f.search = TextSearch{{"A", "B"}, ""};
    CHECK(whereOf(b.history(f)) == "[personName] IN (?, ?)");
    f.search = TextSearch{};
    CHECK(whereOf(b.history(f)) == "1 = 0");
}

TEST_CASE("History: every filter together, MySQL, second page", "[sql]")
{
    HistoryFilter f = twoDays();
    f.doors = DoorFilter{{"Door 1"}, {}};
    f.directions.unknown = false;
    f.directions.rawInValues = {"in"};
    f.directions.rawOutValues = {"out"};
    f.search = TextSearch{{"Petrov"}, "5%"};
    const HistoryQuery q = builderFor(Dialect::MySql).history(f);
    const Statement s = q.page(PageCursor{900, at(2024, 3, 2, 12)}, 50);
    CHECK(s.text ==
          "SELECT " + kMySqlCols +
              " FROM `attlog` WHERE ((`authDateTime` >= ? AND `authDateTime` < ?) OR "
              "(`authDateTime` IS NULL AND `authDate` IN (?, ?, ?, ?, ?, ?))) AND `doorName` IN "
              "(?) AND `direction` IN (?, ?) AND (`personName` IN (?) OR `cardNo` LIKE ? ESCAPE "
              "'!' OR `employeeID` LIKE ? ESCAPE '!') AND (`authDateTime` < ? OR (`authDateTime` "
              "= ? AND `serialNo` < ?) OR `authDateTime` IS NULL) ORDER BY `authDateTime` DESC, "
              "`serialNo` DESC LIMIT 50");
    std::vector<SqlValue> expected = kTwoDaysValues;
    expected.insert(expected.end(), {str("Door 1"), str("in"), str("out"), str("Petrov"),
                                     str("%5!%%"), str("%5!%%"), at(2024, 3, 2, 12),
                                     at(2024, 3, 2, 12), SqlValue{std::int64_t{900}}});
    CHECK(s.values == expected);
    CHECK(placeholderCount(s.text) == s.values.size());
    CHECK(q.countIsExact());
}

TEST_CASE("History lists over the bound-value budget are filtered in core", "[sql]")
{
    const QueryBuilder b = builderFor(Dialect::SqlServer);
    HistoryFilter f = twoDays();
    TextSearch search;
    for (int i = 0; i < 700; ++i)
        search.rawPersonNames.push_back("Person " + std::to_string(i));
    search.idTerm = "4a";
    f.search = search;
    f.doors = DoorFilter{};
    for (int i = 0; i < 500; ++i)
        f.doors->rawDoorNames.push_back("Door " + std::to_string(i));

    const HistoryQuery q = b.history(f);
    CHECK(q.filtersInCore());
    CHECK_FALSE(q.countIsExact());
    const std::string where = whereOf(q);
    CHECK(where.find("[personName]") == std::string::npos); // the largest list went to core
    CHECK(where.find("[cardNo]") == std::string::npos);     // with its OR partners
    CHECK(where.find("[doorName] IN (") != std::string::npos);
    for (const Statement &s : {q.page(std::nullopt, 10), q.page(PageCursor{1, at(2024, 3, 1)}, 10),
                               q.count(), q.exportAll()}) {
        CHECK(s.values.size() <= kMaxBoundValues);
        CHECK(placeholderCount(s.text) == s.values.size());
    }

    AccessEvent e;
    RawRow row;
    row.doorName = "Door 3";
    row.personName = "Person 699";
    CHECK(q.keeps(row, e));
    row.personName = "Someone else";
    CHECK_FALSE(q.keeps(row, e));
    row.cardNo = "0004A1"; // the term matches case-insensitively
    CHECK(q.keeps(row, e));

    // The door list grows past the budget on its own: doors go to core, the search stays in SQL.
    for (int i = 500; i < 1200; ++i)
        f.doors->rawDoorNames.push_back("Door " + std::to_string(i));
    f.doors->rawDeviceNames = {"Terminal"};
    const HistoryQuery both = b.history(f);
    CHECK(whereOf(both).find("[doorName]") == std::string::npos);
    CHECK(whereOf(both).find("([personName] IN (?, ?,") != std::string::npos);
    CHECK(both.count().values.size() == 8 + 702);
    row.doorName = "Door 1199  "; // CHAR padding is ignored, as SQL Server does
    CHECK(both.keeps(row, e));
    row.doorName = "Kitchen";
    CHECK_FALSE(both.keeps(row, e));
    row.doorName = " ";
    row.deviceName = "Terminal";
    CHECK(both.keeps(row, e));
}

TEST_CASE("History when only authDate/authTime hold the time", "[sql]")
{
    TableConfig config = TableConfig::defaults(Dialect::SqlServer);
    config.columns.setColumn(Field::AuthDateTime, std::nullopt);
    const QueryBuilder b = builderFor(config);
    const HistoryQuery q = b.history(twoDays());
    const std::string cols =
        "[serialNo], [authDate], [authTime], [direction], [deviceName], [deviceSN], "
        "[personName], [employeeID], [cardNo], [doorName], [readerName]";
    CHECK(q.page(PageCursor{50, {}}, 10).text ==
          "SELECT TOP (10) " + cols +
              " FROM [dbo].[attlog] WHERE [authDate] IN (?, ?, ?, ?, ?, ?) AND [serialNo] < ? "
              "ORDER BY [serialNo] DESC");
    CHECK(q.countIsExact());

    HistoryFilter year;
    year.from = at(2024, 1, 1);
    year.to = at(2025, 1, 1);
    CHECK(whereOf(b.history(year)).starts_with("([authDate] LIKE ? OR "));

    HistoryFilter openEnd;
    openEnd.from = at(2024, 1, 1);
    const HistoryQuery long_ = b.history(openEnd);
    CHECK(whereOf(long_).empty()); // every row comes, keeps() decides
    CHECK_FALSE(long_.countIsExact());
    AccessEvent e;
    e.timeSource = TimeSource::DateAndTimeColumns;
    e.time = at(2023, 12, 31, 23, 59, 59);
    CHECK_FALSE(long_.keeps(RawRow{}, e));
    e.time = at(2024, 6, 1);
    CHECK(long_.keeps(RawRow{}, e));
}

TEST_CASE("History picks single passes by key: the alert log's filter", "[sql]")
{
    const QueryBuilder b = builderFor(Dialect::SqlServer);
    HistoryFilter f = twoDays();
    f.passes = PassPick{{7, 42}, {}};
    const HistoryQuery q = b.history(f);
    const std::string where = whereOf(q);
    CHECK(where.substr(where.size() - std::string{" AND [serialNo] IN (?, ?)"}.size()) ==
          " AND [serialNo] IN (?, ?)");
    const Statement count = q.count();
    CHECK(count.values.back() == SqlValue{std::int64_t{42}});
    CHECK(count.values[count.values.size() - 2] == SqlValue{std::int64_t{7}});
    CHECK_FALSE(q.filtersInCore());
    CHECK(q.countIsExact());

    // No alert at all: nothing, not everything.
    f.passes = PassPick{};
    CHECK(whereOf(b.history(f)).find("1 = 0") != std::string::npos);

    // More keys than the statement may bind: checked on each row instead, never lost.
    f.passes = PassPick{};
    for (std::int64_t key = 0; key < 3000; key += 2)
        f.passes->keys.push_back(key);
    const HistoryQuery many = b.history(f);
    CHECK(whereOf(many).find("[serialNo] IN") == std::string::npos);
    CHECK(many.filtersInCore());
    CHECK_FALSE(many.countIsExact());
    AccessEvent e;
    e.key = 1998;
    CHECK(many.keeps(RawRow{}, e));
    e.key = 1999;
    CHECK_FALSE(many.keeps(RawRow{}, e));
    e.key.reset();
    CHECK_FALSE(many.keeps(RawRow{}, e));
}

TEST_CASE("History picks single passes of a keyless table by time and person", "[sql]")
{
    TableConfig config = TableConfig::defaults(Dialect::SqlServer);
    config.columns.setColumn(Field::Key, std::nullopt);
    const QueryBuilder b = builderFor(config);
    HistoryFilter f;
    const DateTime nine = at(2024, 3, 1, 9);
    f.passes = PassPick{{}, {{nine, "E-7"}, {nine, "Анна Петрова"}, {at(2024, 3, 1, 10), "E-7"}}};
    const HistoryQuery q = b.history(f);
    CHECK(q.exportAll().text.find("WHERE [authDateTime] IN (?, ?)") != std::string::npos);
    CHECK(q.exportAll().values == std::vector<SqlValue>{nine, at(2024, 3, 1, 10)});
    CHECK(q.filtersInCore());
    CHECK_FALSE(q.countIsExact());

    AccessEvent e;
    e.time = nine;
    e.employeeId = "E-7";
    CHECK(q.keeps(RawRow{}, e));
    e.employeeId = "E-8"; // another person in the same second is not the alert's pass
    CHECK_FALSE(q.keeps(RawRow{}, e));
    e.employeeId.clear();
    e.person = "Анна Петрова"; // no employee ID: the name tells
    CHECK(q.keeps(RawRow{}, e));
    e.time = at(2024, 3, 1, 9, 0, 1);
    CHECK_FALSE(q.keeps(RawRow{}, e));
}
