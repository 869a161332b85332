// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace attlog {

// The work plan a supervisor keeps beside the iVMS table (issue 14): shifts, rotating patterns,
// who works which pattern from when, one-day overrides, the production calendar and absences.
// Plain values; WorkPlanResolver answers "what was planned for this person on this date".
// Times are local wall-clock minutes since midnight; dates are inclusive.

struct Shift
{
    std::string id;
    // A fixed shift: start and end; an end at or before the start ends on the next day (20:00 to
    // 08:00 is a night shift).
    int startMinute = 9 * 60;
    int endMinute = 18 * 60;
    int breakMinutes = 0;         // unpaid, taken off the worked time of the shift
    int graceLateMinutes = 0;     // lateness up to this many minutes is not counted
    int graceEarlyMinutes = 0;    // leaving early up to this many minutes is not counted
    int overtimeAfterMinutes = 0; // work after the end counts as overtime only past this
    // A flexible shift: any time inside [windowStart, windowEnd), `requiredMinutes` of it.
    bool flexible = false;
    int requiredMinutes = 8 * 60;
    int windowStartMinute = 7 * 60;
    int windowEndMinute = 22 * 60;

    // The planned span in minutes (a fixed shift's end - start, across midnight; a flexible
    // shift's window).
    int spanMinutes() const;
    // The minutes the shift asks for: a fixed shift's span less its break; a flexible one's
    // required minutes.
    int plannedMinutes() const;
};

// A cycle of days starting at `anchor`: days[0] on the anchor date, days[1] the day after, ...,
// repeating (also before the anchor). An empty entry is a day off.
struct ShiftPattern
{
    std::string id;
    std::vector<std::optional<std::string>> days; // shift ids
    Date anchor;
    // Whether the production calendar applies: a holiday is a day off, a transferred working day
    // works the pattern's first shift, a pre-holiday day ends an hour earlier. Default: patterns
    // of whole weeks (5/2) follow it; rotations (2/2, day/night/off/off) run through holidays,
    // whose hours are counted as holiday work.
    std::optional<bool> followsCalendar;

    bool usesCalendar() const;
};

// A person or a group on a pattern from a date, until an optional last date.
struct PlanAssignment
{
    std::string employeeId; // one of employeeId and group is set
    std::string group;
    std::string pattern;
    Date from;
    std::optional<Date> to;
};

// One date of one person: another shift, or a day off (empty shift).
struct ShiftOverride
{
    std::string employeeId;
    Date date;
    std::optional<std::string> shift;
};

// The production calendar: the non-working public holidays, the days off that transfers moved
// (a holiday on a weekend, the decree's January days), pre-holiday short days (an hour shorter)
// and weekend days made working by a transfer. Days off are otherwise Saturday and Sunday. Work
// on a public holiday is holiday work for everyone; the transfers concern five-day weeks only.
struct WorkCalendar
{
    std::set<Date> holidays;
    std::set<Date> daysOff;
    std::set<Date> shortDays;
    std::set<Date> workingDays;

    // A holiday, or a transferred day off or a Saturday or Sunday that no transfer made working
    // (a working day listed beats a day off listed).
    bool isDayOff(Date date) const;
    bool isHoliday(Date date) const { return holidays.count(date) > 0; }
    bool isShortDay(Date date) const { return shortDays.count(date) > 0; }
};

// The Russian production calendar of `year` as the application ships it: 2026 as the
// government's decree fixed it; other years by the Labour Code alone (art. 112: the eight
// holidays, a holiday on a weekend moves to the next working day, the day before a holiday is an
// hour shorter), which a supervisor completes with the decree's January transfers once published.
WorkCalendar russianProductionCalendar(int year);
// The calendars of [firstYear, lastYear] merged.
WorkCalendar russianProductionCalendar(int firstYear, int lastYear);

// T-13 letter codes of absences (form 0301008) the plan accepts.
struct AbsenceCode
{
    const char *letters; // "Б", "ОТ", ...
    const char *meaning; // English, for messages and the legend
};
const std::vector<AbsenceCode> &absenceCodes();
bool isAbsenceCode(const std::string &code);

struct Absence
{
    std::string employeeId;
    Date from;
    Date to;
    std::string code; // an absenceCodes() letter code
};

struct WorkPlan
{
    std::vector<Shift> shifts;
    std::vector<ShiftPattern> patterns;
    std::map<std::string, std::vector<std::string>> groups; // name -> employee ids
    std::vector<PlanAssignment> assignments;
    std::vector<ShiftOverride> overrides;
    WorkCalendar calendar;
    std::vector<Absence> absences;
};

// What is wrong with a plan, one sentence per problem; empty when it is consistent: every
// pattern, assignment and override names what exists, every pattern has days, every absence has a
// known code, every range has from <= to, every time is inside the day.
std::vector<std::string> workPlanProblems(const WorkPlan &plan);

enum class PlannedDayKind : std::uint8_t
{
    Working, // a shift is planned
    DayOff,  // the pattern (or an override) plans none
    Holiday, // a calendar-following pattern's shift falls on a holiday
};

struct PlannedDay
{
    PlannedDayKind kind = PlannedDayKind::DayOff;
    const Shift *shift = nullptr; // Working only; points into the resolver's plan
    bool shortDay = false;        // a pre-holiday day: the shift ends an hour earlier
    bool holiday = false;         // the date is a public holiday (whatever is planned)
    std::string absence;          // an absence code covering the date, or empty
    bool assigned = false;        // some assignment covers the date
};

// Answers plannedDay() for any person and date. Keeps a copy of the plan. Thread-safe for
// concurrent const use.
class WorkPlanResolver
{
public:
    explicit WorkPlanResolver(WorkPlan plan);

    const WorkPlan &plan() const { return m_plan; }
    // The person's assignment that covers `date`: their own wins over a group's, a later `from`
    // over an earlier; then an override of that date wins over both.
    PlannedDay plannedDay(const std::string &employeeId, Date date) const;
    const Shift *shift(const std::string &id) const;

private:
    const PlanAssignment *assignmentOf(const std::string &employeeId, Date date) const;

    WorkPlan m_plan;
    std::map<std::string, std::size_t> m_shifts;
    std::map<std::string, std::size_t> m_patterns;
    std::map<std::string, std::vector<std::string>> m_groupsOf; // employee id -> groups
    // Indexes into the plan's lists: assignments by employee and by group, absences by employee.
    std::map<std::string, std::vector<std::size_t>> m_ownAssignments;
    std::map<std::string, std::vector<std::size_t>> m_groupAssignments;
    std::map<std::string, std::vector<std::size_t>> m_absences;
    std::map<std::pair<std::string, int>, std::size_t> m_overrides; // (employee, date) -> index
};

} // namespace attlog
