// SPDX-License-Identifier: MIT
#include "core/event/datetime.h"

#include <array>
#include <cstdio>

namespace attlog {

namespace {

// Days-from-civil over 400-year eras: each era has exactly 146097 days, so the computation is
// exact for any year representable in int without tables or floating point.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

std::string_view trimSpaces(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// Reads exactly `width` ASCII digits at `pos`.
std::optional<int> digits(std::string_view s, std::size_t pos, std::size_t width)
{
    if (pos + width > s.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

std::optional<Date> civilToDate(std::optional<int> y, std::optional<int> m, std::optional<int> d)
{
    if (!y || !m || !d || !isValidCivil(*y, *m, *d))
        return std::nullopt;
    return dateFromCivil(*y, *m, *d);
}

} // namespace

bool isValidCivil(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= daysInMonth(year, month);
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeap(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

Date dateFromCivil(int year, int month, int day)
{
    return Date{static_cast<std::int32_t>(
        daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)))};
}

CivilDate civilFromDate(Date date)
{
    const std::int64_t z = std::int64_t{date.days} + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int isoWeekday(Date date)
{
    // 1970-01-01 was a Thursday (3 in Monday-based numbering).
    const int r = static_cast<int>((std::int64_t{date.days} + 3) % 7);
    return r < 0 ? r + 7 : r;
}

Date dateOf(DateTime dt)
{
    std::int64_t days = dt.seconds / kSecondsPerDay;
    if (dt.seconds % kSecondsPerDay < 0)
        --days;
    return Date{static_cast<std::int32_t>(days)};
}

int secondsOfDay(DateTime dt)
{
    const std::int64_t r = dt.seconds % kSecondsPerDay;
    return static_cast<int>(r < 0 ? r + kSecondsPerDay : r);
}

DateTime makeDateTime(Date date, int hour, int minute, int second)
{
    return DateTime{std::int64_t{date.days} * kSecondsPerDay + hour * 3600 + minute * 60 + second};
}

std::optional<Date> parseDate(std::string_view text)
{
    const std::string_view s = trimSpaces(text);
    if (s.size() != 10)
        return std::nullopt;
    if ((s[4] == '-' && s[7] == '-') || (s[4] == '/' && s[7] == '/'))
        return civilToDate(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
    if (s[2] == '.' && s[5] == '.')
        return civilToDate(digits(s, 6, 4), digits(s, 3, 2), digits(s, 0, 2));
    return std::nullopt;
}

std::optional<int> parseTimeOfDay(std::string_view text)
{
    const std::string_view s = trimSpaces(text);
    if (s.size() < 5 || s[2] != ':')
        return std::nullopt;
    const auto h = digits(s, 0, 2);
    const auto m = digits(s, 3, 2);
    if (!h || !m || *h > 23 || *m > 59)
        return std::nullopt;
    int sec = 0;
    if (s.size() > 5) {
        if (s.size() < 8 || s[5] != ':')
            return std::nullopt;
        const auto ss = digits(s, 6, 2);
        if (!ss || *ss > 59)
            return std::nullopt;
        sec = *ss;
        if (s.size() > 8 && (s[8] != '.' || !allDigits(s.substr(9))))
            return std::nullopt;
    }
    return *h * 3600 + *m * 60 + sec;
}

std::optional<DateTime> parseDateTime(std::string_view text)
{
    const std::string_view s = trimSpaces(text);
    if (s.size() < 10)
        return std::nullopt;
    const auto date = parseDate(s.substr(0, 10));
    if (!date)
        return std::nullopt;
    if (s.size() == 10)
        return startOfDay(*date);
    if (s[10] != ' ' && s[10] != 'T')
        return std::nullopt;
    const auto time = parseTimeOfDay(s.substr(11));
    if (!time)
        return std::nullopt;
    return addSeconds(startOfDay(*date), *time);
}

std::string formatIsoDate(Date date)
{
    const CivilDate c = civilFromDate(date);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

std::string formatTimeOfDay(int s)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    return buf;
}

std::string formatIsoDateTime(DateTime dt)
{
    return formatIsoDate(dateOf(dt)) + 'T' + formatTimeOfDay(secondsOfDay(dt));
}

std::string formatSqlDateTime(DateTime dt)
{
    return formatIsoDate(dateOf(dt)) + ' ' + formatTimeOfDay(secondsOfDay(dt));
}

} // namespace attlog
