// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"
#include "core/report/passlog.h"
#include "core/report/personindex.h"
#include "core/report/reportrules.h"
#include "core/report/worktimereport.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace attlog {

// Half-open range of event times: from <= time < to.
struct EventTimeRange
{
    DateTime from;
    DateTime to;
};

// The events a worktime report for the dates [from, to] (inclusive) must read: from `from`
// 00:00 minus the maximum interval (so a night shift begun the day before closes and is not
// reported as a missing entry) up to `to`+1 00:00 plus the maximum interval (so intervals begun
// inside the period can close).
EventTimeRange worktimeEventRange(Date from, Date to, const WorktimeRules &rules);

// The longest period one worktime report covers: two years. A report has a row per person per
// day (with a schedule also the days without passes), so a period without bound made millions of
// rows (1753..9999 on a 77-row table: 6.45 M rows, 2.4 GB) before anything was shown.
inline constexpr int kMaxWorktimeDays = 731;

// One stay of a person as the state machine reads the passes: from an entry to the exit that
// closed it. An unclosed stay (closed by another entry, expired, or open at the end of the data)
// has closed == false and out == in.
struct Stay
{
    DateTime in;
    DateTime out;
    bool closed = false;
};

// A person's stays and the exits that had no entry (no_entry), in time order.
struct PersonStays
{
    std::vector<Stay> stays;
    std::vector<DateTime> strayExits;
};

struct HeadcountPoint
{
    DateTime time;
    int inside = 0;
};

// Worktime: per person, events in time order (ties by key) after double-scan suppression drive
// one state, an interval open or not:
//  - an entry opens an interval; one already open is closed uncounted (its date gets no_exit);
//  - an exit closes the open interval (counted); with none open its own date gets no_entry;
//  - an unknown direction is an exit when an interval is open, else an entry (or is ignored);
//  - an interval belongs to the date of its entry (a night shift counts on the day it began);
//  - an interval open longer than maxIntervalHours expires uncounted (no_exit) before the next
//    event is handled, so an exit after it gets no_entry and an unknown direction opens anew;
//  - an interval still open at the end of the data gets no_exit.
// Events without a time are ignored. Identity by personIdentity(); the shown name is the newest
// non-empty one by event time.
//
// add() takes events in any order (late back-filled rows included). compute() uses only the
// events inside worktimeEventRange(from, to), so the result does not depend on extra data that
// was added. Not thread-safe, const queries included (they sort the stored events lazily).
class WorktimeCalculator
{
public:
    explicit WorktimeCalculator(WorktimeRules rules = {});

    void add(const AccessEvent &event);
    void add(std::span<const AccessEvent> events);
    void clear();

    const WorktimeRules &rules() const { return m_rules; }
    std::size_t personCount() const { return m_people.size(); }
    // Stored events (repeats of one event counted once).
    std::size_t eventCount() const;

    // Rows for every person with an event in [from 00:00, to+1 00:00) and every date of [from, to]
    // that has something to report; with a schedule, also an `absent` row for every working day
    // to which nothing of the person belongs. Requires from <= to.
    WorktimeReport compute(Date from, Date to) const;

    // The people with a pass in [start, end), ordered by name, employee ID and identity, as
    // indexes for person() and staysOf().
    std::vector<std::uint32_t> peopleSeenIn(DateTime start, DateTime end) const;
    const PersonRecord &person(std::uint32_t index) const { return m_people[index]; }
    // Every person's index by employee ID (people without one are left out).
    std::vector<std::pair<std::string, std::uint32_t>> peopleByEmployeeId() const;
    // The stays of one person whose entries lie in `range`, read by the rules (double scans,
    // unknown directions, the maximum interval); an entry before the range is not seen, so its
    // exit is a stray exit.
    PersonStays staysOf(std::uint32_t person, EventTimeRange range) const;

    // People inside at `date` 00:00 + k * stepMinutes, k = 0 .. 1440/stepMinutes - 1 (the
    // "headcount over the day" chart). Inside = within an interval of the state machine: counted
    // ones until their exit, one closed by a new entry until that entry, and an expired or
    // unclosed one until the earlier of its maximum length and `until` (default: the newest event
    // time of all data).
    std::vector<HeadcountPoint> headcount(Date date, int stepMinutes = 15,
                                          std::optional<DateTime> until = {}) const;

private:
    // How an interval of the state machine ended.
    enum class IntervalEnd : std::uint8_t
    {
        Exit,      // closed by an exit: counted
        NextEntry, // closed uncounted by another entry
        Expired,   // open longer than the maximum when the next event came
        EndOfData, // still open after the last event
    };

    // Replays one person's passes (time order) inside `range` through the rules, calling
    // visitor.entry(time), visitor.interval(start, end, IntervalEnd) (end == start for
    // EndOfData, start + maximum for Expired) and visitor.noEntry(time).
    template <typename Visitor>
    void run(std::span<const LoggedPass> passes, EventTimeRange range, Visitor &visitor) const;

    // What one person did on each day of the period (compute()'s visitor of run()).
    struct DayCollector;

    WorktimeRules m_rules;
    PersonIndex m_people;
    mutable PassLog m_log; // normalized lazily by the const queries
    std::optional<DateTime> m_newest;
};

} // namespace attlog
