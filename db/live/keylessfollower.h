// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/eventdecoder.h"
#include "core/sql/querybuilder.h"
#include "db/dbtypes.h"
#include "db/live/clock.h"
#include "db/live/keylesstracker.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace attlog::db {

// Follows a table that has no key column (keyless mode), by event time:
// - new rows: every row with time >= W − overlap, where W is the newest time delivered (but never
//   later than the wall clock, so one terminal whose clock runs ahead does not hide the others'
//   rows), read in batches that end on whole times; rows read again are recognized by their
//   fingerprint (KeylessTracker), so nothing is delivered twice and identical rows each once;
// - rows written later with older times (iVMS back-fills days after an outage): every
//   `countInterval` the table's row counts per hour over the look-back window are compared with
//   the rows delivered; only hours whose count differs are read again, their new rows delivered
//   as Late.
// At idle a poll reads the rows of the overlap only; the count check reads one row per hour.
// Rows whose time is NULL or unreadable cannot be followed: they are counted, not delivered.
class KeylessFollower
{
public:
    struct Options
    {
        std::chrono::seconds overlap{60};
        std::chrono::hours lookBack{72};
        std::chrono::milliseconds countInterval{30000};
        int batchSize = 500;
        int initialCount = 200;
    };
    // The statements' readers (the live worker's connection). Each returns false on failure.
    using ReadRows = std::function<bool(const sql::Statement &, std::vector<RawRow> *)>;
    using ReadCounts =
        std::function<bool(const sql::Statement &, std::vector<std::pair<std::string, qint64>> *)>;
    using Deliver = std::function<void(LiveBatch::Kind, std::vector<RawRow>)>;

    KeylessFollower(Options options, std::function<DateTime()> wallClock);

    // The initial load (the newest `initialCount` rows) and the look-back window's rows as
    // already seen. Then poll() at every cycle.
    bool start(const sql::QueryBuilder &builder, const ReadRows &read, const Deliver &deliver);
    bool poll(const sql::QueryBuilder &builder, const ReadRows &read, const ReadCounts &counts,
              const Deliver &deliver, Clock::TimePoint now);

    bool started() const { return m_started; }
    qint64 rowsRead() const { return m_rowsRead; }
    // Whether the last poll compared the per-hour counts.
    bool countsChecked() const { return m_countsChecked; }

private:
    struct Read
    {
        std::vector<RawRow> rows;
        std::vector<KeylessTracker::Seen> seen; // of the rows with a time, same order
        std::vector<std::size_t> index;         // seen[i] is rows[index[i]]
    };
    Read identify(std::vector<RawRow> rows);
    // Reads forward from `from` in whole-time batches; `accept` takes each batch.
    bool readForward(const sql::QueryBuilder &builder, const ReadRows &read,
                     std::optional<DateTime> from, const std::function<void(Read &)> &accept);
    bool checkCounts(const sql::QueryBuilder &builder, const ReadRows &read,
                     const ReadCounts &counts, const Deliver &deliver);
    DateTime anchor() const; // min(W, wall clock)
    DateTime windowStart() const;
    static std::vector<RawRow> pick(Read &read, const std::vector<std::size_t> &fresh);

    Options m_options;
    std::function<DateTime()> m_wallClock;
    KeylessTracker m_tracker;
    std::optional<DateTime> m_newest; // W
    std::optional<Clock::TimePoint> m_lastCountCheck;
    bool m_started = false;
    bool m_countsChecked = false;
    qint64 m_rowsRead = 0; // in the last poll (or start)
};

} // namespace attlog::db
