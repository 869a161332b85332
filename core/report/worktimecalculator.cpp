// SPDX-License-Identifier: MIT
#include "core/report/worktimecalculator.h"

#include "core/report/doublescanfilter.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <utility>

namespace attlog {

namespace {

std::int64_t maxIntervalSeconds(const WorktimeRules &rules)
{
    return std::int64_t{rules.maxIntervalHours} * 3600;
}

// Seconds to whole minutes, rounded down (also for negative values).
std::int64_t floorMinutes(std::int64_t seconds)
{
    return seconds >= 0 ? seconds / 60 : -((-seconds + 59) / 60);
}

} // namespace

EventTimeRange worktimeEventRange(Date from, Date to, const WorktimeRules &rules)
{
    const std::int64_t margin = maxIntervalSeconds(rules);
    return {addSeconds(startOfDay(from), -margin), addSeconds(startOfDay(addDays(to, 1)), margin)};
}

WorktimeCalculator::WorktimeCalculator(WorktimeRules rules)
    : m_rules(std::move(rules))
{}

void WorktimeCalculator::add(const AccessEvent &event)
{
    if (!event.time)
        return; // a pass without a time cannot be placed in a day
    const DateTime time = *event.time;
    const std::uint32_t person = m_people.add(event, time);
    // Stored in arrival order; the queries order by time, so late rows land where they belong.
    m_log.append(time, event.key.value_or(0), person, 0, event.direction);
    if (!m_newest || time > *m_newest)
        m_newest = time;
}

void WorktimeCalculator::add(std::span<const AccessEvent> events)
{
    for (const AccessEvent &event : events)
        add(event);
}

void WorktimeCalculator::clear()
{
    m_people.clear();
    m_log.clear();
    m_newest.reset();
}

std::size_t WorktimeCalculator::eventCount() const
{
    m_log.normalize(m_people.size());
    return m_log.size();
}

template <typename Visitor>
void WorktimeCalculator::run(std::span<const LoggedPass> passes, EventTimeRange range,
                             Visitor &visitor) const
{
    const std::int64_t maxSeconds = maxIntervalSeconds(m_rules);
    auto it = std::lower_bound(passes.begin(), passes.end(), range.from,
                               [](const LoggedPass &pass, DateTime t) { return pass.time < t; });
    bool open = false;
    DateTime openedAt;
    const LoggedPass *previous = nullptr;
    for (; it != passes.end() && it->time < range.to; ++it) {
        const LoggedPass &pass = *it;
        if (previous &&
            DoubleScanFilter::isDoubleScan(previous->direction(), previous->time, pass.direction(),
                                           pass.time, m_rules.doubleScanSeconds))
            continue;
        previous = &pass;
        if (open && pass.time.seconds - openedAt.seconds > maxSeconds) {
            visitor.interval(openedAt, addSeconds(openedAt, maxSeconds), IntervalEnd::Expired);
            open = false;
        }
        Direction direction = pass.direction();
        if (direction == Direction::Unknown) {
            if (m_rules.unknownDirection == UnknownDirectionPolicy::Ignore)
                continue;
            direction = open ? Direction::Out : Direction::In;
        }
        if (direction == Direction::In) {
            if (open)
                visitor.interval(openedAt, pass.time, IntervalEnd::NextEntry);
            open = true;
            openedAt = pass.time;
            visitor.entry(pass.time);
        } else if (open) {
            visitor.interval(openedAt, pass.time, IntervalEnd::Exit);
            open = false;
        } else {
            visitor.noEntry(pass.time);
        }
    }
    if (open)
        visitor.interval(openedAt, openedAt, IntervalEnd::EndOfData);
}

// One person's day as the passes tell it, before the rules turn it into a report row.
struct DayTally
{
    std::optional<DateTime> firstIn;
    std::optional<DateTime> lastOut;
    std::int64_t insideSeconds = 0;
    WorktimeFlags flags;
    bool touched = false;
};

struct WorktimeCalculator::DayCollector
{
    std::vector<DayTally> &days;
    Date from;

    DayTally *dayOf(DateTime t)
    {
        const std::int64_t index = dateOf(t).days - from.days;
        if (index < 0 || index >= static_cast<std::int64_t>(days.size()))
            return nullptr;
        DayTally &day = days[static_cast<std::size_t>(index)];
        day.touched = true;
        return &day;
    }
    void entry(DateTime t)
    {
        if (DayTally *day = dayOf(t); day && !day->firstIn)
            day->firstIn = t;
    }
    void interval(DateTime start, DateTime end, IntervalEnd how)
    {
        DayTally *day = dayOf(start);
        if (!day)
            return;
        if (how == IntervalEnd::Exit) {
            day->insideSeconds += end.seconds - start.seconds;
            day->lastOut = end; // intervals come in time order: the last one wins
        } else {
            day->flags.noExit = true;
        }
    }
    void noEntry(DateTime t)
    {
        if (DayTally *day = dayOf(t))
            day->flags.noEntry = true;
    }
};

namespace {

// A day row from its tally: times, inside and span minutes, worked minutes by the mode.
WorktimeDay dayRow(const DayTally &tally, Date date, std::size_t person, WorkedMode mode)
{
    WorktimeDay row;
    row.person = person;
    row.date = date;
    row.firstIn = tally.firstIn;
    row.lastOut = tally.lastOut;
    row.insideMinutes = floorMinutes(tally.insideSeconds);
    row.flags = tally.flags;
    if (tally.firstIn && tally.lastOut)
        row.spanMinutes = floorMinutes(tally.lastOut->seconds - tally.firstIn->seconds);
    row.workedMinutes = mode == WorkedMode::Span ? row.spanMinutes : row.insideMinutes;
    return row;
}

// Lateness, early leaving and overtime of a row under a schedule. On a day off nobody is late and
// all work is overtime.
void applySchedule(WorktimeDay &row, const Schedule &schedule, bool workingDay)
{
    if (!workingDay) {
        if (row.firstIn)
            row.lateMinutes = 0;
        if (row.lastOut)
            row.earlyMinutes = 0;
        row.overtimeMinutes = row.workedMinutes;
        return;
    }
    const DateTime start =
        addSeconds(startOfDay(row.date), std::int64_t{schedule.startMinute} * 60);
    const DateTime end = addSeconds(start, std::int64_t{schedule.lengthMinutes()} * 60);
    const auto beyondGrace = [&](std::int64_t minutes) {
        return minutes > schedule.graceMinutes ? minutes : std::int64_t{0};
    };
    if (row.firstIn)
        row.lateMinutes = beyondGrace(floorMinutes(row.firstIn->seconds - start.seconds));
    if (row.lastOut)
        row.earlyMinutes = beyondGrace(floorMinutes(end.seconds - row.lastOut->seconds));
    if (row.workedMinutes)
        row.overtimeMinutes =
            std::max<std::int64_t>(0, *row.workedMinutes - schedule.lengthMinutes());
}

void addToTotal(WorktimeTotal &total, const WorktimeDay &row)
{
    total.workedMinutes += row.workedMinutes.value_or(0);
    total.insideMinutes += row.insideMinutes;
    total.lateMinutes += row.lateMinutes.value_or(0);
    total.earlyMinutes += row.earlyMinutes.value_or(0);
    total.overtimeMinutes += row.overtimeMinutes.value_or(0);
    total.daysPresent += row.firstIn ? 1 : 0;
    total.daysLate += row.lateMinutes.value_or(0) > 0 ? 1 : 0;
    total.daysAbsent += row.flags.absent ? 1 : 0;
    total.daysNoExit += row.flags.noExit ? 1 : 0;
    total.daysNoEntry += row.flags.noEntry ? 1 : 0;
}

} // namespace

std::vector<std::uint32_t> WorktimeCalculator::peopleSeenIn(DateTime start, DateTime end) const
{
    m_log.normalize(m_people.size());
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < m_people.size(); ++i) {
        const std::span<const LoggedPass> passes = m_log.passesOf(i);
        const auto first =
            std::lower_bound(passes.begin(), passes.end(), start,
                             [](const LoggedPass &pass, DateTime t) { return pass.time < t; });
        if (first != passes.end() && first->time < end)
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
        const PersonRecord &x = m_people[a];
        const PersonRecord &y = m_people[b];
        return std::tie(x.name, x.employeeId, x.identity) <
               std::tie(y.name, y.employeeId, y.identity);
    });
    return order;
}

std::vector<std::pair<std::string, std::uint32_t>> WorktimeCalculator::peopleByEmployeeId() const
{
    std::vector<std::pair<std::string, std::uint32_t>> out;
    for (std::uint32_t i = 0; i < m_people.size(); ++i)
        if (!m_people[i].employeeId.empty())
            out.emplace_back(m_people[i].employeeId, i);
    return out;
}

PersonStays WorktimeCalculator::staysOf(std::uint32_t person, EventTimeRange range) const
{
    m_log.normalize(m_people.size());
    struct Collector
    {
        PersonStays &out;
        void entry(DateTime) {}
        void noEntry(DateTime t) { out.strayExits.push_back(t); }
        void interval(DateTime start, DateTime end, IntervalEnd how)
        {
            const bool closed = how == IntervalEnd::Exit;
            out.stays.push_back(Stay{start, closed ? end : start, closed});
        }
    };
    PersonStays stays;
    Collector collector{stays};
    run(m_log.passesOf(person), range, collector);
    return stays;
}

WorktimeReport WorktimeCalculator::compute(Date from, Date to) const
{
    m_log.normalize(m_people.size());
    WorktimeReport report;
    report.from = from;
    report.to = to;
    report.rules = m_rules;
    if (to < from)
        return report;

    const EventTimeRange range = worktimeEventRange(from, to, m_rules);
    const auto dayCount = static_cast<std::size_t>(to.days - from.days + 1);
    const std::vector<std::uint32_t> order =
        peopleSeenIn(startOfDay(from), startOfDay(addDays(to, 1)));
    const std::optional<Schedule> &schedule = m_rules.schedule;
    std::vector<DayTally> days(dayCount);
    report.people.reserve(order.size());
    report.totals.reserve(order.size());
    report.days.reserve(order.size() * std::min<std::size_t>(dayCount, 32));
    for (const std::uint32_t personIndex : order) {
        std::fill(days.begin(), days.end(), DayTally{});
        DayCollector collector{days, from};
        run(m_log.passesOf(personIndex), range, collector);

        const std::size_t reportIndex = report.people.size();
        const PersonRecord &record = m_people[personIndex];
        report.people.push_back(
            WorktimePerson{record.identity, record.employeeId, record.card, record.name});
        WorktimeTotal total;
        total.person = reportIndex;
        for (std::size_t d = 0; d < dayCount; ++d) {
            const Date date = addDays(from, static_cast<int>(d));
            const bool workingDay =
                schedule && schedule->workingDays[static_cast<std::size_t>(isoWeekday(date))];
            DayTally &tally = days[d];
            if (!tally.touched) {
                if (!workingDay)
                    continue; // no row for a day off without passes
                tally.flags.absent = true;
            }
            WorktimeDay row = dayRow(tally, date, reportIndex, m_rules.mode);
            if (schedule)
                applySchedule(row, *schedule, workingDay);
            addToTotal(total, row);
            report.days.push_back(std::move(row));
        }
        report.totals.push_back(total);
    }
    return report;
}

std::vector<HeadcountPoint> WorktimeCalculator::headcount(Date date, int stepMinutes,
                                                          std::optional<DateTime> until) const
{
    m_log.normalize(m_people.size());
    stepMinutes = std::clamp(stepMinutes, 1, 24 * 60);
    const std::int64_t maxSeconds = maxIntervalSeconds(m_rules);
    const DateTime dayStart = startOfDay(date);
    const DateTime dayEnd = startOfDay(addDays(date, 1));
    const EventTimeRange range{addSeconds(dayStart, -maxSeconds), addSeconds(dayEnd, maxSeconds)};
    const DateTime dataEnd = until ? *until : m_newest.value_or(dayStart);

    // +1 at an interval's start, -1 at its end; swept over the sample times.
    struct Collector
    {
        std::vector<std::pair<std::int64_t, int>> &changes;
        std::int64_t maxSeconds;
        DateTime dataEnd;
        void entry(DateTime) {}
        void noEntry(DateTime) {}
        void interval(DateTime start, DateTime end, IntervalEnd how)
        {
            if (how == IntervalEnd::EndOfData)
                end = std::min(addSeconds(start, maxSeconds), std::max(start, dataEnd));
            if (end <= start)
                return;
            changes.emplace_back(start.seconds, +1);
            changes.emplace_back(end.seconds, -1);
        }
    };
    std::vector<std::pair<std::int64_t, int>> changes;
    Collector collector{changes, maxSeconds, dataEnd};
    for (std::uint32_t person = 0; person < m_people.size(); ++person)
        run(m_log.passesOf(person), range, collector);
    std::sort(changes.begin(), changes.end());

    std::vector<HeadcountPoint> points;
    const int samples = 24 * 60 / stepMinutes;
    points.reserve(static_cast<std::size_t>(samples));
    std::size_t next = 0;
    int inside = 0;
    for (int k = 0; k < samples; ++k) {
        const DateTime t = addSeconds(dayStart, std::int64_t{k} * stepMinutes * 60);
        // An interval [start, end) covers t when start <= t < end.
        while (next < changes.size() && changes[next].first <= t.seconds)
            inside += changes[next++].second;
        points.push_back(HeadcountPoint{t, inside});
    }
    return points;
}

} // namespace attlog
