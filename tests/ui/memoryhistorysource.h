// SPDX-License-Identifier: MIT
#pragma once

#include "db/session/historysource.h"

#include <QList>
#include <QMap>
#include <QSet>

#include <functional>

namespace attlog::test {

// A HistorySource over events in memory, keeping the asynchronous contract of the session's:
// answers arrive from the event loop, never inside the call. A search keeps the events in its
// period, at its doors (exact names), of its directions and whose person, card or employee ID
// contains its text (case-insensitive); pages are newest first. With holdAnswers(true) answers
// wait until release(), so a test can start a second search before the first one answers.
// Exports are not written: they finish with the number of matching rows.
class MemoryHistorySource final : public db::HistorySource
{
public:
    explicit MemoryHistorySource(QList<AccessEvent> events = {}, QObject *parent = nullptr);

    void setDoorNames(const QStringList &doors);
    void holdAnswers(bool hold) { m_hold = hold; }
    // Sends every held answer, oldest first (superseded and cancelled ones included: the source
    // must drop those itself, as the session does with a late page of a worker).
    void release();
    // The next search fails with this message (once).
    void failNextSearch(const QString &message) { m_failure = message; }

    db::HistoryRequestId startHistory(const HistorySearch &search, int pageSize = 500) override;
    void fetchHistoryPage(db::HistoryRequestId requestId) override;
    void cancel(db::HistoryRequestId requestId) override;
    db::ExportRequestId startExport(const db::HistoryExportRequest &request) override;
    void cancel(db::ExportRequestId requestId) override;
    QStringList doorNames() const override { return m_doors; }

    int searchCount() const { return m_searches; }
    const QList<db::HistoryRequestId> &cancelledSearches() const { return m_cancelled; }
    const QList<db::HistoryExportRequest> &exportRequests() const { return m_exports; }

private:
    struct Search
    {
        QList<AccessEvent> rows; // matching, newest first
        qsizetype next = 0;      // the first row not yet sent
        int pageSize = 500;
    };
    void answer(std::function<void()> send);
    void sendPage(db::HistoryRequestId id);

    QList<AccessEvent> m_events;
    QStringList m_doors;
    QMap<quint64, Search> m_open; // searches by request id
    QList<db::HistoryRequestId> m_cancelled;
    QList<db::HistoryExportRequest> m_exports;
    QList<std::function<void()>> m_held;
    QString m_failure;
    quint64 m_lastId = 0;
    int m_searches = 0;
    bool m_hold = false;
};

} // namespace attlog::test
