// SPDX-License-Identifier: MIT
#include "ui/worktime/worktimeresult.h"

#include <algorithm>

namespace attlog::ui {

namespace {

// The planned day of `identity` on `date`, or nullptr (not planned, or not in the period).
const PlannedWorkDay *plannedDayOf(const PlannedWorktimeReport &report, const std::string &identity,
                                   Date date)
{
    if (date < report.from || date > report.to)
        return nullptr;
    const auto person =
        std::find_if(report.people.begin(), report.people.end(),
                     [&](const WorktimePerson &p) { return p.identity == identity; });
    if (person == report.people.end())
        return nullptr;
    const std::size_t dates = std::size_t(report.to.days - report.from.days + 1);
    const std::size_t at = std::size_t(person - report.people.begin()) * dates +
                           std::size_t(date.days - report.from.days);
    return at < report.days.size() ? &report.days[at] : nullptr;
}

} // namespace

std::vector<AccessEvent> passesBehind(const WorktimeResult &result, const std::string &identity,
                                      Date first, Date last, bool byPlan)
{
    std::vector<AccessEvent> passes;
    // Under the plan: the planned days of the dates (none planned: no planned figures).
    std::vector<const PlannedWorkDay *> planned;
    if (byPlan && result.planned) {
        for (Date date = first; date <= last; date = addDays(date, 1)) {
            if (const PlannedWorkDay *day = plannedDayOf(*result.planned, identity, date))
                planned.push_back(day);
        }
    }
    if (byPlan && planned.empty())
        return passes;
    const auto behind = [&](DateTime time) {
        if (!byPlan)
            return first <= dateOf(time) && dateOf(time) <= last;
        for (const PlannedWorkDay *day : planned) {
            for (const Stay &stay : day->stays) {
                if (time >= stay.in && time <= (stay.closed ? stay.out : stay.in))
                    return true;
            }
            if (std::find(day->strayExits.begin(), day->strayExits.end(), time) !=
                day->strayExits.end())
                return true;
        }
        return false;
    };
    for (const AccessEvent &event : result.events) {
        if (event.time && behind(*event.time) && personIdentity(event) == identity)
            passes.push_back(event);
    }
    std::stable_sort(passes.begin(), passes.end(),
                     [](const AccessEvent &a, const AccessEvent &b) { return a.time < b.time; });
    return passes;
}

} // namespace attlog::ui
