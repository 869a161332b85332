// SPDX-License-Identifier: MIT
#include "db/demo/demowriter.h"

#include "core/demo/demogenerator.h"
#include "core/demo/demorandom.h"
#include "core/demo/demoworld.h"
#include "db/demo/demodatabase.h"
#include "db/runtime/logging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <exception>
#include <optional>
#include <utility>

namespace attlog::db {

namespace {

constexpr std::uint64_t kLiveStream = 0x4C495645; // "LIVE": apart from the generator's streams

DateTime currentLocalDateTime()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDate d = now.date();
    const QTime t = now.time();
    return makeDateTime(dateFromCivil(d.year(), d.month(), d.day()), t.hour(), t.minute(),
                        t.second());
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("attlog-demo-writer-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

// Lives on the writer thread: created by start(), moved there, deleted there (deleteLater on
// QThread::finished), so its connection is opened, used and closed on that one thread.
class DemoWriter::Worker final : public QObject
{
public:
    Worker(DemoWriter *owner, QString path, DemoConfig config, int minMs, int maxMs)
        : m_owner(owner)
        , m_path(std::move(path))
        , m_config(std::move(config))
        , m_minMs(minMs)
        , m_maxMs(maxMs)
    {}

    ~Worker() override
    {
        if (m_connection.isEmpty())
            return;
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    // Runs on the writer thread when it starts.
    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
        guarded([this] { open(); });
        scheduleNext();
    }

private:
    template <typename Step> void guarded(Step step)
    {
        try {
            step();
        } catch (const std::exception &e) {
            fail(QStringLiteral("demo writer: %1").arg(QString::fromUtf8(e.what())));
        } catch (...) {
            fail(QStringLiteral("demo writer: unexpected error"));
        }
    }

    void fail(const QString &message)
    {
        log::db()->warn("{}", message.toStdString());
        emit m_owner->failed(message);
    }

    void tick()
    {
        guarded([this] {
            if (m_connection.isEmpty())
                open();
            if (!m_connection.isEmpty())
                insertOne();
        });
        scheduleNext();
    }

    void scheduleNext()
    {
        // Before the first successful open there is no sequence yet: retry at the longest delay.
        const auto delay = m_rng ? m_rng->uniform(m_minMs, m_maxMs) : m_maxMs;
        m_timer->start(static_cast<int>(delay));
    }

    // Opens the connection and seeds the sequence; leaves m_connection empty on failure.
    void open()
    {
        if (!QFileInfo::exists(m_path)) {
            fail(QStringLiteral("demo writer: %1 does not exist").arg(m_path));
            return;
        }
        const QString name = nextConnectionName();
        bool ok = false;
        qint64 lastKey = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open()) {
                fail(QStringLiteral("demo writer: cannot open %1: %2")
                         .arg(m_path, db.lastError().text()));
            } else {
                QSqlQuery query(db);
                // Readers then never block the writer, nor the writer the readers.
                if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
                    log::db()->warn("demo writer: WAL mode not set: {}",
                                    query.lastError().text().toStdString());
                if (const auto key = maxKey(db)) {
                    lastKey = *key;
                    ok = true;
                }
            }
        }
        if (!ok) {
            QSqlDatabase::removeDatabase(name);
            return;
        }
        m_connection = name;
        if (!m_world)
            m_world = makeDemoWorld(m_config);
        if (!m_rng)
            m_rng.emplace(m_config.seed, kLiveStream + static_cast<std::uint64_t>(lastKey));
        log::db()->info("demo writer: writing to {} after serialNo {}", m_path.toStdString(),
                        lastKey);
    }

    std::optional<qint64> maxKey(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT MAX(serialNo) FROM attlog")) || !query.next()) {
            fail(QStringLiteral("demo writer: cannot read %1: %2")
                     .arg(m_path, query.lastError().text()));
            return std::nullopt;
        }
        return query.value(0).isNull() ? 0 : query.value(0).toLongLong();
    }

    void insertOne()
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        // The newest key is read each time: another writer (or a re-created file) may have moved.
        const auto last = maxKey(db);
        if (!last)
            return;
        const DemoRow row = makeLiveDemoRow(*m_world, *last, currentLocalDateTime(), *m_rng);
        QSqlQuery insert(db);
        if (!insert.prepare(demoInsertStatement())) {
            fail(QStringLiteral("demo writer: %1").arg(insert.lastError().text()));
            return;
        }
        bindDemoRow(insert, row);
        if (!insert.exec()) {
            fail(QStringLiteral("demo writer: insert failed: %1").arg(insert.lastError().text()));
            return;
        }
        emit m_owner->inserted(row.serialNo);
    }

    DemoWriter *m_owner;
    QString m_path;
    DemoConfig m_config;
    int m_minMs;
    int m_maxMs;
    QTimer *m_timer = nullptr;
    QString m_connection; // empty while not open
    std::optional<DemoWorld> m_world;
    std::optional<DemoRandom> m_rng;
};

DemoWriter::DemoWriter(QString path, DemoConfig config, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_config(std::move(config))
{}

DemoWriter::~DemoWriter()
{
    stop();
}

void DemoWriter::setIntervalRange(int minMs, int maxMs)
{
    m_minMs = qMax(0, minMs);
    m_maxMs = qMax(m_minMs, maxMs);
}

void DemoWriter::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("demo writer"));
    auto *worker = new Worker(this, m_path, m_config, m_minMs, m_maxMs);
    worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::started, worker, [worker] { worker->begin(); });
    connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
}

void DemoWriter::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

bool DemoWriter::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace attlog::db
