// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"
#include "core/report/reportrules.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace attlog {

// What went wrong on a person's date. Text form: "no_exit;no_entry;absent" (in this order, only
// the set ones, joined by ';').
struct WorktimeFlags
{
    bool noExit = false;  // an interval that began this date was never closed, closed by another
                          // entry, or lasted longer than the maximum
    bool noEntry = false; // an exit this date with no interval open
    bool absent = false;  // a scheduled working day with nothing for this person
    bool any() const { return noExit || noEntry || absent; }
};
std::string worktimeFlagsText(const WorktimeFlags &flags);

struct WorktimePerson
{
    std::string identity;   // personIdentity()
    std::string employeeId; // may be empty
    std::string card;       // the card of the newest event, may be empty
    std::string name;       // the newest non-empty repaired name (by event time)
};

// One person on one date. Times are naive local; minutes are whole minutes, rounded down.
struct WorktimeDay
{
    std::size_t person = 0; // index into WorktimeReport::people
    Date date;
    std::optional<DateTime> firstIn; // the first entry of the date
    std::optional<DateTime> lastOut; // the exit of the last counted interval begun this date
    std::int64_t insideMinutes = 0;  // the sum of counted intervals begun this date
    std::optional<std::int64_t> spanMinutes;   // lastOut - firstIn; empty if either is missing
    std::optional<std::int64_t> workedMinutes; // span or inside by WorktimeRules::mode
    // Only with a schedule; empty without one or when the time they measure from is missing.
    // On a non-working day late and early are 0 and all worked time is overtime.
    std::optional<std::int64_t> lateMinutes;     // first_in - start, when more than the grace
    std::optional<std::int64_t> earlyMinutes;    // end - last_out, when more than the grace
    std::optional<std::int64_t> overtimeMinutes; // worked - scheduled length, when positive
    WorktimeFlags flags;
};

// Per-person sums over the period (empty values count as 0).
struct WorktimeTotal
{
    std::size_t person = 0;
    std::int64_t workedMinutes = 0;
    std::int64_t insideMinutes = 0;
    std::int64_t lateMinutes = 0;
    std::int64_t earlyMinutes = 0;
    std::int64_t overtimeMinutes = 0;
    int daysPresent = 0; // dates with a first entry
    int daysLate = 0;    // dates with late_minutes > 0
    int daysAbsent = 0;
    int daysNoExit = 0;
    int daysNoEntry = 0;
};

struct WorktimeReport
{
    Date from; // inclusive
    Date to;   // inclusive
    WorktimeRules rules;
    std::vector<WorktimePerson> people; // ordered by name, employee ID, identity
    std::vector<WorktimeDay> days;      // ordered by person (as `people`), then date
    std::vector<WorktimeTotal> totals;  // one per person, same order as `people`
};

struct DayMinutes
{
    Date date;
    std::int64_t minutes = 0;
};
// Worked minutes of one person for every date of the report (0 where there is no row): the
// "hours per day" chart.
std::vector<DayMinutes> workedMinutesPerDay(const WorktimeReport &report, std::size_t person);

} // namespace attlog
