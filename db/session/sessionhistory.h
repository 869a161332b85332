// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/historyfilter.h"
#include "db/connection/connectionprofile.h"
#include "db/session/historysource.h"

#include <QHash>
#include <QList>

#include <optional>

namespace attlog::text {
class RepairCache;
}

namespace attlog::db {

class HistoryExportJob;
class QueryRunner;
class SessionDictionary;

// What an open session lends its History: the profile, the two runners (pages; counts and the
// dictionary), the dictionary (null when the session reads none: searches then resolve against
// no stored values) and the repair cache. All live as long as the connection.
struct SessionBackend
{
    ConnectionProfile profile;
    QueryRunner *pages = nullptr;
    QueryRunner *aux = nullptr;
    SessionDictionary *dictionary = nullptr;
    text::RepairCache *cache = nullptr;
};

// DataSession's History: a search read page by page on the pages runner while its count runs on
// the auxiliary one, searches and exports that wait for the dictionary when it is still loading,
// and exports on threads of their own. Outlives the connections: attach() on open, detach() on
// close (the current search fails, running exports are cancelled and fail).
class SessionHistory final : public HistorySource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHistory)

public:
    SessionHistory(RequestIdIssuer *ids, QObject *parent = nullptr);
    ~SessionHistory() override;

    void attach(const SessionBackend &backend);
    void detach();

    HistoryRequestId startHistory(const HistorySearch &search, int pageSize = 500) override;
    void fetchHistoryPage(HistoryRequestId requestId) override;
    void cancel(HistoryRequestId requestId) override;
    ExportRequestId startExport(const HistoryExportRequest &request) override;
    void cancel(ExportRequestId requestId) override;
    QStringList doorNames() const override;

private:
    struct PendingExport
    {
        ExportRequestId id;
        HistoryExportRequest request;
    };

    bool dictionaryReady() const;
    sql::HistoryFilter resolve(const HistorySearch &search) const;
    // Resolves the current search and asks for its first page and its count.
    void run();
    void runExport(ExportRequestId id, const HistoryExportRequest &request);
    void onDictionaryLoaded();
    void onDictionaryFailed(const QString &message);
    void onPageBatch(quint64 runnerRequest, const QList<AccessEvent> &events);
    void onPageFinished(quint64 runnerRequest, const std::optional<sql::PageCursor> &next,
                        bool endOfData);
    void onPageFailed(quint64 runnerRequest, const QString &message);
    void clearSearch();
    void failLater(HistoryRequestId id, const QString &message);
    void failExportLater(ExportRequestId id, const QString &message);

    RequestIdIssuer *m_ids;
    std::optional<SessionBackend> m_backend;

    // The current search.
    HistoryRequestId m_id;
    HistorySearch m_search;
    int m_pageSize = 500;
    bool m_waitsForDictionary = false;
    sql::HistoryFilter m_filter;
    std::optional<sql::PageCursor> m_cursor;
    quint64 m_pageRequest = 0;
    quint64 m_countRequest = 0;
    QList<AccessEvent> m_pageRows; // the page being read (a page may span runner requests)

    QList<PendingExport> m_waitingExports; // for the dictionary
    QHash<ExportRequestId, HistoryExportJob *> m_exports;
};

} // namespace attlog::db
