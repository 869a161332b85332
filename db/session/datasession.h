// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"
#include "db/dbtypes.h"
#include "db/live/livefeedoptions.h"
#include "db/session/eventsource.h"
#include "db/session/historysource.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace attlog::db {

// What an open session runs besides History and range loads. The viewer wants all of it; each
// `attlog` command only what it prints.
struct SessionOptions
{
    // The two query runners: History, range loads, the table check, counts and the dictionary.
    // Without them only the live feed runs.
    bool queries = true;
    // Connect the pages runner at once, before any request, so that driverDescription() is known
    // early (the viewer's status bar). A command that sends its request right away leaves it
    // off: that request connects, and a connection that fails is tried once, not twice.
    bool connectAtOnce = true;
    // The live feed (liveInitialEvents(), liveEvents(), liveStatus()…) with these options.
    bool live = true;
    LiveFeedOptions liveOptions;
    // Passes with today's date (eventsTodayChanged()); needs `queries`.
    bool countToday = true;
    // The dictionary of distinct stored values that searches resolve against and the door names
    // come from. Without it a search resolves against no stored values: names, doors and
    // directions then match nothing, so ask for it whenever such a filter may be used. Needs
    // `queries`.
    bool dictionary = true;
};

// The application's one connection to the event table, on the thread that creates it (the GUI
// thread in the viewer, the main thread in `attlog`), which needs a running event loop. Owns the
// worker threads (the live feed, a query runner for History pages and report ranges, a second
// one for counts and the dictionary, one thread per export): each opens its own connection, and
// no SQL ever runs on the session's thread. Every request returns a typed id at once; its
// results arrive later as signals carrying that id, and results of superseded or cancelled
// requests are dropped.
class DataSession final : public EventSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSession)

public:
    explicit DataSession(QObject *parent = nullptr);
    ~DataSession() override;

    // Connects to `profile` (its password filled in if it needs one) and starts what `options`
    // asks for. An already open session is closed first. Live state changes arrive through
    // liveStatus().
    void open(const ConnectionProfile &profile, const QString &displayName,
              const SessionOptions &options = {});
    // Stops every worker and closes their connections (blocks for at most one statement). A
    // search or export still running fails with "The connection was closed."
    void close();
    bool isOpen() const;
    QString sourceName() const override;
    // After the first successful connection: e.g. "QODBC — PostgreSQL 15.4"; empty before.
    QString driverDescription() const;

    // EventSource
    RangeRequestId loadRange(DateTime from, DateTime to, const QString &channel) override;
    void cancel(RangeRequestId requestId) override;

    // History searches and exports (lives as long as the session, across open() and close()).
    HistorySource *history() const;
    // Repaired door names as shown, sorted (empty until the dictionary has loaded).
    QStringList doorNames() const;
    // The card numbers the table holds, as of the last dictionary load (empty before one).
    std::vector<std::string> cardNumbers() const;
    bool isDictionaryReady() const;

    // Checks that the table and the mapped columns exist and summarises the table; answers with
    // tableChecked() or tableCheckFailed().
    void checkTable();

signals:
    void liveStatus(const attlog::db::LiveStatus &status);
    // The table's key went backwards (restored or truncated): Live starts again from its newest
    // rows, which follow in liveInitialEvents().
    void liveReset(const attlog::db::KeyReset &reset);
    // The newest events at the start of the feed (and after a key reset): already history, so the
    // Live tab shows them without the "new" highlight. liveEvents() carries what arrives later.
    void liveInitialEvents(const QList<attlog::AccessEvent> &events);
    // Passes with today's date: counted at connect and every few minutes, plus the live ones.
    void eventsTodayChanged(qint64 count);
    void livePolled(const QDateTime &when);
    // The live feed passed over rows whose key an earlier row already had (`total` so far): the
    // key column is not unique. Emitted when the count grows.
    void liveDuplicateKeys(qint64 total);
    // Rows the live feed cannot follow because their key is NULL or not a whole number (see
    // LivePollStats::unkeyedRows). Emitted when the count grows.
    void liveUnkeyedRows(qint64 total);
    // How the live feed follows the table: by its key column, or keyless (by event time, the
    // table has no key column: `reason` says why). Emitted at the first poll and on a change.
    void liveMode(bool keyless, const QString &reason);
    // Each successful load of the dictionary (the first one makes searches run).
    void dictionaryLoaded();
    void dictionaryFailed(const QString &message);
    void tableChecked(const attlog::db::TableSummary &summary);
    void tableCheckFailed(const QString &message);

private:
    void openQueries(const SessionOptions &options);
    void connectRunners();
    void startLive(const LiveFeedOptions &options);
    void countToday();
    void endRange(quint64 runnerRequest);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace attlog::db
