// SPDX-License-Identifier: MIT
#include "core/demo/demogenerator.h"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <tuple>

namespace attlog {

namespace {

constexpr std::uint64_t kEventStream = 2;
constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kHour = 60 * kMinute;

// Unknown direction values seen in the field: the first four are each guaranteed to occur.
constexpr auto kUnknownDirections =
    std::to_array<std::string_view>({"", "unknown", "0", "??", "None", "-", "2"});

// One pass before it becomes a row.
struct Pass
{
    DateTime time;
    std::uint32_t person = 0;
    std::uint32_t door = 0;
    bool in = true;
    bool finalExit = false;  // the exit that ends a shift (the one that goes missing)
    DateTime arrival;        // when this pass's shift began
    std::uint32_t order = 0; // creation order: the tie-break that keeps sorting deterministic
};

struct Span
{
    DateTime begin;
    DateTime end;
};

std::size_t sharePermille(std::size_t total, int permille)
{
    return (total * static_cast<std::size_t>(permille) + 500) / 1000;
}

int mod4(std::int32_t value)
{
    return static_cast<int>(((value % 4) + 4) % 4);
}

// Whether `person` works a shift starting on `day`, and when it starts and ends.
std::optional<Span> shiftOn(const DemoPerson &person, Date day, DemoRandom &rng)
{
    bool works = false;
    if (person.shift == DemoShiftKind::Weekdays) {
        const int weekday = isoWeekday(day);
        works = weekday < 5 ? !rng.chance(40) : rng.chance(weekday == 5 ? 40 : 10);
    } else {
        works = mod4(day.days + person.rotationPhase) < 2 && !rng.chance(30);
    }
    if (!works)
        return std::nullopt;
    const DateTime start = addSeconds(startOfDay(day), person.shiftStartMinute * kMinute);
    return Span{start, addSeconds(start, person.shiftMinutes * kMinute)};
}

class PassMaker
{
public:
    PassMaker(const DemoWorld &world, DemoRandom &rng)
        : m_world(world)
        , m_rng(rng)
    {}

    std::vector<Pass> &passes() { return m_passes; }

    // The passes of one shift: arrival, maybe a lunch exit and return, departure.
    void addShift(std::uint32_t personIndex, Span shift)
    {
        const DemoPerson &person = m_world.people[personIndex];
        DateTime arrival = addSeconds(shift.begin, -m_rng.uniform(0, 25 * kMinute));
        if (m_rng.chance(100))
            arrival = addSeconds(shift.begin, m_rng.uniform(kMinute, 25 * kMinute));
        DateTime leave = addSeconds(shift.end, m_rng.uniform(0, 35 * kMinute));
        if (m_rng.chance(60))
            leave = addSeconds(shift.end, -m_rng.uniform(15 * kMinute, 90 * kMinute));

        m_arrival = arrival;
        add(personIndex, arrival, true, false);
        if (person.takesLunch && person.shift != DemoShiftKind::NightRotation &&
            m_rng.chance(800)) {
            const DateTime out = addSeconds(startOfDay(dateOf(shift.begin)),
                                            12 * kHour + m_rng.uniform(0, 50 * kMinute));
            const DateTime back = addSeconds(out, m_rng.uniform(25 * kMinute, 60 * kMinute));
            if (out.seconds > arrival.seconds + kHour &&
                back.seconds < leave.seconds - 30 * kMinute) {
                add(personIndex, out, false, false);
                add(personIndex, back, true, false);
            }
        }
        add(personIndex, leave, false, true);
    }

    void add(std::uint32_t personIndex, DateTime time, bool in, bool finalExit)
    {
        Pass pass;
        pass.time = time;
        pass.person = personIndex;
        pass.door = static_cast<std::uint32_t>(doorFor(personIndex));
        pass.in = in;
        pass.finalExit = finalExit;
        pass.arrival = m_arrival;
        pass.order = m_nextOrder++;
        m_passes.push_back(pass);
    }

    Pass duplicateOf(const Pass &pass)
    {
        Pass copy = pass;
        copy.time = addSeconds(pass.time, m_rng.uniform(1, 5));
        copy.finalExit = false;
        copy.order = m_nextOrder++;
        return copy;
    }

private:
    std::size_t doorFor(std::uint32_t personIndex)
    {
        if (m_rng.chance(850))
            return m_world.people[personIndex].homeDoor;
        return m_rng.index(m_world.doors.size());
    }

    const DemoWorld &m_world;
    DemoRandom &m_rng;
    std::vector<Pass> m_passes;
    DateTime m_arrival;
    std::uint32_t m_nextOrder = 0;
};

// Few people may leave a reader unused; move a pass to every such reader from one used twice or
// more, so that every door of the world and each of its direction words occur.
void useEveryReader(std::vector<Pass> &passes, std::size_t doors, DemoRandom &rng)
{
    const auto slot = [](const Pass &pass) { return pass.door * 2 + (pass.in ? 1 : 0); };
    std::vector<std::size_t> uses(doors * 2, 0);
    for (const Pass &pass : passes)
        ++uses[slot(pass)];
    for (std::size_t target = 0; target < uses.size(); ++target) {
        if (uses[target] > 0)
            continue;
        const bool in = target % 2 == 1;
        std::vector<std::size_t> movable;
        for (std::size_t i = 0; i < passes.size(); ++i)
            if (passes[i].in == in && uses[slot(passes[i])] > 1)
                movable.push_back(i);
        if (movable.empty())
            continue;
        Pass &pass = passes[movable[rng.index(movable.size())]];
        --uses[slot(pass)];
        pass.door = static_cast<std::uint32_t>(target / 2);
        ++uses[target];
    }
}

DemoRow makeRow(const DemoWorld &world, std::size_t personIndex, std::size_t doorIndex, bool in,
                DateTime time, std::int64_t serialNo)
{
    const DemoPerson &person = world.people[personIndex];
    const DemoDoor &door = world.doors[doorIndex];
    DemoRow row;
    row.serialNo = serialNo;
    row.authDateTime = time;
    row.authDate = formatIsoDate(dateOf(time));
    row.authTime = formatTimeOfDay(secondsOfDay(time));
    row.direction = in ? door.directionIn : door.directionOut;
    row.deviceName = door.deviceName;
    row.deviceSN = door.deviceSN;
    row.personName = person.personName;
    row.employeeID = person.employeeID;
    row.cardNo = person.cardNo;
    row.doorName = door.doorName;
    row.readerName = in ? door.readerIn : door.readerOut;
    return row;
}

std::string twoDigits(int value)
{
    return std::string(1, static_cast<char>('0' + value / 10)) +
           static_cast<char>('0' + value % 10);
}

// The authDate forms iVMS installations write: 0 "yyyy-MM-dd", 1 "dd.MM.yyyy", 2 "yyyy/MM/dd".
std::string authDateInForm(Date date, int form)
{
    const CivilDate c = civilFromDate(date);
    const std::string year = std::to_string(c.year);
    switch (form) {
    case 1:
        return twoDigits(c.day) + "." + twoDigits(c.month) + "." + year;
    case 2:
        return year + "/" + twoDigits(c.month) + "/" + twoDigits(c.day);
    default:
        return formatIsoDate(date);
    }
}

// Marks the passes held back by iVMS outages with the time they are finally written.
void simulateOutages(const std::vector<Pass> &sorted, std::vector<DateTime> &insertAt, Date first,
                     Date last, DemoRandom &rng)
{
    std::vector<Date> workdays;
    for (Date d = first; d <= last; d = addDays(d, 1))
        if (isoWeekday(d) < 5)
            workdays.push_back(d);
    if (workdays.empty())
        for (Date d = first; d <= last; d = addDays(d, 1))
            workdays.push_back(d);
    const int days = last.days - first.days + 1;
    const auto outages = static_cast<std::size_t>(std::max(1, days / 10));

    for (const std::size_t pick : rng.sample(workdays.size(), outages)) {
        // The outage covers part of the morning rush; it starts and ends at real passes, so that
        // at least one pass is held back and at least one later pass is written before it.
        const DateTime from = addSeconds(startOfDay(workdays[pick]), 6 * kHour);
        const DateTime to = addSeconds(startOfDay(workdays[pick]), 12 * kHour);
        const auto byTime = [](const Pass &p, DateTime t) { return p.time < t; };
        const auto lo = static_cast<std::size_t>(
            std::lower_bound(sorted.begin(), sorted.end(), from, byTime) - sorted.begin());
        const auto hi = static_cast<std::size_t>(
            std::lower_bound(sorted.begin(), sorted.end(), to, byTime) - sorted.begin());
        if (hi - lo < 2)
            continue;
        const std::size_t size = hi - lo;
        const std::size_t begin = lo + rng.index(size / 2);
        const std::size_t held =
            std::max<std::size_t>(1, size * static_cast<std::size_t>(rng.uniform(20, 40)) / 100);
        const std::size_t end = std::min(begin + held, hi - 1);
        // iVMS retries about every 30 minutes.
        const DateTime written =
            addSeconds(sorted[end].time, rng.uniform(20 * kMinute, 40 * kMinute));
        for (std::size_t i = begin; i < end; ++i)
            insertAt[i] = written;
    }
}

} // namespace

std::vector<DemoRow> generateDemoRows(const DemoConfig &config)
{
    const DemoWorld world = makeDemoWorld(config);
    DemoRandom rng(config.seed, kEventStream);
    const int days = std::clamp(config.days, 1, kMaxDemoDays);
    const Date last = config.endDate;
    const Date first = addDays(last, -(days - 1));
    const DateTime windowBegin = startOfDay(first);
    DateTime windowEnd = startOfDay(addDays(last, 1));
    if (config.cutoff && *config.cutoff < windowEnd)
        windowEnd = *config.cutoff;

    // Shifts from the day before the first, so that the first morning has the night's exits.
    PassMaker maker(world, rng);
    for (Date day = addDays(first, -1); day <= last; day = addDays(day, 1)) {
        for (std::uint32_t p = 0; p < world.people.size(); ++p) {
            if (const auto shift = shiftOn(world.people[p], day, rng))
                maker.addShift(p, *shift);
        }
    }
    std::vector<Pass> passes;
    for (const Pass &pass : maker.passes())
        if (pass.time >= windowBegin && pass.time < windowEnd)
            passes.push_back(pass);

    // Missing exits: the person left without a scan (tailgating, an open gate). Only on shifts
    // that begin inside the window and are not the person's last there, so that the entry before
    // and the arrival after show the gap.
    std::vector<std::size_t> lastExit(world.people.size(), passes.size());
    for (std::size_t i = 0; i < passes.size(); ++i)
        if (passes[i].finalExit)
            lastExit[passes[i].person] = i;
    std::vector<std::size_t> finalExits;
    for (std::size_t i = 0; i < passes.size(); ++i)
        if (passes[i].finalExit && lastExit[passes[i].person] != i &&
            passes[i].arrival >= windowBegin)
            finalExits.push_back(i);
    std::vector<bool> dropped(passes.size(), false);
    if (!finalExits.empty())
        for (const std::size_t i : rng.sample(
                 finalExits.size(), std::max<std::size_t>(1, sharePermille(finalExits.size(), 20))))
            dropped[finalExits[i]] = true;
    std::vector<Pass> kept;
    for (std::size_t i = 0; i < passes.size(); ++i)
        if (!dropped[i])
            kept.push_back(passes[i]);

    // Double scans: the same card presented twice within seconds.
    if (!kept.empty()) {
        const std::size_t doubles = std::max<std::size_t>(1, sharePermille(kept.size(), 30));
        for (const std::size_t i : rng.sample(kept.size(), doubles)) {
            const Pass copy = maker.duplicateOf(kept[i]);
            if (copy.time < windowEnd)
                kept.push_back(copy);
        }
    }
    useEveryReader(kept, world.doors.size(), rng);
    const auto byTime = [](const Pass &a, const Pass &b) {
        return std::tie(a.time, a.order) < std::tie(b.time, b.order);
    };
    std::sort(kept.begin(), kept.end(), byTime);

    // The order iVMS writes them in: by time, except what an outage held back.
    std::vector<DateTime> insertAt(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i)
        insertAt[i] = kept[i].time;
    simulateOutages(kept, insertAt, first, last, rng);
    std::vector<std::size_t> written;
    for (std::size_t i = 0; i < kept.size(); ++i)
        if (insertAt[i] < windowEnd)
            written.push_back(i);
    std::sort(written.begin(), written.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(insertAt[a], a) < std::tie(insertAt[b], b);
    });

    std::vector<DemoRow> rows;
    rows.reserve(written.size());
    std::int64_t serialNo = rng.uniform(10000, 60000);
    for (const std::size_t i : written) {
        const Pass &pass = kept[i];
        rows.push_back(makeRow(world, pass.person, pass.door, pass.in, pass.time, serialNo++));
    }
    if (rows.empty())
        return rows;

    // Rows whose authDateTime is NULL; the first three chosen get one authDate form each.
    const std::size_t nullTimes = std::max<std::size_t>(3, sharePermille(rows.size(), 5));
    int form = 0;
    for (const std::size_t i : rng.sample(rows.size(), nullTimes)) {
        DemoRow &row = rows[i];
        row.authDate = authDateInForm(dateOf(*row.authDateTime), form);
        row.authDateTime.reset();
        form = (form + 1) % 3;
    }
    // Unknown directions; a direction word's last row keeps it, so every word still occurs.
    std::map<std::string, std::size_t> wordUses;
    for (const DemoRow &row : rows)
        ++wordUses[row.direction];
    const std::size_t unknown = std::max<std::size_t>(4, sharePermille(rows.size(), 10));
    std::size_t variant = 0;
    for (const std::size_t i : rng.sample(rows.size(), rows.size())) {
        if (variant == unknown)
            break;
        std::size_t &uses = wordUses[rows[i].direction];
        if (uses < 2)
            continue;
        --uses;
        const std::size_t v = variant < 4 ? variant : rng.index(kUnknownDirections.size());
        rows[i].direction = std::string{kUnknownDirections[v]};
        ++variant;
    }
    return rows;
}

DemoRow makeLiveDemoRow(const DemoWorld &world, std::int64_t lastSerialNo, DateTime now,
                        DemoRandom &rng)
{
    const std::size_t person = rng.index(world.people.size());
    const std::size_t door =
        rng.chance(850) ? world.people[person].homeDoor : rng.index(world.doors.size());
    const bool in = rng.chance(500);
    DemoRow row = makeRow(world, person, door, in, now, lastSerialNo + 1);
    if (rng.chance(10))
        row.direction = std::string{kUnknownDirections[rng.index(kUnknownDirections.size())]};
    return row;
}

} // namespace attlog
