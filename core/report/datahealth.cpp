// SPDX-License-Identifier: MIT
#include "core/report/datahealth.h"

#include "core/export/jsonwriter.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace attlog::report {

namespace {

constexpr std::int64_t kFutureSlack = 300; // a clock this far ahead is not yet "future"
constexpr std::int64_t kHour = 3600;

std::int64_t hourOfDay(std::int64_t seconds)
{
    std::int64_t s = seconds % kSecondsPerDay;
    if (s < 0)
        s += kSecondsPerDay;
    return s / kHour;
}

std::int64_t dayOf(std::int64_t seconds)
{
    return seconds >= 0 ? seconds / kSecondsPerDay
                        : (seconds - kSecondsPerDay + 1) / kSecondsPerDay;
}

} // namespace

std::string_view ghostKindName(GhostDuplicate::Kind kind)
{
    return kind == GhostDuplicate::Kind::Hour ? "hour" : "repeat";
}

std::uint32_t DataHealthScanner::Names::intern(const std::string &name)
{
    const auto [it, inserted] = index.try_emplace(name, std::uint32_t(names.size()));
    if (inserted)
        names.push_back(name);
    return it->second;
}

DataHealthScanner::DataHealthScanner(const sql::DirectionMapping &directions,
                                     DataHealthOptions options)
    : m_directions(directions)
    , m_options(options)
{}

void DataHealthScanner::add(std::span<const AccessEvent> events)
{
    for (const AccessEvent &e : events) {
        ++m_rows;
        ++m_directionCounts[e.rawDirection];
        if (!e.time)
            continue; // a pass without a time cannot be placed (counted by the table summary)
        Pass pass;
        pass.device = m_devices.intern(e.device + '\0' + e.deviceSerial);
        const std::uint32_t person = m_people.intern(personIdentity(e));
        if (person == m_personNames.size())
            m_personNames.emplace_back(e.person, e.employeeId);
        pass.person = person;
        pass.door = m_doors.intern(e.door);
        pass.direction = e.direction;
        pass.time = e.time->seconds;
        pass.key = e.key;
        if (e.insertedAt)
            pass.skew = e.time->seconds - e.insertedAt->seconds;
        m_passes.push_back(pass);
    }
}

DataHealth DataHealthScanner::finish(DateTime from, DateTime to)
{
    DataHealth health;
    health.from = from;
    health.to = to;
    health.at = m_options.at;
    health.rowsScanned = m_rows;

    // Per device: rows, newest, future rows, usual hours, keys, skews.
    struct DeviceData
    {
        DeviceHealth health;
        std::set<std::int64_t> days;
        std::array<std::set<std::int64_t>, 24> daysAtHour;
        std::vector<std::int64_t> keys;
        std::vector<std::int64_t> skews;
    };
    std::vector<DeviceData> devices(m_devices.names.size());
    const std::int64_t at = m_options.at.seconds;
    for (const Pass &p : m_passes) {
        DeviceData &d = devices[p.device];
        ++d.health.rows;
        if (!d.health.newest || p.time > d.health.newest->seconds)
            d.health.newest = DateTime{p.time};
        if (p.time > at + kFutureSlack)
            ++d.health.futureRows;
        d.days.insert(dayOf(p.time));
        d.daysAtHour[std::size_t(hourOfDay(p.time))].insert(dayOf(p.time));
        if (p.key)
            d.keys.push_back(*p.key);
        if (p.skew)
            d.skews.push_back(*p.skew);
    }
    std::map<std::int64_t, std::set<std::uint32_t>> keyDevices;
    for (std::size_t i = 0; i < devices.size(); ++i) {
        DeviceData &d = devices[i];
        const std::string &name = m_devices.names[i];
        const auto zero = name.find('\0');
        d.health.device = name.substr(0, zero);
        d.health.deviceSerial = name.substr(zero + 1);
        std::sort(d.keys.begin(), d.keys.end());
        for (std::size_t k = 1; k < d.keys.size(); ++k)
            if (d.keys[k] == d.keys[k - 1])
                ++d.health.serialDuplicates;
        for (const std::int64_t key : d.keys)
            keyDevices[key].insert(std::uint32_t(i));
        if (!d.skews.empty()) {
            auto middle = d.skews.begin() + std::ptrdiff_t(d.skews.size() / 2);
            std::nth_element(d.skews.begin(), middle, d.skews.end());
            d.health.clockSkewSeconds = *middle;
        }
        if (d.health.newest) {
            d.health.ageSeconds = at - d.health.newest->seconds;
            const auto &usual = d.daysAtHour[std::size_t(hourOfDay(at))];
            d.health.silent = *d.health.ageSeconds > m_options.silentAfterSeconds &&
                              usual.size() * 2 >= d.days.size();
        }
        health.devices.push_back(std::move(d.health));
    }
    for (const auto &[key, owners] : keyDevices)
        if (owners.size() > 1)
            ++health.keysSharedAcrossDevices;
    std::sort(health.devices.begin(), health.devices.end(), [](const auto &a, const auto &b) {
        return std::tie(a.device, a.deviceSerial) < std::tie(b.device, b.deviceSerial);
    });

    for (const auto &[value, count] : m_directionCounts)
        health.directions.push_back({value, count, m_directions.fromValue(value)});
    std::sort(health.directions.begin(), health.directions.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });

    // Ghost duplicates: per person, door and direction, by time.
    std::sort(m_passes.begin(), m_passes.end(), [](const Pass &a, const Pass &b) {
        return std::tie(a.person, a.door, a.direction, a.time) <
               std::tie(b.person, b.door, b.direction, b.time);
    });
    std::vector<GhostDuplicate> ghosts;
    const auto sameGroup = [](const Pass &a, const Pass &b) {
        return a.person == b.person && a.door == b.door && a.direction == b.direction;
    };
    for (std::size_t i = 0; i < m_passes.size();) {
        std::size_t end = i;
        while (end < m_passes.size() && sameGroup(m_passes[i], m_passes[end]))
            ++end;
        findGhostPairs(
            end - i, m_options.repeatWindowSeconds,
            [&](std::size_t k) { return m_passes[i + k].time; },
            [&](GhostKind kind, std::size_t first, std::size_t second) {
                const Pass &p = m_passes[i + second];
                ++health.ghostDuplicates;
                if (kind == GhostKind::Hour)
                    ++health.hourGhostDuplicates;
                const auto &[name, id] = m_personNames[p.person];
                ghosts.push_back({kind, name, id, m_doors.names[p.door],
                                  DateTime{m_passes[i + first].time}, DateTime{p.time}});
            });
        i = end;
    }
    std::sort(ghosts.begin(), ghosts.end(), [](const auto &a, const auto &b) {
        return std::tie(a.kind, a.second) < std::tie(b.kind, b.second); // Hour before Repeat
    });
    if (ghosts.size() > DataHealth::kMaxSamples)
        ghosts.resize(DataHealth::kMaxSamples);
    health.ghostSamples = std::move(ghosts);
    return health;
}

std::string dataHealthJson(const TableFacts &table, const DataHealth &health)
{
    JsonWriter json(true);
    const auto time = [&json](const std::optional<DateTime> &t) -> JsonWriter & {
        return t ? json.value(formatIsoDateTime(*t)) : json.null();
    };
    json.beginObject();
    json.key("mode").value(table.keyless ? "keyless" : "key");
    json.key("key");
    if (table.keyless)
        json.null();
    else
        json.value(table.keyColumn);
    json.key("rows").value(table.rows);
    json.key("newest");
    time(table.newest);
    json.key("rows_without_time").value(table.rowsWithoutTime);
    json.key("period").beginObject();
    json.key("from").value(formatIsoDateTime(health.from));
    json.key("to").value(formatIsoDateTime(health.to));
    json.key("at").value(formatIsoDateTime(health.at));
    json.key("rows").value(health.rowsScanned);
    json.endObject();
    json.key("devices").beginArray();
    for (const DeviceHealth &d : health.devices) {
        json.beginObject();
        json.key("device").value(d.device);
        json.key("device_sn").value(d.deviceSerial);
        json.key("rows").value(d.rows);
        json.key("newest");
        time(d.newest);
        json.key("age_seconds");
        d.ageSeconds ? json.value(*d.ageSeconds) : json.null();
        json.key("silent").value(d.silent);
        json.key("serial_duplicates").value(d.serialDuplicates);
        json.key("future_rows").value(d.futureRows);
        json.key("clock_skew_seconds");
        d.clockSkewSeconds ? json.value(*d.clockSkewSeconds) : json.null();
        json.endObject();
    }
    json.endArray();
    json.key("keys_shared_across_devices").value(health.keysSharedAcrossDevices);
    json.key("direction_values").beginArray();
    for (const DirectionValueHealth &v : health.directions) {
        json.beginObject();
        json.key("value").value(v.value);
        json.key("count").value(v.count);
        json.key("maps_to").value(directionName(v.mapsTo));
        json.endObject();
    }
    json.endArray();
    json.key("ghost_duplicates").value(health.ghostDuplicates);
    json.key("ghost_duplicates_by_kind").beginObject();
    json.key("hour").value(health.hourGhostDuplicates);
    json.key("repeat").value(health.ghostDuplicates - health.hourGhostDuplicates);
    json.endObject();
    json.key("ghost_duplicate_samples").beginArray();
    for (const GhostDuplicate &g : health.ghostSamples) {
        json.beginObject();
        json.key("kind").value(ghostKindName(g.kind));
        json.key("person").value(g.person);
        json.key("employee_id").value(g.employeeId);
        json.key("door").value(g.door);
        json.key("first").value(formatIsoDateTime(g.first));
        json.key("second").value(formatIsoDateTime(g.second));
        json.endObject();
    }
    json.endArray();
    json.endObject();
    std::string text = json.takeText();
    text += '\n';
    return text;
}

} // namespace attlog::report
