// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace attlog::alert {

// The guard post's watch list: rules that make a live pass an alert. Plain C++, no Qt; the
// viewer keeps the rules in its settings (db/alert/watchrulesjson.h) and shows the alerts.

// Minutes of the day [from, to); a window whose end is not after its start runs over midnight
// ("20:00-06:00"). from == to is the whole day.
struct TimeWindow
{
    int fromMinute = 0;
    int toMinute = 0;
    bool contains(int minuteOfDay) const;
    bool operator==(const TimeWindow &) const = default;
};
// "HH:MM-HH:MM" (24:00 as an end is midnight); std::nullopt for anything else.
std::optional<TimeWindow> parseTimeWindow(std::string_view text);
std::string formatTimeWindow(const TimeWindow &window);

// The built-in sounds a rule can play.
enum class AlertSound : std::uint8_t
{
    Alarm, // a repeated two-tone alarm
    Chime, // a soft chime
    Beep,  // the platform's beep
    None,  // silent: the banner only
};
std::string_view alertSoundName(AlertSound sound); // "alarm", "chime", "beep", "none"
std::optional<AlertSound> alertSoundFromName(std::string_view name);

// Every condition that is set must hold; a list holds when any of its entries does. A rule
// without any condition matches no pass (it would alert on everything).
struct WatchRule
{
    std::string name; // shown in the banner and the alert log
    bool enabled = true;
    // Repaired names, compared as History's search compares (any case, ё = е), whole names.
    std::vector<std::string> people;
    std::vector<std::string> employeeIds; // exact
    std::vector<std::string> cards;       // exact
    std::vector<std::string> doors;       // as shown (doorName, else the device name), exact
    std::optional<Direction> direction;
    std::optional<TimeWindow> hours; // the pass's time of day
    // Only a pass of somebody unknown: no name, or a card no earlier row carries.
    bool unknownOnly = false;
    AlertSound sound = AlertSound::Alarm;

    bool hasCondition() const;
    bool operator==(const WatchRule &) const = default;
};

struct AlertOptions
{
    // A pass whose time is older than this when it arrives was replayed (a back-fill after an
    // outage): it alerts silently, marked late.
    std::int64_t lateAfterSeconds = 300;
    bool operator==(const AlertOptions &) const = default;
};

struct Alert
{
    std::size_t rule = 0; // index into the watch list's rules
    AccessEvent event;
    bool late = false;    // replayed by a back-fill: no sound
    bool unknown = false; // the pass was of somebody unknown (see WatchRule::unknownOnly)
};

// Matches live passes against the rules. Not thread-safe.
class WatchList
{
public:
    explicit WatchList(std::vector<WatchRule> rules = {}, AlertOptions options = {});

    const std::vector<WatchRule> &rules() const { return m_rules; }
    const AlertOptions &options() const { return m_options; }

    // The cards earlier rows carry (the table's distinct card numbers). Until this is called the
    // watch list knows no card, and only a pass without a name counts as unknown.
    void setKnownCards(std::span<const std::string> cards);
    bool knowsCards() const { return m_cardsKnown; }

    // Whether the pass is of somebody unknown: no name, or (once the cards are known) a card no
    // earlier row carries.
    bool isUnknown(const AccessEvent &event) const;

    // Checks one live pass, in arrival order, at wall-clock `now`: one alert per matching enabled
    // rule. Its card is known from then on.
    std::vector<Alert> check(const AccessEvent &event, DateTime now);

private:
    bool matches(const WatchRule &rule, const AccessEvent &event, bool unknown) const;

    std::vector<WatchRule> m_rules;
    std::vector<std::vector<std::string>> m_foldedPeople; // per rule
    AlertOptions m_options;
    std::unordered_set<std::string> m_cards;
    bool m_cardsKnown = false;
};

} // namespace attlog::alert
