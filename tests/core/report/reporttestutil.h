// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"

#include <cstdint>
#include <string>
#include <utility>

// Small builders shared by the report tests.
namespace attlog::test {

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

} // namespace attlog::test
