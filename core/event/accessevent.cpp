// SPDX-License-Identifier: MIT
#include "core/event/accessevent.h"

namespace attlog {

std::string_view directionName(Direction direction)
{
    switch (direction) {
    case Direction::In:
        return "in";
    case Direction::Out:
        return "out";
    case Direction::Unknown:
        break;
    }
    return "unknown";
}

std::optional<Direction> directionFromName(std::string_view name)
{
    if (name == "in")
        return Direction::In;
    if (name == "out")
        return Direction::Out;
    if (name == "unknown")
        return Direction::Unknown;
    return std::nullopt;
}

std::string personIdentity(const AccessEvent &event)
{
    if (!event.employeeId.empty())
        return "e:" + event.employeeId;
    if (!event.card.empty())
        return "c:" + event.card;
    return "n:" + event.person;
}

} // namespace attlog
