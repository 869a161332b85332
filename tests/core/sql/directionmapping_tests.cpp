// SPDX-License-Identifier: MIT
#include "core/sql/directionmapping.h"

#include "tests/support/catch.h"

using attlog::Direction;
using namespace attlog::sql;

TEST_CASE("Default direction values map to in and out, case-insensitively", "[sql]")
{
    const DirectionMapping m;
    for (const char *v : {"vhod", "in", "IN", "In", "entry", "enter", "checkIn", "CHECKIN",
                          "breakIn", "overtimeIn", "Вход", "ВХОД", "вход", " in ", "in  "})
        CHECK(m.fromValue(v) == Direction::In);
    for (const char *v : {"vihod", "out", "OUT", "exit", "checkOut", "breakOut", "overtimeOut",
                          "Выход", "выход", "ВЫХОД"})
        CHECK(m.fromValue(v) == Direction::Out);
    for (const char *v : {"", "  ", "inside", "0", "1", "Вх", "Р’С…РѕРґ", "\xFF\xFE", "в ход"})
        CHECK(m.fromValue(v) == Direction::Unknown);
}

TEST_CASE("Case folding covers Cyrillic including Ё and leaves other bytes alone", "[sql]")
{
    CHECK(foldCaseForMatching("ЁЛКА Ёлка") == "ёлка ёлка");
    CHECK(foldCaseForMatching("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") ==
          "абвгдежзийклмнопрстуфхцчшщъыьэюя");
    CHECK(foldCaseForMatching("ЂЃЄЅІЇЈЉЊЋЌЍЎЏ") == "ђѓєѕіїјљњћќѝўџ");
    CHECK(foldCaseForMatching("MiXeD 123") == "mixed 123");
    CHECK(foldCaseForMatching("\xD0") == "\xD0"); // truncated sequence copied as is
    CHECK(foldCaseForMatching("ÄÖ") == "ÄÖ");     // only ASCII and Cyrillic fold
}

TEST_CASE("Configured direction values replace the defaults", "[sql]")
{
    DirectionMapping m;
    m.setValues({"1", "Entrada"}, {"2", "Salida"});
    CHECK(m.fromValue("1") == Direction::In);
    CHECK(m.fromValue("ENTRADA") == Direction::In);
    CHECK(m.fromValue("salida") == Direction::Out);
    CHECK(m.fromValue("in") == Direction::Unknown);
    CHECK(m.inValues() == std::vector<std::string>{"1", "Entrada"});
}

TEST_CASE("Role rules override the column for matching readers and doors", "[sql]")
{
    DirectionMapping m;
    CHECK_FALSE(m.hasRoleRules());
    CHECK(m.map("in", "Считыватель выход", "") == Direction::In); // no rules configured

    m.setRoleRules(DirectionMapping::suggestedRoleRules());
    CHECK(m.hasRoleRules());
    CHECK(m.map("in", "Считыватель ВЫХОД", "Проходная") == Direction::Out);
    CHECK(m.map("", "Reader 1", "Главный вход") == Direction::In);
    CHECK(m.map("out", "Reader 1", "Door 1") == Direction::Out); // no rule matches: the column
    CHECK(m.map("", "Reader 1", "Door 1") == Direction::Unknown);
    CHECK(m.map("", "Вход/Выход", "") == Direction::Out); // first rule in list order wins
    CHECK(m.map("", "Emergency EXIT", "") == Direction::Out);
    CHECK(m.map("", "Entrance", "") == Direction::In);
}

TEST_CASE("Role rules can be limited to readers or doors, or to unknown directions", "[sql]")
{
    DirectionMapping m;
    m.setRoleRules({{RoleTarget::Reader, "выход", Direction::Out},
                    {RoleTarget::Door, "склад", Direction::In},
                    {RoleTarget::ReaderOrDoor, "   ", Direction::Out}}); // empty: dropped
    CHECK(m.roleRules().size() == 2);
    CHECK(m.map("", "", "Дверь выход") == Direction::Unknown); // door ignored by a Reader rule
    CHECK(m.map("", "Выход", "") == Direction::Out);
    CHECK(m.map("", "Склад", "") == Direction::Unknown); // reader ignored by a Door rule
    CHECK(m.map("", "", "СКЛАД 2") == Direction::In);

    m.setRoleRules(m.roleRules(), RoleRuleMode::WhenUnknown);
    CHECK(m.map("in", "Выход", "") == Direction::In); // the column knew
    CHECK(m.map("???", "Выход", "") == Direction::Out);
}
