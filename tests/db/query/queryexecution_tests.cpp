// SPDX-License-Identifier: MIT
#include "db/query/queryexecution.h"

#include "tests/support/catch.h"

using namespace attlog;

TEST_CASE("MySQL text parameters lose the NULs QODBC and MariaDB add to them", "[query]")
{
    sql::Statement statement;
    statement.text = "SELECT `odd?name` FROM `t` WHERE `a` = ? AND `b` IN (?, ?) AND "
                     "`c` <> 'it''s ?' AND `d` > ? AND `e` LIKE ? ESCAPE '!'";
    statement.values = {std::string("in"), std::string("Склад"), std::int64_t{7}, std::int64_t{12},
                        std::string("%E1%")};
    const std::string text = "TRIM(TRAILING CHAR(0 USING utf8mb4) FROM ?)";
    CHECK(db::mysqlTextParameters(statement) ==
          "SELECT `odd?name` FROM `t` WHERE `a` = " + text + " AND `b` IN (" + text +
              ", ?) AND `c` <> 'it''s ?' AND `d` > ? AND `e` LIKE " + text + " ESCAPE '!'");
}
