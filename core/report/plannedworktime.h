// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"
#include "core/report/workplan.h"
#include "core/report/worktimecalculator.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace attlog {

// The settings of the plan-aware rules (issue 14, item 2).
struct PlanRules
{
    // A stay belongs to the planned shift whose window [start - before, end + after] holds its
    // entry (the nearest start when several do), not to its calendar date: a night shift begun on
    // the 14th is the 14th's, its exit on the 15th included. A stay no window holds is unplanned
    // work on the date of its entry.
    int windowBeforeMinutes = 4 * 60;
    int windowAfterMinutes = 6 * 60;
    // Overtime only outside the planned shift: before its start (off by default: arriving early
    // earns nothing) and after its end; each side counted only from this many minutes.
    bool overtimeBeforeStart = false;
    bool overtimeAfterEnd = true;
    int overtimeMinimumMinutes = 0;
    // Worked time rounded to this many minutes (0: not rounded; 5, 10 or 15), down in the
    // employer's favour, up in the employee's.
    int roundToMinutes = 0;
    bool roundInEmployeeFavour = false;
    // A stay without an exit: closed at the shift's planned end (flagged no_exit; no time past the
    // plan is invented), or left open and not counted.
    bool closeMissingExitAtPlannedEnd = true;
    // In span mode the time between two stays counts as a break (worked, less the shift's break)
    // up to this long; a longer gap is time off and is not counted.
    int longestBreakMinutes = 4 * 60;
    // Night hours, counted apart: [nightStart, nightEnd) across midnight.
    int nightStartMinute = 22 * 60;
    int nightEndMinute = 6 * 60;
};

// The T-13 day codes the rules give besides the absence codes.
inline constexpr const char *kCodeWork = "Я";         // work in the day-time
inline constexpr const char *kCodeNight = "Н";        // work at night
inline constexpr const char *kCodeDayOffWork = "РВ";  // work on a day off or a holiday
inline constexpr const char *kCodeOvertime = "С";     // overtime
inline constexpr const char *kCodeDayOff = "В";       // a day off or a holiday
inline constexpr const char *kCodeUnexplained = "НН"; // planned, no passes, no absence

// One person on one date under the plan.
struct PlannedWorkDay
{
    std::size_t person = 0; // index into PlannedWorktimeReport::people
    Date date;
    PlannedDayKind kind = PlannedDayKind::DayOff;
    std::string plannedShift;        // the shift's id, empty on a day off
    std::int64_t plannedMinutes = 0; // less the break; an hour less on a short day
    bool holiday = false;            // a public holiday (or a day off moved to by a transfer)
    bool shortDay = false;
    std::string absence; // the absence code covering the date, or empty

    std::optional<DateTime> firstIn;
    std::optional<DateTime> lastOut;
    std::int64_t insideMinutes = 0;          // the counted stays, before the break
    std::optional<std::int64_t> spanMinutes; // last_out - first_in
    std::int64_t workedMinutes = 0;          // after the break and rounding
    std::int64_t lateMinutes = 0;
    std::int64_t earlyMinutes = 0;
    std::int64_t overtimeBeforeMinutes = 0;
    std::int64_t overtimeAfterMinutes = 0;
    std::int64_t nightMinutes = 0;   // of the worked stays, inside the night window
    std::int64_t holidayMinutes = 0; // worked minutes on a holiday or a day off
    bool noExit = false;
    bool noEntry = false;
    // The T-13 code: the absence's when there is one (passes then only a remark), else Я with
    // work on a planned day, НН without, РВ for work on a day off, В for a day off; empty on a
    // date no assignment covers (before the person joins the plan or after they leave it).
    std::string code;
    bool passesDuringAbsence = false;
    // Traceability: the stays that made the figures (entries and exits), and stray exits.
    std::vector<Stay> stays;
    std::vector<DateTime> strayExits;
};

struct PlannedWorkTotal
{
    std::size_t person = 0;
    std::int64_t plannedMinutes = 0;
    std::int64_t workedMinutes = 0;
    std::int64_t balanceMinutes = 0; // worked - planned
    int lateCount = 0;
    std::int64_t lateMinutes = 0;
    int earlyCount = 0;
    std::int64_t earlyMinutes = 0;
    std::int64_t overtimeBeforeMinutes = 0;
    std::int64_t overtimeAfterMinutes = 0;
    std::int64_t nightMinutes = 0;
    std::int64_t holidayMinutes = 0;
    int daysWorked = 0;
    int daysUnexplained = 0;                           // НН
    std::vector<std::pair<std::string, int>> absences; // code -> days, by first occurrence
};

struct PlannedWorktimeReport
{
    Date from;
    Date to;
    PlanRules rules;
    std::vector<WorktimePerson> people; // by name, employee ID, identity
    std::vector<PlannedWorkDay> days;   // every person × every date, by person then date
    std::vector<PlannedWorkTotal> totals;
    // People with passes in the period whom the plan does not assign (no employee ID, or none of
    // its assignments and overrides names them): not in `people`; by name.
    std::vector<WorktimePerson> unplanned;
};

// The worktime of [from, to] under `plan`: a row for every date of every person an assignment
// (own or a group's) or an override of the period names, matched by employee ID; planned people
// without passes get НН days. The calculator's rules choose span or inside time and read the
// passes (double scans, unknown directions).
PlannedWorktimeReport computePlannedWorktime(const WorktimeCalculator &calculator, Date from,
                                             Date to, const WorkPlanResolver &plan,
                                             const PlanRules &rules);

// The events computePlannedWorktime() reads for [from, to]: a day more on either side than the
// widest shift window reaches.
EventTimeRange plannedEventRange(Date from, Date to, const PlanRules &rules);

} // namespace attlog
