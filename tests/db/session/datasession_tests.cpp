// SPDX-License-Identifier: MIT
// The data session as its users drive it (the viewer's tabs, the attlog commands): request ids,
// supersession, cancel, failures and closing, on every back-end.
#include "db/session/datasession.h"
#include "db/session/rangeload.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace attlog;
using namespace attlog::db;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

namespace {

// 40 passes on 2024-03-01 from 08:00:07, 7 s apart; odd keys at "Door A", even at "Door B".
const QString kTable = QStringLiteral("t_session");

void fillTable(TestDatabase &writer)
{
    writer.createTable(kTable);
    std::vector<TestRow> rows;
    for (qint64 k = 1; k <= 40; ++k) {
        TestRow row = sampleRow(k);
        row.doorName = k % 2 ? QStringLiteral("Door A") : QStringLiteral("Door B");
        rows.push_back(row);
    }
    writer.insertAll(kTable, rows);
}

SessionOptions queriesOnly()
{
    SessionOptions options;
    options.live = false;
    options.countToday = false;
    return options;
}

DateTime at(int hour, int minute, int second = 0)
{
    return makeDateTime(dateFromCivil(2024, 3, 1), hour, minute, second);
}

// Everything the session's History sends, by request id.
struct HistoryLog
{
    explicit HistoryLog(HistorySource *history)
    {
        QObject::connect(history, &HistorySource::historyPage, &context,
                         [this](HistoryRequestId id, const QList<AccessEvent> &events, bool end) {
                             pages[id.value()] += events;
                             atEnd[id.value()] = end;
                         });
        QObject::connect(
            history, &HistorySource::historyCount, &context,
            [this](HistoryRequestId id, qint64 count, bool) { counts[id.value()] = count; });
        QObject::connect(history, &HistorySource::historyFailed, &context,
                         [this](HistoryRequestId id, const QString &message) {
                             failures[id.value()] = message;
                         });
        QObject::connect(history, &HistorySource::exportFinished, &context,
                         [this](ExportRequestId id, qint64 rows, const QString &) {
                             exported[id.value()] = rows;
                         });
        QObject::connect(history, &HistorySource::exportFailed, &context,
                         [this](ExportRequestId id, const QString &message) {
                             exportFailures[id.value()] = message;
                         });
    }

    QObject context;
    std::map<quint64, QList<AccessEvent>> pages;
    std::map<quint64, bool> atEnd;
    std::map<quint64, qint64> counts;
    std::map<quint64, QString> failures;
    std::map<quint64, qint64> exported;
    std::map<quint64, QString> exportFailures;
};

} // namespace

TEST_CASE("Session: a new range load on a channel supersedes the last and channels are independent",
          "[session]")
{
    TestDatabase writer(backend());
    fillTable(writer);
    DataSession session;
    session.open(backend().profile(kTable), QStringLiteral("test"), queriesOnly());

    QSignalSpy batches(&session, &EventSource::rangeBatch);
    QSignalSpy finished(&session, &EventSource::rangeFinished);
    QSignalSpy failed(&session, &EventSource::rangeFailed);
    const RangeRequestId first = session.loadRange(at(8, 0), at(9, 0), QStringLiteral("a"));
    const RangeRequestId second = session.loadRange(at(8, 0), at(8, 1), QStringLiteral("a"));
    const RangeRequestId other = session.loadRange(at(8, 0), at(9, 0), QStringLiteral("b"));
    CHECK(first.isValid());
    CHECK(first != second);
    CHECK(second != other);

    REQUIRE(waitFor([&] { return finished.count() == 2; }));
    pumpEvents(200ms); // nothing of `first` may follow
    std::map<quint64, qint64> rows;
    for (const QList<QVariant> &args : batches) {
        const auto id = args.at(0).value<RangeRequestId>();
        CHECK(id != first);
        rows[id.value()] += args.at(1).value<QList<AccessEvent>>().size();
    }
    CHECK(rows[second.value()] == 8); // 08:00:07 .. 08:00:56
    CHECK(rows[other.value()] == 40);
    for (const QList<QVariant> &args : finished) {
        const auto id = args.at(0).value<RangeRequestId>();
        CHECK(args.at(1).toLongLong() == rows[id.value()]);
    }
    CHECK(failed.isEmpty());
}

TEST_CASE("Session: a cancelled range load sends nothing more and RangeLoad counts what it read",
          "[session]")
{
    TestDatabase writer(backend());
    fillTable(writer);
    DataSession session;
    session.open(backend().profile(kTable), QStringLiteral("test"), queriesOnly());

    QSignalSpy finished(&session, &EventSource::rangeFinished);
    const RangeRequestId cancelled = session.loadRange(at(8, 0), at(9, 0), QStringLiteral("a"));
    session.cancel(cancelled);
    RangeLoad load(&session, QStringLiteral("b"));
    QSignalSpy loadFinished(&load, &RangeLoad::finished);
    load.start(at(8, 0), at(9, 0));
    CHECK(load.isRunning());
    REQUIRE(loadFinished.wait(20000));
    CHECK_FALSE(load.isRunning());
    CHECK(load.rowsRead() == 40);
    CHECK(loadFinished.at(0).at(0).toLongLong() == 40);
    pumpEvents(200ms);
    for (const QList<QVariant> &args : finished)
        CHECK(args.at(0).value<RangeRequestId>() != cancelled);
}

TEST_CASE("Session: a new History search supersedes the last and its pages and count carry its id",
          "[session]")
{
    TestDatabase writer(backend());
    fillTable(writer);
    DataSession session;
    session.open(backend().profile(kTable), QStringLiteral("test"), queriesOnly());
    HistorySource *history = session.history();
    HistoryLog log(history);

    HistorySearch all;
    const HistoryRequestId old = history->startHistory(all, 10);
    HistorySearch doorB;
    doorB.doors = {"Door B"};
    const HistoryRequestId current = history->startHistory(doorB, 10);
    CHECK(old != current);
    REQUIRE(waitFor([&] { return log.counts.contains(current.value()); }));
    REQUIRE(waitFor([&] { return log.pages.contains(current.value()); }));
    CHECK(log.counts[current.value()] == 20);
    CHECK(log.pages[current.value()].size() == 10);
    CHECK_FALSE(log.atEnd[current.value()]);
    for (const AccessEvent &e : log.pages[current.value()])
        CHECK(e.door == "Door B");

    // Pages follow on request, newest first, until the end; a stale id asks for nothing.
    history->fetchHistoryPage(old);
    history->fetchHistoryPage(current);
    REQUIRE(waitFor([&] { return log.pages[current.value()].size() == 20; }));
    history->fetchHistoryPage(current);
    REQUIRE(waitFor([&] { return log.atEnd[current.value()]; }));
    const QList<AccessEvent> &rows = log.pages[current.value()];
    CHECK(rows.size() == 20);
    CHECK(rows.front().key == 40);
    CHECK(rows.back().key == 2);
    pumpEvents(200ms);
    CHECK_FALSE(log.pages.contains(old.value()));
    CHECK_FALSE(log.counts.contains(old.value()));
    CHECK(log.failures.empty());
}

TEST_CASE("Session: an export waits for the dictionary and writes every match or is cancelled",
          "[session]")
{
    TestDatabase writer(backend());
    fillTable(writer);
    QTemporaryDir dir;
    DataSession session;
    // Exported at once after open(): the dictionary is still loading, the export waits for it.
    session.open(backend().profile(kTable), QStringLiteral("test"), queriesOnly());
    HistorySource *history = session.history();
    HistoryLog log(history);

    HistoryExportRequest request;
    request.search.doors = {"Door A"};
    request.options.path = dir.filePath(QStringLiteral("door-a.csv"));
    const ExportRequestId done = history->startExport(request);
    HistoryExportRequest cancelledRequest = request;
    cancelledRequest.options.path = dir.filePath(QStringLiteral("cancelled.csv"));
    const ExportRequestId cancelled = history->startExport(cancelledRequest);
    history->cancel(cancelled);
    CHECK(done != cancelled);

    REQUIRE(waitFor([&] { return log.exported.contains(done.value()); }));
    CHECK(log.exported[done.value()] == 20);
    QFile file(request.options.path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count('\n') == 21); // the header and 20 rows
    REQUIRE(waitFor([&] { return log.exportFailures.contains(cancelled.value()); }));
    CHECK(log.exportFailures[cancelled.value()] == QStringLiteral("Export cancelled."));
    CHECK_FALSE(QFile::exists(cancelledRequest.options.path));
}

TEST_CASE("Session: a target that cannot be written fails its own export only", "[session]")
{
    TestDatabase writer(backend());
    fillTable(writer);
    QTemporaryDir dir;
    DataSession session;
    session.open(backend().profile(kTable), QStringLiteral("test"), queriesOnly());
    HistorySource *history = session.history();
    HistoryLog log(history);
    REQUIRE(waitFor([&] { return session.isDictionaryReady(); }));

    HistoryExportRequest bad;
    bad.options.path = dir.filePath(QStringLiteral("no-such-folder/out.csv"));
    HistoryExportRequest good;
    good.options.path = dir.filePath(QStringLiteral("out.xlsx"));
    good.options.format = HistoryExportOptions::Format::Xlsx;
    const ExportRequestId badId = history->startExport(bad);
    const ExportRequestId goodId = history->startExport(good);
    REQUIRE(waitFor([&] {
        return log.exportFailures.contains(badId.value()) && log.exported.contains(goodId.value());
    }));
    CHECK_FALSE(log.exportFailures[badId.value()].isEmpty());
    CHECK(log.exported[goodId.value()] == 40);
    CHECK_FALSE(log.exportFailures.contains(goodId.value()));
}

TEST_CASE("Session: closing fails what is still waiting and a closed session answers Not connected",
          "[session]")
{
    TestDatabase writer(backend());
    fillTable(writer);
    QTemporaryDir dir;
    DataSession session;
    session.open(backend().profile(kTable), QStringLiteral("test"), queriesOnly());
    HistorySource *history = session.history();
    HistoryLog log(history);
    // Both wait for the dictionary, which cannot have arrived: nothing ran the event loop yet.
    const HistoryRequestId search = history->startHistory({}, 10);
    HistoryExportRequest request;
    request.options.path = dir.filePath(QStringLiteral("out.csv"));
    const ExportRequestId exported = history->startExport(request);
    session.close();
    REQUIRE(waitFor([&] {
        return log.failures.contains(search.value()) &&
               log.exportFailures.contains(exported.value());
    }));
    CHECK(log.failures[search.value()] == QStringLiteral("The connection was closed."));
    CHECK(log.exportFailures[exported.value()] == QStringLiteral("The connection was closed."));
    CHECK_FALSE(QFile::exists(request.options.path));

    QSignalSpy rangeFailed(&session, &EventSource::rangeFailed);
    const RangeRequestId range = session.loadRange(at(8, 0), at(9, 0), QStringLiteral("a"));
    const HistoryRequestId later = history->startHistory({}, 10);
    REQUIRE(
        waitFor([&] { return rangeFailed.count() == 1 && log.failures.contains(later.value()); }));
    CHECK(rangeFailed.at(0).at(0).value<RangeRequestId>() == range);
    CHECK(rangeFailed.at(0).at(1).toString() == QStringLiteral("Not connected."));
    CHECK(log.failures[later.value()] == QStringLiteral("Not connected."));
}

TEST_CASE("Session: the table check summarises the table or says what is missing", "[session]")
{
    TestDatabase writer(backend());
    fillTable(writer);
    DataSession session;
    SessionOptions options = queriesOnly();
    options.dictionary = false;

    session.open(backend().profile(kTable), QStringLiteral("test"), options);
    QSignalSpy checked(&session, &DataSession::tableChecked);
    session.checkTable();
    REQUIRE(checked.wait(20000));
    const auto summary = checked.at(0).at(0).value<TableSummary>();
    CHECK(summary.rowCount == 40);
    REQUIRE(summary.maxKey);
    CHECK(*summary.maxKey == 40);

    session.open(backend().profile(QStringLiteral("t_no_such_table")), QStringLiteral("test"),
                 options);
    QSignalSpy failed(&session, &DataSession::tableCheckFailed);
    session.checkTable();
    REQUIRE(failed.wait(20000));
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("t_no_such_table")));
}
