// SPDX-License-Identifier: MIT
#include "core/alert/watchlist.h"

#include "core/text/textmatcher.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace attlog::alert {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

constexpr std::array<std::string_view, 4> kSoundNames{"alarm", "chime", "beep", "none"};

// "HH:MM" with HH 00..24 (24 only as 24:00); minutes since midnight.
std::optional<int> parseClock(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    int hour = 0;
    int minute = 0;
    const auto digits = [](std::string_view part, int *value) {
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), *value);
        return ec == std::errc() && end == part.data() + part.size();
    };
    if (!digits(text.substr(0, 2), &hour) || !digits(text.substr(3, 2), &minute))
        return std::nullopt;
    if (hour > 24 || minute > 59 || (hour == 24 && minute != 0))
        return std::nullopt;
    return hour * 60 + minute;
}

std::string clockText(int minutes)
{
    const auto two = [](int v) { return std::string{char('0' + v / 10), char('0' + v % 10)}; };
    return two(minutes / 60) + ":" + two(minutes % 60);
}

bool contains(const std::vector<std::string> &list, const std::string &value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

bool TimeWindow::contains(int minuteOfDay) const
{
    if (fromMinute == toMinute)
        return true;
    if (fromMinute < toMinute)
        return minuteOfDay >= fromMinute && minuteOfDay < toMinute;
    return minuteOfDay >= fromMinute || minuteOfDay < toMinute; // over midnight
}

std::optional<TimeWindow> parseTimeWindow(std::string_view text)
{
    const std::size_t dash = text.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    const auto from = parseClock(text.substr(0, dash));
    const auto to = parseClock(text.substr(dash + 1));
    if (!from || !to || *from == kMinutesPerDay)
        return std::nullopt;
    return TimeWindow{*from, *to % kMinutesPerDay};
}

std::string formatTimeWindow(const TimeWindow &window)
{
    const int to = window.toMinute == 0 ? kMinutesPerDay : window.toMinute;
    return clockText(window.fromMinute) + "-" + clockText(to);
}

std::string_view alertSoundName(AlertSound sound)
{
    return kSoundNames[std::size_t(sound)];
}

std::optional<AlertSound> alertSoundFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kSoundNames.size(); ++i)
        if (kSoundNames[i] == name)
            return AlertSound(i);
    return std::nullopt;
}

bool WatchRule::hasCondition() const
{
    return !people.empty() || !employeeIds.empty() || !cards.empty() || !doors.empty() ||
           direction || hours || unknownOnly;
}

WatchList::WatchList(std::vector<WatchRule> rules, AlertOptions options)
    : m_rules(std::move(rules))
    , m_options(options)
{
    for (const WatchRule &rule : m_rules) {
        std::vector<std::string> folded;
        for (const std::string &person : rule.people)
            folded.push_back(text::foldForMatch(person));
        m_foldedPeople.push_back(std::move(folded));
    }
}

void WatchList::setKnownCards(std::span<const std::string> cards)
{
    m_cards.insert(cards.begin(), cards.end());
    m_cardsKnown = true;
}

bool WatchList::isUnknown(const AccessEvent &event) const
{
    if (event.person.empty())
        return true;
    return m_cardsKnown && !event.card.empty() && !m_cards.contains(event.card);
}

bool WatchList::matches(const WatchRule &rule, const AccessEvent &event, bool unknown) const
{
    if (!rule.enabled || !rule.hasCondition())
        return false;
    if (rule.unknownOnly && !unknown)
        return false;
    if (!rule.people.empty()) {
        const std::vector<std::string> &folded =
            m_foldedPeople[std::size_t(&rule - m_rules.data())];
        if (event.person.empty() || !contains(folded, text::foldForMatch(event.person)))
            return false;
    }
    if (!rule.employeeIds.empty() && !contains(rule.employeeIds, event.employeeId))
        return false;
    if (!rule.cards.empty() && !contains(rule.cards, event.card))
        return false;
    if (!rule.doors.empty()) {
        const std::string &door = event.door.empty() ? event.device : event.door;
        if (!contains(rule.doors, door))
            return false;
    }
    if (rule.direction && event.direction != *rule.direction)
        return false;
    if (rule.hours) {
        if (!event.time || !rule.hours->contains(secondsOfDay(*event.time) / 60))
            return false;
    }
    return true;
}

std::vector<Alert> WatchList::check(const AccessEvent &event, DateTime now)
{
    const bool unknown = isUnknown(event);
    const bool late = event.time && now.seconds - event.time->seconds > m_options.lateAfterSeconds;
    std::vector<Alert> alerts;
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        if (matches(m_rules[i], event, unknown))
            alerts.push_back({i, event, late, unknown});
    }
    if (!event.card.empty())
        m_cards.insert(event.card);
    return alerts;
}

} // namespace attlog::alert
