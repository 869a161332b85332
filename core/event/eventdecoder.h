// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"
#include "core/sql/directionmapping.h"
#include "core/sql/field.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace attlog::text {
class RepairCache;
}

namespace attlog {

// authDateTime as the driver delivered it: a date-time value (modern ODBC drivers, MySQL,
// PostgreSQL), or text — the legacy Windows "SQL Server" ODBC driver delivers DATETIME2 as
// "YYYY-MM-DD hh:mm:ss.fffffff", SQLite stores text. Drivers that deliver fractional seconds
// should pass text so that History paging cursors keep the fraction (see HistoryQuery).
using RawDateTime = std::variant<DateTime, std::string>;

// One row as read from the driver, before repair and mapping. std::nullopt = SQL NULL or a
// column that is not mapped. Text is the driver's UTF-8 (possibly mojibake). Fill it by the
// statement's `fields` order with setText() / the members.
struct RawRow
{
    // The live key; std::nullopt when it is NULL or not a whole number within 64 bits (see
    // parseKey), which no key-ordered statement can page past.
    std::optional<std::int64_t> key;
    std::optional<RawDateTime> authDateTime;
    std::optional<std::string> authDate;
    std::optional<std::string> authTime;
    std::optional<std::string> direction;
    std::optional<std::string> deviceName;
    std::optional<std::string> deviceSN;
    std::optional<std::string> personName;
    std::optional<std::string> employeeID;
    std::optional<std::string> cardNo;
    std::optional<std::string> doorName;
    std::optional<std::string> readerName;
    std::optional<std::string> insertedAt; // read as text, parsed by the decoder

    // The text member for a text field; nullptr for Key and AuthDateTime.
    std::optional<std::string> *textField(sql::Field field);
    const std::optional<std::string> *textField(sql::Field field) const;
};

// authDateTime as read, as a date-time: the value, or the driver's text parsed by
// parseDateTime(); std::nullopt for NULL or text that is no date-time.
std::optional<DateTime> timeFromColumn(const std::optional<RawDateTime> &value);

// A key column's value as text ("42", " -7 ", "12.000", "1e3" is not) as a whole number:
// std::nullopt when it is not one or does not fit in 64 bits. Readers use it for every key that
// does not arrive as an integer, so 12.5 or 18446744073709551615 is "no key", never 12, 13 or -1.
std::optional<std::int64_t> parseKey(std::string_view text);

// Turns raw rows into AccessEvents. Never drops a row and never throws on bad data:
// - text fields are repaired through the cache (NULL → empty string);
// - door = repaired doorName, or repaired deviceName when doorName is NULL or blank;
// - direction = mapping.map(repaired direction, repaired reader, repaired door); rawDirection
//   keeps the repaired stored value;
// - time = authDateTime (a value, or text parsed by parseDateTime(); fractions truncated) →
//   TimeSource::DateTimeColumn; else, when authDateTime is NULL or does not parse, authDate
//   (parseDate: yyyy-MM-dd, dd.MM.yyyy, yyyy/MM/dd) + authTime (parseTimeOfDay) →
//   TimeSource::DateAndTimeColumns; else time is empty and TimeSource::Missing.
//
// Holds references: the cache and mapping must outlive the decoder. The cache is not thread-safe,
// so a decoder belongs to one thread (one per worker).
class EventDecoder
{
public:
    EventDecoder(text::RepairCache &cache, const sql::DirectionMapping &directions);

    AccessEvent decode(const RawRow &row) const;

    // The mapped direction of one stored direction value (repaired first): how the History
    // filter's raw in/out lists are built from the direction dictionary. Role rules are not
    // applied (they depend on the row's door/reader).
    Direction directionOfValue(std::string_view rawValue) const;

private:
    const std::string &repair(const std::optional<std::string> &raw) const;

    text::RepairCache &m_cache;
    const sql::DirectionMapping &m_directions;
};

} // namespace attlog
