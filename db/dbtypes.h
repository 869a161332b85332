// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/sql/dialect.h"
#include "core/sql/historyquery.h"
#include "db/connection/tableinspector.h"

#include <QMetaType>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// The plain values that cross threads from the db workers to their receivers over queued
// signals. Cheap to move; no pointers into worker state.

namespace attlog::db {

// Events read by one fetch of a request, in the order the statement returned them. Immutable;
// copies share the events: a queued signal copies its arguments, and an export sends a thousand
// events per batch, a million in all.
class EventBatch
{
public:
    EventBatch() = default;
    explicit EventBatch(std::vector<AccessEvent> events);

    const std::vector<AccessEvent> &events() const;

private:
    std::shared_ptr<const std::vector<AccessEvent>> m_events;
};

// What a finished event request read in total.
struct QueryOutcome
{
    qint64 rowsRead = 0; // rows the statement returned
    qint64 rowsKept = 0; // rows delivered (History: those HistoryQuery::keeps() accepted)
    // History: where the next page starts (after the last row READ); empty when no row was read.
    std::optional<sql::PageCursor> nextPage;
    bool endOfData = true; // false when the page limit stopped the read (more rows may follow)
};

// The connection a worker opened: what the server is and how it speaks.
struct ConnectionInfo
{
    sql::Dialect dialect = sql::Dialect::SqlServer;
    QString server; // product and version
    QString target; // the redacted connection string or sqlite:PATH
    std::string table;
};

// One delivery of the live feed.
struct LiveBatch
{
    enum class Kind
    {
        Initial, // the last N events at start or after a key reset, ascending by key
        New,     // rows above the watermark, ascending by key
        Late,    // rows that filled a gap below the watermark (committed out of key order),
                 // ascending by key among themselves
    };
    Kind kind = Kind::New;
    // Increases at each key reset: within one epoch every row is delivered exactly once.
    int epoch = 0;
    std::vector<AccessEvent> events;
};

// The live feed's visible state.
struct LiveStatus
{
    enum class State
    {
        Connecting,   // first connection attempt in progress
        Connected,    // polling
        Reconnecting, // the connection failed; next attempt in retryIn (message says why)
        Error,        // stopped for good: the configuration cannot work (message says why)
        Stopped,      // stop() was called
    };
    State state = State::Connecting;
    std::chrono::milliseconds retryIn{0};
    QString message;
};

// A key reset: the highest key in the table dropped below the watermark (restored or truncated
// table). The feed re-baselines with an initial load of the new epoch.
struct KeyReset
{
    qint64 previousWatermark = 0;
    std::optional<qint64> newMaxKey; // empty: the table is empty
    int newEpoch = 0;
};

// After each poll cycle: where the feed stands (for status bars, tests and benchmarks).
struct LivePollStats
{
    qint64 watermark = 0;
    qint64 missingKeys = 0; // keys in open gaps still being re-checked
    int openGaps = 0;
    std::chrono::microseconds pollDuration{0};
    qint64 pollCount = 0;
    // Rows passed over because an earlier row had the same key (the key column is not unique):
    // each key is delivered once. Counted since the feed started.
    qint64 duplicateKeyRows = 0;
    // Rows no key-ordered poll can deliver: their key is NULL (counted when the feed starts) or
    // not a whole number within 64 bits (such as 12.5 or text). Keyless mode: rows whose time
    // is NULL, which it cannot follow.
    qint64 unkeyedRows = 0;
    // Keyless mode (no key column: rows followed by time, see KeylessFollower), and why.
    bool keyless = false;
    QString keylessReason;
    // Rows this poll read from the table (all statements).
    qint64 rowsRead = 0;
    // Keyless mode: this poll compared the per-hour row counts (every keylessCountInterval).
    bool countsChecked = false;
};

// Registers the types above (and AccessEvent) for queued connections. Idempotent; call once
// before connecting to a worker (the workers' constructors call it too).
void registerDbMetaTypes();

} // namespace attlog::db

Q_DECLARE_METATYPE(attlog::AccessEvent)
Q_DECLARE_METATYPE(attlog::db::EventBatch)
Q_DECLARE_METATYPE(attlog::db::QueryOutcome)
Q_DECLARE_METATYPE(attlog::db::ConnectionInfo)
Q_DECLARE_METATYPE(attlog::db::LiveBatch)
Q_DECLARE_METATYPE(attlog::db::LiveStatus)
Q_DECLARE_METATYPE(attlog::db::KeyReset)
Q_DECLARE_METATYPE(attlog::db::LivePollStats)
Q_DECLARE_METATYPE(attlog::db::TableSummary)
