// SPDX-License-Identifier: MIT
#include "db/live/livefeedworker.h"

#include "core/text/repaircache.h"
#include "db/connection/databaseconnection.h"
#include "db/connection/tablebinding.h"
#include "db/qtconvert.h"
#include "db/query/cursorfactory.h"
#include "db/query/queryexecution.h"
#include "db/runtime/logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <limits>

namespace attlog::db {

namespace {

// Gaps up to this many keys are re-checked by key lists (IN (…)), larger ones by key ranges.
constexpr std::uint64_t kSmallGap = 64;

std::chrono::milliseconds clampedInterval(std::chrono::milliseconds interval)
{
    return std::clamp(interval, LiveFeedOptions::kMinTestInterval, LiveFeedOptions::kMaxInterval);
}

} // namespace

LiveFeedWorker::LiveFeedWorker(ConnectionProfile profile, LiveFeedOptions options)
    : m_profile(std::move(profile))
    , m_options(std::move(options))
    , m_clock(m_options.clock ? m_options.clock : std::make_shared<SystemClock>())
    , m_cache(std::make_unique<text::RepairCache>())
    , m_decoder(*m_cache, m_profile.directions)
    , m_backoff(m_options.firstRetryDelay, m_options.maxRetryDelay)
{
    registerDbMetaTypes();
    m_options.interval = clampedInterval(m_options.interval);
    m_options.batchSize = std::clamp(m_options.batchSize, 1, sql::kMaxRowLimit);
    m_options.initialCount = std::clamp(m_options.initialCount, 0, sql::kMaxRowLimit);
}

LiveFeedWorker::~LiveFeedWorker() = default;

void LiveFeedWorker::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopRequested = false;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, [this] {
            // Nothing may escape a slot: a failure becomes a reconnect.
            try {
                cycle();
            } catch (const std::exception &ex) {
                m_lastError =
                    QStringLiteral("internal error: %1").arg(QString::fromUtf8(ex.what()));
                connectionLost();
            } catch (...) {
                m_lastError = QStringLiteral("internal error");
                connectionLost();
            }
        });
    }
    setStatus(LiveStatus::State::Connecting);
    scheduleNext(std::chrono::milliseconds(0));
}

void LiveFeedWorker::stop()
{
    m_stopRequested = true;
    m_running = false;
    if (m_timer)
        m_timer->stop();
    m_connection.reset();
    setStatus(LiveStatus::State::Stopped);
}

void LiveFeedWorker::scheduleNext(std::chrono::milliseconds delay)
{
    if (!m_running || !m_timer)
        return;
    m_timer->start(std::max(delay, std::chrono::milliseconds(0)));
}

void LiveFeedWorker::setStatus(LiveStatus::State state, const QString &message,
                               std::chrono::milliseconds retryIn)
{
    if (m_status.state == state && m_status.message == message && m_status.retryIn == retryIn)
        return;
    m_status = LiveStatus{state, retryIn, message};
    emit statusChanged(m_status);
}

void LiveFeedWorker::cycle()
{
    if (!m_running || m_stopRequested)
        return;
    const auto started = std::chrono::steady_clock::now();
    if (!ensureConnected())
        return; // ensureConnected() scheduled the retry or stopped for good

    m_rowsRead = 0;
    bool ok = true;
    if (m_keyless) {
        ok = keylessCycle();
    } else {
        if (!m_baselined)
            ok = baseline(m_options.initialCount);
        if (ok)
            ok = recheckGaps();
        bool foundRows = false;
        if (ok)
            ok = pollForward(&foundRows);
        if (ok && !foundRows && !m_stopRequested)
            ok = checkKeyReset();
    }
    if (!ok) {
        connectionLost();
        return;
    }
    m_backoff.reset();
    setStatus(LiveStatus::State::Connected);

    const auto elapsed = std::chrono::steady_clock::now() - started;
    LivePollStats stats;
    stats.watermark = m_tracker.watermark();
    stats.missingKeys = m_tracker.missingKeyCount();
    stats.openGaps = int(m_tracker.gaps().size());
    stats.pollDuration = std::chrono::duration_cast<std::chrono::microseconds>(elapsed);
    stats.pollCount = ++m_pollCount;
    stats.duplicateKeyRows = m_duplicateKeyRows;
    stats.unkeyedRows = m_nullKeyRows + m_unusableKeyRows;
    stats.keyless = m_keyless.has_value();
    stats.keylessReason = stats.keyless ? m_keylessReason : QString();
    stats.rowsRead = m_rowsRead;
    stats.countsChecked = m_keyless && m_keyless->countsChecked();
    emit polled(stats);
    // Fixed rate: the next cycle starts `interval` after this one started.
    scheduleNext(
        std::chrono::duration_cast<std::chrono::milliseconds>(m_options.interval - elapsed));
}

bool LiveFeedWorker::ensureConnected()
{
    if (m_connection && m_connection->isOpen() && m_builder)
        return true;
    m_connection = std::make_unique<DatabaseConnection>(QStringLiteral("live"));
    if (!m_connection->open(m_profile, m_options.loginTimeoutSeconds)) {
        m_lastError = m_connection->errorString();
        connectionLost();
        return false;
    }
    QString error;
    BindFailure failure = BindFailure::Table;
    auto binding = bindTable(*m_connection, m_profile, &error, &failure);
    if (!binding && failure == BindFailure::Settings) {
        // Retrying cannot fix a configuration that is wrong in itself.
        m_connection.reset();
        m_running = false;
        log::db()->error("live feed stopped: {}", error.toStdString());
        setStatus(LiveStatus::State::Error, error);
        return false;
    }
    if (!binding) {
        // The table may be being restored: keep trying, with the message visible.
        m_lastError = error;
        connectionLost();
        return false;
    }
    if (binding->resolution.keyless() && m_options.startAfterKey) {
        m_connection.reset();
        m_running = false;
        const QString message = QStringLiteral("starting after a key needs a key column (%1)")
                                    .arg(QString::fromStdString(binding->resolution.keyReason));
        setStatus(LiveStatus::State::Error, message);
        return false;
    }
    if (binding->resolution.keyless() && !m_keyless) {
        KeylessFollower::Options keyless;
        keyless.overlap = m_options.keylessOverlap;
        keyless.lookBack = m_options.keylessLookBack;
        keyless.countInterval = m_options.keylessCountInterval;
        keyless.batchSize = m_options.batchSize;
        keyless.initialCount = m_options.initialCount;
        auto wallClock = m_options.wallClock ? m_options.wallClock : [] {
            return fromQDateTime(QDateTime::currentDateTime());
        };
        m_keyless.emplace(keyless, std::move(wallClock));
        m_keylessReason = QString::fromStdString(binding->resolution.keyReason);
        log::db()->info("live feed: keyless mode ({})", binding->resolution.keyReason);
    } else if (!binding->resolution.keyless()) {
        m_keyless.reset();
    }
    m_builder = std::move(binding->builder);
    log::db()->info("live feed connected to {} ({}), watermark {}",
                    m_connection->target().toStdString(),
                    m_connection->serverDescription().toStdString(), m_tracker.watermark());
    return true;
}

void LiveFeedWorker::connectionLost()
{
    m_connection.reset();
    m_builder.reset();
    if (!m_running)
        return;
    const auto delay = m_backoff.next();
    log::db()->warn("live feed: {}; retrying in {} ms", m_lastError.toStdString(), delay.count());
    setStatus(LiveStatus::State::Reconnecting, m_lastError, delay);
    scheduleNext(delay);
}

bool LiveFeedWorker::fetch(const sql::Statement &statement, std::vector<RawRow> *rows)
{
    std::unique_ptr<RowCursor> cursor = openRowCursor(*m_connection, statement, &m_lastError);
    if (!cursor)
        return false;
    while (cursor->next()) {
        rows->emplace_back();
        cursor->read(rows->back());
        ++m_rowsRead;
    }
    // A read that ended early (connection lost mid-result) shows up as an error.
    const QString readError = cursor->errorString();
    if (!readError.isEmpty())
        m_lastError =
            QStringLiteral("%1: %2").arg(QString::fromStdString(statement.name), readError);
    return readError.isEmpty();
}

std::vector<RawRow> LiveFeedWorker::takeKeyed(std::vector<RawRow> rows)
{
    const auto unkeyed = std::erase_if(rows, [](const RawRow &row) { return !row.key; });
    // The same unusable rows come back in every poll: the largest number seen in one result.
    m_unusableKeyRows = std::max(m_unusableKeyRows, qint64(unkeyed));
    return rows;
}

void LiveFeedWorker::deliver(LiveBatch::Kind kind, const std::vector<RawRow> &rows)
{
    if (rows.empty())
        return;
    LiveBatch batch;
    batch.kind = kind;
    batch.epoch = m_epoch;
    batch.events.reserve(rows.size());
    for (const RawRow &row : rows)
        batch.events.push_back(m_decoder.decode(row));
    emit batchReady(batch);
}

bool LiveFeedWorker::baseline(int initialCount)
{
    m_tracker.reset(0);
    m_highestSeen.reset();
    if (m_options.startAfterKey && m_epoch == 0) {
        m_tracker.reset(*m_options.startAfterKey);
        m_baselined = true;
        return true;
    }
    std::vector<RawRow> rows;
    bool wholeTable = false;
    if (initialCount > 0) {
        if (!fetch(m_builder->initialLoad(initialCount), &rows))
            return false;
        // A short initial load holds the whole table: then every later key is new, and keys
        // below the first one may still be committing. A full one starts just below its oldest
        // row.
        wholeTable = int(rows.size()) < initialCount;
        rows = takeKeyed(std::move(rows));
        std::reverse(rows.begin(), rows.end());
    } else {
        // Start at the newest key: of the newest few rows, as rows whose key is not a whole
        // number may sort above it.
        if (!fetch(m_builder->initialLoad(int(kSmallGap)), &rows))
            return false;
        rows = takeKeyed(std::move(rows));
        const std::optional<qint64> max =
            rows.empty() ? std::nullopt : std::optional<qint64>(*rows.front().key);
        m_tracker.reset(max.value_or(0));
        m_highestSeen = max;
        m_baselined = true;
        return countNullKeys();
    }
    // Below every row to deliver; with the whole table, below 0 too (or the first keys may still
    // be committing), and below negative keys.
    std::int64_t watermark = 0;
    if (!rows.empty()) {
        const std::int64_t oldest = *rows.front().key;
        const std::int64_t below =
            oldest == std::numeric_limits<std::int64_t>::min() ? oldest : oldest - 1;
        watermark = wholeTable ? std::min<std::int64_t>(below, 0) : below;
    }
    m_tracker.reset(watermark);
    std::vector<std::int64_t> keys;
    for (const RawRow &row : rows)
        keys.push_back(*row.key);
    const auto accepted = m_tracker.acceptForward(keys, now());
    std::erase_if(rows, [&](const RawRow &row) {
        return !std::binary_search(accepted.begin(), accepted.end(), *row.key);
    });
    if (!rows.empty())
        m_highestSeen = *rows.back().key;
    if (!countNullKeys())
        return false;
    m_baselined = true;
    log::db()->info("live feed baseline (epoch {}): {} initial events, watermark {}", m_epoch,
                    rows.size(), m_tracker.watermark());
    deliver(LiveBatch::Kind::Initial, rows);
    return true;
}

bool LiveFeedWorker::recheckGaps()
{
    for (const auto &gap : m_tracker.expire(now(), m_options.gracePeriod))
        log::db()->info("live feed: keys {}..{} did not appear within the grace period", gap.first,
                        gap.last);
    if (m_tracker.gaps().empty())
        return true;

    std::vector<sql::Statement> statements;
    std::vector<std::int64_t> smallGapKeys;
    std::vector<KeyGapTracker::Gap> largeGaps;
    for (const auto &gap : m_tracker.gaps()) {
        if (gap.size() <= kSmallGap) {
            for (std::int64_t key = gap.first; key <= gap.last; ++key)
                smallGapKeys.push_back(key);
        } else {
            largeGaps.push_back(gap);
        }
    }
    std::vector<RawRow> found;
    auto take = [&](std::vector<RawRow> &rows) {
        for (RawRow &row : rows)
            if (row.key && m_tracker.fillGap(*row.key))
                found.push_back(std::move(row));
    };
    for (const sql::Statement &statement : m_builder->recheckKeys(smallGapKeys)) {
        std::vector<RawRow> rows;
        if (!fetch(statement, &rows))
            return false;
        take(rows);
    }
    for (const auto &gap : largeGaps) {
        std::int64_t from = gap.first;
        while (from <= gap.last && !m_stopRequested) {
            std::vector<RawRow> rows;
            if (!fetch(m_builder->recheckRange(from, gap.last, m_options.batchSize), &rows))
                return false;
            const bool shortBatch = int(rows.size()) < m_options.batchSize;
            // The range asks for whole-number keys, so every row read has one.
            const std::int64_t last = rows.empty() ? gap.last : rows.back().key.value_or(gap.last);
            take(rows);
            if (shortBatch || last >= gap.last)
                break;
            from = last + 1;
        }
    }
    std::sort(found.begin(), found.end(),
              [](const RawRow &a, const RawRow &b) { return *a.key < *b.key; });
    if (!found.empty())
        log::db()->debug("live feed: {} late rows filled gaps", found.size());
    deliver(LiveBatch::Kind::Late, found);
    return true;
}

bool LiveFeedWorker::pollForward(bool *foundRows)
{
    *foundRows = false;
    while (!m_stopRequested) {
        std::vector<RawRow> read;
        if (!fetch(m_builder->livePoll(m_tracker.watermark(), m_options.batchSize), &read))
            return false;
        const bool shortBatch = int(read.size()) < m_options.batchSize;
        // Rows whose key is not a whole number sort after or among the others; they are passed
        // over (and counted), the rest are still in key order.
        std::vector<RawRow> rows = takeKeyed(std::move(read));
        std::vector<std::int64_t> keys;
        keys.reserve(rows.size());
        for (const RawRow &row : rows)
            keys.push_back(*row.key);
        const auto accepted = m_tracker.acceptForward(keys, now());
        // acceptForward keeps ascending keys above the old watermark, in order.
        std::vector<RawRow> fresh;
        fresh.reserve(accepted.size());
        std::size_t next = 0;
        for (RawRow &row : rows) {
            if (next < accepted.size() && *row.key == accepted[next]) {
                fresh.push_back(std::move(row));
                ++next;
            } else if (!fresh.empty() && *row.key == *fresh.back().key) {
                ++m_duplicateKeyRows; // the rows come in key order: a repeat follows its first
            }
        }
        if (!fresh.empty()) {
            *foundRows = true;
            const std::int64_t newest = *fresh.back().key;
            m_highestSeen = std::max<qint64>(m_highestSeen.value_or(newest), newest);
        }
        deliver(LiveBatch::Kind::New, fresh);
        if (shortBatch || fresh.empty())
            break;
    }
    return true;
}

bool LiveFeedWorker::keylessCycle()
{
    const auto read = [this](const sql::Statement &statement, std::vector<RawRow> *rows) {
        return fetch(statement, rows);
    };
    const auto deliverRows = [this](LiveBatch::Kind kind, std::vector<RawRow> rows) {
        deliver(kind, rows);
    };
    if (!m_keyless->started()) {
        // Rows without a time cannot be followed: counted once, at the start.
        if (!readScalar(m_builder->nullTimeCount(), &m_nullKeyRows))
            return false;
        return m_keyless->start(*m_builder, read, deliverRows);
    }
    const auto counts = [this](const sql::Statement &statement,
                               std::vector<std::pair<std::string, qint64>> *out) {
        return readCounts(statement, out);
    };
    return m_keyless->poll(*m_builder, read, counts, deliverRows, now());
}

bool LiveFeedWorker::readCounts(const sql::Statement &statement,
                                std::vector<std::pair<std::string, qint64>> *counts)
{
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!execStatement(query, statement, m_connection->dialect(), &m_lastError))
        return false;
    while (query.next()) {
        counts->emplace_back(query.value(0).toString().toStdString(),
                             readInteger(query, 1).value_or(0));
        ++m_rowsRead;
    }
    const bool ok = !query.lastError().isValid();
    if (!ok)
        m_lastError = QStringLiteral("%1: %2").arg(QString::fromStdString(statement.name),
                                                   query.lastError().text());
    query.finish();
    return ok;
}

bool LiveFeedWorker::readScalar(const sql::Statement &statement, qint64 *value)
{
    QSqlQuery query(m_connection->database());
    if (!execStatement(query, statement, m_connection->dialect(), &m_lastError))
        return false;
    *value = query.next() ? readInteger(query).value_or(0) : 0;
    query.finish();
    return true;
}

bool LiveFeedWorker::countNullKeys()
{
    return readScalar(m_builder->nullKeyCount(), &m_nullKeyRows);
}

bool LiveFeedWorker::checkKeyReset()
{
    std::vector<RawRow> newest;
    if (!fetch(m_builder->initialLoad(1), &newest))
        return false;
    if (!newest.empty() && !newest.front().key)
        return true; // the highest key is not a whole number: it cannot show a reset
    const std::optional<qint64> max =
        newest.empty() ? std::nullopt : std::optional<qint64>(*newest.front().key);
    if (!m_highestSeen) {
        m_highestSeen = max;
        return true;
    }
    if (max && *max >= *m_highestSeen)
        return true;

    KeyReset reset;
    reset.previousWatermark = m_tracker.watermark();
    reset.newMaxKey = max;
    reset.newEpoch = ++m_epoch;
    log::db()->warn("live feed: key reset - the highest key fell from {} to {} (table restored or "
                    "truncated); starting epoch {}",
                    *m_highestSeen, max ? std::to_string(*max) : std::string("none (empty)"),
                    m_epoch);
    emit keyReset(reset);
    m_baselined = false;
    // At least a batch, so rows written since the reset are delivered, not skipped.
    return baseline(std::max(m_options.initialCount, m_options.batchSize));
}

} // namespace attlog::db
