// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/connectionprofile.h"
#include "core/db/dbtypes.h"
#include "core/search/historysearch.h"
#include "ui/session/eventsource.h"

#include <QStringList>

#include <memory>

namespace attlog::ui {

// Export of a History result: the query is run again on a worker and every matching row is
// streamed to the file (not only the rows loaded in the view).
struct HistoryExportRequest
{
    enum class Format
    {
        Csv,
        Xlsx
    };
    HistorySearch search;
    Format format = Format::Csv;
    QString path;
    char csvDelimiter = ';';
};

// The application's one connection to the event table, seen from the GUI thread. Owns the
// worker threads (the live feed, a query worker for History pages and report ranges, a second
// one for counts and dictionaries, one for exports): each opens its own connection, and no SQL
// ever runs on the GUI thread. Every request returns an id at once; its results arrive later as
// queued signals carrying that id, and results of superseded or cancelled requests are dropped.
class DataSession final : public EventSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSession)

public:
    explicit DataSession(QObject *parent = nullptr);
    ~DataSession() override;

    // Connects to `profile` (its password filled in if it needs one) and starts the live feed.
    // An already open session is closed first. State changes arrive through liveStatus().
    void open(const db::ConnectionProfile &profile, const QString &displayName);
    // Stops every worker and closes their connections (blocks for at most one statement).
    void close();
    bool isOpen() const;
    QString sourceName() const override;
    // After the first successful connection: e.g. "QODBC: PostgreSQL 15.4"; empty before.
    QString driverDescription() const;

    // EventSource
    quint64 loadRange(DateTime from, DateTime to, const QString &channel) override;
    void cancel(quint64 requestId) override;

    // History: a new search supersedes the previous one (its pages and count are dropped). The
    // first page is requested at once, the count runs separately.
    quint64 startHistory(const HistorySearch &search, int pageSize = 500);
    // The next page of `requestId` (ignored unless it is the current History request).
    void fetchHistoryPage(quint64 requestId);

    quint64 startExport(const HistoryExportRequest &request);

    // Repaired door names as shown (doorName, else deviceName), sorted; refreshed when the live
    // feed delivers a door not yet known.
    QStringList doorNames() const { return m_doorNames; }

signals:
    void liveStatus(const attlog::db::LiveStatus &status);
    // The table's key went backwards (restored or truncated): Live starts again from its newest
    // rows, which follow in liveEvents().
    void liveReset();
    // The newest events at the start of the feed (and after a key reset): already history, so the
    // Live tab shows them without the "new" highlight. liveEvents() carries what arrives later.
    void liveInitialEvents(const QList<attlog::AccessEvent> &events);
    // Passes with today's date: counted at connect and every few minutes, plus the live ones.
    void eventsTodayChanged(qint64 count);
    void livePolled(const QDateTime &when);
    void historyPage(quint64 requestId, const QList<attlog::AccessEvent> &events, bool atEnd);
    void historyCount(quint64 requestId, qint64 count, bool exact);
    void historyFailed(quint64 requestId, const QString &message);
    void exportProgress(quint64 requestId, qint64 rows);
    void exportFinished(quint64 requestId, qint64 rows, const QString &path);
    void exportFailed(quint64 requestId, const QString &message);
    void doorNamesChanged(const QStringList &doors);

private:
    // Resolves the current History search and asks for its first page and its count.
    void runHistory();
    void countToday();

    struct Private;
    std::unique_ptr<Private> d;
    QStringList m_doorNames;
};

} // namespace attlog::ui
