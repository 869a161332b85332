// SPDX-License-Identifier: MIT
#include "core/sql/identifier.h"

#include "tests/support/catch.h"

#include <string>

using attlog::sql::Dialect;
using attlog::sql::NameKind;
using attlog::sql::parseName;
using attlog::sql::quoteName;

namespace {

std::string quoted(Dialect d, NameKind kind, std::string_view text)
{
    const auto name = parseName(d, kind, text);
    REQUIRE(name);
    return quoteName(d, *name);
}

bool accepted(Dialect d, NameKind kind, std::string_view text)
{
    return parseName(d, kind, text).has_value();
}

} // namespace

TEST_CASE("Table names are quoted per dialect, each dotted part separately", "[sql]")
{
    CHECK(quoted(Dialect::SqlServer, NameKind::Table, "dbo.attlog") == "[dbo].[attlog]");
    CHECK(quoted(Dialect::SqlServer, NameKind::Table, "thirdparty.dbo.attlog") ==
          "[thirdparty].[dbo].[attlog]");
    CHECK(quoted(Dialect::MySql, NameKind::Table, "thirdparty.attlog") == "`thirdparty`.`attlog`");
    CHECK(quoted(Dialect::PostgreSql, NameKind::Table, "public.attlog") == "\"public\".\"attlog\"");
    CHECK(quoted(Dialect::Sqlite, NameKind::Table, "attlog") == "\"attlog\"");
    CHECK(quoted(Dialect::Sqlite, NameKind::Column, "serialNo") == "\"serialNo\"");
}

TEST_CASE("Names already quoted the SSMS way are unwrapped and re-quoted", "[sql]")
{
    CHECK(quoted(Dialect::SqlServer, NameKind::Table, "[thirdparty].[dbo].[attlog]") ==
          "[thirdparty].[dbo].[attlog]");
    CHECK(quoted(Dialect::SqlServer, NameKind::Column, "\"serialNo\"") == "[serialNo]");
    CHECK(quoted(Dialect::MySql, NameKind::Column, "`person name`") == "`person name`");
    CHECK(quoted(Dialect::PostgreSql, NameKind::Table, "  public.attlog  ") ==
          "\"public\".\"attlog\"");
}

TEST_CASE("Allowed characters: letters, digits, _, $, inner spaces, Cyrillic", "[sql]")
{
    CHECK(accepted(Dialect::SqlServer, NameKind::Column, "_id$2"));
    CHECK(accepted(Dialect::SqlServer, NameKind::Column, "person name"));
    CHECK(quoted(Dialect::SqlServer, NameKind::Column, "Дата прохода") == "[Дата прохода]");
    CHECK(quoted(Dialect::MySql, NameKind::Column, "ЁжИк") == "`ЁжИк`");
    CHECK_FALSE(accepted(Dialect::SqlServer, NameKind::Column, "2col"));
    CHECK_FALSE(accepted(Dialect::SqlServer, NameKind::Column, "$col"));
    CHECK_FALSE(accepted(Dialect::SqlServer, NameKind::Column, "two  spaces"));
    CHECK_FALSE(accepted(Dialect::SqlServer, NameKind::Column, "[ padded]"));
    CHECK_FALSE(accepted(Dialect::SqlServer, NameKind::Column, "naïve")); // Latin-1 letter
    CHECK_FALSE(accepted(Dialect::SqlServer, NameKind::Column, "\xD0"));  // truncated UTF-8
}

TEST_CASE("Injection attempts and dangerous characters are rejected", "[sql]")
{
    for (const Dialect d :
         {Dialect::SqlServer, Dialect::MySql, Dialect::PostgreSql, Dialect::Sqlite}) {
        for (const char *text : {
                 "attlog; DROP TABLE attlog",
                 "attlog]; DROP TABLE x; --",
                 "att]log",
                 "att[log",
                 "att\"log",
                 "att`log",
                 "att'log",
                 "attlog--",
                 "attlog/*x*/",
                 "[attlog",
                 "attlog]",
                 "\"attlog",
                 "[a]]b]",
                 "@var",
                 "#temp",
                 "att\nlog",
                 "att\tlog",
                 "",
                 "   ",
                 ".attlog",
                 "attlog.",
                 "thirdparty..attlog",
                 "a.b.c.d",
             }) {
            INFO(text);
            CHECK_FALSE(accepted(d, NameKind::Table, text));
            CHECK_FALSE(accepted(d, NameKind::Column, text));
        }
    }
    CHECK_FALSE(accepted(Dialect::SqlServer, NameKind::Column, std::string_view{"a\0b", 3}));
}

TEST_CASE("Qualification depth and part lengths depend on the dialect", "[sql]")
{
    CHECK(accepted(Dialect::SqlServer, NameKind::Table, "db.dbo.attlog"));
    CHECK_FALSE(accepted(Dialect::MySql, NameKind::Table, "db.dbo.attlog"));
    CHECK_FALSE(accepted(Dialect::PostgreSql, NameKind::Table, "db.public.attlog"));
    CHECK(accepted(Dialect::MySql, NameKind::Table, "db.attlog"));
    CHECK_FALSE(accepted(Dialect::SqlServer, NameKind::Column, "dbo.serialNo"));

    const std::string n63(63, 'a');
    const std::string n64(64, 'a');
    const std::string n128(128, 'a');
    const std::string n129(129, 'a');
    CHECK(accepted(Dialect::PostgreSql, NameKind::Column, n63));
    CHECK_FALSE(accepted(Dialect::PostgreSql, NameKind::Column, n64));
    CHECK(accepted(Dialect::MySql, NameKind::Column, n64));
    CHECK_FALSE(accepted(Dialect::MySql, NameKind::Column, n64 + "a"));
    CHECK(accepted(Dialect::SqlServer, NameKind::Column, n128));
    CHECK_FALSE(accepted(Dialect::SqlServer, NameKind::Column, n129));
    CHECK_FALSE(accepted(Dialect::Sqlite, NameKind::Column, n129));
}

TEST_CASE("Rejections explain which part is wrong", "[sql]")
{
    std::string error;
    CHECK_FALSE(parseName(Dialect::SqlServer, NameKind::Table, "dbo.att;log", &error));
    CHECK(error.find("att;log") != std::string::npos);
    CHECK_FALSE(parseName(Dialect::MySql, NameKind::Table, "a.b.c", &error));
    CHECK(error.find("more than 2 parts") != std::string::npos);
    const auto ok = parseName(Dialect::SqlServer, NameKind::Table, "[dbo].attlog", &error);
    REQUIRE(ok);
    CHECK(ok->display() == "dbo.attlog");
}
