// SPDX-License-Identifier: MIT
#include "db/session/sessionhistory.h"

#include "core/event/eventdecoder.h"
#include "db/export/historyexportjob.h"
#include "db/query/queryrunner.h"
#include "db/runtime/logging.h"
#include "db/session/sessiondictionary.h"

#include <QTimer>

#include <spdlog/spdlog.h>

namespace attlog::db {

SessionHistory::SessionHistory(RequestIdIssuer *ids, QObject *parent)
    : HistorySource(parent)
    , m_ids(ids)
{
    qRegisterMetaType<HistoryRequestId>();
    qRegisterMetaType<ExportRequestId>();
}

SessionHistory::~SessionHistory()
{
    detach();
}

void SessionHistory::attach(const SessionBackend &backend)
{
    detach();
    m_backend = backend;
    connect(backend.pages, &QueryRunner::eventsReady, this,
            [this](quint64 id, const EventBatch &batch) {
                const auto &events = batch.events();
                onPageBatch(id, QList<AccessEvent>(events.begin(), events.end()));
            });
    connect(backend.pages, &QueryRunner::eventsFinished, this,
            [this](quint64 id, const QueryOutcome &outcome) {
                onPageFinished(id, outcome.nextPage, outcome.endOfData);
            });
    connect(backend.pages, &QueryRunner::failed, this, &SessionHistory::onPageFailed);
    connect(backend.aux, &QueryRunner::countReady, this,
            [this](quint64 id, qint64 count, bool exact) {
                if (id == m_countRequest) {
                    m_countRequest = 0;
                    emit historyCount(m_id, count, exact);
                }
            });
    connect(backend.aux, &QueryRunner::failed, this, [this](quint64 id, const QString &message) {
        // The pages say what the user must see; the count comes again with the next search.
        if (id == m_countRequest) {
            m_countRequest = 0;
            log::ui()->warn("counting History's passes failed: {}", message.toStdString());
        }
    });
    if (backend.dictionary) {
        connect(backend.dictionary, &SessionDictionary::loaded, this,
                &SessionHistory::onDictionaryLoaded);
        connect(backend.dictionary, &SessionDictionary::failed, this,
                &SessionHistory::onDictionaryFailed);
        connect(backend.dictionary, &SessionDictionary::doorNamesChanged, this,
                &HistorySource::doorNamesChanged);
    }
}

void SessionHistory::detach()
{
    if (!m_backend)
        return;
    for (QObject *source :
         {static_cast<QObject *>(m_backend->pages), static_cast<QObject *>(m_backend->aux),
          static_cast<QObject *>(m_backend->dictionary)}) {
        if (source)
            disconnect(source, nullptr, this, nullptr);
    }
    m_backend.reset();
    const QString closed = tr("The connection was closed.");
    if (m_id.isValid() && (m_pageRequest || m_waitsForDictionary))
        failLater(m_id, closed);
    clearSearch();
    for (const PendingExport &pending : std::exchange(m_waitingExports, {}))
        failExportLater(pending.id, closed);
    for (auto it = m_exports.begin(); it != m_exports.end(); ++it) {
        delete it.value(); // cancels and waits for its thread; emits nothing more
        failExportLater(it.key(), closed);
    }
    m_exports.clear();
}

bool SessionHistory::dictionaryReady() const
{
    return m_backend && (!m_backend->dictionary || m_backend->dictionary->isReady());
}

sql::HistoryFilter SessionHistory::resolve(const HistorySearch &search) const
{
    static const ValueDictionary kNoValues;
    const EventDecoder decoder(*m_backend->cache, m_backend->profile.directions);
    const ValueDictionary &values =
        m_backend->dictionary ? m_backend->dictionary->values() : kNoValues;
    return resolveHistorySearch(search, values, *m_backend->cache, decoder);
}

HistoryRequestId SessionHistory::startHistory(const HistorySearch &search, int pageSize)
{
    if (m_id.isValid())
        cancel(m_id);
    m_id = m_ids->next<HistoryRequestId>();
    m_search = search;
    m_pageSize = pageSize;
    run();
    return m_id;
}

void SessionHistory::run()
{
    m_cursor.reset();
    m_pageRows.clear();
    if (!m_backend) {
        failLater(m_id, tr("Not connected."));
        return;
    }
    if (!dictionaryReady()) {
        // Names and doors resolve against the dictionary; the search runs when it arrives.
        m_waitsForDictionary = true;
        return;
    }
    m_filter = resolve(m_search);
    m_pageRequest = m_backend->pages->fetchHistoryPage(m_filter, std::nullopt, m_pageSize);
    m_countRequest = m_backend->aux->countHistory(m_filter);
}

void SessionHistory::fetchHistoryPage(HistoryRequestId requestId)
{
    if (requestId != m_id || m_pageRequest != 0 || !m_cursor || !m_backend)
        return;
    m_pageRequest = m_backend->pages->fetchHistoryPage(m_filter, m_cursor, m_pageSize);
}

void SessionHistory::cancel(HistoryRequestId requestId)
{
    if (requestId != m_id || !requestId.isValid())
        return;
    if (m_backend) {
        if (m_pageRequest)
            m_backend->pages->cancel(m_pageRequest);
        if (m_countRequest)
            m_backend->aux->cancel(m_countRequest);
    }
    clearSearch();
}

void SessionHistory::clearSearch()
{
    m_pageRequest = m_countRequest = 0;
    m_pageRows.clear();
    m_cursor.reset();
    m_waitsForDictionary = false;
}

void SessionHistory::onPageBatch(quint64 runnerRequest, const QList<AccessEvent> &events)
{
    if (runnerRequest == m_pageRequest && m_pageRequest != 0)
        m_pageRows += events;
}

void SessionHistory::onPageFinished(quint64 runnerRequest,
                                    const std::optional<sql::PageCursor> &next, bool endOfData)
{
    if (runnerRequest != m_pageRequest || m_pageRequest == 0)
        return;
    m_pageRequest = 0;
    m_cursor = next;
    const bool atEnd = endOfData || !next;
    // A page whose rows were all filtered out in core: read on, so the view always gets rows or
    // the end.
    if (m_pageRows.isEmpty() && !atEnd) {
        m_pageRequest = m_backend->pages->fetchHistoryPage(m_filter, m_cursor, m_pageSize);
        return;
    }
    emit historyPage(m_id, std::exchange(m_pageRows, {}), atEnd);
}

void SessionHistory::onPageFailed(quint64 runnerRequest, const QString &message)
{
    if (runnerRequest != m_pageRequest || m_pageRequest == 0)
        return;
    m_pageRequest = 0;
    m_pageRows.clear();
    emit historyFailed(m_id, message);
}

void SessionHistory::onDictionaryLoaded()
{
    if (m_waitsForDictionary) {
        m_waitsForDictionary = false;
        run();
    }
    for (const PendingExport &pending : std::exchange(m_waitingExports, {}))
        runExport(pending.id, pending.request);
}

void SessionHistory::onDictionaryFailed(const QString &message)
{
    if (dictionaryReady())
        return; // a refresh failed: the values already loaded still serve
    if (m_waitsForDictionary) {
        m_waitsForDictionary = false;
        emit historyFailed(m_id, message);
    }
    for (const PendingExport &pending : std::exchange(m_waitingExports, {}))
        emit exportFailed(pending.id, message);
}

ExportRequestId SessionHistory::startExport(const HistoryExportRequest &request)
{
    const auto id = m_ids->next<ExportRequestId>();
    if (!m_backend)
        failExportLater(id, tr("Not connected."));
    else if (!dictionaryReady())
        m_waitingExports.push_back({id, request});
    else
        runExport(id, request);
    return id;
}

void SessionHistory::runExport(ExportRequestId id, const HistoryExportRequest &request)
{
    auto *job =
        new HistoryExportJob(m_backend->profile, resolve(request.search), request.options, this);
    m_exports.insert(id, job);
    connect(job, &HistoryExportJob::progress, this,
            [this, id](qint64 rows) { emit exportProgress(id, rows); });
    connect(job, &HistoryExportJob::finished, this, [this, id](qint64 rows, const QString &path) {
        if (HistoryExportJob *done = m_exports.take(id))
            done->deleteLater();
        emit exportFinished(id, rows, path);
    });
    connect(job, &HistoryExportJob::failed, this, [this, id](const QString &message) {
        if (HistoryExportJob *done = m_exports.take(id))
            done->deleteLater();
        emit exportFailed(id, message);
    });
    job->start();
}

void SessionHistory::cancel(ExportRequestId requestId)
{
    for (qsizetype i = 0; i < m_waitingExports.size(); ++i) {
        if (m_waitingExports[i].id == requestId) {
            m_waitingExports.removeAt(i);
            failExportLater(requestId, tr("Export cancelled."));
            return;
        }
    }
    if (HistoryExportJob *job = m_exports.value(requestId))
        job->cancel(); // ends with failed()
}

QStringList SessionHistory::doorNames() const
{
    return m_backend && m_backend->dictionary ? m_backend->dictionary->doorNames() : QStringList();
}

void SessionHistory::failLater(HistoryRequestId id, const QString &message)
{
    QTimer::singleShot(0, this, [this, id, message] { emit historyFailed(id, message); });
}

void SessionHistory::failExportLater(ExportRequestId id, const QString &message)
{
    QTimer::singleShot(0, this, [this, id, message] { emit exportFailed(id, message); });
}

} // namespace attlog::db
