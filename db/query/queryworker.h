// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/eventdecoder.h"
#include "core/sql/columnresolver.h"
#include "core/sql/dialect.h"
#include "core/sql/historyfilter.h"
#include "core/sql/historyquery.h"
#include "core/sql/querybuilder.h"
#include "db/connection/connectionprofile.h"
#include "db/dbtypes.h"

#include <QObject>
#include <QSemaphore>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QSqlQuery;

namespace attlog::text {
class RepairCache;
}

namespace attlog::db {

class DatabaseConnection;
class RowCursor;
class ServerStopper;
class SqliteConnection;

// Runs the application's on-demand queries (History pages, counts, exports, report ranges,
// dictionaries, table checks) on its own thread and connection. Owned and driven by QueryRunner,
// which calls the slots through queued invocations; all slots run in the worker's thread, one at
// a time, and catch everything (a failure becomes failed(requestId, message)).
//
// Every request carries a request id, which is also its generation: QueryRunner issues them in
// increasing order, and cancel()/cancelUpTo() make the worker drop a request at its next batch
// boundary. cancel() also stops a statement still executing, the way the dialect allows
// (sql::StatementStop): from a second session on MariaDB/MySQL and PostgreSQL (ServerStopper),
// with SQLCancel on SQL Server, with sqlite3_interrupt on SQLite files. A connection whose
// statement was stopped is opened afresh for the next request.
//
// Flow control: at most kBatchesInFlight eventsReady() batches are on their way at a time; the
// worker waits (still noticing cancels) until the receiver calls batchDelivered() for an earlier
// one. So a fast reader never piles a whole export into the receiver's event queue.
//
// The connection opens on the first request and again after a failure; the profile must carry
// its password if one is needed.
class QueryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryWorker)

public:
    explicit QueryWorker(ConnectionProfile profile);
    ~QueryWorker() override;

    // Thread-safe.
    void cancel(quint64 requestId);
    // Thread-safe: every request with an id <= requestId is stale.
    void cancelUpTo(quint64 requestId);
    // Thread-safe: one eventsReady() batch has been handled (or dropped) by its receiver.
    void batchDelivered();

    static constexpr int kBatchesInFlight = 4;

public Q_SLOTS:
    // Opens the connection (if needed): opened() or failed().
    void open(quint64 requestId);
    // Table and column check plus the summary figures: tableChecked() or failed().
    void checkTable(quint64 requestId);
    // One History page (HistoryQuery::pageStatements(), run until the page is full): one
    // eventsReady() per statement with the rows keeps() accepts, then eventsFinished() whose
    // outcome carries the cursor for the next page.
    void fetchHistoryPage(quint64 requestId, const attlog::sql::HistoryFilter &filter,
                          const std::optional<attlog::sql::PageCursor> &after, int limit);
    // Every History row (HistoryQuery::exportAll()) in batches of batchSize: eventsReady()…,
    // eventsFinished().
    void exportHistory(quint64 requestId, const attlog::sql::HistoryFilter &filter, int batchSize);
    // countReady(count, exact) with HistoryQuery::countIsExact().
    void countHistory(quint64 requestId, const attlog::sql::HistoryFilter &filter);
    // Report input (QueryBuilder::eventsInRange): the rows with an authDateTime in time order,
    // then the rows whose time comes from authDate/authTime (by key), all filtered by
    // RangeQuery::keeps(); batches of batchSize, then eventsFinished().
    void fetchRange(quint64 requestId, attlog::DateTime from, attlog::DateTime to,
                    qint64 extensionSeconds, int batchSize);
    // Distinct stored (raw, unrepaired) values of a field: valuesReady().
    void fetchDistinct(quint64 requestId, attlog::sql::Field field);
    // Closes the connection (before the thread ends).
    void close();

Q_SIGNALS:
    void opened(quint64 requestId, const attlog::db::ConnectionInfo &info);
    void tableChecked(quint64 requestId, const attlog::db::TableSummary &summary);
    // Receivers call batchDelivered() once they are done with the batch (see flow control).
    void eventsReady(quint64 requestId, const attlog::db::EventBatch &batch);
    void eventsFinished(quint64 requestId, const attlog::db::QueryOutcome &outcome);
    void countReady(quint64 requestId, qint64 count, bool exact);
    void valuesReady(quint64 requestId, const QStringList &rawValues);
    void failed(quint64 requestId, const QString &message);
    void cancelled(quint64 requestId);

private:
    using RowFilter = std::function<bool(const RawRow &, const AccessEvent &)>;

    bool ensureOpen(quint64 requestId);
    bool isCancelled(quint64 requestId) const;
    // Runs a row statement and streams decoded rows (at most maxRows when that is >= 0); false
    // when it failed or was cancelled (the signal for that was emitted). `outcome` accumulates
    // across calls; `lastRow` is the last row read, left alone when none was.
    bool streamEvents(quint64 requestId, const sql::Statement &statement, int batchSize,
                      const RowFilter &keep, QueryOutcome *outcome, RawRow *lastRow,
                      qint64 maxRows = -1);
    bool exec(quint64 requestId, QSqlQuery &query, const sql::Statement &statement);
    // Runs a row statement (natively on SQLite files, else through QSqlQuery) with its handle
    // published for cancel(); nullptr when it failed (the signal for that was emitted). Call
    // unpublishRunning() before the cursor is destroyed.
    std::unique_ptr<RowCursor> openCursor(quint64 requestId, const sql::Statement &statement);
    // Ends the running request's publication, after a server-side stop still under way.
    void unpublishRunning();
    // Stops the published statement. Call with m_cancelMutex held.
    void interruptRunning();
    // The ServerStopper's questions (see there); they take m_cancelMutex.
    std::optional<qint64> claimStop();
    void releaseStop();
    bool cancelledLocked(quint64 requestId) const; // with m_cancelMutex held
    void fail(quint64 requestId, const QString &message);
    void runGuarded(quint64 requestId, const std::function<void()> &body);
    // Emits eventsReady() once a batch may be in flight; false (nothing emitted) when the request
    // was cancelled while waiting.
    bool deliver(quint64 requestId, std::vector<AccessEvent> events);

    ConnectionProfile m_profile;
    std::unique_ptr<text::RepairCache> m_cache;
    EventDecoder m_decoder;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::optional<sql::QueryBuilder> m_builder;
    sql::ColumnResolution m_resolution; // how m_builder's mapping was fitted to the table

    // std:: rather than QMutex/QWaitCondition: ThreadSanitizer sees through a pthread condition
    // wait, not through Qt 6.4's futex one.
    mutable std::mutex m_cancelMutex; // guards the members up to m_stopper
    std::condition_variable m_stopReleased;
    QSet<quint64> m_cancelled;
    quint64 m_runningRequest = 0;
    bool m_executing = false;                    // the running request's statement executes
    void *m_runningStatement = nullptr;          // the ODBC statement handle being executed
    SqliteConnection *m_runningSqlite = nullptr; // the native SQLite connection running one
    qint64 m_sessionId = 0;  // the server's id of m_connection's session, for a stop
    bool m_stopping = false; // a stop statement for the running request is under way
    bool m_stopSent = false; // one was sent: the connection is opened afresh afterwards
    sql::StatementStop m_stopKind = sql::StatementStop::DriverCancel;
    std::unique_ptr<ServerStopper> m_stopper; // set on the worker thread, under the mutex
    bool m_dropConnection = false;            // worker thread only
    std::atomic<quint64> m_cancelledUpTo{0};
    QSemaphore m_batchCredits{kBatchesInFlight};
};

} // namespace attlog::db
