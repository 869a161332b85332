// SPDX-License-Identifier: MIT
#include "core/event/eventdecoder.h"

#include "core/text/repaircache.h"
#include "core/text/utf8.h"

#include <charconv>
#include <utility>

namespace attlog {

namespace {

bool isBlank(const std::optional<std::string> &s)
{
    if (!s)
        return true;
    for (const char c : *s)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

// authDate normally holds a bare date; some exports write a full date-time there.
std::optional<Date> dateFromText(const std::optional<std::string> &text)
{
    if (!text)
        return std::nullopt;
    if (const auto date = parseDate(*text))
        return date;
    if (const auto dt = parseDateTime(*text))
        return dateOf(*dt);
    return std::nullopt;
}

std::optional<int> timeOfDayFromText(const std::optional<std::string> &text)
{
    if (!text)
        return std::nullopt;
    if (const auto seconds = parseTimeOfDay(*text))
        return seconds;
    if (const auto dt = parseDateTime(*text); dt && text->size() > 10)
        return secondsOfDay(*dt);
    return std::nullopt;
}

} // namespace

std::optional<DateTime> timeFromColumn(const std::optional<RawDateTime> &value)
{
    if (!value)
        return std::nullopt;
    if (const auto *dt = std::get_if<DateTime>(&*value))
        return *dt;
    return parseDateTime(std::get<std::string>(*value));
}

std::optional<std::int64_t> parseKey(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    // A NUMERIC(p, s) or a float column prints a whole number with a zero fraction.
    if (const auto dot = text.find('.'); dot != std::string_view::npos) {
        if (text.find_first_not_of('0', dot + 1) != std::string_view::npos)
            return std::nullopt;
        text = text.substr(0, dot);
    }
    if (text.size() > 1 && text.front() == '+' && text[1] != '-')
        text.remove_prefix(1);
    std::int64_t key = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), key);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return key;
}

std::optional<std::string> *RawRow::textField(sql::Field field)
{
    return const_cast<std::optional<std::string> *>(std::as_const(*this).textField(field));
}

const std::optional<std::string> *RawRow::textField(sql::Field field) const
{
    switch (field) {
    case sql::Field::Key:
    case sql::Field::AuthDateTime:
        return nullptr;
    case sql::Field::AuthDate:
        return &authDate;
    case sql::Field::AuthTime:
        return &authTime;
    case sql::Field::Direction:
        return &direction;
    case sql::Field::DeviceName:
        return &deviceName;
    case sql::Field::DeviceSN:
        return &deviceSN;
    case sql::Field::PersonName:
        return &personName;
    case sql::Field::EmployeeID:
        return &employeeID;
    case sql::Field::CardNo:
        return &cardNo;
    case sql::Field::DoorName:
        return &doorName;
    case sql::Field::ReaderName:
        return &readerName;
    case sql::Field::InsertedAt:
        break;
    }
    return &insertedAt;
}

EventDecoder::EventDecoder(text::RepairCache &cache, const sql::DirectionMapping &directions)
    : m_cache(cache)
    , m_directions(directions)
{}

const std::string &EventDecoder::repair(const std::optional<std::string> &raw) const
{
    static const std::string kEmpty;
    if (!raw)
        return kEmpty;
    // Mojibake needs non-ASCII characters: ASCII values (card numbers, employee IDs, "in"/"out")
    // are their own repair and need no cache lookup.
    if (text::utf8::isAscii(*raw))
        return *raw;
    return m_cache.repaired(*raw);
}

AccessEvent EventDecoder::decode(const RawRow &row) const
{
    AccessEvent event;
    event.key = row.key;

    if (const auto time = timeFromColumn(row.authDateTime)) {
        event.time = time;
        event.timeSource = TimeSource::DateTimeColumn;
    } else {
        const auto date = dateFromText(row.authDate);
        const auto seconds = timeOfDayFromText(row.authTime);
        if (date && seconds) {
            event.time = addSeconds(startOfDay(*date), *seconds);
            event.timeSource = TimeSource::DateAndTimeColumns;
        } else {
            event.timeSource = TimeSource::Missing;
        }
    }

    event.person = repair(row.personName);
    event.employeeId = repair(row.employeeID);
    event.card = repair(row.cardNo);
    event.device = repair(row.deviceName);
    event.deviceSerial = repair(row.deviceSN);
    event.reader = repair(row.readerName);
    if (row.insertedAt)
        event.insertedAt = parseDateTime(*row.insertedAt);
    event.door = isBlank(row.doorName) ? event.device : repair(row.doorName);
    event.rawDirection = repair(row.direction);
    event.direction = m_directions.map(event.rawDirection, event.reader, event.door);
    return event;
}

Direction EventDecoder::directionOfValue(std::string_view rawValue) const
{
    return m_directions.fromValue(m_cache.repaired(rawValue));
}

} // namespace attlog
