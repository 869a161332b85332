// SPDX-License-Identifier: MIT
#include "ui/session/datasession.h"

#include "core/db/dictionaryloader.h"
#include "core/db/historyexporter.h"
#include "core/db/livefeed.h"
#include "core/db/logging.h"
#include "core/db/queryrunner.h"
#include "core/event/eventdecoder.h"
#include "core/text/repaircache.h"
#include "ui/common/eventcolumns.h"
#include "ui/common/eventformat.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace attlog::ui {

namespace {

// Live meets a new door or person: the dictionary is read again, but not more often than this.
constexpr int kDictionaryRefreshMs = 10000;
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
    db::ConnectionProfile profile;
    QString displayName;
    QString driver;
    bool open = false;

    std::unique_ptr<db::LiveFeed> live;
    // Pages of History and report ranges; counts and the dictionary on a second connection so a
    // slow COUNT(*) never holds up the first page.
    std::unique_ptr<db::QueryRunner> pages;
    std::unique_ptr<db::QueryRunner> aux;
    std::unique_ptr<db::DictionaryLoader> dictionaryLoader;

    ValueDictionary dictionary;
    bool dictionaryReady = false;
    QSet<QString> knownPeople;
    QSet<QString> knownDoors;
    QTimer dictionaryRefresh;
    text::RepairCache cache;
    sql::DirectionMapping directions;

    quint64 nextId = 0;

    // The current History request.
    quint64 historyId = 0;
    HistorySearch historySearch;
    int pageSize = 500;
    bool historyWaitsForDictionary = false;
    sql::HistoryFilter historyFilter;
    std::optional<sql::PageCursor> cursor;
    quint64 pageRequest = 0;
    quint64 countRequest = 0;
    QList<AccessEvent> pageRows; // rows of the page being read (a page may span runner requests)

    // Passes today: a COUNT at connect and every kTodayRecountMs, plus live passes of today.
    quint64 todayCountRequest = 0;
    qint64 eventsToday = -1;
    Date today;
    QTimer todayRecount;

    // Report ranges: runner request → session request; channel → its current session request.
    QHash<quint64, quint64> rangeRequests;
    QHash<QString, quint64> channels;
    QHash<quint64, qint64> rangeRows;

    // Exports: session request → the exporter (lives in its own thread).
    struct ExportJob
    {
        QThread *thread = nullptr;
        db::HistoryExporter *exporter = nullptr;
    };
    QHash<quint64, ExportJob> exports;
};

DataSession::DataSession(QObject *parent)
    : EventSource(parent)
    , d(std::make_unique<Private>())
{
    db::registerDbMetaTypes();
    qRegisterMetaType<sql::HistoryFilter>();
    qRegisterMetaType<db::HistoryExportOptions>();
    d->dictionaryRefresh.setSingleShot(true);
    d->dictionaryRefresh.setInterval(kDictionaryRefreshMs);
    d->todayRecount.setInterval(kTodayRecountMs);
    connect(&d->todayRecount, &QTimer::timeout, this, &DataSession::countToday);
    connect(&d->dictionaryRefresh, &QTimer::timeout, this, [this] {
        if (d->dictionaryLoader && !d->dictionaryLoader->isLoading())
            d->dictionaryLoader->load();
    });
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

void DataSession::open(const db::ConnectionProfile &profile, const QString &displayName)
{
    close();
    d->profile = profile;
    d->displayName = displayName;
    d->directions = profile.directions;
    d->open = true;

    d->pages = std::make_unique<db::QueryRunner>(profile);
    d->aux = std::make_unique<db::QueryRunner>(profile);
    d->dictionaryLoader = std::make_unique<db::DictionaryLoader>(d->aux.get());

    connect(d->pages.get(), &db::QueryRunner::opened, this,
            [this](quint64, const db::ConnectionInfo &info) {
                d->driver = QStringLiteral("%1 — %2").arg(
                    d->profile.kind == db::ConnectionKind::SqliteFile ? QStringLiteral("QSQLITE")
                                                                      : QStringLiteral("QODBC"),
                    info.server);
            });
    connect(d->pages.get(), &db::QueryRunner::eventsReady, this,
            [this](quint64 id, const db::EventBatch &batch) {
                if (id == d->pageRequest) {
                    for (const AccessEvent &e : batch.events())
                        d->pageRows.push_back(e);
                    return;
                }
                if (const auto it = d->rangeRequests.constFind(id); it != d->rangeRequests.cend()) {
                    d->rangeRows[*it] += qint64(batch.events().size());
                    emit rangeBatch(*it, toList(batch.events()));
                }
            });
    connect(d->pages.get(), &db::QueryRunner::eventsFinished, this,
            [this](quint64 id, const db::QueryOutcome &outcome) {
                if (id == d->pageRequest) {
                    d->pageRequest = 0;
                    d->cursor = outcome.nextPage;
                    const bool atEnd = outcome.endOfData || !outcome.nextPage;
                    // A page whose rows were all filtered out in core: read on, so the view
                    // always gets rows or the end.
                    if (d->pageRows.isEmpty() && !atEnd) {
                        d->pageRequest =
                            d->pages->fetchHistoryPage(d->historyFilter, d->cursor, d->pageSize);
                        return;
                    }
                    emit historyPage(d->historyId, std::exchange(d->pageRows, {}), atEnd);
                    return;
                }
                if (const auto sessionId = d->rangeRequests.take(id)) {
                    d->channels.remove(d->channels.key(sessionId));
                    emit rangeFinished(sessionId, d->rangeRows.take(sessionId));
                }
            });
    connect(d->pages.get(), &db::QueryRunner::failed, this,
            [this](quint64 id, const QString &message) {
                if (id == d->pageRequest) {
                    d->pageRequest = 0;
                    d->pageRows.clear();
                    emit historyFailed(d->historyId, message);
                    return;
                }
                if (const auto sessionId = d->rangeRequests.take(id)) {
                    d->channels.remove(d->channels.key(sessionId));
                    d->rangeRows.remove(sessionId);
                    emit rangeFailed(sessionId, message);
                }
            });
    connect(d->aux.get(), &db::QueryRunner::countReady, this,
            [this](quint64 id, qint64 count, bool exact) {
                if (id == d->countRequest) {
                    emit historyCount(d->historyId, count, exact);
                } else if (id == d->todayCountRequest) {
                    d->todayCountRequest = 0;
                    d->eventsToday = count;
                    emit eventsTodayChanged(count);
                }
            });
    connect(d->aux.get(), &db::QueryRunner::failed, this,
            [this](quint64 id, const QString &message) {
                // The pages' runner reports what the user must see; a count is retried with the
                // next filter (History) or recount (passes today).
                if (id == d->countRequest || id == d->todayCountRequest)
                    log::ui()->warn("counting passes failed: {}", message.toStdString());
                if (id == d->todayCountRequest)
                    d->todayCountRequest = 0;
            });
    connect(d->dictionaryLoader.get(), &db::DictionaryLoader::loaded, this,
            [this](const ValueDictionary &dictionary) {
                d->dictionary = dictionary;
                d->dictionaryReady = true;
                d->knownPeople.clear();
                for (const std::string &raw : dictionary.personNames)
                    d->knownPeople.insert(qs(d->cache.repaired(raw)));
                QStringList doors;
                for (const std::string &door : shownDoorNames(dictionary, d->cache))
                    doors << qs(door);
                d->knownDoors = QSet<QString>(doors.begin(), doors.end());
                if (doors != m_doorNames) {
                    m_doorNames = doors;
                    emit doorNamesChanged(m_doorNames);
                }
                if (d->historyWaitsForDictionary) {
                    d->historyWaitsForDictionary = false;
                    runHistory();
                }
            });
    connect(d->dictionaryLoader.get(), &db::DictionaryLoader::failed, this,
            [this](const QString &message) {
                log::ui()->warn("dictionary not loaded: {}", message.toStdString());
                if (d->historyWaitsForDictionary) {
                    d->historyWaitsForDictionary = false;
                    emit historyFailed(d->historyId, message);
                }
            });
    d->pages->open();
    d->dictionaryLoader->load();
    countToday();
    d->todayRecount.start();

    db::LiveFeedOptions options;
    d->live = std::make_unique<db::LiveFeed>(profile, options);
    connect(d->live.get(), &db::LiveFeed::batchReady, this, [this](const db::LiveBatch &batch) {
        bool unknownValue = false;
        for (const AccessEvent &e : batch.events) {
            if ((!e.person.empty() && !d->knownPeople.contains(qs(e.person))) ||
                (!e.door.empty() && !d->knownDoors.contains(qs(e.door))))
                unknownValue = true;
        }
        if (unknownValue && d->dictionaryReady && !d->dictionaryRefresh.isActive())
            d->dictionaryRefresh.start();
        if (batch.kind == db::LiveBatch::Kind::Initial) {
            emit liveInitialEvents(toList(batch.events));
            return;
        }
        if (d->today != currentDate()) {
            countToday(); // midnight passed
        } else if (d->eventsToday >= 0) {
            for (const AccessEvent &e : batch.events)
                d->eventsToday += e.time && dateOf(*e.time) == d->today ? 1 : 0;
            emit eventsTodayChanged(d->eventsToday);
        }
        emit liveEvents(toList(batch.events));
    });
    connect(d->live.get(), &db::LiveFeed::statusChanged, this, &DataSession::liveStatus);
    connect(d->live.get(), &db::LiveFeed::keyReset, this, [this](const db::KeyReset &reset) {
        log::ui()->warn("the event table's key went back (watermark {}): Live starts again",
                        reset.previousWatermark);
        emit liveReset();
    });
    connect(d->live.get(), &db::LiveFeed::polled, this,
            [this](const db::LivePollStats &) { emit livePolled(QDateTime::currentDateTime()); });
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
    d->todayCountRequest = 0;
    for (auto it = d->exports.begin(); it != d->exports.end(); ++it) {
        it->exporter->cancel();
        it->thread->quit();
        it->thread->wait();
    }
    d->exports.clear();
    d->live.reset();
    d->dictionaryLoader.reset();
    d->pages.reset();
    d->aux.reset();
    d->dictionary = {};
    d->dictionaryReady = false;
    d->rangeRequests.clear();
    d->channels.clear();
    d->rangeRows.clear();
    d->pageRequest = d->countRequest = 0;
}

quint64 DataSession::loadRange(DateTime from, DateTime to, const QString &channel)
{
    const quint64 id = ++d->nextId;
    if (const quint64 previous = d->channels.value(channel))
        cancel(previous);
    if (!d->pages) {
        QTimer::singleShot(0, this, [this, id] { emit rangeFailed(id, tr("Not connected.")); });
        return id;
    }
    d->channels.insert(channel, id);
    d->rangeRows.insert(id, 0);
    // The caller's [from, to) already includes any extension the report needs.
    d->rangeRequests.insert(d->pages->fetchRange(from, to, 0), id);
    return id;
}

void DataSession::cancel(quint64 requestId)
{
    if (requestId == d->historyId) {
        if (d->pageRequest)
            d->pages->cancel(d->pageRequest);
        if (d->countRequest)
            d->aux->cancel(d->countRequest);
        d->pageRequest = d->countRequest = 0;
        d->pageRows.clear();
        d->historyWaitsForDictionary = false;
        return;
    }
    for (auto it = d->rangeRequests.begin(); it != d->rangeRequests.end(); ++it) {
        if (it.value() == requestId) {
            d->pages->cancel(it.key());
            d->rangeRequests.erase(it);
            d->channels.remove(d->channels.key(requestId));
            d->rangeRows.remove(requestId);
            return;
        }
    }
    if (const auto job = d->exports.value(requestId); job.exporter)
        job.exporter->cancel();
}

quint64 DataSession::startHistory(const HistorySearch &search, int pageSize)
{
    if (d->historyId != 0)
        cancel(d->historyId);
    d->historyId = ++d->nextId;
    d->historySearch = search;
    d->pageSize = pageSize;
    runHistory();
    return d->historyId;
}

void DataSession::runHistory()
{
    d->cursor.reset();
    d->pageRows.clear();
    if (!d->pages) {
        const quint64 id = d->historyId;
        QTimer::singleShot(0, this, [this, id] { emit historyFailed(id, tr("Not connected.")); });
        return;
    }
    if (!d->dictionaryReady) {
        // Names and doors resolve against the dictionary; the search runs when it arrives.
        d->historyWaitsForDictionary = true;
        return;
    }
    const EventDecoder decoder(d->cache, d->directions);
    d->historyFilter = resolveHistorySearch(d->historySearch, d->dictionary, d->cache, decoder);
    d->pageRequest = d->pages->fetchHistoryPage(d->historyFilter, std::nullopt, d->pageSize);
    d->countRequest = d->aux->countHistory(d->historyFilter);
}

void DataSession::fetchHistoryPage(quint64 requestId)
{
    if (requestId != d->historyId || d->pageRequest != 0 || !d->cursor || !d->pages)
        return;
    d->pageRequest = d->pages->fetchHistoryPage(d->historyFilter, d->cursor, d->pageSize);
}

quint64 DataSession::startExport(const HistoryExportRequest &request)
{
    const quint64 id = ++d->nextId;
    if (!d->open || !d->dictionaryReady) {
        QTimer::singleShot(0, this, [this, id] {
            emit exportFailed(id,
                              tr("Not connected, or the list of names is still loading. Try again "
                                 "in a moment."));
        });
        return id;
    }
    const EventDecoder decoder(d->cache, d->directions);
    const sql::HistoryFilter filter =
        resolveHistorySearch(request.search, d->dictionary, d->cache, decoder);

    db::HistoryExportOptions options;
    options.format = request.format == HistoryExportRequest::Format::Xlsx
                         ? db::HistoryExportOptions::Format::Xlsx
                         : db::HistoryExportOptions::Format::Csv;
    options.path = request.path;
    options.csvDelimiter = request.csvDelimiter;
    options.csvSpaceDateTime = true;
    std::array<std::string, kEventTableColumnCount> titles;
    for (int i = 0; i < kEventColumnCount; ++i)
        titles[std::size_t(i)] = eventColumnTitle(static_cast<EventColumn>(i)).toStdString();
    options.titles = titles;
    options.directionWords = std::array<std::string, 3>{
        directionText(Direction::In).toStdString(), directionText(Direction::Out).toStdString(),
        directionText(Direction::Unknown).toStdString()};
    options.sheetName = tr("History");

    auto *thread = new QThread(this);
    thread->setObjectName(QStringLiteral("export"));
    auto *exporter = new db::HistoryExporter(d->profile);
    exporter->moveToThread(thread);
    connect(thread, &QThread::finished, exporter, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    auto finish = [this, id] {
        const auto job = d->exports.take(id);
        if (job.thread)
            job.thread->quit();
    };
    connect(
        exporter, &db::HistoryExporter::progress, this,
        [this, id](qint64 rows) { emit exportProgress(id, rows); }, Qt::QueuedConnection);
    connect(
        exporter, &db::HistoryExporter::finished, this,
        [this, id, finish](qint64 rows, const QString &path) {
            finish();
            emit exportFinished(id, rows, path);
        },
        Qt::QueuedConnection);
    connect(
        exporter, &db::HistoryExporter::failed, this,
        [this, id, finish](const QString &message) {
            finish();
            emit exportFailed(id, message);
        },
        Qt::QueuedConnection);
    d->exports.insert(id, Private::ExportJob{thread, exporter});
    thread->start();
    QMetaObject::invokeMethod(
        exporter, [exporter, filter, options] { exporter->start(filter, options); },
        Qt::QueuedConnection);
    return id;
}

} // namespace attlog::ui
