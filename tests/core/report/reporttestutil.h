// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"
#include "core/report/workplan.h"
#include "core/report/worktimecalculator.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// Small builders shared by the report tests.
namespace attlog::test {

inline constexpr Direction In = Direction::In;
inline constexpr Direction Out = Direction::Out;
inline constexpr Direction Unk = Direction::Unknown;

inline DateTime at(int year, int month, int day, int hour, int minute, int second = 0)
{
    return makeDateTime(dateFromCivil(year, month, day), hour, minute, second);
}

inline Date day(int year, int month, int d)
{
    return dateFromCivil(year, month, d);
}

// Keys increase with every event built, whatever its time: the order a live feed would see them.
inline AccessEvent pass(std::string employeeId, std::string name, DateTime time,
                        Direction direction, std::string door = "Main gate")
{
    static std::int64_t nextKey = 1;
    AccessEvent event;
    event.key = nextKey++;
    event.time = time;
    event.direction = direction;
    event.rawDirection = std::string(directionName(direction));
    event.person = std::move(name);
    event.employeeId = std::move(employeeId);
    event.door = std::move(door);
    return event;
}

// The worktime report of `events` over [from, to].
inline WorktimeReport computeWorktime(const std::vector<AccessEvent> &events, Date from, Date to,
                                      WorktimeRules rules = {})
{
    WorktimeCalculator calculator(rules);
    calculator.add(events);
    return calculator.compute(from, to);
}

// A fixed shift from `startHour` to `endHour` (the next day when it is not later).
inline Shift fixedShift(std::string id, int startHour, int endHour, int breakMinutes = 0)
{
    Shift shift;
    shift.id = std::move(id);
    shift.startMinute = startHour * 60;
    shift.endMinute = endHour * 60;
    shift.breakMinutes = breakMinutes;
    return shift;
}

// The report's row for `date` and person index `person`; nullptr when there is none.
inline const WorktimeDay *findDay(const WorktimeReport &report, Date date, std::size_t person = 0)
{
    for (const WorktimeDay &d : report.days) {
        if (d.date == date && d.person == person)
            return &d;
    }
    return nullptr;
}

} // namespace attlog::test
