// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace attlog::db {

// Stops statements of one connection from a second session of the same login, on a thread of its
// own (sql::StatementStop::ServerSide: MariaDB/MySQL KILL QUERY, PostgreSQL pg_cancel_backend).
// The connection's driver is never touched, so nothing is freed under the thread that reads it.
//
// wake() never blocks (a cancel comes from the GUI thread). The stopper's thread then asks
// `claim` which session to stop: the owner answers under its own lock, and only while the
// cancelled statement still executes, and keeps that statement from ending until `release` is
// called after the stop statement returned. So a stop never reaches the next statement of the
// session; one that reaches a session executing nothing is ignored by both servers.
//
// The second session opens on the first stop and stays open (login timeout 5 s); when it cannot
// open, the stop is logged and the cancel takes effect at the owner's next batch boundary.
class ServerStopper
{
public:
    using Claim = std::function<std::optional<qint64>()>;
    using Release = std::function<void()>;

    ServerStopper(ConnectionProfile profile, Claim claim, Release release);
    ~ServerStopper(); // ends the thread (after a stop statement it runs)
    ServerStopper(const ServerStopper &) = delete;
    ServerStopper &operator=(const ServerStopper &) = delete;

    // Thread-safe, never blocks.
    void wake();

private:
    void run();

    const ConnectionProfile m_profile;
    const Claim m_claim;
    const Release m_release;
    std::mutex m_mutex; // guards the two flags (std::: see QueryWorker's m_cancelMutex)
    std::condition_variable m_woken;
    bool m_pending = false;
    bool m_quit = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace attlog::db
