// SPDX-License-Identifier: MIT
// No false positives: correct text comes back byte for byte.
#include "core/text/mojibake.h"
#include "core/text/repair.h"

#include "tests/core/text/corpus.h"
#include "tests/support/catch.h"

#include <string>
#include <vector>

using attlog::text::repair;
namespace corpus = attlog::test::corpus;

namespace {

// Repairs every string and returns those that changed (at most `keep` of them, for the report).
template <typename Strings>
std::vector<std::string> changedBy(const Strings &strings, std::size_t keep = 20)
{
    std::vector<std::string> changed;
    for (const std::string &s : strings) {
        if (repair(s) != s && changed.size() < keep)
            changed.push_back(s + "  ->  " + repair(s));
    }
    return changed;
}

std::string joined(const std::vector<std::string> &lines)
{
    std::string out;
    for (const std::string &line : lines)
        out += line + "\n";
    return out;
}

} // namespace

TEST_CASE("Every Cyrillic string of 1 to 3 letters comes back unchanged", "[text]")
{
    // Russian, Ukrainian, Belarusian and Kazakh letters, both cases: 92 + 92^2 + 92^3 strings.
    long changed = 0;
    std::string examples;
    const long count = corpus::forEachShortString(3, false, [&](const std::string &s) {
        if (repair(s) != s && ++changed <= 20)
            examples += s + "  ->  " + repair(s) + "\n";
    });
    INFO(examples);
    CHECK(count == 92 + 92 * 92 + 92 * 92 * 92);
    CHECK(changed == 0);
}

TEST_CASE("Short Cyrillic strings with punctuation, digits and spaces come back unchanged",
          "[text]")
{
    // The same letters plus " .-,?", no-break space, « » — – № and a digit, up to 3 of them.
    long changed = 0;
    std::string examples;
    const long count = corpus::forEachShortString(3, true, [&](const std::string &s) {
        if (repair(s) != s && ++changed <= 20)
            examples += s + "  ->  " + repair(s) + "\n";
    });
    INFO(examples);
    CHECK(count > 1000000);
    CHECK(changed == 0);
}

TEST_CASE("Real names in three cases and letter cases come back unchanged", "[text]")
{
    const auto forms = corpus::nameWordForms();
    REQUIRE(forms.size() > 2000);
    const auto changed = changedBy(forms);
    INFO(joined(changed));
    CHECK(changed.empty());

    const auto names = corpus::names();
    REQUIRE(names.size() > 500);
    const auto changedNames = changedBy(names);
    INFO(joined(changedNames));
    CHECK(changedNames.empty());
}

TEST_CASE("Door labels, Latin text and digits come back unchanged", "[text]")
{
    const auto changed = changedBy(corpus::doorLabels());
    INFO(joined(changed));
    CHECK(changed.empty());

    const std::vector<std::string> latin = {"Main Entrance",
                                            "Door 1",
                                            "Reader 2 IN",
                                            "José Müller",
                                            "François Lefèvre",
                                            "Øyvind Ødegård",
                                            "Straße 5",
                                            "Ærø",
                                            "Łukasz Żółć",
                                            "Çağrı Şahin",
                                            "Dvořák",
                                            "São Paulo",
                                            "ÀÉÎÕÜ",
                                            "Crème brûlée",
                                            "Ñandú",
                                            "1234567890",
                                            "",
                                            " ",
                                            "  ",
                                            "-",
                                            "?",
                                            "??",
                                            "0000012345",
                                            "2024-03-01 08:00:00",
                                            "Café «Kafe»"};
    const auto changedLatin = changedBy(latin);
    INFO(joined(changedLatin));
    CHECK(changedLatin.empty());
}

TEST_CASE("Text that merely looks like mojibake comes back unchanged", "[text]")
{
    const std::vector<std::string> lookalikes = {
        // From the issue and the shared vectors' NEGATIVE rows.
        "Рёмин", "Рёмин Рём", "РЁВА", "Рівне", "РІВНЕ", "СССР", "Р-1 Вход", "Р", "С", "Ё", "Сёмин",
        "ТЕРЁХИН ПЁТР", "РОССИЯ ВГРС", "РС-485 Вход", "Р. С. Иванов", "Ряженка",
        "Ростов Роман Романович",
        // Two-character look-alikes of one mojibake letter.
        "Рё", "РЁ", "Рі", "РІ", "Рє", "РЄ", "Рї", "РЇ", "Р?", "С?", "У?",
        // Typography: no-break spaces, quotes, dashes, numero next to letters.
        "В\u00A0Москве", "г.\u00A0Москва", "Корпус Г\u00A05", "Р\u00A0", "Вход\u00A0",
        "ООО «Рога и Копыта»", "«КПП»", "Вход — выход", "Р–1", "Р—2", "№\u00A05", "Дом№5", "Кто?",
        "ИВАН?", "Пётр I", "Ё-моё", "РЁВА-РЁВА", "ЦРУ", "ГРЭС-2", "Рязань-Сити",
        // Ukrainian and Kazakh.
        "Київ", "Рівненська обл.", "Їжакевич", "Ґанок", "Єнакієве", "Шығыс", "Әлем", "Қазақстан",
        // Unrecoverable: Windows-1251 bytes read as UTF-8.
        "\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD", "\uFFFD", "Вход \uFFFD\uFFFD"};
    const auto changed = changedBy(lookalikes);
    INFO(joined(changed));
    CHECK(changed.empty());
}

TEST_CASE("Repair keeps everything it does not repair", "[text]")
{
    // No trimming, no case change, no normalisation.
    CHECK(repair("  Р’С…РѕРґ  ") == "  Вход  ");
    CHECK(repair(attlog::text::toMojibake("Вход\u00A0")) == "Вход\u00A0"); // NBSP is data
    CHECK(repair("\u00A0Вход\u00A0") == "\u00A0Вход\u00A0");
    CHECK(repair("e\u0301") == "e\u0301"); // decomposed é stays decomposed
    CHECK(repair("Р’С…РѕРґ\tDoor\r\n") == "Вход\tDoor\r\n");
    CHECK(repair(attlog::text::toMojibake("СМИРНОВ smith")) == "СМИРНОВ smith");
    // Invalid UTF-8 comes back as it is.
    const std::string invalid = "\xD0\xA0\xD1 \xFF\xFE";
    CHECK(repair(invalid) == invalid);
}
