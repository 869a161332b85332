// SPDX-License-Identifier: MIT
#include "core/event/eventdecoder.h"
#include "core/search/historysearch.h"
#include "core/sql/directionmapping.h"
#include "core/text/mojibake.h"
#include "core/text/repaircache.h"

#include "tests/support/catch.h"

#include <algorithm>

using namespace attlog;

namespace {

bool contains(const std::vector<std::string> &values, const std::string &value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace

TEST_CASE("a name search asks for every stored form of the matching names, and no other",
          "[search]")
{
    ValueDictionary dictionary;
    const std::string ivanov = "Иванов Иван Иванович";
    const std::string ivanovMojibake = text::toMojibake(ivanov, text::LostByteForm::C1Control);
    const std::string ivanovLossy = text::toMojibake(ivanov, text::LostByteForm::QuestionMark);
    dictionary.personNames = {ivanov,       ivanovMojibake, ivanovLossy,
                              "Сомов Пётр", "Томов Олег",   text::toMojibake("Томов Олег")};
    dictionary.directions = {"in", "OUT", text::toMojibake("Вход"), "garbage"};

    text::RepairCache cache;
    const sql::DirectionMapping mapping;
    const EventDecoder decoder(cache, mapping);

    HistorySearch search;
    search.text = "иванов";
    auto filter = resolveHistorySearch(search, dictionary, cache, decoder);
    REQUIRE(filter.search.has_value());
    CHECK(filter.search->rawPersonNames.size() == 3);
    CHECK(contains(filter.search->rawPersonNames, ivanovMojibake));
    CHECK(contains(filter.search->rawPersonNames, ivanovLossy));
    CHECK(filter.search->idTerm == "иванов");

    search.text = "Сомов";
    filter = resolveHistorySearch(search, dictionary, cache, decoder);
    REQUIRE(filter.search.has_value());
    CHECK(filter.search->rawPersonNames == std::vector<std::string>{"Сомов Пётр"});

    search.text = "семен"; // ё = е, but no such person: nothing by name
    filter = resolveHistorySearch(search, dictionary, cache, decoder);
    CHECK(filter.search->rawPersonNames.empty());

    search.text = "   ";
    filter = resolveHistorySearch(search, dictionary, cache, decoder);
    CHECK_FALSE(filter.search.has_value());

    // Directions: stored values are sorted into In and Out after repair.
    CHECK(contains(filter.directions.rawInValues, "in"));
    CHECK(contains(filter.directions.rawInValues, text::toMojibake("Вход")));
    CHECK(contains(filter.directions.rawOutValues, "OUT"));
    CHECK_FALSE(contains(filter.directions.rawInValues, "garbage"));
    CHECK_FALSE(contains(filter.directions.rawOutValues, "garbage"));
}

TEST_CASE("a name stored through a Latin-1 server that lost bytes is found by what is shown",
          "[search]")
{
    ValueDictionary dictionary;
    const std::string anna = "Абрамова Анна";
    const std::string lost = text::toCp1252Mojibake(anna, text::LostByteForm::ReplacementChar);
    const std::string dropped = text::toCp1252Mojibake(anna, text::LostByteForm::Dropped);
    REQUIRE(lost == "Ð\xEF\xBF\xBDÐ±Ñ€Ð°Ð¼Ð¾Ð²Ð° Ð\xEF\xBF\xBDÐ½Ð½Ð°");
    const std::string semyonov =
        text::toCp1252Mojibake("Семёнов Алексей", text::LostByteForm::QuestionMark);
    dictionary.personNames = {
        lost, dropped, semyonov,
        text::toCp1252Mojibake("Томов Олег", text::LostByteForm::QuestionMark)};
    text::RepairCache cache;
    const sql::DirectionMapping mapping;
    const EventDecoder decoder(cache, mapping);
    HistorySearch search;

    search.text = "анна";
    auto filter = resolveHistorySearch(search, dictionary, cache, decoder);
    REQUIRE(filter.search.has_value());
    CHECK(filter.search->rawPersonNames == std::vector<std::string>{lost, dropped});

    search.text = "семенов"; // ё = е still
    filter = resolveHistorySearch(search, dictionary, cache, decoder);
    CHECK(filter.search->rawPersonNames == std::vector<std::string>{semyonov});

    search.text = "Сомов"; // and not Томов
    filter = resolveHistorySearch(search, dictionary, cache, decoder);
    CHECK(filter.search->rawPersonNames.empty());
}

TEST_CASE("doors are picked as shown and resolved to raw door and device names", "[search]")
{
    ValueDictionary dictionary;
    const std::string gate = "Проходная — КПП";
    dictionary.doorNames = {gate, text::toMojibake(gate), "Склад «Север»", "  "};
    dictionary.deviceNames = {text::toMojibake("Турникет №2 вход")};

    text::RepairCache cache;
    const auto shown = shownDoorNames(dictionary, cache);
    CHECK(shown ==
          std::vector<std::string>{"Проходная — КПП", "Склад «Север»", "Турникет №2 вход"});

    const sql::DirectionMapping mapping;
    const EventDecoder decoder(cache, mapping);
    HistorySearch search;
    search.doors = {gate, "Турникет №2 вход"};
    search.from = makeDateTime(dateFromCivil(2026, 11, 1), 0, 0, 0);
    search.to = makeDateTime(dateFromCivil(2026, 11, 2), 0, 0, 0);
    const auto filter = resolveHistorySearch(search, dictionary, cache, decoder);
    REQUIRE(filter.doors.has_value());
    CHECK(filter.doors->rawDoorNames.size() == 2);
    CHECK(filter.doors->rawDeviceNames.size() == 1);
    CHECK(filter.from == search.from);
    CHECK(filter.to == search.to);
}
