// SPDX-License-Identifier: MIT
#include "db/live/keylessfollower.h"

#include "db/runtime/logging.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <deque>
#include <set>

namespace attlog::db {

namespace {

constexpr std::int64_t kHour = 3600;

std::optional<DateTime> timeOf(const RawRow &row)
{
    return timeFromColumn(row.authDateTime);
}

// "2024-03-01 08" / "2024-03-01T08" (the server's first 13 characters of the time).
std::optional<DateTime> parseHour(const std::string &text)
{
    if (text.size() < 13)
        return std::nullopt;
    return parseDateTime(text.substr(0, 10) + " " + text.substr(11, 2) + ":00:00");
}

} // namespace

KeylessFollower::KeylessFollower(Options options, std::function<DateTime()> wallClock)
    : m_options(options)
    , m_wallClock(std::move(wallClock))
{
    m_options.batchSize = std::clamp(m_options.batchSize, 1, sql::kMaxRowLimit);
    m_options.initialCount = std::clamp(m_options.initialCount, 0, sql::kMaxRowLimit);
}

KeylessFollower::Read KeylessFollower::identify(std::vector<RawRow> rows)
{
    Read read;
    read.rows = std::move(rows);
    m_rowsRead += qint64(read.rows.size());
    for (std::size_t i = 0; i < read.rows.size(); ++i) {
        const auto time = timeOf(read.rows[i]);
        if (!time)
            continue; // the statements ask for a time; a text one that does not parse
        read.seen.push_back({KeylessTracker::fingerprint(read.rows[i]), *time});
        read.index.push_back(i);
    }
    return read;
}

std::vector<RawRow> KeylessFollower::pick(Read &read, const std::vector<std::size_t> &fresh)
{
    std::vector<RawRow> out;
    out.reserve(fresh.size());
    for (const std::size_t i : fresh)
        out.push_back(std::move(read.rows[read.index[i]]));
    return out;
}

DateTime KeylessFollower::anchor() const
{
    const DateTime wall = m_wallClock();
    return m_newest ? std::min(*m_newest, wall) : wall;
}

DateTime KeylessFollower::windowStart() const
{
    const auto back = std::chrono::duration_cast<std::chrono::seconds>(m_options.lookBack);
    return KeylessTracker::hourOf(addSeconds(anchor(), -back.count()));
}

bool KeylessFollower::readForward(const sql::QueryBuilder &builder, const ReadRows &read,
                                  std::optional<DateTime> from,
                                  const std::function<void(Read &)> &accept)
{
    bool inclusive = true;
    for (;;) {
        std::vector<RawRow> rows;
        if (!read(builder.keylessPoll(from, inclusive, m_options.batchSize), &rows))
            return false;
        const bool lastBatch = int(rows.size()) < m_options.batchSize;
        Read batch = identify(std::move(rows));
        if (batch.seen.empty())
            return true;
        const DateTime newest = batch.seen.back().time; // ascending by time
        m_newest = std::max(m_newest.value_or(newest), newest);
        accept(batch);
        if (lastBatch)
            return true;
        from = newest;
        inclusive = false;
    }
}

bool KeylessFollower::start(const sql::QueryBuilder &builder, const ReadRows &read,
                            const Deliver &deliver)
{
    m_tracker.clear();
    m_newest.reset();
    m_rowsRead = 0;
    std::vector<RawRow> newest;
    if (!read(builder.keylessNewest(1), &newest))
        return false;
    if (!newest.empty())
        m_newest = timeOf(newest.front());
    // The look-back window is taken as seen; its newest rows are the initial load.
    const DateTime from = windowStart();
    const auto keep = std::size_t(m_options.initialCount);
    std::deque<RawRow> initial;
    const bool ok = readForward(builder, read, from, [&](Read &batch) {
        std::vector<std::size_t> all(batch.seen.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        m_tracker.acceptAdditions(batch.seen);
        for (RawRow &row : pick(batch, all)) {
            initial.push_back(std::move(row));
            if (initial.size() > keep)
                initial.pop_front();
        }
    });
    if (!ok)
        return false;
    if (initial.size() < keep) {
        // Older rows make up the initial load; they are outside the window, not followed.
        std::vector<RawRow> older;
        if (!read(builder.keylessNewest(int(keep - initial.size()), from), &older))
            return false;
        for (RawRow &row : older)
            initial.push_front(std::move(row));
    }
    m_started = true;
    m_lastCountCheck.reset();
    log::db()->info("live feed (keyless): {} rows of the look-back window seen, {} initial events",
                    m_tracker.trackedRows(), initial.size());
    deliver(LiveBatch::Kind::Initial,
            {std::make_move_iterator(initial.begin()), std::make_move_iterator(initial.end())});
    return true;
}

bool KeylessFollower::poll(const sql::QueryBuilder &builder, const ReadRows &read,
                           const ReadCounts &counts, const Deliver &deliver, Clock::TimePoint now)
{
    m_rowsRead = 0;
    m_countsChecked = false;
    const auto overlap = std::chrono::duration_cast<std::chrono::seconds>(m_options.overlap);
    const std::optional<DateTime> from =
        m_newest ? std::optional(addSeconds(anchor(), -overlap.count())) : std::nullopt;
    const bool ok = readForward(builder, read, from, [&](Read &batch) {
        deliver(LiveBatch::Kind::New, pick(batch, m_tracker.acceptAdditions(batch.seen)));
    });
    if (!ok)
        return false;
    if (m_lastCountCheck && now - *m_lastCountCheck < m_options.countInterval)
        return true;
    if (!checkCounts(builder, read, counts, deliver))
        return false;
    m_lastCountCheck = now;
    m_countsChecked = true;
    return true;
}

bool KeylessFollower::checkCounts(const sql::QueryBuilder &builder, const ReadRows &read,
                                  const ReadCounts &counts, const Deliver &deliver)
{
    const DateTime start = windowStart();
    m_tracker.forgetBefore(start);
    std::vector<std::pair<std::string, qint64>> perHour;
    if (!counts(builder.hourCounts(start), &perHour))
        return false;
    std::map<std::int64_t, qint64> table;
    for (const auto &[text, count] : perHour)
        if (const auto hour = parseHour(text))
            table[hour->seconds] += count;
    const auto delivered = m_tracker.deliveredPerHour();
    std::set<std::int64_t> changed;
    for (const auto &[hour, count] : table) {
        const auto it = delivered.find(hour);
        if (hour >= start.seconds && (it == delivered.end() || it->second != count))
            changed.insert(hour);
    }
    for (const auto &[hour, count] : delivered)
        if (!table.contains(hour))
            changed.insert(hour); // every row of the hour is gone
    for (const std::int64_t hour : changed) {
        std::vector<RawRow> rows;
        if (!read(builder.keylessRange(DateTime{hour}, DateTime{hour + kHour}), &rows))
            return false;
        Read again = identify(std::move(rows));
        std::vector<RawRow> late = pick(again, m_tracker.replaceHour(DateTime{hour}, again.seen));
        if (!late.empty()) {
            log::db()->info("live feed (keyless): {} rows appeared in the hour {}", late.size(),
                            formatIsoDateTime(DateTime{hour}));
            std::sort(late.begin(), late.end(), [](const RawRow &a, const RawRow &b) {
                return timeOf(a).value_or(DateTime{}) < timeOf(b).value_or(DateTime{});
            });
        }
        deliver(LiveBatch::Kind::Late, std::move(late));
    }
    return true;
}

} // namespace attlog::db
