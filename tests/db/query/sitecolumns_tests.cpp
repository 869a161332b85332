// SPDX-License-Identifier: MIT
// Table shapes real MariaDB sites have: TEXT columns, a latin1 column holding UTF-8 bytes (the
// name then reads as mojibake), utf8mb4_general_ci, DATETIME(6) with fractions of a second.
#include "core/text/mojibake.h"
#include "db/session/datasession.h"
#include "tests/db/support/sessionsearch.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <map>

using namespace attlog;
using namespace attlog::db;
using namespace attlog::dbtest;

namespace {

const QString kTable = QStringLiteral("t_site_shape");

// 12 passes on 2026-11-02 from 08:00, a minute apart, each 0.123456 s past the minute. Even keys
// at "Склад", odd at "Вход"; keys 1..3 by "Иванов Иван", the rest by "Person <key>"; "in" when
// the key is odd.
void createSiteTable(TestDatabase &writer)
{
    writer.dropTable(kTable);
    writer.exec(
        QStringLiteral(
            "CREATE TABLE %1 (serialNo INT NOT NULL, authDateTime DATETIME(6), authDate TEXT, "
            "authTime TEXT, direction TEXT, deviceName TEXT, deviceSN TEXT, "
            "personName VARCHAR(64) CHARACTER SET latin1, employeeID TEXT, cardNo TEXT, "
            "doorName TEXT, readerName TEXT) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci")
            .arg(kTable));
    for (qint64 k = 1; k <= 12; ++k) {
        TestRow row = sampleRow(k);
        row.authDateTime = QStringLiteral("2026-11-02 08:%1:00").arg(k, 2, 10, QLatin1Char('0'));
        row.doorName = k % 2 ? QStringLiteral("Вход") : QStringLiteral("Склад");
        // As iVMS writes UTF-8 through a latin1 connection: each byte one Windows-1252 letter.
        if (k <= 3)
            row.personName = QString::fromStdString(text::toCp1252Mojibake("Иванов Иван"));
        writer.insert(kTable, row);
    }
    writer.exec(
        QStringLiteral(
            "UPDATE %1 SET authDateTime = DATE_ADD(authDateTime, INTERVAL 123456 MICROSECOND)")
            .arg(kTable));
}

std::map<qint64, int> keyCounts(const QList<AccessEvent> &rows)
{
    std::map<qint64, int> counts;
    for (const AccessEvent &e : rows)
        ++counts[e.key.value_or(-1)];
    return counts;
}

} // namespace

TEST_CASE("History filters find their rows in TEXT, latin1 and DATETIME(6) columns", "[mariadb]")
{
    TestDatabase writer(backend());
    createSiteTable(writer);
    DataSession session;
    SessionOptions options;
    options.live = options.countToday = false;
    session.open(backend().profile(kTable), QStringLiteral("site"), options);
    REQUIRE(waitFor([&] { return session.isDictionaryReady(); }));
    HistorySource *history = session.history();
    HistorySearch day;
    day.from = makeDateTime(dateFromCivil(2026, 11, 2), 0, 0, 0);
    day.to = makeDateTime(dateFromCivil(2026, 11, 3), 0, 0, 0);

    // Every row once, also across pages that end on a time with a fraction of a second.
    const QList<AccessEvent> all = searchAll(history, day, 5);
    CHECK(all.size() == 12);
    for (const auto &[key, count] : keyCounts(all))
        CHECK(count == 1);

    HistorySearch store = day;
    store.doors = {"Склад"};
    const QList<AccessEvent> atStore = searchAll(history, store, 500);
    CHECK(atStore.size() == 6);
    for (const AccessEvent &e : atStore)
        CHECK(e.door == "Склад");

    HistorySearch ivanov = day;
    ivanov.text = "иванов"; // the latin1 column holds the name as mojibake: repaired, then found
    const QList<AccessEvent> found = searchAll(history, ivanov, 500);
    REQUIRE(found.size() == 3);
    for (const AccessEvent &e : found)
        CHECK(e.person == "Иванов Иван");

    HistorySearch entries = day;
    entries.out = entries.unknown = false;
    CHECK(searchAll(history, entries, 500).size() == 6);

    HistorySearch card = day;
    card.text = "C1"; // C1, C10, C11, C12 by substring of the card number
    CHECK(searchAll(history, card, 500).size() == 4);
}

TEST_CASE("VARBINARY names keep their valid part and BIGINT UNSIGNED keys beyond 2^63 - 1 are no "
          "key",
          "[mariadb]")
{
    TestDatabase writer(backend());
    const QString table = QStringLiteral("t_binary_names");
    writer.createTable(table);
    writer.exec(QStringLiteral("ALTER TABLE %1 MODIFY serialNo BIGINT UNSIGNED NULL, MODIFY "
                               "personName VARBINARY(64) NULL")
                    .arg(table));
    // "П", a stray continuation byte, a 4-byte lead with a wrong second byte, a cut-off sequence.
    writer.exec(QStringLiteral("INSERT INTO %1 (serialNo, authDateTime, personName, doorName) "
                               "VALUES (1, '2026-11-02 08:00:00', X'D09F80F4908080E282', 'A'), "
                               "(18446744073709551615, '2026-11-02 08:01:00', 'Мария', 'A')")
                    .arg(table));
    ConnectionProfile profile = backend().profile(table);
    DataSession session;
    SessionOptions options;
    options.live = options.countToday = false;
    session.open(profile, QStringLiteral("binary"), options);
    REQUIRE(waitFor([&] { return session.isDictionaryReady(); }));
    HistorySearch day;
    day.from = makeDateTime(dateFromCivil(2026, 11, 2), 0, 0, 0);
    day.to = makeDateTime(dateFromCivil(2026, 11, 3), 0, 0, 0);
    const QList<AccessEvent> all = searchAll(session.history(), day, 500);
    REQUIRE(all.size() == 2);
    // Newest first. The driver once gave an empty string for the invalid bytes, and -1 for the key.
    CHECK(all[0].person == "Мария");
    CHECK_FALSE(all[0].key);
    CHECK(all[1].person == "П\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");
    CHECK(all[1].key == 1);
}
