// SPDX-License-Identifier: MIT
// Fuzz target: parsing of authDate / authTime / authDateTime text (core/event/datetime.h), as a
// reader meets it in any table. Properties, for whatever parses:
// - the result is a real calendar date / a time of day within 00:00:00..23:59:59;
// - formatting it and parsing that again gives the same value (date, time, both date-time forms);
// - a date-time is the date of its first ten characters plus the time after them.
// The input is tried whole, and also split at its first '|' into an authDate and an authTime
// part, which then must agree with parsing "<date> <time>".
#include "core/event/datetime.h"

#include "tests/fuzz/fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace attlog;

namespace {

std::string_view input;

void checkDate(std::string_view text)
{
    const auto date = parseDate(text);
    if (!date)
        return;
    const CivilDate civil = civilFromDate(*date);
    FUZZ_CHECK(isValidCivil(civil.year, civil.month, civil.day), input);
    FUZZ_CHECK(dateFromCivil(civil.year, civil.month, civil.day) == *date, input);
    FUZZ_CHECK(parseDate(formatIsoDate(*date)) == date, input);
    const int weekday = isoWeekday(*date);
    FUZZ_CHECK(weekday >= 0 && weekday <= 6, input);
}

void checkTime(std::string_view text)
{
    const auto time = parseTimeOfDay(text);
    if (!time)
        return;
    FUZZ_CHECK(*time >= 0 && *time < kSecondsPerDay, input);
    FUZZ_CHECK(parseTimeOfDay(formatTimeOfDay(*time)) == time, input);
}

void checkDateTime(std::string_view text)
{
    const auto dateTime = parseDateTime(text);
    if (!dateTime)
        return;
    FUZZ_CHECK(parseDateTime(formatIsoDateTime(*dateTime)) == dateTime, input);
    FUZZ_CHECK(parseDateTime(formatSqlDateTime(*dateTime)) == dateTime, input);
    const Date day = dateOf(*dateTime);
    const CivilDate civil = civilFromDate(day);
    FUZZ_CHECK(isValidCivil(civil.year, civil.month, civil.day), input);
    FUZZ_CHECK(makeDateTime(day, secondsOfDay(*dateTime) / 3600, secondsOfDay(*dateTime) / 60 % 60,
                            secondsOfDay(*dateTime) % 60) == *dateTime,
               input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    input = std::string_view(reinterpret_cast<const char *>(data), size);
    checkDate(input);
    checkTime(input);
    checkDateTime(input);

    const std::size_t bar = input.find('|');
    if (bar != std::string_view::npos) {
        const std::string_view datePart = input.substr(0, bar);
        const std::string_view timePart = input.substr(bar + 1);
        checkDate(datePart);
        checkTime(timePart);
        const auto date = parseDate(datePart);
        const auto time = parseTimeOfDay(timePart);
        if (date && time) {
            // Both parts parse: the same moment as the ISO date-time built from them.
            const std::string joined = formatIsoDate(*date) + ' ' + formatTimeOfDay(*time);
            FUZZ_CHECK(parseDateTime(joined) == addSeconds(startOfDay(*date), *time), input);
        }
    }
    return 0;
}
