// SPDX-License-Identifier: MIT
#include "core/report/worktimereport.h"

namespace attlog {

std::string worktimeFlagsText(const WorktimeFlags &flags)
{
    std::string text;
    const auto append = [&text](bool set, const char *name) {
        if (!set)
            return;
        if (!text.empty())
            text += ';';
        text += name;
    };
    append(flags.noExit, "no_exit");
    append(flags.noEntry, "no_entry");
    append(flags.absent, "absent");
    return text;
}

std::vector<DayMinutes> workedMinutesPerDay(const WorktimeReport &report, std::size_t person)
{
    std::vector<DayMinutes> result;
    if (report.to < report.from)
        return result;
    for (Date d = report.from; d <= report.to; d = addDays(d, 1))
        result.push_back(DayMinutes{d, 0});
    for (const WorktimeDay &day : report.days) {
        if (day.person != person)
            continue;
        result[static_cast<std::size_t>(day.date.days - report.from.days)].minutes =
            day.workedMinutes.value_or(0);
    }
    return result;
}

} // namespace attlog
