// SPDX-License-Identifier: MIT
#include "db/query/queryworker.h"

#include "core/text/repaircache.h"
#include "db/connection/databaseconnection.h"
#include "db/connection/sqliteconnection.h"
#include "db/connection/tablebinding.h"
#include "db/connection/tableinspector.h"
#include "db/query/cursorfactory.h"
#include "db/query/queryexecution.h"
#include "db/query/serverstopper.h"
#include "db/runtime/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>

#ifdef _WIN32
#include <windows.h>
#endif
#include <sql.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <mutex>
#include <utility>

namespace attlog::db {

QueryWorker::QueryWorker(ConnectionProfile profile)
    : m_profile(std::move(profile))
    , m_cache(std::make_unique<text::RepairCache>())
    , m_decoder(*m_cache, m_profile.directions)
{
    registerDbMetaTypes();
}

QueryWorker::~QueryWorker()
{
    std::unique_ptr<ServerStopper> stopper;
    {
        std::unique_lock lock(m_cancelMutex);
        stopper = std::move(m_stopper);
    }
    // Destroyed without the lock: its thread may be waiting for it in claimStop().
}

void QueryWorker::cancel(quint64 requestId)
{
    std::unique_lock lock(m_cancelMutex);
    m_cancelled.insert(requestId);
    if (m_runningRequest == requestId)
        interruptRunning();
}

void QueryWorker::cancelUpTo(quint64 requestId)
{
    quint64 current = m_cancelledUpTo.load();
    while (current < requestId && !m_cancelledUpTo.compare_exchange_weak(current, requestId)) {
    }
    std::unique_lock lock(m_cancelMutex);
    if (m_runningRequest != 0 && m_runningRequest <= requestId)
        interruptRunning();
}

void QueryWorker::interruptRunning()
{
    // The handles stay valid while they are published (the worker unpublishes them under
    // m_cancelMutex before the statement ends); SQLCancel and sqlite3_interrupt may be called
    // from another thread.
    switch (m_stopKind) {
    case sql::StatementStop::ServerSide:
        if (m_executing && m_stopper)
            m_stopper->wake();
        break;
    case sql::StatementStop::DriverCancel:
        if (m_runningStatement)
            SQLCancel(static_cast<SQLHSTMT>(m_runningStatement));
        break;
    case sql::StatementStop::Interrupt:
        if (m_runningSqlite)
            m_runningSqlite->interrupt();
        break;
    }
}

std::optional<qint64> QueryWorker::claimStop()
{
    std::unique_lock lock(m_cancelMutex);
    if (!m_executing || m_stopping || m_stopSent || m_sessionId <= 0 ||
        !cancelledLocked(m_runningRequest))
        return std::nullopt;
    m_stopping = true;
    m_stopSent = true;
    return m_sessionId;
}

void QueryWorker::releaseStop()
{
    std::unique_lock lock(m_cancelMutex);
    m_stopping = false;
    m_stopReleased.notify_all();
}

void QueryWorker::batchDelivered()
{
    m_batchCredits.release();
}

bool QueryWorker::deliver(quint64 requestId, std::vector<AccessEvent> events)
{
    while (!m_batchCredits.tryAcquire(1, 50)) {
        if (isCancelled(requestId))
            return false;
    }
    emit eventsReady(requestId, EventBatch(std::move(events)));
    return true;
}

bool QueryWorker::isCancelled(quint64 requestId) const
{
    std::unique_lock lock(m_cancelMutex);
    return cancelledLocked(requestId);
}

bool QueryWorker::cancelledLocked(quint64 requestId) const
{
    return requestId <= m_cancelledUpTo.load() || m_cancelled.contains(requestId);
}

void QueryWorker::fail(quint64 requestId, const QString &message)
{
    if (isCancelled(requestId)) {
        emit cancelled(requestId);
        return;
    }
    emit failed(requestId, message);
}

void QueryWorker::runGuarded(quint64 requestId, const std::function<void()> &body)
{
    if (isCancelled(requestId)) {
        emit cancelled(requestId);
        return;
    }
    try {
        body();
    } catch (const std::exception &ex) {
        log::db()->error("query {} failed: {}", requestId, ex.what());
        fail(requestId, QStringLiteral("internal error: %1").arg(QString::fromUtf8(ex.what())));
    } catch (...) {
        log::db()->error("query {} failed with an unknown exception", requestId);
        fail(requestId, QStringLiteral("internal error"));
    }
    if (std::exchange(m_dropConnection, false)) {
        // A statement of this request was stopped on the server: the session may be left in
        // an aborted transaction, so the next request starts on a fresh one.
        m_connection.reset();
        m_builder.reset();
    }
    std::unique_lock lock(m_cancelMutex);
    m_cancelled.remove(requestId);
}

bool QueryWorker::ensureOpen(quint64 requestId)
{
    if (m_connection && m_connection->isOpen() && m_builder)
        return true;
    m_builder.reset();
    m_connection = std::make_unique<DatabaseConnection>(QStringLiteral("query"));
    if (!m_connection->open(m_profile)) {
        const QString error = m_connection->errorString();
        m_connection.reset();
        fail(requestId, error);
        return false;
    }
    QString error;
    auto binding = bindTable(*m_connection, m_profile, &error);
    if (!binding) {
        m_connection.reset();
        fail(requestId, error);
        return false;
    }
    m_builder = std::move(binding->builder);
    m_resolution = std::move(binding->resolution);
    const sql::StatementStop stopKind =
        sql::statementStop(m_connection->dialect(), m_connection->nativeSqlite() == nullptr);
    const qint64 session =
        stopKind == sql::StatementStop::ServerSide ? m_connection->serverSessionId() : 0;
    std::unique_lock lock(m_cancelMutex);
    m_stopKind = stopKind;
    m_sessionId = session;
    if (stopKind == sql::StatementStop::ServerSide && !m_stopper)
        m_stopper = std::make_unique<ServerStopper>(
            m_profile, [this] { return claimStop(); }, [this] { releaseStop(); });
    return true;
}

bool QueryWorker::exec(quint64 requestId, QSqlQuery &query, const sql::Statement &statement)
{
    QString error;
    const bool ok =
        execStatement(query, statement, m_connection->dialect(), &error, [&](QSqlQuery &prepared) {
            const QVariant handle = prepared.result()->handle();
            std::unique_lock lock(m_cancelMutex);
            m_runningRequest = requestId;
            m_executing = true;
            if (m_stopKind == sql::StatementStop::DriverCancel)
                m_runningStatement = odbcHandle(handle);
        });
    if (!ok) {
        unpublishRunning();
        // The connection may be gone: open a fresh one for the next request.
        m_connection.reset();
        m_builder.reset();
        fail(requestId, error);
        return false;
    }
    {
        // The long part is the execution (psqlODBC runs DECLARE and the first FETCH there,
        // MariaDB reads the whole result); from here a cancel is seen between batches. A stop
        // already under way is let finish first.
        std::unique_lock lock(m_cancelMutex);
        m_stopReleased.wait(lock, [this] { return !m_stopping; });
        m_executing = false;
        m_runningStatement = nullptr;
    }
    // A cancel flags the request before its SQLCancel, both under m_cancelMutex: one that came
    // after the execution returned may have closed the cursor, so it is not read.
    if (isCancelled(requestId)) {
        unpublishRunning();
        emit cancelled(requestId);
        return false;
    }
    return true;
}

std::unique_ptr<RowCursor> QueryWorker::openCursor(quint64 requestId,
                                                   const sql::Statement &statement)
{
    SqliteConnection *native = m_connection->nativeSqlite();
    if (!native) {
        QSqlQuery query(m_connection->database());
        if (!exec(requestId, query, statement))
            return nullptr;
        return cursorOver(std::move(query), statement, m_connection->dialect());
    }
    {
        std::unique_lock lock(m_cancelMutex);
        m_runningRequest = requestId;
        m_runningSqlite = native;
    }
    QString error;
    std::unique_ptr<RowCursor> cursor = native->execute(statement, &error);
    if (!cursor) {
        unpublishRunning();
        m_connection.reset();
        m_builder.reset();
        fail(requestId, error);
    }
    return cursor;
}

void QueryWorker::unpublishRunning()
{
    std::unique_lock lock(m_cancelMutex);
    // The stop statement must not outlive the statement it stops.
    m_stopReleased.wait(lock, [this] { return !m_stopping; });
    if (std::exchange(m_stopSent, false))
        m_dropConnection = true;
    m_executing = false;
    m_runningRequest = 0;
    m_runningStatement = nullptr;
    m_runningSqlite = nullptr;
}

bool QueryWorker::streamEvents(quint64 requestId, const sql::Statement &statement, int batchSize,
                               const RowFilter &keep, QueryOutcome *outcome, RawRow *lastRow,
                               qint64 maxRows)
{
    std::unique_ptr<RowCursor> cursor = openCursor(requestId, statement);
    if (!cursor)
        return false;
    batchSize = std::clamp(batchSize, 1, sql::kMaxRowLimit);
    std::vector<AccessEvent> events;
    events.reserve(size_t(batchSize));
    bool wasCancelled = false;
    bool anyRow = false;
    RawRow row; // one buffer for every row: its strings keep their capacity
    qint64 read = 0;
    while ((maxRows < 0 || read < maxRows) && cursor->next()) {
        cursor->read(row);
        anyRow = true;
        ++read;
        ++outcome->rowsRead;
        AccessEvent event = m_decoder.decode(row);
        if (!keep || keep(row, event)) {
            events.push_back(std::move(event));
            ++outcome->rowsKept;
        }
        if (int(events.size()) >= batchSize) {
            if (isCancelled(requestId) || !deliver(requestId, std::exchange(events, {}))) {
                wasCancelled = true;
                break;
            }
            events.reserve(size_t(batchSize));
        }
    }
    const QString readError = cursor->errorString();
    // Unpublished before the statement ends, so a cancel never reaches a finished handle.
    unpublishRunning();
    cursor.reset();
    if (wasCancelled || isCancelled(requestId)) {
        emit cancelled(requestId);
        return false;
    }
    if (!readError.isEmpty()) {
        m_connection.reset();
        m_builder.reset();
        fail(requestId,
             QStringLiteral("%1: %2").arg(QString::fromStdString(statement.name), readError));
        return false;
    }
    if (lastRow && anyRow)
        *lastRow = std::move(row);
    if (!events.empty() && !deliver(requestId, std::move(events))) {
        emit cancelled(requestId);
        return false;
    }
    return true;
}

void QueryWorker::open(quint64 requestId)
{
    runGuarded(requestId, [&] {
        if (!ensureOpen(requestId))
            return;
        ConnectionInfo info;
        info.dialect = m_connection->dialect();
        info.server = m_connection->serverDescription();
        info.target = m_connection->target();
        info.table = m_builder->config().table;
        emit opened(requestId, info);
    });
}

void QueryWorker::checkTable(quint64 requestId)
{
    runGuarded(requestId, [&] {
        if (!ensureOpen(requestId))
            return;
        TableInspector inspector(*m_connection, *m_builder);
        auto summary = inspector.summarize();
        if (!summary) {
            m_connection.reset();
            m_builder.reset();
            fail(requestId, inspector.errorString());
            return;
        }
        describeBinding(m_resolution, m_builder->dialect(), &*summary);
        emit tableChecked(requestId, *summary);
    });
}

void QueryWorker::fetchHistoryPage(quint64 requestId, const sql::HistoryFilter &filter,
                                   const std::optional<sql::PageCursor> &after, int limit)
{
    runGuarded(requestId, [&] {
        if (!ensureOpen(requestId))
            return;
        const sql::HistoryQuery history = m_builder->history(filter);
        const int rows = sql::clampRowLimit(limit);
        QueryOutcome outcome;
        RawRow lastRow;
        const auto keep = [&](const RawRow &row, const AccessEvent &event) {
            return history.keeps(row, event);
        };
        // The timed rows, then (while the page is not full) the NULL-time rows.
        // A keyless page ends on a whole time: every row its statements return belongs to it.
        const bool wholeTimes = history.pagesEndOnWholeTimes();
        for (const sql::Statement &statement : history.pageStatements(after, rows)) {
            if (outcome.rowsRead >= rows)
                break;
            if (!streamEvents(requestId, statement, rows, keep, &outcome, &lastRow,
                              wholeTimes ? -1 : rows - outcome.rowsRead))
                return;
        }
        if (outcome.rowsRead > 0)
            outcome.nextPage = sql::HistoryQuery::cursorAfter(lastRow);
        outcome.endOfData = outcome.rowsRead < rows;
        emit eventsFinished(requestId, outcome);
    });
}

void QueryWorker::exportHistory(quint64 requestId, const sql::HistoryFilter &filter, int batchSize)
{
    runGuarded(requestId, [&] {
        if (!ensureOpen(requestId))
            return;
        const sql::HistoryQuery history = m_builder->history(filter);
        QueryOutcome outcome;
        const auto keep = [&](const RawRow &row, const AccessEvent &event) {
            return history.keeps(row, event);
        };
        for (const sql::Statement &statement : history.exportStatements()) {
            if (!streamEvents(requestId, statement, batchSize, keep, &outcome, nullptr))
                return;
        }
        emit eventsFinished(requestId, outcome);
    });
}

void QueryWorker::countHistory(quint64 requestId, const sql::HistoryFilter &filter)
{
    runGuarded(requestId, [&] {
        if (!ensureOpen(requestId))
            return;
        const sql::HistoryQuery history = m_builder->history(filter);
        QSqlQuery query(m_connection->database());
        if (!exec(requestId, query, history.count()))
            return;
        const qint64 count = query.next() ? readInteger(query).value_or(0) : 0;
        unpublishRunning();
        query.finish();
        if (isCancelled(requestId)) {
            emit cancelled(requestId);
            return;
        }
        emit countReady(requestId, count, history.countIsExact());
    });
}

void QueryWorker::fetchRange(quint64 requestId, DateTime from, DateTime to, qint64 extensionSeconds,
                             int batchSize)
{
    runGuarded(requestId, [&] {
        if (!ensureOpen(requestId))
            return;
        const sql::RangeQuery range = m_builder->eventsInRange(from, to, extensionSeconds);
        const auto keep = [&](const RawRow &, const AccessEvent &event) {
            return range.keeps(event);
        };
        QueryOutcome outcome;
        if (range.timed &&
            !streamEvents(requestId, *range.timed, batchSize, keep, &outcome, nullptr))
            return;
        for (const sql::Statement &statement : range.untimed)
            if (!streamEvents(requestId, statement, batchSize, keep, &outcome, nullptr))
                return;
        emit eventsFinished(requestId, outcome);
    });
}

void QueryWorker::fetchDistinct(quint64 requestId, sql::Field field)
{
    runGuarded(requestId, [&] {
        if (!ensureOpen(requestId))
            return;
        const auto statement = m_builder->distinctValues(field);
        if (!statement) {
            emit valuesReady(requestId, {});
            return;
        }
        // Read as the events are, so a value matches its events' text byte for byte.
        std::unique_ptr<RowCursor> cursor = openCursor(requestId, *statement);
        if (!cursor)
            return;
        QStringList values;
        RawRow row;
        while (cursor->next()) {
            cursor->read(row);
            const auto *text = row.textField(field);
            values << (text && *text ? QString::fromStdString(**text) : QString());
        }
        const QString readError = cursor->errorString();
        unpublishRunning();
        cursor.reset();
        if (isCancelled(requestId)) {
            emit cancelled(requestId);
            return;
        }
        if (!readError.isEmpty()) {
            fail(requestId,
                 QStringLiteral("%1: %2").arg(QString::fromStdString(statement->name), readError));
            return;
        }
        emit valuesReady(requestId, values);
    });
}

void QueryWorker::close()
{
    m_builder.reset();
    m_connection.reset();
}

} // namespace attlog::db
