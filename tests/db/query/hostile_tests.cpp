// SPDX-License-Identifier: MIT
// The hostile-table corpus: the iVMS table with one field at a time in every column type the
// back-end offers for it, holding odd values (quotes, formula text, empty and NULL names, long
// names, characters beyond the Basic Multilingual Plane, stored mojibake, text times in iVMS's
// forms). Every variant is read by an export, by History searches and by the live feed: each
// value comes back exactly (or repaired, for mojibake), filters find their rows, every keyed row
// is delivered once, nothing loops.
#include "core/text/mojibake.h"
#include "db/live/livefeed.h"
#include "db/session/datasession.h"
#include "tests/db/support/feedrecorder.h"
#include "tests/db/support/sessionsearch.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <map>

using namespace attlog;
using namespace attlog::db;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

namespace {

// One variant: `field` (Key, AuthDateTime or PersonName) declared as `type`. `latin1`: a MariaDB
// latin1 column, which holds UTF-8 only as iVMS writes it there (each byte one Windows-1252
// letter); `padded`: CHAR(n), which the server may pad with spaces.
struct Variant
{
    sql::Field field;
    QString type;
    bool latin1 = false;
    bool padded = false;
};

std::vector<Variant> variantsFor(BackendKind kind)
{
    using F = sql::Field;
    switch (kind) {
    case BackendKind::PostgreSql:
        return {{F::Key, QStringLiteral("SMALLINT")},
                {F::Key, QStringLiteral("BIGINT")},
                {F::Key, QStringLiteral("NUMERIC")},
                {F::Key, QStringLiteral("NUMERIC(20, 0)")},
                {F::Key, QStringLiteral("REAL")},
                {F::Key, QStringLiteral("DOUBLE PRECISION")},
                {F::AuthDateTime, QStringLiteral("TIMESTAMP(0)")},
                {F::AuthDateTime, QStringLiteral("TIMESTAMP(3)")},
                {F::AuthDateTime, QStringLiteral("TIMESTAMPTZ")},
                {F::AuthDateTime, QStringLiteral("TEXT")},
                {F::AuthDateTime, QStringLiteral("VARCHAR(32)")},
                {F::PersonName, QStringLiteral("TEXT")},
                {F::PersonName, QStringLiteral("VARCHAR(400)")},
                {F::PersonName, QStringLiteral("CHAR(300)"), false, true},
                {F::PersonName, QStringLiteral("BYTEA")}};
    case BackendKind::MariaDb:
        return {{F::Key, QStringLiteral("BIGINT")},
                {F::Key, QStringLiteral("BIGINT UNSIGNED")},
                {F::Key, QStringLiteral("INT UNSIGNED")},
                {F::Key, QStringLiteral("MEDIUMINT")},
                {F::Key, QStringLiteral("DECIMAL(20, 0)")},
                {F::Key, QStringLiteral("DOUBLE")},
                {F::Key, QStringLiteral("VARCHAR(20)")},
                {F::AuthDateTime, QStringLiteral("DATETIME(6)")},
                {F::AuthDateTime, QStringLiteral("TIMESTAMP NULL")},
                {F::AuthDateTime, QStringLiteral("TIMESTAMP(3) NULL")},
                {F::AuthDateTime, QStringLiteral("VARCHAR(32)")},
                {F::AuthDateTime, QStringLiteral("TEXT")},
                {F::PersonName, QStringLiteral("TEXT")},
                {F::PersonName, QStringLiteral("MEDIUMTEXT")},
                {F::PersonName, QStringLiteral("LONGTEXT")},
                {F::PersonName, QStringLiteral("CHAR(255)"), false, true},
                {F::PersonName, QStringLiteral("VARCHAR(600) CHARACTER SET latin1"), true},
                {F::PersonName, QStringLiteral("TEXT CHARACTER SET latin1"), true},
                {F::PersonName, QStringLiteral("VARBINARY(1200)")},
                {F::PersonName, QStringLiteral("BLOB")}};
    case BackendKind::Sqlite:
    case BackendKind::SqliteOdbc:
        return {{F::Key, QStringLiteral("BIGINT")},
                {F::Key, QStringLiteral("NUMERIC")},
                {F::Key, QStringLiteral("REAL")},
                {F::Key, QStringLiteral("TEXT")},
                {F::Key, QString()}, // no declared type
                {F::AuthDateTime, QStringLiteral("DATETIME")},
                {F::AuthDateTime, QStringLiteral("TIMESTAMP")},
                {F::AuthDateTime, QStringLiteral("VARCHAR(19)")},
                {F::PersonName, QStringLiteral("VARCHAR(10)")}, // SQLite enforces no length
                {F::PersonName, QStringLiteral("NVARCHAR(5)")},
                {F::PersonName, QStringLiteral("CLOB")},
                {F::PersonName, QStringLiteral("BLOB")}};
    }
    return {};
}

// One corpus row: its key, time as written and as read, the person as written (nullopt: NULL)
// and as the application shows it.
struct CorpusRow
{
    qint64 key;
    QString time;
    QString readTime;
    std::optional<std::string> person;
    std::string shown;
};

std::vector<CorpusRow> corpus()
{
    // 250 two-byte letters: more than one 127-character part of a driver's read (MariaDB TEXT came
    // back corrupted past 127 characters once).
    std::string ya;
    for (int i = 0; i < 250; ++i)
        ya += "Я";
    return {
        {1, QStringLiteral("2026-11-02 08:00:00"), QStringLiteral("2026-11-02T08:00:00"),
         "Иванов Иван", "Иванов Иван"},
        {2, QStringLiteral("2026-11-02 08:01:00"), QStringLiteral("2026-11-02T08:01:00"),
         "O'Brien; \"Bob\", =1+1", "O'Brien; \"Bob\", =1+1"},
        {3, QStringLiteral("2026-11-02 08:02:00"), QStringLiteral("2026-11-02T08:02:00"), "", ""},
        {4, QStringLiteral("2026-11-02 08:03:00"), QStringLiteral("2026-11-02T08:03:00"),
         std::nullopt, ""},
        {5, QStringLiteral("2026-11-02 08:04:00"), QStringLiteral("2026-11-02T08:04:00"),
         "Ёлкина Алёна Þórr", "Ёлкина Алёна Þórr"},
        {6, QStringLiteral("2026-11-02 08:05:00"), QStringLiteral("2026-11-02T08:05:00"), ya, ya},
        // iVMS's own text form of a time (in text columns; a date-time column reads it as one).
        {7, QStringLiteral("2026-11-02T08:06:00"), QStringLiteral("2026-11-02T08:06:00"), "Smile 😀",
         "Smile 😀"},
        // Stored mojibake (UTF-8 read as Windows-1251), shown repaired.
        {8, QStringLiteral("2026-11-02 08:07:00"), QStringLiteral("2026-11-02T08:07:00"),
         text::toMojibake("Петров Пётр"), "Петров Пётр"},
    };
}

QString sqlLiteral(const std::optional<std::string> &value)
{
    if (!value)
        return QStringLiteral("NULL");
    QString text = QString::fromStdString(*value);
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// The variant's table: the default iVMS table with `variant.field` re-declared, filled with the
// corpus. Which rows a variant can hold: a latin1 column the mojibake iVMS writes there, SMALLINT
// and the rest every key.
void createVariant(TestDatabase &writer, BackendKind kind, const QString &table,
                   const Variant &variant, const std::vector<CorpusRow> &rows)
{
    TableColumns columns = defaultColumns();
    const QString name = columns.at(variant.field);
    writer.createTable(table);
    const QString quoted = writer.quote(name);
    // The long name needs more than the default VARCHAR(128) when the name is not the variant.
    if (variant.field != sql::Field::PersonName &&
        (kind == BackendKind::PostgreSql || kind == BackendKind::MariaDb))
        writer.exec(
            (kind == BackendKind::PostgreSql
                 ? QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE VARCHAR(400)")
                 : QStringLiteral("ALTER TABLE %1 MODIFY %2 VARCHAR(400)"))
                .arg(writer.quote(table), writer.quote(columns.at(sql::Field::PersonName))));
    if (kind == BackendKind::PostgreSql) {
        writer.exec(QStringLiteral("DROP INDEX IF EXISTS %1")
                        .arg(writer.quote(QStringLiteral("ux_%1_key").arg(table))));
        const QString using_ = variant.type == QLatin1String("BYTEA")
                                   ? QStringLiteral(" USING convert_to(%1, 'UTF8')").arg(quoted)
                               : variant.field == sql::Field::Key || variant.type.startsWith(u'T')
                                   ? QStringLiteral(" USING %1::text::%2").arg(quoted, variant.type)
                                   : QString();
        writer.exec(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3%4")
                        .arg(writer.quote(table), quoted, variant.type, using_));
    } else if (kind == BackendKind::MariaDb) {
        writer.exec(QStringLiteral("ALTER TABLE %1 DROP INDEX %2, MODIFY %3 %4")
                        .arg(writer.quote(table),
                             writer.quote(QStringLiteral("ux_%1_key").arg(table)), quoted,
                             variant.type));
    } else {
        // SQLite cannot change a column's type: the table is made anew with the variant's.
        writer.dropTable(table);
        QStringList defs;
        for (const auto &[field, fieldColumn] : columns)
            defs << writer.quote(fieldColumn) + QLatin1Char(' ') +
                        (field == variant.field     ? variant.type
                         : field == sql::Field::Key ? QStringLiteral("INTEGER")
                                                    : QStringLiteral("TEXT"));
        writer.exec(
            QStringLiteral("CREATE TABLE %1 (%2)").arg(writer.quote(table), defs.join(u", ")));
    }
    for (const CorpusRow &row : rows) {
        std::optional<std::string> person = row.person;
        if (variant.latin1 && person)
            person = text::toCp1252Mojibake(*person);
        writer.exec(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6) VALUES (%7, '%8', %9, "
                                   "'Вход', 'in')")
                        .arg(writer.quote(table), writer.quote(columns.at(sql::Field::Key)),
                             writer.quote(columns.at(sql::Field::AuthDateTime)),
                             writer.quote(columns.at(sql::Field::PersonName)),
                             writer.quote(columns.at(sql::Field::DoorName)),
                             writer.quote(columns.at(sql::Field::Direction)))
                        .arg(row.key)
                        .arg(row.time, sqlLiteral(person)));
    }
}

// What a variant's rows are checked for. A latin1 column holds stored mojibake of Windows-1251
// letters only as mojibake twice, which is not what iVMS writes; and the repair of an emoji
// written into one (four bytes, "ðŸ˜€") is issue 13's: those rows are left out there.
bool holds(const Variant &variant, const CorpusRow &row)
{
    return !(variant.latin1 && (row.key == 8 || row.key == 7));
}

void checkVariant(const Backend &b, TestDatabase &writer, const Variant &variant)
{
    const QString table = QStringLiteral("t_hostile");
    std::vector<CorpusRow> rows;
    for (const CorpusRow &row : corpus())
        if (holds(variant, row))
            rows.push_back(row);
    createVariant(writer, b.kind, table, variant, rows);

    // Every value back, through History (pages of 3, so paging crosses the odd rows).
    DataSession session;
    SessionOptions options;
    options.live = options.countToday = false;
    session.open(b.profile(table), QStringLiteral("hostile"), options);
    REQUIRE(waitFor([&] { return session.isDictionaryReady(); }));
    HistorySearch day;
    day.from = makeDateTime(dateFromCivil(2026, 11, 2), 0, 0, 0);
    day.to = makeDateTime(dateFromCivil(2026, 11, 3), 0, 0, 0);
    const QList<AccessEvent> all = searchAll(session.history(), day, 3);
    REQUIRE(all.size() == int(rows.size()));
    std::map<qint64, const AccessEvent *> byKey;
    for (const AccessEvent &event : all) {
        REQUIRE(event.key);
        CHECK(byKey.emplace(*event.key, &event).second); // each row once
    }
    for (const CorpusRow &row : rows) {
        INFO("key " << row.key);
        REQUIRE(byKey.contains(row.key));
        const AccessEvent &event = *byKey.at(row.key);
        std::string person = event.person;
        if (variant.padded)
            while (!person.empty() && person.back() == ' ')
                person.pop_back();
        CHECK(person == row.shown);
        REQUIRE(event.time);
        CHECK(formatIsoDateTime(*event.time) == row.readTime.toStdString());
        CHECK(event.door == "Вход");
        CHECK(event.direction == Direction::In);
    }

    // Filters find what they should: a name by its shown form, the repaired one included.
    HistorySearch ivanov = day;
    ivanov.text = "иванов";
    const QList<AccessEvent> found = searchAll(session.history(), ivanov, 500);
    REQUIRE(found.size() == 1);
    CHECK(found.front().key == 1);
    if (holds(variant, corpus()[7])) {
        HistorySearch petrov = day;
        petrov.text = "пётр";
        const QList<AccessEvent> repaired = searchAll(session.history(), petrov, 500);
        REQUIRE(repaired.size() == 1);
        CHECK(repaired.front().key == 8);
    }
    HistorySearch quote = day;
    quote.text = "o'brien; \"bob\"";
    CHECK(searchAll(session.history(), quote, 500).size() == 1);
    session.close();

    // Live: every row once, in key order, no restart.
    LiveFeedOptions live;
    live.interval = 50ms;
    live.initialCount = 20;
    LiveFeed feed(b.profile(table), live);
    FeedRecorder recorder(feed);
    feed.start();
    std::set<qint64> keys;
    for (const CorpusRow &row : rows)
        keys.insert(row.key);
    REQUIRE(recorder.waitForKeys(0, keys));
    recorder.waitForPolls(3);
    for (const auto &[key, count] : recorder.deliveries(0))
        CHECK(count == 1);
    CHECK(recorder.resets.empty());
    CHECK(recorder.stats.unkeyedRows == 0);
    feed.stop();
}

} // namespace

TEST_CASE("Hostile-table corpus: every column type for the key, the time and the name reads back "
          "exactly, filters and Live included",
          "[hostile]")
{
    const Backend &b = backend();
    // The SQLite ODBC driver cannot take characters beyond the BMP in statement text: the file
    // the ODBC back-end reads is written through the SQLite library instead.
    Backend native = b;
    native.kind = BackendKind::Sqlite;
    TestDatabase writer(b.kind == BackendKind::SqliteOdbc ? native : b);
    for (const Variant &variant : variantsFor(b.kind)) {
        DYNAMIC_SECTION(sql::fieldName(variant.field) << " as " << variant.type.toStdString())
        {
            checkVariant(b, writer, variant);
        }
    }
}
