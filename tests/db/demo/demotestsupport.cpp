// SPDX-License-Identifier: MIT
#include "tests/db/demo/demotestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace attlog::demotest {

DemoConfig smallDemoConfig(std::uint64_t seed)
{
    DemoConfig config;
    config.days = 10;
    config.people = 20;
    config.seed = seed;
    config.endDate = dateFromCivil(2026, 3, 31);
    return config;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return done();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

ReaderConnection::ReaderConnection(const QString &path)
{
    static int counter = 0;
    m_name = QStringLiteral("demo-test-reader-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
}

ReaderConnection::~ReaderConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReaderConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool ReaderConnection::isOpen() const
{
    return database().isOpen();
}

QVariant ReaderConnection::scalar(const QString &statement) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

} // namespace attlog::demotest
