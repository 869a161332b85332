// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"
#include "db/dbtypes.h"
#include "db/live/livefeedoptions.h"

#include <QObject>
#include <QThread>

namespace attlog::db {

class LiveFeedWorker;

// The live feed: follows the source table by its key on a thread of its own and delivers every
// row once (see LiveFeedWorker for the poll cycle). Owns the thread and the worker.
//
// Use from one thread (normally the GUI thread); the signals arrive in that thread, queued, as
// plain values. Delivery order: the Initial batch first; then New batches in ascending key order;
// Late batches carry rows that committed out of key order (below the watermark), each exactly
// once. A keyReset() starts a new epoch whose Initial batch follows.
//
// The profile must carry its password if one is needed (see CredentialStore).
class LiveFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFeed)

public:
    LiveFeed(const ConnectionProfile &profile, const LiveFeedOptions &options,
             QObject *parent = nullptr);
    // Stops the feed and joins its thread (closing its connection there).
    ~LiveFeed() override;

    void start();
    // Blocks until the worker has stopped and closed its connection (at most one statement's
    // time). Idempotent. Signals already queued before it returned may still arrive.
    void stop();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void batchReady(const attlog::db::LiveBatch &batch);
    void statusChanged(const attlog::db::LiveStatus &status);
    void keyReset(const attlog::db::KeyReset &reset);
    void polled(const attlog::db::LivePollStats &stats);

private:
    QThread m_thread;
    LiveFeedWorker *m_worker = nullptr; // lives in m_thread; deleted there when it finishes
    bool m_running = false;
};

} // namespace attlog::db
