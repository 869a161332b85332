// SPDX-License-Identifier: MIT
#include "core/report/plannedworktime.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace attlog {

namespace {

constexpr std::int64_t kMinute = 60;

// Seconds to whole minutes, rounded down (also for negative values).
std::int64_t floorMinutes(std::int64_t seconds)
{
    return seconds >= 0 ? seconds / kMinute : -((-seconds + kMinute - 1) / kMinute);
}

// A planned shift placed on its date: when it starts and ends.
struct ShiftTimes
{
    DateTime start;
    DateTime end;
};

ShiftTimes shiftTimes(const Shift &shift, Date date, bool shortDay)
{
    const int startMinute = shift.flexible ? shift.windowStartMinute : shift.startMinute;
    const DateTime start = addSeconds(startOfDay(date), std::int64_t{startMinute} * kMinute);
    DateTime end = addSeconds(start, std::int64_t{shift.spanMinutes()} * kMinute);
    if (shortDay && !shift.flexible)
        end = addSeconds(end, -60 * kMinute);
    return {start, end};
}

// The overlap of [a, b) with [c, d), in seconds.
std::int64_t overlapSeconds(DateTime a, DateTime b, DateTime c, DateTime d)
{
    return std::max<std::int64_t>(0,
                                  std::min(b.seconds, d.seconds) - std::max(a.seconds, c.seconds));
}

// The seconds of [from, to) inside the night window of any date.
std::int64_t nightSeconds(DateTime from, DateTime to, const PlanRules &rules)
{
    if (to <= from)
        return 0;
    std::int64_t total = 0;
    const int nightLength = (rules.nightEndMinute - rules.nightStartMinute + 24 * 60) % (24 * 60);
    // Nights that began on the day before `from` up to the day of `to`.
    for (Date d = addDays(dateOf(from), -1); d <= dateOf(to); d = addDays(d, 1)) {
        const DateTime start =
            addSeconds(startOfDay(d), std::int64_t{rules.nightStartMinute} * kMinute);
        total +=
            overlapSeconds(from, to, start, addSeconds(start, std::int64_t{nightLength} * kMinute));
    }
    return total;
}

// The seconds of [from, to) on holiday dates.
std::int64_t holidaySeconds(DateTime from, DateTime to, const WorkCalendar &calendar)
{
    std::int64_t total = 0;
    for (Date d = dateOf(from); to > startOfDay(d); d = addDays(d, 1))
        if (calendar.isHoliday(d))
            total += overlapSeconds(from, to, startOfDay(d), startOfDay(addDays(d, 1)));
    return total;
}

std::int64_t rounded(std::int64_t minutes, const PlanRules &rules)
{
    const int step = rules.roundToMinutes;
    if (step <= 1 || minutes <= 0)
        return minutes;
    const std::int64_t down = minutes / step * step;
    return rules.roundInEmployeeFavour && down != minutes ? down + step : down;
}

// One person's plan around the period, resolved once per date.
class PersonPlan
{
public:
    PersonPlan(const WorkPlanResolver &plan, std::string employeeId, Date first, Date last)
        : m_first(first)
    {
        for (Date d = first; d <= last; d = addDays(d, 1))
            m_days.push_back(employeeId.empty() ? PlannedDay{} : plan.plannedDay(employeeId, d));
    }
    const PlannedDay &at(Date date) const
    {
        return m_days[static_cast<std::size_t>(date.days - m_first.days)];
    }
    bool covers(Date date) const
    {
        return date >= m_first && date.days - m_first.days < static_cast<int>(m_days.size());
    }

private:
    Date m_first;
    std::vector<PlannedDay> m_days;
};

// The date a pass at `t` belongs to: the planned shift whose window holds it, the nearest start
// first; else its calendar date.
Date attributedDate(DateTime t, const PersonPlan &plan, const PlanRules &rules)
{
    const Date own = dateOf(t);
    std::optional<Date> best;
    std::int64_t bestDistance = 0;
    for (int offset = -1; offset <= 1; ++offset) {
        const Date d = addDays(own, offset);
        if (!plan.covers(d))
            continue;
        const PlannedDay &day = plan.at(d);
        if (!day.shift)
            continue;
        const ShiftTimes times = shiftTimes(*day.shift, d, day.shortDay);
        const DateTime open =
            addSeconds(times.start, -std::int64_t{rules.windowBeforeMinutes} * kMinute);
        const DateTime close =
            addSeconds(times.end, std::int64_t{rules.windowAfterMinutes} * kMinute);
        if (t < open || t > close)
            continue;
        const std::int64_t distance = std::abs(t.seconds - times.start.seconds);
        if (!best || distance < bestDistance) {
            best = d;
            bestDistance = distance;
        }
    }
    return best.value_or(own);
}

void computeDay(PlannedWorkDay &row, const PlannedDay &planned, const WorkCalendar &calendar,
                WorkedMode mode, const PlanRules &rules)
{
    row.kind = planned.kind;
    row.holiday = planned.holiday;
    row.shortDay = planned.shortDay;
    row.absence = planned.absence;
    const Shift *shift = planned.shift;
    std::optional<ShiftTimes> times;
    if (shift) {
        row.plannedShift = shift->id;
        row.plannedMinutes =
            shift->plannedMinutes() - (planned.shortDay && !shift->flexible ? 60 : 0);
        times = shiftTimes(*shift, row.date, planned.shortDay);
    }

    // The stays that count: closed ones, and unclosed ones closed at the planned end.
    std::vector<std::pair<DateTime, DateTime>> counted;
    for (const Stay &stay : row.stays) {
        if (!row.firstIn || stay.in < *row.firstIn)
            row.firstIn = stay.in;
        if (stay.closed) {
            counted.emplace_back(stay.in, stay.out);
            continue;
        }
        row.noExit = true;
        if (rules.closeMissingExitAtPlannedEnd && times && !shift->flexible && times->end > stay.in)
            counted.emplace_back(stay.in, times->end);
    }
    row.noEntry = !row.strayExits.empty();
    std::int64_t insideSeconds = 0;
    for (const auto &[in, out] : counted) {
        insideSeconds += out.seconds - in.seconds;
        if (!row.lastOut || out > *row.lastOut)
            row.lastOut = out;
    }
    row.insideMinutes = floorMinutes(insideSeconds);
    if (row.firstIn && row.lastOut)
        row.spanMinutes = floorMinutes(row.lastOut->seconds - row.firstIn->seconds);
    // The intervals the minutes are taken from: the whole span, or the stays inside.
    std::vector<std::pair<DateTime, DateTime>> worked;
    if (mode == WorkedMode::Span) {
        // The span from an entry to the last exit, the gaps between stays included as breaks;
        // a gap longer than any break is time off and splits the span.
        std::sort(counted.begin(), counted.end());
        const std::int64_t longestBreak = std::int64_t{rules.longestBreakMinutes} * kMinute;
        for (const auto &[in, out] : counted) {
            if (!worked.empty() && in.seconds - worked.back().second.seconds <= longestBreak)
                worked.back().second = std::max(worked.back().second, out);
            else
                worked.emplace_back(in, out);
        }
    } else {
        worked = counted;
    }
    std::int64_t workedSeconds = 0;
    for (const auto &[in, out] : worked)
        workedSeconds += out.seconds - in.seconds;
    std::int64_t minutes = floorMinutes(workedSeconds);
    if (shift && !shift->flexible && minutes > 0) {
        // The break comes off the worked time; time inside counts what the person spent outside
        // as (part of) the break already.
        std::int64_t breakMinutes = shift->breakMinutes;
        if (mode == WorkedMode::Inside && row.firstIn && row.lastOut) {
            const std::int64_t outside =
                floorMinutes(row.lastOut->seconds - row.firstIn->seconds - insideSeconds);
            breakMinutes = std::max<std::int64_t>(0, breakMinutes - outside);
        }
        minutes = std::max<std::int64_t>(0, minutes - breakMinutes);
    }
    row.workedMinutes = rounded(minutes, rules);

    std::int64_t night = 0;
    std::int64_t onHoliday = 0;
    for (const auto &[in, out] : worked) {
        night += nightSeconds(in, out, rules);
        onHoliday += holidaySeconds(in, out, calendar);
    }
    row.nightMinutes = std::min(row.workedMinutes, floorMinutes(night));

    if (shift) {
        onHoliday = std::min(row.workedMinutes, floorMinutes(onHoliday));
        row.holidayMinutes = onHoliday;
        const auto beyond = [](std::int64_t m, int threshold) {
            return m > threshold ? m : std::int64_t{0};
        };
        const auto overtime = [&](std::int64_t m, int threshold) {
            return m > threshold && m >= rules.overtimeMinimumMinutes ? m : std::int64_t{0};
        };
        if (shift->flexible) {
            if (rules.overtimeAfterEnd)
                row.overtimeAfterMinutes = overtime(row.workedMinutes - shift->requiredMinutes, 0);
        } else {
            if (row.firstIn)
                row.lateMinutes = beyond(floorMinutes(row.firstIn->seconds - times->start.seconds),
                                         shift->graceLateMinutes);
            if (row.lastOut)
                row.earlyMinutes = beyond(floorMinutes(times->end.seconds - row.lastOut->seconds),
                                          shift->graceEarlyMinutes);
            // Only time worked outside the shift: before its start, after its end.
            std::int64_t before = 0;
            std::int64_t after = 0;
            for (const auto &[in, out] : worked) {
                before += overlapSeconds(in, out, in, std::min(out, times->start));
                after += overlapSeconds(in, out, std::max(in, times->end), out);
            }
            if (rules.overtimeBeforeStart)
                row.overtimeBeforeMinutes = overtime(floorMinutes(before), 0);
            if (rules.overtimeAfterEnd)
                row.overtimeAfterMinutes =
                    overtime(floorMinutes(after), shift->overtimeAfterMinutes);
            // Never more overtime than worked time (the break comes off the shift's part).
            row.overtimeAfterMinutes = std::min(row.overtimeAfterMinutes, row.workedMinutes);
            row.overtimeBeforeMinutes =
                std::min(row.overtimeBeforeMinutes, row.workedMinutes - row.overtimeAfterMinutes);
        }
    } else {
        row.holidayMinutes = row.workedMinutes; // all of it on a day off
    }

    const bool hasPasses = !row.stays.empty() || !row.strayExits.empty();
    if (!row.absence.empty()) {
        row.code = row.absence;
        row.passesDuringAbsence = hasPasses;
    } else if (shift) {
        row.code = hasPasses ? kCodeWork : kCodeUnexplained;
    } else if (row.workedMinutes > 0) {
        row.code = kCodeDayOffWork;
    } else if (planned.assigned) {
        row.code = kCodeDayOff;
    } // else no code: a date no assignment covers (before a person joins, after they leave)
}

void addToTotal(PlannedWorkTotal &total, const PlannedWorkDay &row)
{
    if (row.absence.empty()) {
        total.plannedMinutes += row.plannedMinutes;
        total.workedMinutes += row.workedMinutes;
        total.lateMinutes += row.lateMinutes;
        total.lateCount += row.lateMinutes > 0 ? 1 : 0;
        total.earlyMinutes += row.earlyMinutes;
        total.earlyCount += row.earlyMinutes > 0 ? 1 : 0;
        total.overtimeBeforeMinutes += row.overtimeBeforeMinutes;
        total.overtimeAfterMinutes += row.overtimeAfterMinutes;
        total.nightMinutes += row.nightMinutes;
        total.holidayMinutes += row.holidayMinutes;
        total.daysWorked += row.workedMinutes > 0 ? 1 : 0;
        total.daysUnexplained += row.code == kCodeUnexplained ? 1 : 0;
        return;
    }
    for (auto &[code, days] : total.absences)
        if (code == row.absence) {
            ++days;
            return;
        }
    total.absences.emplace_back(row.absence, 1);
}

} // namespace

EventTimeRange plannedEventRange(Date from, Date to, const PlanRules &rules)
{
    // A shift of the day before `from` may start up to a day early; its window reaches back
    // windowBefore more. A shift of `to` ends up to a day later, its window windowAfter more.
    const std::int64_t before = std::int64_t{rules.windowBeforeMinutes} * kMinute;
    const std::int64_t after = std::int64_t{rules.windowAfterMinutes} * kMinute;
    return {addSeconds(startOfDay(addDays(from, -1)), -before),
            addSeconds(startOfDay(addDays(to, 3)), after)};
}

PlannedWorktimeReport computePlannedWorktime(const WorktimeCalculator &calculator, Date from,
                                             Date to, const WorkPlanResolver &plan,
                                             const PlanRules &rules)
{
    PlannedWorktimeReport report;
    report.from = from;
    report.to = to;
    report.rules = rules;
    if (to < from)
        return report;

    // Who: everybody the plan assigns in the period (by employee ID), with or without passes.
    // People with passes whom the plan does not assign are listed apart.
    const WorkPlan &p = plan.plan();
    std::set<std::string> planned;
    for (const PlanAssignment &a : p.assignments) {
        if (a.from > to || (a.to && *a.to < from))
            continue;
        if (!a.employeeId.empty()) {
            planned.insert(a.employeeId);
        } else if (const auto members = p.groups.find(a.group); members != p.groups.end()) {
            planned.insert(members->second.begin(), members->second.end());
        }
    }
    for (const ShiftOverride &o : p.overrides)
        if (o.date >= from && o.date <= to)
            planned.insert(o.employeeId);
    struct Who
    {
        std::optional<std::uint32_t> index;
        WorktimePerson person;
    };
    std::vector<Who> people;
    std::set<std::string> listed;
    for (const std::uint32_t i :
         calculator.peopleSeenIn(startOfDay(from), startOfDay(addDays(to, 1)))) {
        const PersonRecord &r = calculator.person(i);
        WorktimePerson person{r.identity, r.employeeId, r.card, r.name};
        if (r.employeeId.empty() || planned.count(r.employeeId) == 0) {
            report.unplanned.push_back(std::move(person));
            continue;
        }
        people.push_back(Who{i, std::move(person)});
        listed.insert(r.employeeId);
    }
    std::map<std::string, std::uint32_t> byEmployee;
    for (const auto &[id, index] : calculator.peopleByEmployeeId())
        byEmployee.emplace(id, index);
    for (const std::string &id : planned) {
        if (listed.count(id) > 0)
            continue;
        if (const auto found = byEmployee.find(id); found != byEmployee.end()) {
            const PersonRecord &r = calculator.person(found->second);
            people.push_back(
                Who{found->second, WorktimePerson{r.identity, r.employeeId, r.card, r.name}});
        } else {
            people.push_back(Who{std::nullopt, WorktimePerson{"e:" + id, id, {}, {}}});
        }
    }
    std::sort(people.begin(), people.end(), [](const Who &a, const Who &b) {
        return std::tie(a.person.name, a.person.employeeId, a.person.identity) <
               std::tie(b.person.name, b.person.employeeId, b.person.identity);
    });

    const EventTimeRange range = plannedEventRange(from, to, rules);
    const auto dayCount = static_cast<std::size_t>(to.days - from.days + 1);
    const WorkedMode mode = calculator.rules().mode;
    report.people.reserve(people.size());
    report.days.reserve(people.size() * dayCount);
    for (const Who &who : people) {
        const std::size_t personIndex = report.people.size();
        report.people.push_back(who.person);
        const PersonPlan personPlan(plan, who.person.employeeId, addDays(from, -1), addDays(to, 1));
        const std::size_t firstRow = report.days.size();
        for (std::size_t d = 0; d < dayCount; ++d) {
            PlannedWorkDay row;
            row.person = personIndex;
            row.date = addDays(from, static_cast<int>(d));
            report.days.push_back(std::move(row));
        }
        const auto rowOf = [&](Date date) -> PlannedWorkDay * {
            if (date < from || date > to)
                return nullptr;
            return &report.days[firstRow + static_cast<std::size_t>(date.days - from.days)];
        };
        if (who.index) {
            const PersonStays stays = calculator.staysOf(*who.index, range);
            for (const Stay &stay : stays.stays)
                if (PlannedWorkDay *row = rowOf(attributedDate(stay.in, personPlan, rules)))
                    row->stays.push_back(stay);
            for (const DateTime exit : stays.strayExits)
                if (PlannedWorkDay *row = rowOf(attributedDate(exit, personPlan, rules)))
                    row->strayExits.push_back(exit);
        }
        PlannedWorkTotal total;
        total.person = personIndex;
        for (std::size_t d = 0; d < dayCount; ++d) {
            PlannedWorkDay &row = report.days[firstRow + d];
            computeDay(row, personPlan.at(row.date), p.calendar, mode, rules);
            addToTotal(total, row);
        }
        total.balanceMinutes = total.workedMinutes - total.plannedMinutes;
        report.totals.push_back(std::move(total));
    }
    return report;
}

} // namespace attlog
