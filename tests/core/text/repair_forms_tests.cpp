// SPDX-License-Identifier: MIT
// The project's own vectors: every name and door label of the corpus in each stored form.
#include "core/text/mojibake.h"
#include "core/text/repair.h"

#include "tests/core/text/corpus.h"
#include "tests/support/catch.h"

#include <functional>
#include <string>
#include <vector>

using attlog::text::LostByteForm;
using attlog::text::repair;
using attlog::text::toCp1252Mojibake;
using attlog::text::toMojibake;
namespace corpus = attlog::test::corpus;

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A word of one letter alone ("Ю", initials "Ю. Н.") is ambiguous in mojibake: "Р®" may be
// meant. Strings in which every word is that short are covered by their own test case.
bool hasWordOfTwoLetters(const std::string &s)
{
    int letters = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0xC0 || isAsciiLetter(s[i])) {
            if (++letters >= 2)
                return true;
        } else if (b < 0x80) {
            letters = 0;
        }
    }
    return false;
}

bool hasNonAscii(const std::string &s)
{
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

std::vector<std::string> repairableCorpus()
{
    std::vector<std::string> out;
    for (const auto &list : {corpus::names(), corpus::doorLabels()}) {
        for (const std::string &s : list) {
            if (hasNonAscii(s) && hasWordOfTwoLetters(s))
                out.push_back(s);
        }
    }
    return out;
}

bool endsWithCapitalLostLetter(const std::string &s)
{
    for (const std::string tail : {"И", "Ә"}) {
        if (s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0)
            return true;
    }
    return false;
}

// Checks repair(form(s)) == expected(s) for every string; returns how many passed.
int checkForm(const std::vector<std::string> &strings,
              const std::function<std::string(const std::string &)> &form,
              const std::function<std::string(const std::string &)> &expected)
{
    int passed = 0;
    for (const std::string &s : strings) {
        const std::string stored = form(s);
        const std::string repaired = repair(stored);
        INFO("original: " << s << "\nstored:   " << stored);
        CHECK(repaired == expected(s));
        passed += repaired == expected(s) ? 1 : 0;
    }
    return passed;
}

std::string withoutLastCharacter(const std::string &utf8)
{
    std::size_t end = utf8.size();
    while (end > 0 && (static_cast<unsigned char>(utf8[end - 1]) & 0xC0) == 0x80)
        --end;
    return utf8.substr(0, end > 0 ? end - 1 : 0);
}

std::string same(const std::string &s)
{
    return s;
}

} // namespace

TEST_CASE("Own vectors: byte 0x98 stored as U+0098, '?' or U+FFFD", "[text]")
{
    const auto strings = repairableCorpus();
    REQUIRE(strings.size() > 600);
    for (const LostByteForm form :
         {LostByteForm::C1Control, LostByteForm::QuestionMark, LostByteForm::ReplacementChar}) {
        const int passed = checkForm(
            strings, [form](const std::string &s) { return toMojibake(s, form); }, same);
        CHECK(passed == static_cast<int>(strings.size()));
    }
}

TEST_CASE("Own vectors: byte 0x98 dropped, 'И' deduced after D0", "[text]")
{
    std::vector<std::string> strings;
    for (const std::string &s : repairableCorpus()) {
        // A lone lead at the very end is read as a half character cut off (see below).
        if (!endsWithCapitalLostLetter(s))
            strings.push_back(s);
    }
    const int passed = checkForm(
        strings, [](const std::string &s) { return toMojibake(s, LostByteForm::Dropped); }, same);
    CHECK(passed == static_cast<int>(strings.size()));

    CHECK(repair("РРІР°РЅРѕРІ Р.Р.") == "Иванов И.И.");
    CHECK(repair("РРЛЬРЧ") == "РРЛЬРЧ"); // correct capitals are no dropped form
    CHECK(repair(toMojibake("ИЛЬИЧ Иван", LostByteForm::Dropped)) == "ИЛЬИЧ Иван");
    CHECK(repair(toMojibake("Әлия Сәрсенбаева", LostByteForm::Dropped)) == "Әлия Сәрсенбаева");
    // Ambiguous at the very end: cut-off half character, not a lost 'И'.
    CHECK(repair(toMojibake("МАРИИ", LostByteForm::Dropped)) == "МАРИ");
}

TEST_CASE("Own vectors: double mojibake", "[text]")
{
    const auto strings = repairableCorpus();
    for (const LostByteForm form :
         {LostByteForm::C1Control, LostByteForm::QuestionMark, LostByteForm::ReplacementChar}) {
        const int passed = checkForm(
            strings, [form](const std::string &s) { return toMojibake(toMojibake(s, form), form); },
            same);
        CHECK(passed == static_cast<int>(strings.size()));
    }
    // Three layers are undone too.
    CHECK(repair(toMojibake(toMojibake(toMojibake("Проходная — КПП")))) == "Проходная — КПП");
}

TEST_CASE("Own vectors: UTF-8 read as Windows-1252 / Latin-1", "[text]")
{
    const auto strings = repairableCorpus();
    const int passed = checkForm(
        strings, [](const std::string &s) { return toCp1252Mojibake(s); }, same);
    CHECK(passed == static_cast<int>(strings.size()));
    CHECK(repair("CafÃ©") == "Café");
    CHECK(repair("CrÃ¨me brÃ»lÃ©e") == "Crème brûlée");
    CHECK(repair("Ð˜Ð²Ð°Ð½Ð¾Ð²") == "Иванов");
    // Windows-1252 twice.
    CHECK(repair(toCp1252Mojibake(toCp1252Mojibake("Сидорова"))) == "Сидорова");
}

TEST_CASE("Own vectors: mojibake mixed with clean text, repaired run by run", "[text]")
{
    const auto strings = repairableCorpus();
    const int passed = checkForm(
        strings, [](const std::string &s) { return "DS-K1T671M " + toMojibake(s) + " (2)"; },
        [](const std::string &s) { return "DS-K1T671M " + s + " (2)"; });
    CHECK(passed == static_cast<int>(strings.size()));
    // Clean Cyrillic next to mojibake stays as it is, including look-alikes of mojibake.
    for (const std::string clean : {"Турникет 2", "Р-1 Вход", "Рёмин", "СССР", "Вход\u00A0"}) {
        INFO(clean);
        CHECK(repair(clean + " / " + toMojibake("Главный выход")) == clean + " / Главный выход");
        CHECK(repair(toMojibake("Главный выход") + " / " + clean) == "Главный выход / " + clean);
    }
    CHECK(repair("DS-K1T671M Р’С…РѕРґ") == "DS-K1T671M Вход");
    CHECK(repair("Р’С…РѕРґ №1") == "Вход №1");
}

TEST_CASE("Own vectors: a half character cut off at the end is dropped", "[text]")
{
    int checked = 0;
    for (const std::string &s : repairableCorpus()) {
        // A column length limit cuts the stored string between the two characters that one
        // Cyrillic letter became; the lead remains. The repair drops it and keeps the rest.
        if (s.size() < 2 || (static_cast<unsigned char>(s[s.size() - 2]) & 0xE0) != 0xC0)
            continue; // the original ends with ASCII or a 3-byte character
        const std::string expected = s.substr(0, s.size() - 2);
        if (!hasWordOfTwoLetters(expected) || repair(toMojibake(expected)) != expected)
            continue; // what remains must be repairable by itself ("РЎРЎРЎ" is not: "ССС")
        const std::string stored = withoutLastCharacter(toMojibake(s));
        INFO("original: " << s << "\nstored:   " << stored);
        CHECK(repair(stored) == expected);
        ++checked;
    }
    CHECK(checked > 300);
    CHECK(repair("РџСЂРѕС…РѕРґРЅР°СЏ вЂ") == "Проходная "); // cut inside '—' (3 bytes)
    CHECK(repair("РџСЂРѕС…РѕРґРЅР°СЏ в") == "Проходная ");
    CHECK(repair("Р") == "Р"); // alone it is a correct one-letter string
    CHECK(repair("РёР") == "РёР");
}

TEST_CASE("One-letter words are repaired with the rest of their string, not alone", "[text]")
{
    // Alone, "Р®" may be meant as it is: the string is left unchanged.
    CHECK(repair(toMojibake("Ю")) == toMojibake("Ю"));
    CHECK(repair(toMojibake("Ю Ю. Н.")) == toMojibake("Ю Ю. Н."));
    // With a convincing word beside it, every run of the string is repaired.
    CHECK(repair(toMojibake("Ю Иван")) == "Ю Иван");
    CHECK(repair(toMojibake("Иванов И. И.")) == "Иванов И. И.");
    CHECK(repair(toMojibake("Корпус Б, вход А")) == "Корпус Б, вход А");
    // Except where the lost byte itself is the evidence: U+0098 never occurs in correct text.
    CHECK(repair(toMojibake("И")) == "И");
    CHECK(repair(toMojibake("Ә")) == "Ә");
}
