// SPDX-License-Identifier: MIT
// SQLite files only (tag [file]; the server back-ends leave these out): what a file can hold that
// a server would refuse, and stopping a statement that runs in the reading process itself.
#include "core/text/utf8.h"
#include "db/query/queryrunner.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <QElapsedTimer>

#include <algorithm>
#include <map>
#include <set>

using namespace attlog;
using namespace attlog::db;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

namespace {

// Runs an export of everything in `table` and returns its events (FAILS on a failure).
std::vector<AccessEvent> exportAll(const Backend &b, const QString &table)
{
    QueryRunner runner(b.profile(table));
    std::vector<AccessEvent> events;
    bool finished = false;
    QString failure;
    QObject context;
    QObject::connect(&runner, &QueryRunner::eventsReady, &context,
                     [&](quint64, const EventBatch &batch) {
                         events.insert(events.end(), batch.events().begin(), batch.events().end());
                     });
    QObject::connect(&runner, &QueryRunner::eventsFinished, &context,
                     [&](quint64, const QueryOutcome &) { finished = true; });
    QObject::connect(&runner, &QueryRunner::failed, &context,
                     [&](quint64, const QString &message) { failure = message; });
    runner.exportHistory({}, 2);
    REQUIRE(waitFor([&] { return finished || !failure.isEmpty(); }));
    INFO(failure.toStdString());
    REQUIRE(finished);
    return events;
}

} // namespace

TEST_CASE("SQLite files: bytes that are not UTF-8 and keys that are not integers read sensibly",
          "[file]")
{
    const Backend &b = backend();
    REQUIRE_FALSE(b.hasServer());
    TestDatabase writer(b);
    const QString table = QStringLiteral("t_odd");
    writer.createTable(table);
    // SQLite stores whatever it is given: a byte 0xFF inside a name, keys as a fraction or text,
    // a number where the date-time belongs (the row's authDate/authTime then give its time).
    writer.exec(QStringLiteral(
        "INSERT INTO t_odd (serialNo, authDateTime, authDate, authTime, direction, personName, "
        "employeeID, doorName) VALUES "
        "(1, '2026-03-01 08:00:00', NULL, NULL, 'in', CAST(X'D09FFF78' AS TEXT), '7', 'A'), "
        "(2.0, '2026-03-01 08:01:00', NULL, NULL, 'in', 'whole', '8', 'A'), "
        "(2.5, '2026-03-01 08:02:00', NULL, NULL, 'in', 'fraction', '9', 'A'), "
        "('seven', '2026-03-01 08:03:00', NULL, NULL, 'out', 'word', '10', 'A'), "
        "(5, 20260301, '2026-03-01', '08:04:00', 'out', 'numeric time', '11', 'A')"));

    const std::vector<AccessEvent> events = exportAll(b, table);
    REQUIRE(events.size() == 5);
    std::map<std::string, AccessEvent> byPerson;
    for (const AccessEvent &event : events)
        byPerson[event.person] = event;

    // Valid UTF-8 comes out, with the valid parts kept: our reader shows the bad byte as U+FFFD,
    // the SQLite ODBC driver drops it.
    const auto odd = std::find_if(events.begin(), events.end(),
                                  [](const AccessEvent &e) { return e.person.starts_with("П"); });
    REQUIRE(odd != events.end());
    CHECK(text::utf8::isValid(odd->person));
    CHECK(odd->person == (b.isOdbc() ? "Пx" : "П\uFFFDx"));
    CHECK(odd->key == 1);
    CHECK(byPerson["whole"].key == 2); // SQLite stored 2.0 in an INTEGER column as 2
    // A fraction or a word is no key, by either reader (never 2, 3 or 0).
    CHECK_FALSE(byPerson["fraction"].key);
    CHECK_FALSE(byPerson["word"].key);
    const AccessEvent &numeric = byPerson["numeric time"];
    CHECK(numeric.key == 5);
    CHECK(numeric.timeSource == TimeSource::DateAndTimeColumns);
    REQUIRE(numeric.time);
    CHECK(formatIsoDateTime(*numeric.time) == "2026-03-01T08:04:00");
    for (const AccessEvent &event : events)
        CHECK(event.door == "A");
}

TEST_CASE("SQLite files: cancel stops a long statement at once", "[file]")
{
    const Backend &b = backend();
    REQUIRE_FALSE(b.hasServer());
    TestDatabase writer(b);
    writer.createTable(QStringLiteral("t_fast"));
    writer.insertAll(QStringLiteral("t_fast"), {sampleRow(1), sampleRow(2)});
    // Counting to a billion takes SQLite minutes: every statement on this view runs that long.
    writer.exec(QStringLiteral("DROP VIEW IF EXISTS t_slow"));
    writer.exec(QStringLiteral(
        "CREATE VIEW t_slow AS SELECT a.* FROM t_fast a, (WITH RECURSIVE c(x) AS (SELECT 1 UNION "
        "ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT max(x) AS m FROM c) z"));

    QueryRunner runner(b.profile(QStringLiteral("t_slow")));
    std::set<quint64> answered;
    QObject context;
    QObject::connect(&runner, &QueryRunner::eventsFinished, &context,
                     [&](quint64 id, const QueryOutcome &) { answered.insert(id); });
    QObject::connect(&runner, &QueryRunner::failed, &context,
                     [&](quint64 id, const QString &) { answered.insert(id); });
    QObject::connect(&runner, &QueryRunner::opened, &context,
                     [&](quint64 id, const ConnectionInfo &) { answered.insert(id); });
    const quint64 slow = runner.exportHistory({}, 100);
    pumpEvents(500ms); // the statement is now running
    QElapsedTimer timer;
    timer.start();
    runner.cancel(slow);
    const quint64 next = runner.open();
    REQUIRE(waitFor([&] { return answered.contains(next); }, 60s));
    INFO("worker free after " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < 2000);
    CHECK_FALSE(answered.contains(slow));
    writer.exec(QStringLiteral("DROP VIEW IF EXISTS t_slow"));
}
