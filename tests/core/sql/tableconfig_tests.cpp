// SPDX-License-Identifier: MIT
#include "core/sql/querybuilder.h"
#include "core/sql/tableconfig.h"

#include "tests/support/catch.h"

using namespace attlog::sql;

TEST_CASE("Defaults: iVMS column names and per-dialect table names", "[sql]")
{
    const TableConfig ss = TableConfig::defaults(Dialect::SqlServer);
    CHECK(ss.table == "dbo.attlog");
    CHECK(TableConfig::defaults(Dialect::MySql).table == "attlog");
    CHECK(TableConfig::defaults(Dialect::PostgreSql).table == "attlog");
    CHECK(TableConfig::defaults(Dialect::Sqlite).table == "attlog");
    CHECK(ss.columns.column(Field::Key) == "serialNo");
    CHECK(ss.columns.column(Field::AuthDateTime) == "authDateTime");
    CHECK(ss.columns.column(Field::EmployeeID) == "employeeID");
    CHECK(ss.columns.column(Field::ReaderName) == "readerName");
    CHECK(validateTableConfig(ss).empty());
    for (const Field f : kAllFields)
        CHECK(fieldFromName(fieldName(f)) == f);
    CHECK(dialectFromName("mysql") == Dialect::MySql);
    CHECK_FALSE(dialectFromName("oracle"));
}

TEST_CASE("Mapping requirements: a time source (authDateTime without a key), a person identity",
          "[sql]")
{
    ColumnMapping m = ColumnMapping::empty();
    CHECK(validateMapping(m).size() == 2);

    m.setColumn(Field::Key, "id");
    m.setColumn(Field::AuthDate, "d");
    m.setColumn(Field::CardNo, "card");
    auto problems = validateMapping(m);
    REQUIRE(problems.size() == 1); // authDate without authTime is not enough
    CHECK(problems[0].find("authTime") != std::string::npos);

    m.setColumn(Field::AuthTime, "t");
    CHECK(validateMapping(m).empty());

    m.setColumn(Field::Key, std::string{}); // empty means absent
    CHECK_FALSE(m.has(Field::Key));
    auto keyless = validateMapping(m);
    REQUIRE(keyless.size() == 1); // keyless mode follows authDateTime
    CHECK(keyless[0].find("without a key column, authDateTime must be mapped") !=
          std::string::npos);
    m.setColumn(Field::AuthDateTime, "ts");
    CHECK(validateMapping(m).empty());
}

TEST_CASE("An invalid configuration makes no builder and says why", "[sql]")
{
    TableConfig config = TableConfig::defaults(Dialect::SqlServer);
    config.table = "dbo.attlog; DROP TABLE x";
    config.columns.setColumn(Field::PersonName, "name]");
    config.columns.setColumn(Field::Key, std::nullopt);
    config.columns.setColumn(Field::AuthDateTime, std::nullopt);
    std::string error;
    CHECK_FALSE(QueryBuilder::create(config, &error));
    CHECK(error.find("table name") != std::string::npos);
    CHECK(error.find("personName: ") != std::string::npos);
    CHECK(error.find("without a key column") != std::string::npos);
    CHECK(validateTableConfig(config).size() == 3);
}
