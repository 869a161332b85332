// SPDX-License-Identifier: MIT
#include "db/query/queryrunner.h"

#include "db/query/queryworker.h"

namespace attlog::db {

QueryRunner::QueryRunner(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent)
    , m_worker(new QueryWorker(profile))
{
    registerDbMetaTypes();
    m_thread.setObjectName(QStringLiteral("attlog-query"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // Final results end a request; batches pass only while it is pending.
    connect(m_worker, &QueryWorker::opened, this, [this](quint64 id, const ConnectionInfo &info) {
        if (take(id))
            emit opened(id, info);
    });
    connect(m_worker, &QueryWorker::tableChecked, this,
            [this](quint64 id, const TableSummary &summary) {
                if (take(id))
                    emit tableChecked(id, summary);
            });
    // Receivers in this thread have handled the batch when emit returns: then the worker may
    // send another (see QueryWorker's flow control).
    connect(m_worker, &QueryWorker::eventsReady, this, [this](quint64 id, const EventBatch &batch) {
        if (isPending(id))
            emit eventsReady(id, batch);
        m_worker->batchDelivered();
    });
    connect(m_worker, &QueryWorker::eventsFinished, this,
            [this](quint64 id, const QueryOutcome &outcome) {
                if (take(id))
                    emit eventsFinished(id, outcome);
            });
    connect(m_worker, &QueryWorker::countReady, this, [this](quint64 id, qint64 count, bool exact) {
        if (take(id))
            emit countReady(id, count, exact);
    });
    connect(m_worker, &QueryWorker::valuesReady, this,
            [this](quint64 id, const QStringList &values) {
                if (take(id))
                    emit valuesReady(id, values);
            });
    connect(m_worker, &QueryWorker::failed, this, [this](quint64 id, const QString &message) {
        if (take(id))
            emit failed(id, message);
    });
    connect(m_worker, &QueryWorker::cancelled, this, [this](quint64 id) { take(id); });
    m_thread.start();
}

QueryRunner::~QueryRunner()
{
    cancelAll();
    QMetaObject::invokeMethod(m_worker, &QueryWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 QueryRunner::issue()
{
    const quint64 id = ++m_lastId;
    m_pending.insert(id);
    return id;
}

quint64 QueryRunner::open()
{
    const quint64 id = issue();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id] { w->open(id); }, Qt::QueuedConnection);
    return id;
}

quint64 QueryRunner::checkTable()
{
    const quint64 id = issue();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id] { w->checkTable(id); }, Qt::QueuedConnection);
    return id;
}

quint64 QueryRunner::fetchHistoryPage(const sql::HistoryFilter &filter,
                                      const std::optional<sql::PageCursor> &after, int limit)
{
    const quint64 id = issue();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, id, filter, after, limit] { w->fetchHistoryPage(id, filter, after, limit); },
        Qt::QueuedConnection);
    return id;
}

quint64 QueryRunner::exportHistory(const sql::HistoryFilter &filter, int batchSize)
{
    const quint64 id = issue();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, id, filter, batchSize] { w->exportHistory(id, filter, batchSize); },
        Qt::QueuedConnection);
    return id;
}

quint64 QueryRunner::countHistory(const sql::HistoryFilter &filter)
{
    const quint64 id = issue();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, filter] { w->countHistory(id, filter); },
        Qt::QueuedConnection);
    return id;
}

quint64 QueryRunner::fetchRange(DateTime from, DateTime to, qint64 extensionSeconds, int batchSize)
{
    const quint64 id = issue();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, id, from, to, extensionSeconds, batchSize] {
            w->fetchRange(id, from, to, extensionSeconds, batchSize);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 QueryRunner::fetchDistinct(sql::Field field)
{
    const quint64 id = issue();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, field] { w->fetchDistinct(id, field); }, Qt::QueuedConnection);
    return id;
}

void QueryRunner::cancel(quint64 requestId)
{
    if (take(requestId))
        m_worker->cancel(requestId);
}

void QueryRunner::cancelAll()
{
    m_pending.clear();
    m_worker->cancelUpTo(m_lastId);
}

} // namespace attlog::db
