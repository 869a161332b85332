// SPDX-License-Identifier: MIT
#include "db/live/livefeed.h"

#include "db/live/livefeedworker.h"

namespace attlog::db {

LiveFeed::LiveFeed(const ConnectionProfile &profile, const LiveFeedOptions &options,
                   QObject *parent)
    : QObject(parent)
    , m_worker(new LiveFeedWorker(profile, options))
{
    registerDbMetaTypes();
    m_thread.setObjectName(QStringLiteral("attlog-live"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LiveFeedWorker::batchReady, this, &LiveFeed::batchReady,
            Qt::QueuedConnection);
    connect(m_worker, &LiveFeedWorker::statusChanged, this, &LiveFeed::statusChanged,
            Qt::QueuedConnection);
    connect(m_worker, &LiveFeedWorker::keyReset, this, &LiveFeed::keyReset, Qt::QueuedConnection);
    connect(m_worker, &LiveFeedWorker::polled, this, &LiveFeed::polled, Qt::QueuedConnection);
}

LiveFeed::~LiveFeed()
{
    stop();
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker; // never started: it never left this thread's ownership
    }
}

void LiveFeed::start()
{
    if (m_running)
        return;
    if (!m_thread.isRunning())
        m_thread.start();
    m_running = true;
    QMetaObject::invokeMethod(m_worker, &LiveFeedWorker::start, Qt::QueuedConnection);
}

void LiveFeed::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_worker->requestStop();
    QMetaObject::invokeMethod(m_worker, &LiveFeedWorker::stop, Qt::BlockingQueuedConnection);
}

} // namespace attlog::db
