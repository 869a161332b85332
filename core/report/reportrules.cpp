// SPDX-License-Identifier: MIT
#include "core/report/reportrules.h"

#include "core/event/datetime.h"

namespace attlog {

std::string_view workedModeName(WorkedMode mode)
{
    return mode == WorkedMode::Inside ? "inside" : "span";
}

std::optional<WorkedMode> workedModeFromName(std::string_view name)
{
    if (name == "span")
        return WorkedMode::Span;
    if (name == "inside")
        return WorkedMode::Inside;
    return std::nullopt;
}

int Schedule::lengthMinutes() const
{
    if (endMinute > startMinute)
        return endMinute - startMinute;
    return 24 * 60 - startMinute + endMinute; // night schedule, or 24 h when start == end
}

std::optional<Schedule> parseSchedule(std::string_view text)
{
    const std::size_t dash = text.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    const std::optional<int> start = parseTimeOfDay(text.substr(0, dash));
    const std::optional<int> end = parseTimeOfDay(text.substr(dash + 1));
    if (!start || !end)
        return std::nullopt;
    Schedule schedule;
    schedule.startMinute = *start / 60;
    schedule.endMinute = *end / 60;
    return schedule;
}

} // namespace attlog
