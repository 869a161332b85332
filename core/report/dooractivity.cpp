// SPDX-License-Identifier: MIT
#include "core/report/dooractivity.h"

#include <algorithm>
#include <limits>

namespace attlog::report {

namespace {

std::int64_t dayOf(std::int64_t seconds)
{
    return seconds >= 0 ? seconds / kSecondsPerDay
                        : (seconds - kSecondsPerDay + 1) / kSecondsPerDay;
}

int hourOf(std::int64_t seconds)
{
    return int((seconds - dayOf(seconds) * kSecondsPerDay) / 3600);
}

} // namespace

void DoorActivityLearner::add(std::span<const AccessEvent> events)
{
    for (const AccessEvent &event : events) {
        if (!event.time)
            continue;
        const std::string &door = event.door.empty() ? event.device : event.door;
        if (door.empty())
            continue;
        m_times[door].push_back(event.time->seconds);
    }
}

DoorActivityModel DoorActivityLearner::learn(DateTime from, DateTime to)
{
    DoorActivityModel model;
    model.learnedFrom = from;
    model.learnedTo = to;
    for (std::int64_t day = dayOf(from.seconds); day * kSecondsPerDay < to.seconds; ++day)
        ++model.weekdays[std::size_t(isoWeekday(Date{std::int32_t(day)}))];
    for (auto &[door, times] : m_times) {
        std::sort(times.begin(), times.end());
        DoorUsage usage;
        std::array<std::array<std::int64_t, 24>, 7> lastDayAt{};
        for (auto &hours : lastDayAt)
            hours.fill(std::numeric_limits<std::int64_t>::min());
        std::array<std::vector<std::int64_t>, 24> gaps;
        for (std::size_t i = 0; i < times.size(); ++i) {
            const std::int64_t day = dayOf(times[i]);
            const auto hour = std::size_t(hourOf(times[i]));
            const auto weekday = std::size_t(isoWeekday(Date{std::int32_t(day)}));
            if (lastDayAt[weekday][hour] != day) {
                lastDayAt[weekday][hour] = day;
                ++usage.daysAt[weekday][hour];
            }
            // A gap within the same day only: the night between two shifts is no gap.
            if (i + 1 < times.size() && dayOf(times[i + 1]) == day)
                gaps[hour].push_back(times[i + 1] - times[i]);
        }
        for (std::size_t h = 0; h < 24; ++h) {
            std::vector<std::int64_t> &g = gaps[h];
            if (g.empty())
                continue;
            auto at90 = g.begin() + std::ptrdiff_t((g.size() * 9) / 10);
            std::nth_element(g.begin(), at90, g.end());
            usage.gap[h] = *at90;
        }
        if (!times.empty())
            usage.lastPass = DateTime{times.back()};
        model.doors.emplace(door, usage);
    }
    m_times.clear();
    return model;
}

std::vector<SilentDoor> silentDoors(const DoorActivityModel &model,
                                    const std::map<std::string, DateTime> &lastPass, DateTime now,
                                    const DoorSilenceOptions &options)
{
    std::vector<SilentDoor> silent;
    const auto hour = std::size_t(hourOf(now.seconds));
    const auto weekday = std::size_t(isoWeekday(Date{std::int32_t(dayOf(now.seconds))}));
    const int weeks = model.weekdays[weekday];
    for (const auto &[door, usage] : model.doors) {
        if (weeks == 0 || usage.daysAt[weekday][hour] * 2 < weeks)
            continue; // not usually busy at this hour of this weekday
        std::optional<DateTime> last = usage.lastPass;
        if (const auto it = lastPass.find(door);
            it != lastPass.end() && (!last || *last < it->second))
            last = it->second;
        if (!last)
            continue;
        const std::int64_t quiet = now.seconds - last->seconds;
        const std::int64_t allowed =
            std::max(options.minimumSeconds, usage.gap[hour] * options.gapFactor);
        if (quiet > allowed)
            silent.push_back({door, quiet, usage.gap[hour]});
    }
    std::sort(silent.begin(), silent.end(), [](const SilentDoor &a, const SilentDoor &b) {
        return a.silentSeconds != b.silentSeconds ? a.silentSeconds > b.silentSeconds
                                                  : a.door < b.door;
    });
    return silent;
}

} // namespace attlog::report
