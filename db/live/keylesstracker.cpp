// SPDX-License-Identifier: MIT
#include "db/live/keylesstracker.h"

#include <string>
#include <string_view>
#include <variant>

namespace attlog::db {

namespace {

constexpr std::int64_t kSecondsPerHour = 3600;

// FNV-1a over length-prefixed parts, then a final mix (splitmix64's): a value's bytes can never
// run into the next value's.
class Hasher
{
public:
    void add(std::string_view bytes)
    {
        addNumber(bytes.size());
        for (const unsigned char c : bytes)
            step(c);
    }
    void addNumber(std::uint64_t value)
    {
        for (int i = 0; i < 8; ++i)
            step(static_cast<unsigned char>(value >> (8 * i)));
    }
    void addAbsent() { step(0xff); }
    std::uint64_t value() const
    {
        std::uint64_t z = m_state + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    void step(unsigned char c)
    {
        m_state ^= c;
        m_state *= 0x100000001b3ULL;
    }
    std::uint64_t m_state = 0xcbf29ce484222325ULL;
};

} // namespace

std::uint64_t KeylessTracker::fingerprint(const RawRow &row)
{
    Hasher h;
    if (row.key)
        h.addNumber(static_cast<std::uint64_t>(*row.key));
    else
        h.addAbsent();
    if (!row.authDateTime) {
        h.addAbsent();
    } else if (const auto *dt = std::get_if<DateTime>(&*row.authDateTime)) {
        h.addNumber(1);
        h.addNumber(static_cast<std::uint64_t>(dt->seconds));
    } else {
        h.addNumber(2);
        h.add(std::get<std::string>(*row.authDateTime));
    }
    for (const sql::Field field : sql::kAllFields) {
        const std::optional<std::string> *text = row.textField(field);
        if (!text)
            continue;
        if (*text)
            h.add(**text);
        else
            h.addAbsent();
    }
    return h.value();
}

DateTime KeylessTracker::hourOf(DateTime time)
{
    std::int64_t s = time.seconds;
    std::int64_t r = s % kSecondsPerHour;
    if (r < 0)
        r += kSecondsPerHour;
    return DateTime{s - r};
}

std::vector<std::size_t> KeylessTracker::acceptAdditions(std::span<const Seen> rows)
{
    // Copies of each fingerprint in this read, in read order.
    std::unordered_map<std::uint64_t, std::int64_t> inRead;
    std::vector<std::size_t> fresh;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Seen &row = rows[i];
        const std::int64_t copy = ++inRead[row.fingerprint];
        Hour &hour = m_hours[hourOf(row.time).seconds];
        std::int64_t &delivered = hour.counts[row.fingerprint];
        if (copy > delivered) {
            ++delivered;
            ++hour.total;
            fresh.push_back(i);
        }
    }
    return fresh;
}

std::vector<std::size_t> KeylessTracker::replaceHour(DateTime hourStart, std::span<const Seen> rows)
{
    Hour before;
    if (const auto it = m_hours.find(hourStart.seconds); it != m_hours.end())
        before = std::move(it->second);
    Hour after;
    std::vector<std::size_t> fresh;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Seen &row = rows[i];
        if (hourOf(row.time) != hourStart)
            continue; // the server's range and ours disagree about this row: not this hour's
        const std::int64_t copy = ++after.counts[row.fingerprint];
        ++after.total;
        const auto old = before.counts.find(row.fingerprint);
        if (old == before.counts.end() || copy > old->second)
            fresh.push_back(i);
    }
    if (after.total == 0)
        m_hours.erase(hourStart.seconds);
    else
        m_hours[hourStart.seconds] = std::move(after);
    return fresh;
}

std::map<std::int64_t, std::int64_t> KeylessTracker::deliveredPerHour() const
{
    std::map<std::int64_t, std::int64_t> out;
    for (const auto &[hour, data] : m_hours)
        out[hour] = data.total;
    return out;
}

std::int64_t KeylessTracker::delivered(DateTime hour) const
{
    const auto it = m_hours.find(hourOf(hour).seconds);
    return it == m_hours.end() ? 0 : it->second.total;
}

void KeylessTracker::forgetBefore(DateTime hour)
{
    m_hours.erase(m_hours.begin(), m_hours.lower_bound(hourOf(hour).seconds));
}

std::size_t KeylessTracker::trackedRows() const
{
    std::size_t n = 0;
    for (const auto &[hour, data] : m_hours)
        n += std::size_t(data.total);
    return n;
}

} // namespace attlog::db
