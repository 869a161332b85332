// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/field.h"
#include "core/sql/historyfilter.h"
#include "core/sql/historyquery.h"
#include "db/connection/connectionprofile.h"
#include "db/dbtypes.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThread>

#include <optional>

namespace attlog::db {

class QueryWorker;

// The GUI-side handle of a QueryWorker: owns the worker's thread, hands out request ids and
// forwards results — only for requests that are still wanted. Each call returns at once with the
// request id; results arrive later as signals, queued into this object's thread, tagged with that
// id. A cancelled request, or any request older than cancelAll(), sends nothing more (stale
// results are dropped here even if the worker already sent them).
// Use from one thread (the GUI thread). The profile must carry its password if one is needed.
// eventsReady() is flow-controlled: the worker reads ahead by at most a few batches, counted as
// handled when the receivers connected to this object return — so connect them directly (in this
// object's thread), or they may fall behind unchecked.
class QueryRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryRunner)

public:
    explicit QueryRunner(const ConnectionProfile &profile, QObject *parent = nullptr);
    // Cancels everything, closes the connection in the worker's thread and joins it.
    ~QueryRunner() override;

    quint64 open();
    quint64 checkTable();
    quint64 fetchHistoryPage(const sql::HistoryFilter &filter,
                             const std::optional<sql::PageCursor> &after, int limit);
    quint64 exportHistory(const sql::HistoryFilter &filter, int batchSize = 1000);
    quint64 countHistory(const sql::HistoryFilter &filter);
    quint64 fetchRange(DateTime from, DateTime to, qint64 extensionSeconds = 0,
                       int batchSize = 5000);
    quint64 fetchDistinct(sql::Field field);

    void cancel(quint64 requestId);
    // Every request issued so far becomes stale.
    void cancelAll();
    bool isPending(quint64 requestId) const { return m_pending.contains(requestId); }

Q_SIGNALS:
    void opened(quint64 requestId, const attlog::db::ConnectionInfo &info);
    void tableChecked(quint64 requestId, const attlog::db::TableSummary &summary);
    void eventsReady(quint64 requestId, const attlog::db::EventBatch &batch);
    void eventsFinished(quint64 requestId, const attlog::db::QueryOutcome &outcome);
    void countReady(quint64 requestId, qint64 count, bool exact);
    void valuesReady(quint64 requestId, const QStringList &rawValues);
    void failed(quint64 requestId, const QString &message);

private:
    quint64 issue();
    bool take(quint64 requestId) { return m_pending.remove(requestId); }

    QThread m_thread;
    QueryWorker *m_worker = nullptr;
    quint64 m_lastId = 0;
    QSet<quint64> m_pending;
};

} // namespace attlog::db
