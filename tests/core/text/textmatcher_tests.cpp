// SPDX-License-Identifier: MIT
#include "core/text/dictionaryresolver.h"
#include "core/text/mojibake.h"
#include "core/text/repaircache.h"
#include "core/text/textmatcher.h"
#include "core/text/utf8.h"

#include "tests/support/catch.h"

#include <string>
#include <vector>

using attlog::text::LostByteForm;
using attlog::text::RepairCache;
using attlog::text::resolveRawValues;
using attlog::text::TextMatcher;
using attlog::text::toCp1252Mojibake;
using attlog::text::toMojibake;

TEST_CASE("TextMatcher ignores case in Cyrillic and Latin", "[text]")
{
    const TextMatcher ivanov("иванов");
    CHECK(ivanov.matches("Иванов Иван Иванович"));
    CHECK(ivanov.matches("ИВАНОВ И.И."));
    CHECK(ivanov.matches("Петров-Иванов"));
    CHECK_FALSE(ivanov.matches("Иваненко"));

    CHECK(TextMatcher("ПЕТРОВ").matches("петрова анна"));
    CHECK(TextMatcher("smith").matches("John SMITH"));
    CHECK(TextMatcher("Café").matches("CAFÉ «Север»"));
    // Ukrainian, Belarusian and Kazakh letters have their own case pairs.
    CHECK(TextMatcher("їжакевич").matches("ЇЖАКЕВИЧ Євген"));
    CHECK(TextMatcher("ґудзь").matches("Ґудзь Ігор"));
    CHECK(TextMatcher("ўладзімір").matches("Ўладзімір"));
    CHECK(TextMatcher("әлия").matches("ӘЛИЯ СӘРСЕНБАЕВА"));
    CHECK(TextMatcher("нұрсұлтан").matches("НҰРСҰЛТАН Әбішұлы"));
    CHECK(TextMatcher("қасымова").matches("Үміт ҚАСЫМОВА"));
    CHECK(TextMatcher("ғалымжан өтепов").matches("ҒАЛЫМЖАН ӨТЕПОВ"));
    CHECK(TextMatcher("үміт").matches("Үміт"));
    CHECK(TextMatcher("һ").matches("Һ"));
    // Different letters stay different.
    CHECK_FALSE(TextMatcher("і").matches("и"));
    CHECK_FALSE(TextMatcher("e").matches("е")); // Latin e, Cyrillic е
}

TEST_CASE("TextMatcher treats ё as е both ways", "[text]")
{
    CHECK(TextMatcher("федоров").matches("Фёдоров Фёдор"));
    CHECK(TextMatcher("фёдоров").matches("Федоров"));
    CHECK(TextMatcher("ЁЛКИН").matches("елкин"));
    CHECK(TextMatcher("Семен Семин").matches("Семён Сёмин"));
    CHECK(TextMatcher("пётр").matches("ПЕТР"));
}

TEST_CASE("TextMatcher finds substrings; empty terms match everything", "[text]")
{
    CHECK(TextMatcher("ван").matches("Иванов"));
    CHECK(TextMatcher("вход").matches("Турникет 1 Вход"));
    CHECK(TextMatcher("№2").matches("Турникет №2 вход"));
    CHECK(TextMatcher("иван иванович").matches("Иванов Иван Иванович"));
    CHECK(TextMatcher("иван иванович").matches("Иванов Иван\u00A0Иванович")); // no-break space
    CHECK_FALSE(TextMatcher("иван  иванович").matches("Иванов Иван Иванович"));
    CHECK_FALSE(TextMatcher("вход").matches("Выход"));
    CHECK_FALSE(TextMatcher("Иванова").matches("Иванов"));
    // The user's surrounding spaces are ignored.
    CHECK(TextMatcher("  иванов ").matches("Иванов"));
    CHECK(TextMatcher("  иванов ").foldedTerm() == "иванов");

    const TextMatcher empty("");
    CHECK(empty.isEmpty());
    CHECK(empty.matches("anything"));
    CHECK(empty.matches(""));
    CHECK(TextMatcher(" \u00A0 ").isEmpty());
    CHECK_FALSE(TextMatcher("a").isEmpty());
}

TEST_CASE("TextMatcher: Сомов does not find Томов", "[text]")
{
    const TextMatcher somov("Сомов");
    CHECK(somov.matches("Сомов Пётр"));
    CHECK(somov.matches("СОМОВ"));
    CHECK_FALSE(somov.matches("Томов Олег"));
    CHECK_FALSE(somov.matches("ТОМОВ"));
    // Why matching must run on repaired text: the mojibake of the two names differ only in
    // 'Ў' / 'ў' (U+040E / U+045E), one letter in two cases, so a case-insensitive comparison of
    // the raw values (a LIKE under a CI collation) cannot tell them apart.
    CHECK(toMojibake("Сомов") != toMojibake("Томов"));
    CHECK(attlog::text::foldForMatch(toMojibake("Сомов")) ==
          attlog::text::foldForMatch(toMojibake("Томов")));
    RepairCache cache;
    const std::vector<std::string> raw = {toMojibake("Сомов"), toMojibake("Томов")};
    CHECK(resolveRawValues(raw, somov, cache) == std::vector<std::string>{toMojibake("Сомов")});
}

TEST_CASE("resolveRawValues returns every stored form of a repaired name", "[text]")
{
    const std::string ivanov = "Иванов Иван";
    const std::vector<std::string> dictionary = {
        ivanov,
        toMojibake(ivanov, LostByteForm::C1Control),
        toMojibake(ivanov, LostByteForm::QuestionMark),
        toMojibake(ivanov, LostByteForm::ReplacementChar),
        toMojibake(ivanov, LostByteForm::Dropped),
        toMojibake(toMojibake(ivanov)),
        toCp1252Mojibake(ivanov),
        "ИВАНОВ И.И.",
        "Сомов Пётр",
        "Томов Олег",
        toMojibake("Томов Олег"),
        toMojibake("Сомов Пётр"),
        "Иваненко",
        "Main Entrance",
        "",
    };
    RepairCache cache;

    const auto ivanovs = resolveRawValues(dictionary, TextMatcher("иванов"), cache);
    const std::vector<std::string> expectedIvanovs(dictionary.begin(), dictionary.begin() + 8);
    CHECK(ivanovs == expectedIvanovs); // in input order, raw as stored

    const auto somovs = resolveRawValues(dictionary, TextMatcher("сомов"), cache);
    CHECK(somovs == std::vector<std::string>{"Сомов Пётр", toMojibake("Сомов Пётр")});

    const auto toms = resolveRawValues(dictionary, TextMatcher("Томов"), cache);
    CHECK(toms == std::vector<std::string>{"Томов Олег", toMojibake("Томов Олег")});

    const auto peter = resolveRawValues(dictionary, TextMatcher("петр"), cache); // ё = е
    CHECK(peter == std::vector<std::string>{"Сомов Пётр", toMojibake("Сомов Пётр")});

    CHECK(resolveRawValues(dictionary, TextMatcher("Кузнецов"), cache).empty());
    CHECK(resolveRawValues(dictionary, TextMatcher(""), cache) == dictionary);
}

TEST_CASE("resolveRawValues: doors with a stored mojibake form", "[text]")
{
    const std::vector<std::string> doors = {
        "Главный вход",  toMojibake("Главный вход"),         toMojibake("Турникет №2 вход"),
        "Главный выход", "DS-K1T671M " + toMojibake("Вход"), "Door 1"};
    RepairCache cache(4); // smaller than the dictionary: eviction must not change the answer
    const auto entries = resolveRawValues(doors, TextMatcher("ВХОД"), cache);
    CHECK(entries == std::vector<std::string>{doors[0], doors[1], doors[2], doors[4]});
}

TEST_CASE("Folding never makes a character longer, so a value is folded in its own length",
          "[text]")
{
    // TextMatcher folds short values into a buffer of the value's size (no allocation per row).
    std::string folded;
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        std::string one;
        attlog::text::utf8::append(one, cp);
        folded = attlog::text::foldForMatch(one);
        if (folded.size() > one.size())
            FAIL("U+" << std::hex << std::uint32_t(cp) << " folds longer");
    }
    // Bytes that are not UTF-8 stay one byte each.
    CHECK(attlog::text::foldForMatch("\xC0\xFF\x80"
                                     "A") == "\xC0\xFF\x80"
                                             "a");
    // Long values (past the stack buffer) match as short ones do.
    std::string longValue(600, 'x');
    longValue += "ИВАНОВ";
    CHECK(TextMatcher("иванов").matches(longValue));
    CHECK_FALSE(TextMatcher("петров").matches(longValue));
}
