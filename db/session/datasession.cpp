// SPDX-License-Identifier: MIT
#include "db/session/datasession.h"

#include "core/text/repaircache.h"
#include "db/live/livefeed.h"
#include "db/qtconvert.h"
#include "db/query/queryrunner.h"
#include "db/runtime/logging.h"
#include "db/session/sessiondictionary.h"
#include "db/session/sessionhistory.h"

#include <QHash>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <optional>

namespace attlog::db {

namespace {

constexpr int kTodayRecountMs = 5 * 60 * 1000;

Date currentDate()
{
    return fromQDate(QDate::currentDate());
}

QList<AccessEvent> toList(const std::vector<AccessEvent> &events)
{
    return QList<AccessEvent>(events.begin(), events.end());
}

} // namespace

struct DataSession::Private
{
    Private()
        : history(&ids)
    {}

    ConnectionProfile profile;
    QString displayName;
    QString driver;
    bool open = false;

    RequestIdIssuer ids;
    text::RepairCache cache;
    SessionHistory history;

    std::unique_ptr<LiveFeed> live;
    // Pages of History and report ranges; counts and the dictionary on a second connection so a
    // slow COUNT(*) never holds up the first page.
    std::unique_ptr<QueryRunner> pages;
    std::unique_ptr<QueryRunner> aux;
    std::unique_ptr<SessionDictionary> dictionary;

    // Passes today: a COUNT at connect and every kTodayRecountMs, plus live passes of today.
    bool countToday = false;
    quint64 todayCountRequest = 0;
    qint64 eventsToday = -1;
    Date today;
    QTimer todayRecount;

    // Report ranges: runner request → session request; channel → its current request.
    struct Range
    {
        RangeRequestId id;
        QString channel;
        qint64 rows = 0;
    };
    QHash<quint64, Range> ranges;
    QHash<QString, quint64> channels;

    quint64 checkRequest = 0;
    qint64 duplicateKeyRows = 0;
    qint64 unkeyedRows = 0;
    std::optional<bool> keyless; // the live feed's mode, once it has polled
};

DataSession::DataSession(QObject *parent)
    : EventSource(parent)
    , d(std::make_unique<Private>())
{
    registerDbMetaTypes();
    qRegisterMetaType<RangeRequestId>();
    d->todayRecount.setInterval(kTodayRecountMs);
    connect(&d->todayRecount, &QTimer::timeout, this, &DataSession::countToday);
}

DataSession::~DataSession()
{
    close();
}

bool DataSession::isOpen() const
{
    return d->open;
}

QString DataSession::sourceName() const
{
    return d->displayName;
}

QString DataSession::driverDescription() const
{
    return d->driver;
}

HistorySource *DataSession::history() const
{
    return &d->history;
}

QStringList DataSession::doorNames() const
{
    return d->dictionary ? d->dictionary->doorNames() : QStringList();
}

std::vector<std::string> DataSession::cardNumbers() const
{
    return d->dictionary ? d->dictionary->values().cards : std::vector<std::string>();
}

bool DataSession::isDictionaryReady() const
{
    return d->dictionary && d->dictionary->isReady();
}

void DataSession::open(const ConnectionProfile &profile, const QString &displayName,
                       const SessionOptions &options)
{
    close();
    d->profile = profile;
    d->displayName = displayName;
    d->open = true;
    if (options.queries)
        openQueries(options);
    if (options.live)
        startLive(options.liveOptions);
}

void DataSession::openQueries(const SessionOptions &options)
{
    d->pages = std::make_unique<QueryRunner>(d->profile);
    d->aux = std::make_unique<QueryRunner>(d->profile);
    if (options.dictionary) {
        d->dictionary = std::make_unique<SessionDictionary>(d->aux.get(), &d->cache);
        connect(d->dictionary.get(), &SessionDictionary::loaded, this,
                &DataSession::dictionaryLoaded);
        connect(d->dictionary.get(), &SessionDictionary::failed, this,
                &DataSession::dictionaryFailed);
    }
    connectRunners();
    d->history.attach({d->profile, d->pages.get(), d->aux.get(), d->dictionary.get(), &d->cache});

    if (options.connectAtOnce)
        d->pages->open();
    if (d->dictionary)
        d->dictionary->load();
    d->countToday = options.countToday;
    if (d->countToday) {
        countToday();
        d->todayRecount.start();
    }
}

void DataSession::connectRunners()
{
    connect(
        d->pages.get(), &QueryRunner::opened, this, [this](quint64, const ConnectionInfo &info) {
            d->driver = QStringLiteral("%1 — %2").arg(d->profile.kind == ConnectionKind::SqliteFile
                                                          ? QStringLiteral("QSQLITE")
                                                          : QStringLiteral("QODBC"),
                                                      info.server);
        });
    connect(d->pages.get(), &QueryRunner::eventsReady, this,
            [this](quint64 id, const EventBatch &batch) {
                const auto it = d->ranges.find(id);
                if (it == d->ranges.end())
                    return;
                it->rows += qint64(batch.events().size());
                emit rangeBatch(it->id, toList(batch.events()));
            });
    connect(d->pages.get(), &QueryRunner::eventsFinished, this,
            [this](quint64 id, const QueryOutcome &) {
                if (!d->ranges.contains(id))
                    return;
                const Private::Range range = d->ranges.value(id);
                endRange(id);
                emit rangeFinished(range.id, range.rows);
            });
    connect(d->pages.get(), &QueryRunner::failed, this, [this](quint64 id, const QString &message) {
        if (id == d->checkRequest) {
            d->checkRequest = 0;
            emit tableCheckFailed(message);
            return;
        }
        if (!d->ranges.contains(id))
            return;
        const RangeRequestId rangeId = d->ranges.value(id).id;
        endRange(id);
        emit rangeFailed(rangeId, message);
    });
    connect(d->pages.get(), &QueryRunner::tableChecked, this,
            [this](quint64 id, const TableSummary &summary) {
                if (id != d->checkRequest)
                    return;
                d->checkRequest = 0;
                emit tableChecked(summary);
            });
    connect(d->aux.get(), &QueryRunner::countReady, this, [this](quint64 id, qint64 count, bool) {
        if (id != d->todayCountRequest)
            return;
        d->todayCountRequest = 0;
        d->eventsToday = count;
        emit eventsTodayChanged(count);
    });
    connect(d->aux.get(), &QueryRunner::failed, this, [this](quint64 id, const QString &message) {
        // Tried again at the next recount.
        if (id != d->todayCountRequest)
            return;
        d->todayCountRequest = 0;
        log::ui()->warn("counting today's passes failed: {}", message.toStdString());
    });
}

void DataSession::startLive(const LiveFeedOptions &options)
{
    d->live = std::make_unique<LiveFeed>(d->profile, options);
    connect(d->live.get(), &LiveFeed::batchReady, this, [this](const LiveBatch &batch) {
        if (d->dictionary)
            d->dictionary->noteEvents(batch.events);
        if (batch.kind == LiveBatch::Kind::Initial) {
            emit liveInitialEvents(toList(batch.events));
            return;
        }
        if (d->countToday) {
            if (d->today != currentDate()) {
                countToday(); // midnight passed
            } else if (d->eventsToday >= 0) {
                for (const AccessEvent &e : batch.events)
                    d->eventsToday += e.time && dateOf(*e.time) == d->today ? 1 : 0;
                emit eventsTodayChanged(d->eventsToday);
            }
        }
        emit liveEvents(toList(batch.events));
    });
    connect(d->live.get(), &LiveFeed::statusChanged, this, &DataSession::liveStatus);
    connect(d->live.get(), &LiveFeed::keyReset, this, [this](const KeyReset &reset) {
        log::ui()->warn("the event table's key went back (watermark {}): Live starts again",
                        reset.previousWatermark);
        emit liveReset(reset);
    });
    connect(d->live.get(), &LiveFeed::polled, this, [this](const LivePollStats &stats) {
        if (d->keyless != stats.keyless) {
            d->keyless = stats.keyless;
            emit liveMode(stats.keyless, stats.keylessReason);
        }
        emit livePolled(QDateTime::currentDateTime());
        if (stats.duplicateKeyRows > d->duplicateKeyRows) {
            d->duplicateKeyRows = stats.duplicateKeyRows;
            emit liveDuplicateKeys(stats.duplicateKeyRows);
        }
        if (stats.unkeyedRows > d->unkeyedRows) {
            d->unkeyedRows = stats.unkeyedRows;
            emit liveUnkeyedRows(stats.unkeyedRows);
        }
    });
    d->live->start();
}

void DataSession::countToday()
{
    if (!d->aux)
        return;
    if (d->todayCountRequest)
        d->aux->cancel(d->todayCountRequest);
    d->today = currentDate();
    sql::HistoryFilter today;
    today.from = startOfDay(d->today);
    today.to = startOfDay(addDays(d->today, 1));
    d->eventsToday = -1; // live passes wait for the count
    d->todayCountRequest = d->aux->countHistory(today);
}

void DataSession::close()
{
    if (!d->open)
        return;
    d->open = false;
    d->todayRecount.stop();
    d->countToday = false;
    d->todayCountRequest = 0;
    d->checkRequest = 0;
    d->history.detach();
    d->live.reset();
    d->duplicateKeyRows = 0;
    d->unkeyedRows = 0;
    d->keyless.reset();
    d->dictionary.reset();
    d->pages.reset();
    d->aux.reset();
    d->ranges.clear();
    d->channels.clear();
}

RangeRequestId DataSession::loadRange(DateTime from, DateTime to, const QString &channel)
{
    const auto id = d->ids.next<RangeRequestId>();
    if (const auto previous = d->channels.find(channel); previous != d->channels.end())
        cancel(d->ranges.value(*previous).id);
    if (!d->pages) {
        QTimer::singleShot(0, this, [this, id] { emit rangeFailed(id, tr("Not connected.")); });
        return id;
    }
    // The caller's [from, to) already includes any extension the report needs.
    const quint64 runnerRequest = d->pages->fetchRange(from, to, 0);
    d->ranges.insert(runnerRequest, {id, channel, 0});
    d->channels.insert(channel, runnerRequest);
    return id;
}

void DataSession::cancel(RangeRequestId requestId)
{
    for (auto it = d->ranges.cbegin(); it != d->ranges.cend(); ++it) {
        if (it->id == requestId) {
            const quint64 runnerRequest = it.key();
            d->pages->cancel(runnerRequest);
            endRange(runnerRequest);
            return;
        }
    }
}

void DataSession::endRange(quint64 runnerRequest)
{
    const Private::Range range = d->ranges.take(runnerRequest);
    if (d->channels.value(range.channel) == runnerRequest)
        d->channels.remove(range.channel);
}

void DataSession::checkTable()
{
    if (!d->pages) {
        QTimer::singleShot(0, this, [this] { emit tableCheckFailed(tr("Not connected.")); });
        return;
    }
    d->checkRequest = d->pages->checkTable();
}

} // namespace attlog::db
