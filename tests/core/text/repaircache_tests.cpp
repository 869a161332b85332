// SPDX-License-Identifier: MIT
#include "core/text/mojibake.h"
#include "core/text/repair.h"
#include "core/text/repaircache.h"

#include "tests/support/catch.h"

#include <string>

using attlog::text::repair;
using attlog::text::RepairCache;
using attlog::text::toMojibake;

TEST_CASE("RepairCache returns repair() of each raw value", "[text]")
{
    RepairCache cache;
    CHECK(cache.size() == 0);
    CHECK(cache.repaired("РџСЂРѕС…РѕРґРЅР°СЏ") == "Проходная");
    CHECK(cache.repaired("Проходная") == "Проходная");
    CHECK(cache.repaired("Рёмин") == "Рёмин");
    CHECK(cache.repaired("") == "");
    CHECK(cache.size() == 4);
    // Repeats are served from the cache, with the same result.
    for (int i = 0; i < 1000; ++i)
        CHECK(cache.repaired("РџСЂРѕС…РѕРґРЅР°СЏ") == "Проходная");
    CHECK(cache.size() == 4);
}

TEST_CASE("RepairCache stays within its capacity and keeps values in use", "[text]")
{
    RepairCache cache(100);
    CHECK(cache.capacity() == 100);
    const std::string hot = toMojibake("Иванов Иван");
    for (int i = 0; i < 10000; ++i) {
        const std::string name = "Сотрудник " + std::to_string(i);
        const std::string raw = toMojibake(name);
        CHECK(cache.repaired(raw) == name);
        CHECK(cache.repaired(hot) == "Иванов Иван");
        CHECK(cache.size() <= 100);
    }
    CHECK(cache.size() >= 50);
    // Capacities below 2 are raised to 2.
    RepairCache tiny(0);
    CHECK(tiny.capacity() == 2);
    CHECK(tiny.repaired("a") == "a");
    CHECK(tiny.repaired("b") == "b");
    CHECK(tiny.repaired("c") == "c");
    CHECK(tiny.size() <= 2);
}

TEST_CASE("RepairCache keeps a value used once per generation", "[text]")
{
    // Capacity 4: generations of 2. A value looked up again just as the current generation
    // fills must survive the rotation (it moves into the new current generation).
    RepairCache cache(4);
    const std::string hot = toMojibake("Главный вход");
    CHECK(cache.repaired(hot) == "Главный вход");
    for (int i = 0; i < 50; ++i) {
        CHECK(cache.repaired(toMojibake("Дверь " + std::to_string(i))) ==
              "Дверь " + std::to_string(i));
        CHECK(cache.repaired(hot) == "Главный вход");
        CHECK(cache.size() <= 4);
    }
}

TEST_CASE("RepairCache reference stays valid until the next call", "[text]")
{
    RepairCache cache(2);
    const std::string &first = cache.repaired(toMojibake("Склад «Север»"));
    const std::string copy = first;
    CHECK(copy == "Склад «Север»");
    CHECK(first == copy); // still valid: no call in between
    // Values that cycle through a full cache are still repaired correctly.
    for (const char *door : {"Главный вход", "Главный выход", "Вход №1", "Главный вход"})
        CHECK(cache.repaired(toMojibake(door)) == door);
}
