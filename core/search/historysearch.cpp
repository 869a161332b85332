// SPDX-License-Identifier: MIT
#include "core/search/historysearch.h"

#include "core/event/eventdecoder.h"
#include "core/text/dictionaryresolver.h"
#include "core/text/repaircache.h"
#include "core/text/textmatcher.h"

#include <algorithm>
#include <set>

namespace attlog {

namespace {

bool isBlank(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::vector<std::string> rawValuesShownAs(const std::vector<std::string> &raw,
                                          const std::set<std::string> &shown,
                                          text::RepairCache &cache)
{
    std::vector<std::string> result;
    for (const std::string &value : raw) {
        if (shown.count(cache.repaired(value)) != 0)
            result.push_back(value);
    }
    return result;
}

} // namespace

sql::HistoryFilter resolveHistorySearch(const HistorySearch &search,
                                        const ValueDictionary &dictionary, text::RepairCache &cache,
                                        const EventDecoder &decoder)
{
    sql::HistoryFilter filter;
    filter.from = search.from;
    filter.to = search.to;
    filter.passes = search.passes;

    if (!search.doors.empty()) {
        const std::set<std::string> shown(search.doors.begin(), search.doors.end());
        sql::DoorFilter doors;
        doors.rawDoorNames = rawValuesShownAs(dictionary.doorNames, shown, cache);
        doors.rawDeviceNames = rawValuesShownAs(dictionary.deviceNames, shown, cache);
        filter.doors = std::move(doors);
    }

    filter.directions.in = search.in;
    filter.directions.out = search.out;
    filter.directions.unknown = search.unknown;
    for (const std::string &value : dictionary.directions) {
        switch (decoder.directionOfValue(value)) {
        case Direction::In:
            filter.directions.rawInValues.push_back(value);
            break;
        case Direction::Out:
            filter.directions.rawOutValues.push_back(value);
            break;
        case Direction::Unknown:
            break;
        }
    }

    if (!search.text.empty() && !isBlank(search.text)) {
        const text::TextMatcher matcher(search.text);
        sql::TextSearch textSearch;
        textSearch.rawPersonNames = text::resolveRawValues(dictionary.personNames, matcher, cache);
        // Card numbers and employee IDs are matched as typed (trimmed of outer spaces).
        std::string term = search.text;
        term.erase(0, term.find_first_not_of(' '));
        term.erase(term.find_last_not_of(' ') + 1);
        textSearch.idTerm = term;
        filter.search = std::move(textSearch);
    }
    return filter;
}

std::vector<std::string> shownDoorNames(const ValueDictionary &dictionary, text::RepairCache &cache)
{
    std::set<std::string> names;
    for (const auto *list : {&dictionary.doorNames, &dictionary.deviceNames}) {
        for (const std::string &raw : *list) {
            const std::string &shown = cache.repaired(raw);
            if (!isBlank(shown))
                names.insert(shown);
        }
    }
    return {names.begin(), names.end()};
}

} // namespace attlog
