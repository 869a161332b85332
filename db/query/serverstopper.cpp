// SPDX-License-Identifier: MIT
#include "db/query/serverstopper.h"

#include "core/sql/dialect.h"
#include "db/connection/databaseconnection.h"
#include "db/runtime/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <spdlog/spdlog.h>

namespace attlog::db {

namespace {

constexpr int kLoginTimeoutSeconds = 5;

// Runs the stop statement for `session` on `side`; false when the server refused it.
bool stop(DatabaseConnection &side, qint64 session)
{
    const auto statement = sql::stopStatementStatement(side.dialect(), session);
    if (!statement)
        return true;
    QSqlQuery query(side.database());
    if (!query.exec(QString::fromStdString(*statement))) {
        log::db()->warn("stopping the statement of session {} failed: {}", session,
                        query.lastError().text().toStdString());
        return false;
    }
    log::db()->info("stopped the statement of session {} on the server", session);
    return true;
}

} // namespace

ServerStopper::ServerStopper(ConnectionProfile profile, Claim claim, Release release)
    : m_profile(std::move(profile))
    , m_claim(std::move(claim))
    , m_release(std::move(release))
    , m_thread(QThread::create([this] { run(); }))
{
    m_thread->setObjectName(QStringLiteral("attlog-stop"));
    m_thread->start();
}

ServerStopper::~ServerStopper()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_woken.notify_all();
    m_thread->wait();
}

void ServerStopper::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_woken.notify_all();
}

void ServerStopper::run()
{
    std::unique_ptr<DatabaseConnection> side; // the second session, this thread's own
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_woken.wait(lock, [this] { return m_pending || m_quit; });
            if (m_quit)
                break;
            m_pending = false;
        }
        const std::optional<qint64> session = m_claim();
        if (!session)
            continue; // the statement ended before this thread got to it
        if (!side || !side->isOpen()) {
            side = std::make_unique<DatabaseConnection>(QStringLiteral("stop"));
            if (!side->open(m_profile, kLoginTimeoutSeconds)) {
                log::db()->warn("a statement could not be stopped on the server: {}",
                                side->errorString().toStdString());
                side.reset();
                m_release();
                continue;
            }
        }
        if (!stop(*side, *session))
            side.reset(); // opened afresh for the next stop
        m_release();
    }
}

} // namespace attlog::db
