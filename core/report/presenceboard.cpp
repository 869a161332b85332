// SPDX-License-Identifier: MIT
#include "core/report/presenceboard.h"

#include "core/report/doublescanfilter.h"
#include "core/text/textmatcher.h"

#include <algorithm>
#include <memory>
#include <tuple>
#include <utility>

namespace attlog {

namespace {} // namespace

std::string_view presenceStatusName(PresenceStatus status)
{
    switch (status) {
    case PresenceStatus::Inside:
        return "inside";
    case PresenceStatus::Outside:
        return "outside";
    case PresenceStatus::Unknown:
        break;
    }
    return "unknown";
}

PresenceWindow presenceWindow(PresenceWindowKind kind, DateTime now)
{
    switch (kind) {
    case PresenceWindowKind::Last24Hours:
        return {addSeconds(now, -kSecondsPerDay), now};
    case PresenceWindowKind::Last7Days:
        return {addSeconds(now, -7 * kSecondsPerDay), now};
    case PresenceWindowKind::SinceMidnight:
        break;
    }
    return {startOfDay(dateOf(now)), now};
}

PresenceWindow evacuationWindow(const PresenceWindow &window)
{
    return {std::min(window.from, addSeconds(window.at, -kEvacuationLookbackSeconds)), window.at};
}

PresenceFilter presenceDoorFilter(std::vector<std::string> doors)
{
    if (doors.empty())
        return {};
    std::sort(doors.begin(), doors.end());
    return [doors = std::move(doors)](const PresenceRow &row) {
        return std::binary_search(doors.begin(), doors.end(), row.lastDoor);
    };
}

PresenceFilter presenceSearch(std::string_view term)
{
    // The same matching as everywhere a user searches: any case, ё = е, substring.
    auto matcher = std::make_shared<const text::TextMatcher>(term);
    if (matcher->isEmpty())
        return {};
    return [matcher](const PresenceRow &row) {
        for (const std::string *field : {&row.person, &row.employeeId, &row.card, &row.lastDoor}) {
            if (matcher->matches(*field))
                return true;
        }
        return false;
    };
}

PresenceBoard::PresenceBoard(PresenceRules rules)
    : m_rules(rules)
{}

std::uint32_t PresenceBoard::doorIndex(const std::string &door)
{
    if (m_lastDoor != PersonIndex::kNone && m_doors[m_lastDoor] == door)
        return m_lastDoor;
    const auto [it, inserted] =
        m_doorIndex.try_emplace(door, static_cast<std::uint32_t>(m_doors.size()));
    if (inserted)
        m_doors.push_back(door);
    m_lastDoor = it->second;
    return it->second;
}

void PresenceBoard::add(const AccessEvent &event)
{
    if (!event.time)
        return; // a pass without a time cannot be placed on the board
    const std::uint32_t person = m_people.add(event, *event.time);
    // Stored in arrival order; snapshot() puts late back-filled rows where they belong in time.
    m_log.append(*event.time, event.key.value_or(0), person, doorIndex(event.door),
                 event.direction);
}

void PresenceBoard::add(std::span<const AccessEvent> events)
{
    for (const AccessEvent &event : events)
        add(event);
}

std::size_t PresenceBoard::eventCount() const
{
    m_log.normalize(m_people.size());
    return m_log.size();
}

void PresenceBoard::pruneBefore(DateTime time)
{
    m_log.removeBefore(time, m_people.size());
    const std::vector<std::uint32_t> remap =
        m_people.retain(m_log.peopleWithPasses(m_people.size()));
    m_log.remapPersons(remap, m_people.size());
}

void PresenceBoard::clear()
{
    m_people.clear();
    m_log.clear();
    m_doors.clear();
    m_doorIndex.clear();
    m_lastDoor = PersonIndex::kNone;
}

bool PresenceBoard::replay(std::uint32_t personIndex, const PresenceWindow &window,
                           PresenceRow &row) const
{
    const std::span<const LoggedPass> passes = m_log.passesOf(personIndex);
    const auto begin =
        std::lower_bound(passes.begin(), passes.end(), window.from,
                         [](const LoggedPass &pass, DateTime t) { return pass.time < t; });
    const LoggedPass *last = nullptr;
    PresenceStatus status = PresenceStatus::Unknown;
    for (auto it = begin; it != passes.end() && it->time <= window.at; ++it) {
        if (last && DoubleScanFilter::isDoubleScan(last->direction(), last->time, it->direction(),
                                                   it->time, m_rules.doubleScanSeconds))
            continue;
        last = &*it;
        Direction direction = it->direction();
        if (direction == Direction::Unknown) {
            if (m_rules.unknownDirection == UnknownDirectionPolicy::Ignore)
                continue;
            direction = status == PresenceStatus::Inside ? Direction::Out : Direction::In;
        }
        status = direction == Direction::In ? PresenceStatus::Inside : PresenceStatus::Outside;
    }
    if (!last)
        return false;
    const PersonRecord &person = m_people[personIndex];
    row.identity = person.identity;
    row.employeeId = person.employeeId;
    row.card = person.card;
    row.person = person.name;
    row.status = status;
    row.lastTime = last->time;
    row.lastDoor = m_doors[last->door()];
    row.lastDirection = last->direction();
    row.secondsAgo = window.at.seconds - last->time.seconds;
    return true;
}

PresenceSnapshot PresenceBoard::snapshot(const PresenceWindow &window,
                                         const PresenceFilter &filter) const
{
    const auto count = [](PresenceCounts &counts, PresenceStatus status) {
        switch (status) {
        case PresenceStatus::Inside:
            ++counts.inside;
            break;
        case PresenceStatus::Outside:
            ++counts.outside;
            break;
        case PresenceStatus::Unknown:
            ++counts.unknown;
            break;
        }
    };
    PresenceSnapshot result;
    result.window = window;
    m_log.normalize(m_people.size());
    PresenceRow row;
    for (std::uint32_t person = 0; person < m_people.size(); ++person) {
        if (!replay(person, window, row))
            continue;
        count(result.allCounts, row.status);
        if (filter && !filter(row))
            continue;
        count(result.counts, row.status);
        result.rows.push_back(row);
    }
    std::sort(result.rows.begin(), result.rows.end(),
              [](const PresenceRow &a, const PresenceRow &b) {
                  return std::tie(a.person, a.identity) < std::tie(b.person, b.identity);
              });
    return result;
}

EvacuationList PresenceBoard::evacuation(const PresenceWindow &window) const
{
    EvacuationList list;
    list.at = window.at;
    list.people = snapshot(window, [](const PresenceRow &row) {
                      return row.status == PresenceStatus::Inside;
                  }).rows;
    return list;
}

} // namespace attlog
