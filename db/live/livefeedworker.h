// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/eventdecoder.h"
#include "core/sql/querybuilder.h"
#include "db/connection/connectionprofile.h"
#include "db/dbtypes.h"
#include "db/live/keygaptracker.h"
#include "db/live/keylessfollower.h"
#include "db/live/livefeedoptions.h"
#include "db/live/reconnectbackoff.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace attlog::text {
class RepairCache;
}

namespace attlog::db {

class DatabaseConnection;

// The live feed's worker: lives in the feed's own thread (see LiveFeed, which owns both) and does
// all its SQL there, on its own connection.
//
// One poll cycle, started by a timer every `interval`:
//  1. connect if needed (open, check table and columns); on the first connection (and after a
//     key reset) deliver the initial load, or start after `startAfterKey`;
//  2. re-check the gaps below the watermark (keys skipped over because their transactions had
//     not committed yet), giving up gaps older than the grace period; rows found are delivered
//     as Late;
//  3. read `key > watermark ORDER BY key` in batches of `batchSize` until a short batch; New;
//  4. when step 3 found nothing: compare MAX(key) with the highest key seen; lower means the
//     table was restored or truncated (a key reset): announce it, start a new epoch and deliver
//     its initial load (at least batchSize rows, so rows written since the reset are not lost).
// Any failure closes the connection and retries with backoff (1 s, 2, 4, … 30 s); state goes to
// Reconnecting. After reconnecting, the feed resumes at its watermark with its gaps intact:
// nothing is lost and nothing doubled. Rows are read at the server's default isolation (READ
// COMMITTED; never NOLOCK). Rows without a key (NULL) cannot be followed and are not delivered.
class LiveFeedWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFeedWorker)

public:
    // Constructed in any thread, then moved to the feed's thread before start().
    LiveFeedWorker(ConnectionProfile profile, LiveFeedOptions options);
    ~LiveFeedWorker() override;

    // Thread-safe: makes a running cycle stop at its next batch boundary.
    void requestStop() { m_stopRequested = true; }

public Q_SLOTS:
    void start();
    // Stops polling and closes the connection (in the worker's thread).
    void stop();

Q_SIGNALS:
    void batchReady(const attlog::db::LiveBatch &batch);
    void statusChanged(const attlog::db::LiveStatus &status);
    void keyReset(const attlog::db::KeyReset &reset);
    void polled(const attlog::db::LivePollStats &stats);

private:
    void cycle();
    bool ensureConnected();
    bool baseline(int initialCount);
    bool recheckGaps();
    bool pollForward(bool *foundRows);
    bool checkKeyReset();
    bool countNullKeys();
    bool keylessCycle();
    bool readCounts(const sql::Statement &statement,
                    std::vector<std::pair<std::string, qint64>> *counts);
    bool readScalar(const sql::Statement &statement, qint64 *value);
    std::vector<RawRow> takeKeyed(std::vector<RawRow> rows);
    void connectionLost();
    bool fetch(const sql::Statement &statement, std::vector<RawRow> *rows);
    void deliver(LiveBatch::Kind kind, const std::vector<RawRow> &rows);
    void setStatus(LiveStatus::State state, const QString &message = {},
                   std::chrono::milliseconds retryIn = {});
    void scheduleNext(std::chrono::milliseconds delay);
    Clock::TimePoint now() const { return m_clock->now(); }

    ConnectionProfile m_profile;
    LiveFeedOptions m_options;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<text::RepairCache> m_cache;
    EventDecoder m_decoder;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::optional<sql::QueryBuilder> m_builder;
    KeyGapTracker m_tracker;
    std::optional<KeylessFollower> m_keyless; // keyless mode: the table has no key column
    ReconnectBackoff m_backoff;
    QTimer *m_timer = nullptr;
    std::atomic<bool> m_stopRequested{false};
    bool m_running = false;
    bool m_baselined = false;
    std::optional<qint64> m_highestSeen; // highest key seen in the table this epoch
    qint64 m_duplicateKeyRows = 0;       // see LivePollStats
    qint64 m_nullKeyRows = 0;            // rows whose key is NULL, counted at each baseline
    qint64 m_unusableKeyRows = 0;        // most rows without a whole-number key in one result
    int m_epoch = 0;
    qint64 m_pollCount = 0;
    qint64 m_rowsRead = 0; // this cycle
    QString m_keylessReason;
    LiveStatus m_status{LiveStatus::State::Stopped, {}, {}};
    QString m_lastError;
};

} // namespace attlog::db
