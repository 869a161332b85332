// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace attlog {

// iVMS-4200 stores local wall-clock time without an offset. These types keep it naive: they are
// never converted to or from UTC, and arithmetic on them ignores daylight-saving changes, exactly
// as the source data does.

// A calendar day, counted in days since 1970-01-01 (proleptic Gregorian).
struct Date
{
    std::int32_t days = 0;
};

// A wall-clock moment with second resolution, counted in seconds since 1970-01-01T00:00:00.
struct DateTime
{
    std::int64_t seconds = 0;
};

// Comparisons are spelled out rather than a defaulted operator<=>: <compare> in a header that
// moc reads (through Qt models) breaks Qt 6.4's moc on GCC 12.
constexpr bool operator==(Date a, Date b)
{
    return a.days == b.days;
}
constexpr bool operator!=(Date a, Date b)
{
    return a.days != b.days;
}
constexpr bool operator<(Date a, Date b)
{
    return a.days < b.days;
}
constexpr bool operator<=(Date a, Date b)
{
    return a.days <= b.days;
}
constexpr bool operator>(Date a, Date b)
{
    return a.days > b.days;
}
constexpr bool operator>=(Date a, Date b)
{
    return a.days >= b.days;
}
constexpr bool operator==(DateTime a, DateTime b)
{
    return a.seconds == b.seconds;
}
constexpr bool operator!=(DateTime a, DateTime b)
{
    return a.seconds != b.seconds;
}
constexpr bool operator<(DateTime a, DateTime b)
{
    return a.seconds < b.seconds;
}
constexpr bool operator<=(DateTime a, DateTime b)
{
    return a.seconds <= b.seconds;
}
constexpr bool operator>(DateTime a, DateTime b)
{
    return a.seconds > b.seconds;
}
constexpr bool operator>=(DateTime a, DateTime b)
{
    return a.seconds >= b.seconds;
}

struct CivilDate
{
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
};

inline constexpr std::int64_t kSecondsPerDay = 86400;

// Converts a valid civil date to a Date; callers validate with isValidCivil() first.
Date dateFromCivil(int year, int month, int day);
CivilDate civilFromDate(Date date);
bool isValidCivil(int year, int month, int day);
int daysInMonth(int year, int month);
// 0 = Monday .. 6 = Sunday (ISO order).
int isoWeekday(Date date);

inline DateTime startOfDay(Date date)
{
    return DateTime{std::int64_t{date.days} * kSecondsPerDay};
}
Date dateOf(DateTime dt);
// Seconds since midnight, 0..86399.
int secondsOfDay(DateTime dt);
inline DateTime addSeconds(DateTime dt, std::int64_t s)
{
    return DateTime{dt.seconds + s};
}
inline Date addDays(Date d, int n)
{
    return Date{d.days + n};
}
DateTime makeDateTime(Date date, int hour, int minute, int second);

// Parsing is strict about ranges (month 13 or 25:00 are rejected) and accepts surrounding spaces.
// Date-times: "YYYY-MM-DD hh:mm:ss", "YYYY-MM-DDThh:mm:ss", with optional fractional seconds of any
// length (SQL Server DATETIME2 text is "YYYY-MM-DD hh:mm:ss.fffffff"; fractions are truncated),
// "YYYY-MM-DD hh:mm", and a bare "YYYY-MM-DD" (midnight).
std::optional<DateTime> parseDateTime(std::string_view text);
// Dates: "yyyy-MM-dd", "dd.MM.yyyy", "yyyy/MM/dd" (the forms iVMS writes into authDate).
std::optional<Date> parseDate(std::string_view text);
// Times of day: "HH:mm:ss" or "HH:mm" (optional fraction after seconds); returns seconds since
// midnight.
std::optional<int> parseTimeOfDay(std::string_view text);

// "YYYY-MM-DDTHH:MM:SS"
std::string formatIsoDateTime(DateTime dt);
// "YYYY-MM-DD HH:MM:SS" (the form SQL literals and SQLite text columns use)
std::string formatSqlDateTime(DateTime dt);
// "YYYY-MM-DD"
std::string formatIsoDate(Date date);
// "HH:MM:SS"
std::string formatTimeOfDay(int secondsSinceMidnight);

} // namespace attlog
