// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace attlog {

// Rules shared by Who-Where (PresenceBoard) and Worktime (WorktimeCalculator).
// Both reports ignore events without a time (TimeSource::Missing): they cannot be placed.

inline constexpr std::int64_t kDefaultDoubleScanSeconds = 60;
inline constexpr int kDefaultMaxIntervalHours = 20;

// What an event with Direction::Unknown means.
enum class UnknownDirectionPolicy : std::uint8_t
{
    Opposite, // the opposite of the person's current state: an exit when inside (an interval is
              // open), else an entry
    Ignore,   // it does not change the state
};

struct PresenceRules
{
    // The same person, same stored direction, within this many seconds (inclusive) after the
    // previous counted event: a double scan, counted once (the first). 0 disables.
    std::int64_t doubleScanSeconds = kDefaultDoubleScanSeconds;
    UnknownDirectionPolicy unknownDirection = UnknownDirectionPolicy::Opposite;
};

enum class WorkedMode : std::uint8_t
{
    Span,   // worked = last_out - first_in
    Inside, // worked = the sum of counted intervals
};
std::string_view workedModeName(WorkedMode mode); // "span", "inside"
std::optional<WorkedMode> workedModeFromName(std::string_view name);

// A working-time schedule in local wall-clock time. An end before the start is a night schedule
// that ends on the next day (20:00-08:00). start == end means a 24-hour schedule.
struct Schedule
{
    int startMinute = 9 * 60; // minutes since midnight, 0..1439
    int endMinute = 18 * 60;  // minutes since midnight, 0..1439
    int graceMinutes = 0;     // lateness / early leave up to this many minutes is not counted
    // Working weekdays, index 0 = Monday .. 6 = Sunday (isoWeekday order). Default Mon-Fri.
    std::array<bool, 7> workingDays{true, true, true, true, true, false, false};

    bool isNight() const { return endMinute < startMinute; }
    int lengthMinutes() const;
};

// Parses "HH:MM-HH:MM" (e.g. "09:00-18:00", "20:00-08:00"), the CLI's --schedule form; grace and
// working days keep their defaults.
std::optional<Schedule> parseSchedule(std::string_view text);

struct WorktimeRules
{
    WorkedMode mode = WorkedMode::Span;
    std::int64_t doubleScanSeconds = kDefaultDoubleScanSeconds; // as in PresenceRules
    UnknownDirectionPolicy unknownDirection = UnknownDirectionPolicy::Opposite;
    // An interval longer than this is not counted (its entry date gets no_exit); a report also
    // reads this far past its period's end so intervals started inside the period can close.
    int maxIntervalHours = kDefaultMaxIntervalHours;
    std::optional<Schedule> schedule;
};

} // namespace attlog
