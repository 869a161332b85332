// SPDX-License-Identifier: MIT
#include "core/report/anomalies.h"

#include "core/report/ghostpairs.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace attlog::report {

namespace {

constexpr std::array<std::string_view, kAnomalyKinds> kKindNames{
    "double_entry", "exit_without_entry", "impossible_travel", "ghost_duplicate", "unusual_hours"};

constexpr std::uint32_t kAllHours = (1U << 24) - 1;

std::int64_t dayNumber(std::int64_t seconds)
{
    return seconds >= 0 ? seconds / kSecondsPerDay
                        : (seconds - kSecondsPerDay + 1) / kSecondsPerDay;
}

int hourOf(std::int64_t seconds)
{
    return int((seconds - dayNumber(seconds) * kSecondsPerDay) / 3600);
}

// The hours of a day mask with their neighbours (23 and 0 are neighbours).
std::uint32_t widen(std::uint32_t hours)
{
    const std::uint32_t up = ((hours << 1) | (hours >> 23)) & kAllHours;
    const std::uint32_t down = ((hours >> 1) | (hours << 23)) & kAllHours;
    return hours | up | down;
}

std::string twoDigits(int value)
{
    return {char('0' + value / 10), char('0' + value % 10)};
}

// "07:00-19:00" or "22:00-06:00, 12:00-13:00": the runs of usual hours, each from its first hour
// to the end of its last, a run over midnight as one.
std::string describeHours(std::uint32_t usual)
{
    // Start from an hour that is not usual, so a run over midnight is not cut in two.
    int start = 0;
    while (usual & (1U << start))
        ++start;
    std::string text;
    for (int k = 0; k < 24;) {
        const int hour = (start + k) % 24;
        if (!(usual & (1U << hour))) {
            ++k;
            continue;
        }
        int length = 0;
        while (length < 24 && (usual & (1U << ((hour + length) % 24))))
            ++length;
        if (!text.empty())
            text += ", ";
        text += twoDigits(hour) + ":00-" + twoDigits((hour + length) % 24) + ":00";
        k += length;
    }
    return text;
}

} // namespace

std::string_view anomalyKindName(AnomalyKind kind)
{
    return kKindNames[std::size_t(kind)];
}

std::optional<AnomalyKind> anomalyKindFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i)
        if (kKindNames[i] == name)
            return AnomalyKind(i);
    return std::nullopt;
}

EventTimeRange anomalyEventRange(DateTime from, DateTime to, const AnomalyOptions &options)
{
    return {addSeconds(from, -std::int64_t{options.learnDays} * kSecondsPerDay), to};
}

AnomalyFinder::AnomalyFinder(AnomalyOptions options)
    : m_options(options)
{}

void AnomalyFinder::add(std::span<const AccessEvent> events)
{
    for (const AccessEvent &event : events) {
        if (!event.time || (event.employeeId.empty() && event.card.empty() && event.person.empty()))
            continue;
        auto [door, inserted] = m_doorIndex.try_emplace(event.door, std::uint32_t(m_doors.size()));
        if (inserted)
            m_doors.push_back(event.door);
        m_passes.push_back({event.time->seconds, m_people.add(event, *event.time), door->second,
                            std::uint32_t(m_passes.size()), event.direction, false});
    }
}

AnomalyReport AnomalyFinder::find(DateTime from, DateTime to)
{
    AnomalyReport report;
    report.from = from;
    report.to = to;
    std::vector<std::uint32_t> personSlot(m_people.size(), PersonIndex::kNone);
    const auto inPeriod = [&](std::int64_t time) {
        return time >= from.seconds && time < to.seconds;
    };
    const auto emit = [&](AnomalyKind kind, const Pass &first, const Pass *second,
                          std::string detail) {
        std::uint32_t &slot = personSlot[first.person];
        if (slot == PersonIndex::kNone) {
            slot = std::uint32_t(report.people.size());
            report.people.push_back(m_people[first.person]);
        }
        Anomaly anomaly;
        anomaly.kind = kind;
        anomaly.person = slot;
        anomaly.firstTime = DateTime{first.time};
        anomaly.doorFirst = m_doors[first.door];
        if (second) {
            anomaly.secondTime = DateTime{second->time};
            anomaly.doorSecond = m_doors[second->door];
        }
        anomaly.detail = std::move(detail);
        ++report.counts[std::size_t(kind)];
        report.anomalies.push_back(std::move(anomaly));
    };

    // Ghost duplicates, per person, door and direction. Their second passes take no further part:
    // a pair that is a ghost is reported as that only.
    for (Pass &pass : m_passes)
        pass.ghost = false;
    std::sort(m_passes.begin(), m_passes.end(), [](const Pass &a, const Pass &b) {
        return std::tie(a.person, a.door, a.direction, a.time, a.order) <
               std::tie(b.person, b.door, b.direction, b.time, b.order);
    });
    for (std::size_t i = 0; i < m_passes.size();) {
        std::size_t end = i + 1;
        while (end < m_passes.size() && m_passes[end].person == m_passes[i].person &&
               m_passes[end].door == m_passes[i].door &&
               m_passes[end].direction == m_passes[i].direction)
            ++end;
        findGhostPairs(
            end - i, m_options.repeatWindowSeconds,
            [&](std::size_t k) { return m_passes[i + k].time; },
            [&](GhostKind kind, std::size_t first, std::size_t second) {
                Pass &repeat = m_passes[i + second];
                repeat.ghost = true;
                if (!inPeriod(repeat.time))
                    return;
                emit(AnomalyKind::GhostDuplicate, m_passes[i + first], &repeat,
                     kind == GhostKind::Hour
                         ? std::string("the same pass exactly one hour later")
                         : "the same pass again within " +
                               std::to_string(m_options.repeatWindowSeconds) + " s");
            });
        i = end;
    }

    // The rest per person in time order.
    std::sort(m_passes.begin(), m_passes.end(), [](const Pass &a, const Pass &b) {
        return std::tie(a.person, a.time, a.order) < std::tie(b.person, b.time, b.order);
    });
    const std::int64_t learnedFrom =
        from.seconds - std::int64_t{m_options.learnDays} * kSecondsPerDay;
    std::vector<std::uint32_t> dayHours; // per day of the person: the hours with a pass
    for (std::size_t i = 0; i < m_passes.size();) {
        std::size_t end = i + 1;
        while (end < m_passes.size() && m_passes[end].person == m_passes[i].person)
            ++end;

        const Pass *lastAny = nullptr;
        const Pass *lastDirected = nullptr;
        dayHours.clear();
        std::int64_t currentDay = 0;
        for (std::size_t j = i; j < end; ++j) {
            const Pass &pass = m_passes[j];
            if (pass.ghost)
                continue;
            if (pass.time >= learnedFrom && pass.time < to.seconds) {
                const std::int64_t day = dayNumber(pass.time);
                if (dayHours.empty() || day != currentDay) {
                    dayHours.push_back(0);
                    currentDay = day;
                }
                dayHours.back() |= 1U << hourOf(pass.time);
            }
            if (inPeriod(pass.time)) {
                if (lastAny && lastAny->door != pass.door &&
                    pass.time - lastAny->time < m_options.minTravelSeconds)
                    emit(AnomalyKind::ImpossibleTravel, *lastAny, &pass,
                         std::to_string(pass.time - lastAny->time) +
                             " s between two doors (at least " +
                             std::to_string(m_options.minTravelSeconds) + " s expected)");
                const bool afterSame = lastDirected && lastDirected->direction == pass.direction;
                if (pass.direction == Direction::In && afterSame)
                    emit(AnomalyKind::DoubleEntry, *lastDirected, &pass, "no exit between");
                else if (pass.direction == Direction::Out && afterSame)
                    emit(AnomalyKind::ExitWithoutEntry, *lastDirected, &pass,
                         "no entry after the exit before");
                else if (pass.direction == Direction::Out && !lastDirected)
                    emit(AnomalyKind::ExitWithoutEntry, pass, nullptr,
                         "no entry in the " + std::to_string(m_options.learnDays) + " days before");
            }
            lastAny = &pass;
            if (pass.direction != Direction::Unknown)
                lastDirected = &pass;
        }

        // Usual hours: the hours near which the person had passes on enough of their days.
        if (int(dayHours.size()) >= m_options.usualMinDays) {
            std::array<int, 24> days{};
            for (const std::uint32_t hours : dayHours) {
                const std::uint32_t near = widen(hours);
                for (int h = 0; h < 24; ++h)
                    days[std::size_t(h)] += (near >> h) & 1U;
            }
            const int needed = std::max(
                2, int(std::ceil(m_options.usualMinShare * double(dayHours.size()) - 1e-9)));
            std::uint32_t usual = 0;
            for (int h = 0; h < 24; ++h)
                if (days[std::size_t(h)] >= needed)
                    usual |= 1U << h;
            // None usual (passes at scattered hours): no pattern to depart from.
            if (usual != 0 && usual != kAllHours) {
                std::string hours;
                for (std::size_t j = i; j < end; ++j) {
                    const Pass &pass = m_passes[j];
                    if (pass.ghost || !inPeriod(pass.time) || (usual >> hourOf(pass.time)) & 1U)
                        continue;
                    if (hours.empty())
                        hours = describeHours(usual);
                    emit(AnomalyKind::UnusualHours, pass, nullptr, "usual hours " + hours);
                    report.anomalies.back().usualHours = hours;
                }
            }
        }
        i = end;
    }

    std::sort(report.anomalies.begin(), report.anomalies.end(),
              [&](const Anomaly &a, const Anomaly &b) {
                  const PersonRecord &pa = report.people[a.person];
                  const PersonRecord &pb = report.people[b.person];
                  return std::tie(a.firstTime, a.kind, pa.name, pa.employeeId, a.secondTime) <
                         std::tie(b.firstTime, b.kind, pb.name, pb.employeeId, b.secondTime);
              });
    return report;
}

} // namespace attlog::report
