// SPDX-License-Identifier: MIT
// Every chain of readings the data can carry, repaired run by run: UTF-8 read as Windows-1251
// twice, read as Windows-1252 and then as Windows-1251, and Windows-1251 mojibake of what is not
// Cyrillic (signs, symbols, ligatures, emoji) in Cyrillic and Latin text. Our own sentences.
#include "core/text/mojibake.h"
#include "core/text/repair.h"

#include "tests/support/catch.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace attlog::text;

namespace {

const std::vector<std::string> kSentences = {
    "Спасибо за приятности. ❤",
    "Пропуск № 17 — выдан 05.12.2026",
    "Стоимость: 1 500 € или £5.8bn",
    "Вход → выход ✓",
    "Отличная смена 👍",
    "«Склад» — только для персонала",
    "Цена 99 ₽, скидка 5 %",
    "Іван Петренко — «Ґанок» №3",
    "Айгүл Сейітқызы ❤ Алматы",
    "The growth was significantly higher: £5.8bn",
    "Office → Lobby ✓",
    "Café “Ёлка” — open 24/7",
    "The ﬁnal ﬂoor plan",
    "Naïve © 2026 Acme™",
    "Smile 😀 and wave 👋",
    "Температура −5 °C, ветер 3 м/с",
};

struct Chain
{
    const char *name;
    std::string (*apply)(const std::string &);
};

const std::vector<Chain> kChains = {
    {"Windows-1251 twice", [](const std::string &s) { return toMojibake(toMojibake(s)); }},
    {"Windows-1252, then Windows-1251",
     [](const std::string &s) { return toMojibake(toCp1252Mojibake(s)); }},
    {"Windows-1251 once", [](const std::string &s) { return toMojibake(s); }},
    {"Windows-1252 once", [](const std::string &s) { return toCp1252Mojibake(s); }},
};

} // namespace

TEST_CASE("Chains of readings are undone, signs and emoji included", "[text]")
{
    int total = 0;
    int exact = 0;
    for (const Chain &chain : kChains) {
        for (const std::string &sentence : kSentences) {
            const std::string stored = chain.apply(sentence);
            const std::string repaired = repair(stored);
            ++total;
            if (repaired == sentence) {
                ++exact;
            } else {
                UNSCOPED_INFO(chain.name << ": " << sentence << " → " << stored << " → "
                                         << repaired);
            }
        }
    }
    std::printf("chains: %d of %d repaired exactly\n", exact, total);
    CHECK(exact == total);
}

TEST_CASE("The chains from the field", "[text]")
{
    CHECK(repair("приятности. вќ¤") == "приятности. ❤");
    CHECK(repair("Г‚ВЈ5.8bn") == "£5.8bn");
    CHECK(repair("signiп¬Ѓcantly") == "signiﬁcantly");
    CHECK(repair("Â£5.8bn") == "£5.8bn");
    // Correct text that has the same shapes stays.
    CHECK(repair("в – ") == "в – ");
    CHECK(repair("в «Склад»") == "в «Склад»");
    CHECK(repair("ВЈЕРА") == "ВЈЕРА"); // Serbian
    CHECK(repair("CÂ£") == "CÂ£");     // a letter before 'Â': may be meant
}
