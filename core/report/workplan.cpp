// SPDX-License-Identifier: MIT
#include "core/report/workplan.h"

#include <algorithm>
#include <iterator>

namespace attlog {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

bool isWeekend(Date date)
{
    return isoWeekday(date) >= 5;
}

// The position of `date` in a cycle of `length` days that starts at `anchor` (also before it).
std::size_t cycleIndex(Date anchor, Date date, std::size_t length)
{
    const auto n = static_cast<std::int64_t>(length);
    const std::int64_t offset = ((date.days - anchor.days) % n + n) % n;
    return static_cast<std::size_t>(offset);
}

// The Labour Code's holidays (art. 112): month, day.
constexpr int kPublicHolidays[][2] = {{1, 1}, {1, 2},  {1, 3}, {1, 4}, {1, 5}, {1, 6},  {1, 7},
                                      {1, 8}, {2, 23}, {3, 8}, {5, 1}, {5, 9}, {6, 12}, {11, 4}};

// Days off the government moved by decree (the January holidays on a weekend go wherever it
// says): year, month, day. Only decrees that have been published.
constexpr int kDecreeDaysOff[][3] = {{2026, 1, 9}, {2026, 12, 31}};
// Weekend days a decree made working: none in the years shipped.

} // namespace

int Shift::spanMinutes() const
{
    if (flexible)
        return std::max(0, windowEndMinute - windowStartMinute);
    const int span = endMinute - startMinute;
    return span > 0 ? span : span + kMinutesPerDay;
}

int Shift::plannedMinutes() const
{
    if (flexible)
        return requiredMinutes;
    return std::max(0, spanMinutes() - breakMinutes);
}

bool ShiftPattern::usesCalendar() const
{
    return followsCalendar.value_or(!days.empty() && days.size() % 7 == 0);
}

bool WorkCalendar::isDayOff(Date date) const
{
    if (holidays.count(date) > 0)
        return true;
    if (workingDays.count(date) > 0)
        return false; // a transfer made it working, also a day off listed before
    return daysOff.count(date) > 0 || isWeekend(date);
}

WorkCalendar russianProductionCalendar(int year)
{
    WorkCalendar calendar;
    std::vector<Date> publicHolidays;
    for (const auto &[month, day] : kPublicHolidays)
        publicHolidays.push_back(dateFromCivil(year, month, day));
    calendar.holidays.insert(publicHolidays.begin(), publicHolidays.end());
    for (const auto &[y, month, day] : kDecreeDaysOff)
        if (y == year)
            calendar.daysOff.insert(dateFromCivil(y, month, day));
    // A holiday on a weekend moves to the next working day; January's are the decree's to move.
    for (const Date holiday : publicHolidays) {
        if (!isWeekend(holiday) || civilFromDate(holiday).month == 1)
            continue;
        Date moved = addDays(holiday, 1);
        while (calendar.isDayOff(moved))
            moved = addDays(moved, 1);
        calendar.daysOff.insert(moved);
    }
    // The working day right before a public holiday is an hour shorter (January 1's is the last
    // year's).
    for (const Date holiday : publicHolidays) {
        const Date before = addDays(holiday, -1);
        if (civilFromDate(before).year == year && !calendar.isDayOff(before))
            calendar.shortDays.insert(before);
    }
    return calendar;
}

WorkCalendar russianProductionCalendar(int firstYear, int lastYear)
{
    WorkCalendar merged;
    for (int year = firstYear; year <= lastYear; ++year) {
        const WorkCalendar one = russianProductionCalendar(year);
        merged.holidays.insert(one.holidays.begin(), one.holidays.end());
        merged.daysOff.insert(one.daysOff.begin(), one.daysOff.end());
        merged.shortDays.insert(one.shortDays.begin(), one.shortDays.end());
        merged.workingDays.insert(one.workingDays.begin(), one.workingDays.end());
    }
    return merged;
}

const std::vector<AbsenceCode> &absenceCodes()
{
    // The letter codes of the unified form T-13 (Goskomstat resolution No. 1 of 05.01.2004) that
    // record an absence rather than work.
    static const std::vector<AbsenceCode> codes = {
        {"К", "business trip"},
        {"ПК", "professional training with leave from work"},
        {"ПМ", "training in another area"},
        {"ОТ", "annual paid leave"},
        {"ОД", "additional paid leave"},
        {"У", "study leave, paid"},
        {"УД", "study leave, unpaid"},
        {"Р", "maternity leave"},
        {"ОЖ", "parental leave"},
        {"ДО", "unpaid leave with the employer's permission"},
        {"ОЗ", "unpaid leave as the law provides"},
        {"ДБ", "additional unpaid leave"},
        {"Б", "sick leave, paid"},
        {"Т", "sick leave, unpaid"},
        {"ЛЧ", "shortened hours as the law provides"},
        {"ПВ", "forced absence"},
        {"Г", "public or state duties"},
        {"ПР", "absence without good reason"},
        {"НС", "part-time at the employer's initiative"},
        {"ОВ", "additional paid days off"},
        {"НВ", "additional unpaid days off"},
        {"ЗБ", "strike"},
        {"НН", "absence for a reason not yet known"},
        {"РП", "downtime by the employer's fault"},
        {"НП", "downtime for reasons beyond anyone's control"},
        {"ВП", "downtime by the employee's fault"},
        {"НО", "suspension with pay"},
        {"НБ", "suspension without pay"},
        {"НЗ", "wages withheld"},
    };
    return codes;
}

bool isAbsenceCode(const std::string &code)
{
    const auto &codes = absenceCodes();
    return std::any_of(codes.begin(), codes.end(),
                       [&](const AbsenceCode &known) { return code == known.letters; });
}

std::vector<std::string> workPlanProblems(const WorkPlan &plan)
{
    std::vector<std::string> problems;
    std::set<std::string> shifts;
    std::set<std::string> patterns;
    const auto inDay = [](int minute) { return minute >= 0 && minute < kMinutesPerDay; };
    for (const Shift &shift : plan.shifts) {
        if (shift.id.empty())
            problems.push_back("a shift has no id");
        else if (!shifts.insert(shift.id).second)
            problems.push_back("shift \"" + shift.id + "\" is defined twice");
        const bool timesOk = shift.flexible ? inDay(shift.windowStartMinute) &&
                                                  shift.windowEndMinute > shift.windowStartMinute &&
                                                  shift.windowEndMinute <= kMinutesPerDay &&
                                                  shift.requiredMinutes > 0
                                            : inDay(shift.startMinute) && inDay(shift.endMinute);
        if (!timesOk)
            problems.push_back("shift \"" + shift.id + "\" has times outside the day");
        if (shift.breakMinutes < 0 || shift.graceLateMinutes < 0 || shift.graceEarlyMinutes < 0 ||
            shift.overtimeAfterMinutes < 0 ||
            (!shift.flexible && shift.breakMinutes >= shift.spanMinutes()))
            problems.push_back("shift \"" + shift.id +
                               "\" has a negative or too long break, grace or overtime threshold");
    }
    for (const ShiftPattern &pattern : plan.patterns) {
        if (!patterns.insert(pattern.id).second)
            problems.push_back("pattern \"" + pattern.id + "\" is defined twice");
        if (pattern.days.empty())
            problems.push_back("pattern \"" + pattern.id + "\" has no days");
        for (const auto &day : pattern.days)
            if (day && shifts.count(*day) == 0)
                problems.push_back("pattern \"" + pattern.id + "\" names an unknown shift \"" +
                                   *day + "\"");
    }
    for (const PlanAssignment &a : plan.assignments) {
        const std::string who = a.employeeId.empty() ? "group \"" + a.group + "\""
                                                     : "employee \"" + a.employeeId + "\"";
        if (a.employeeId.empty() == a.group.empty())
            problems.push_back("an assignment names neither or both an employee and a group");
        else if (!a.group.empty() && plan.groups.count(a.group) == 0)
            problems.push_back("an assignment names an unknown " + who);
        if (patterns.count(a.pattern) == 0)
            problems.push_back("the assignment of " + who + " names an unknown pattern \"" +
                               a.pattern + "\"");
        if (a.to && *a.to < a.from)
            problems.push_back("the assignment of " + who + " ends before it starts");
    }
    for (const ShiftOverride &o : plan.overrides)
        if (o.shift && shifts.count(*o.shift) == 0)
            problems.push_back("the override of employee \"" + o.employeeId + "\" on " +
                               formatIsoDate(o.date) + " names an unknown shift \"" + *o.shift +
                               "\"");
    for (const Absence &absence : plan.absences) {
        if (!isAbsenceCode(absence.code))
            problems.push_back("the absence of employee \"" + absence.employeeId +
                               "\" has an unknown code \"" + absence.code + "\"");
        if (absence.to < absence.from)
            problems.push_back("the absence of employee \"" + absence.employeeId +
                               "\" ends before it starts");
    }
    return problems;
}

WorkPlanResolver::WorkPlanResolver(WorkPlan plan)
    : m_plan(std::move(plan))
{
    for (std::size_t i = 0; i < m_plan.shifts.size(); ++i)
        m_shifts.emplace(m_plan.shifts[i].id, i);
    for (std::size_t i = 0; i < m_plan.patterns.size(); ++i)
        m_patterns.emplace(m_plan.patterns[i].id, i);
    for (const auto &[group, members] : m_plan.groups)
        for (const std::string &member : members)
            m_groupsOf[member].push_back(group);
    for (std::size_t i = 0; i < m_plan.assignments.size(); ++i) {
        const PlanAssignment &a = m_plan.assignments[i];
        if (!a.employeeId.empty())
            m_ownAssignments[a.employeeId].push_back(i);
        else
            m_groupAssignments[a.group].push_back(i);
    }
    for (std::size_t i = 0; i < m_plan.absences.size(); ++i)
        m_absences[m_plan.absences[i].employeeId].push_back(i);
    for (std::size_t i = 0; i < m_plan.overrides.size(); ++i) {
        const ShiftOverride &o = m_plan.overrides[i];
        m_overrides[{o.employeeId, o.date.days}] = i; // the last one written wins
    }
}

const Shift *WorkPlanResolver::shift(const std::string &id) const
{
    const auto found = m_shifts.find(id);
    return found == m_shifts.end() ? nullptr : &m_plan.shifts[found->second];
}

const PlanAssignment *WorkPlanResolver::assignmentOf(const std::string &employeeId, Date date) const
{
    // The covering assignment with the latest start among `indexes` (the later listed on a tie).
    const auto latest = [&](const std::vector<std::size_t> &indexes,
                            const PlanAssignment *best) -> const PlanAssignment * {
        for (const std::size_t i : indexes) {
            const PlanAssignment &a = m_plan.assignments[i];
            if (a.from <= date && (!a.to || date <= *a.to) && (!best || best->from <= a.from))
                best = &a;
        }
        return best;
    };
    if (const auto own = m_ownAssignments.find(employeeId); own != m_ownAssignments.end())
        if (const PlanAssignment *found = latest(own->second, nullptr))
            return found;
    const PlanAssignment *best = nullptr;
    if (const auto groups = m_groupsOf.find(employeeId); groups != m_groupsOf.end())
        for (const std::string &group : groups->second)
            if (const auto list = m_groupAssignments.find(group); list != m_groupAssignments.end())
                best = latest(list->second, best);
    return best;
}

PlannedDay WorkPlanResolver::plannedDay(const std::string &employeeId, Date date) const
{
    PlannedDay day;
    const WorkCalendar &calendar = m_plan.calendar;
    day.holiday = calendar.isHoliday(date);
    if (const auto own = m_absences.find(employeeId); own != m_absences.end())
        for (const std::size_t i : own->second) {
            const Absence &absence = m_plan.absences[i];
            if (absence.from <= date && date <= absence.to)
                day.absence = absence.code; // the last one listed wins
        }

    const PlanAssignment *assignment = assignmentOf(employeeId, date);
    const ShiftPattern *pattern = nullptr;
    if (assignment) {
        const auto found = m_patterns.find(assignment->pattern);
        if (found != m_patterns.end() && !m_plan.patterns[found->second].days.empty())
            pattern = &m_plan.patterns[found->second];
    }
    day.assigned = pattern != nullptr;
    if (pattern) {
        const auto &planned =
            pattern->days[cycleIndex(pattern->anchor, date, pattern->days.size())];
        if (planned)
            day.shift = shift(*planned);
        if (pattern->usesCalendar()) {
            if (calendar.isHoliday(date) ||
                (calendar.daysOff.count(date) > 0 && calendar.workingDays.count(date) == 0)) {
                day.shift = nullptr;
                day.kind = day.holiday ? PlannedDayKind::Holiday : PlannedDayKind::DayOff;
            } else if (!day.shift && calendar.workingDays.count(date) > 0) {
                // A transferred working day works the pattern's first shift.
                for (const auto &candidate : pattern->days)
                    if (candidate && (day.shift = shift(*candidate)) != nullptr)
                        break;
            }
            day.shortDay = day.shift && calendar.isShortDay(date);
        }
    }
    if (const auto found = m_overrides.find({employeeId, date.days}); found != m_overrides.end()) {
        const ShiftOverride &o = m_plan.overrides[found->second];
        day.shift = o.shift ? shift(*o.shift) : nullptr;
        day.assigned = true;
        day.kind = PlannedDayKind::DayOff;
    }
    if (day.shift)
        day.kind = PlannedDayKind::Working;
    else if (day.kind != PlannedDayKind::Holiday && day.holiday)
        day.kind = PlannedDayKind::Holiday;
    return day;
}

} // namespace attlog
