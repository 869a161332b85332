// SPDX-License-Identifier: MIT
// The whole window on a real demo database, offscreen: four tabs, and rows appear in Live and
// History without any SQL on the GUI thread (everything arrives from the session's workers).

#include "db/demo/demodatabase.h"
#include "db/session/datasession.h"
#include "tests/db/support/waitfor.h"
#include "tests/ui/sqlitefile.h"
#include "ui/connection/datahealthdialog.h"
#include "ui/history/historyfilterbar.h"
#include "ui/history/historymodel.h"
#include "ui/history/historytab.h"
#include "ui/live/liveeventmodel.h"
#include "ui/live/livetab.h"
#include "ui/mainwindow.h"
#include "ui/reports/anomaliesdialog.h"

#include "tests/support/catch.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

using attlog::dbtest::waitFor;
using attlog::uitest::writeSqlite;

namespace {

// A demo database of `days` days and 30 people in `dir`, and the profile that reads it.
attlog::db::ConnectionProfile demoProfile(const QTemporaryDir &dir, int days)
{
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    attlog::DemoConfig config;
    config.days = days;
    config.people = 30;
    QString error;
    REQUIRE(attlog::db::createDemoDatabase(path, config, &error));
    attlog::db::ConnectionProfile profile;
    profile.name = QStringLiteral("demo");
    profile.kind = attlog::db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;
    return profile;
}

// The number in a status bar label "Passes today: 1,234" (digits only; -1 when there is none).
qint64 passesToday(const attlog::ui::MainWindow &window)
{
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->text().startsWith(QStringLiteral("Passes today:")))
            continue;
        QString digits;
        for (const QChar c : label->text())
            if (c.isDigit())
                digits += c;
        return digits.toLongLong();
    }
    return -1;
}

QString historyCountText(const attlog::ui::MainWindow &window)
{
    for (const QLabel *label : window.historyTab()->findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral(" found")))
            return label->text();
    return {};
}

} // namespace

TEST_CASE("the main window opens with four tabs and shows rows from the demo database",
          "[mainwindow]")
{
    QTemporaryDir dir;
    const attlog::db::ConnectionProfile profile = demoProfile(dir, 10);

    attlog::db::DataSession session;
    attlog::ui::MainWindow window(&session);
    window.show();
    REQUIRE(window.tabs()->count() == 4);
    CHECK(window.tabs()->tabText(0) == QStringLiteral("Live"));
    CHECK(window.tabs()->tabText(1) == QStringLiteral("History"));
    CHECK(window.tabs()->tabText(2) == QStringLiteral("Who-Where"));
    CHECK(window.tabs()->tabText(3) == QStringLiteral("Worktime"));

    window.openSession(profile, QStringLiteral("Demo"));
    REQUIRE(waitFor([&] { return window.liveTab()->model()->rowCount() > 0; }));
    CHECK(window.liveTab()->model()->rowCount() <= 200); // the initial load, bounded
    REQUIRE(waitFor([&] { return window.historyTab()->isReady(); }));

    // History on "this month" shows rows newest first.
    window.historyTab()->filterBar()->setPreset(attlog::ui::HistoryFilterBar::Preset::ThisMonth);
    window.historyTab()->filterBar()->applyNow();
    REQUIRE(waitFor([&] {
        return window.historyTab()->isReady() && window.historyTab()->model()->rowCount() > 0;
    }));
    const auto &model = *window.historyTab()->model();
    // Rows with authDateTime come first, newest first (rows whose time comes from authDate and
    // authTime follow them).
    for (int i = 1; i < model.rowCount(); ++i) {
        const auto &newer = model.eventAt(i - 1);
        const auto &older = model.eventAt(i);
        if (newer.timeSource == attlog::TimeSource::DateTimeColumn &&
            older.timeSource == attlog::TimeSource::DateTimeColumn)
            CHECK(*newer.time >= *older.time);
    }
    session.close();
}

TEST_CASE("the status bar counts today's passes, live passes add to them, and History counts in "
          "words",
          "[mainwindow]")
{
    QTemporaryDir dir;
    const attlog::db::ConnectionProfile profile = demoProfile(dir, 3);
    const QString path = profile.sqlitePath;

    // What today holds, counted here: rows timed today, plus at most the untimed rows dated
    // today (in any of the date forms iVMS writes).
    const QDate today = QDate::currentDate();
    const QString iso = today.toString(QStringLiteral("yyyy-MM-dd"));
    const auto countOf = [&](const QString &sql) {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("check"));
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    };
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    const qint64 timed = countOf(
        QStringLiteral("SELECT count(*) FROM attlog WHERE authDateTime >= '%1 00:00:00' AND "
                       "authDateTime <= '%1 23:59:59'")
            .arg(iso));
    const qint64 untimed = countOf(
        QStringLiteral("SELECT count(*) FROM attlog WHERE authDateTime IS NULL AND authDate IN "
                       "('%1', '%2', '%3')")
            .arg(iso, today.toString(QStringLiteral("dd.MM.yyyy")),
                 today.toString(QStringLiteral("yyyy/MM/dd"))));

    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/attlog_en.qm")));
    QCoreApplication::installTranslator(&english);

    attlog::db::DataSession session;
    attlog::ui::MainWindow window(&session);
    window.show();
    window.openSession(profile, QStringLiteral("Demo"));
    REQUIRE(waitFor([&] { return passesToday(window) >= 0; }));
    const qint64 counted = passesToday(window);
    CHECK(counted >= timed);
    CHECK(counted <= timed + untimed);
    REQUIRE(waitFor([&] { return window.liveTab()->model()->rowCount() > 0; }));

    // A pass now, with a card no one else has: Live shows it and the count goes up by one.
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("check"));
        QSqlQuery insert(db);
        REQUIRE(insert.exec(
            QStringLiteral("INSERT INTO attlog (serialNo, authDateTime, direction, personName, "
                           "cardNo, doorName) SELECT max(serialNo) + 1, '%1', 'in', 'Test "
                           "Person', '777000111', 'Door T' FROM attlog")
                .arg(
                    QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
    }
    REQUIRE(waitFor([&] { return passesToday(window) == counted + 1; }));

    // History counts in words: one pass for that card, many for the month.
    REQUIRE(waitFor([&] { return window.historyTab()->isReady(); }));
    auto *filter = window.historyTab()->filterBar();
    filter->setPreset(attlog::ui::HistoryFilterBar::Preset::ThisMonth);
    filter->setSearchText(QStringLiteral("777000111"));
    filter->applyNow();
    REQUIRE(waitFor(
        [&] { return historyCountText(window) == QStringLiteral("1 pass found, 1 loaded"); }));
    filter->setSearchText(QString());
    filter->applyNow();
    REQUIRE(waitFor(
        [&] { return historyCountText(window).contains(QStringLiteral(" passes found, ")); }));

    session.close();
    QCoreApplication::removeTranslator(&english);
    QSqlDatabase::database(QStringLiteral("check")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

TEST_CASE("the status bar says when the live feed passes over rows with a repeated key",
          "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nokey.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        // The iVMS columns without a unique key, as some sites have the table.
        REQUIRE(q.exec(QStringLiteral(
            "CREATE TABLE attlog (serialNo INTEGER, authDateTime TEXT, authDate TEXT, "
            "authTime TEXT, direction TEXT, deviceName TEXT, deviceSN TEXT, personName TEXT, "
            "employeeID TEXT, cardNo TEXT, doorName TEXT, readerName TEXT)")));
        REQUIRE(q.exec(
            QStringLiteral(
                "INSERT INTO attlog (serialNo, authDateTime, personName) VALUES (1, '%1', 'First')")
                .arg(
                    QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
        db.close();
    }
    attlog::db::ConnectionProfile profile;
    profile.name = QStringLiteral("nokey");
    profile.kind = attlog::db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;

    attlog::db::DataSession session;
    attlog::ui::MainWindow window(&session);
    window.openSession(profile, QStringLiteral("No key"));
    auto *warning = window.findChild<QLabel *>(QStringLiteral("dataWarning"));
    REQUIRE(warning);
    REQUIRE(waitFor([&] { return window.liveTab()->model()->rowCount() == 1; }));
    CHECK(warning->isHidden());
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("w"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        for (const char *person : {"Twin A", "Twin B"})
            REQUIRE(q.exec(QStringLiteral("INSERT INTO attlog (serialNo, authDateTime, "
                                          "personName) VALUES (5, '%1', '%2')")
                               .arg(QDateTime::currentDateTime().toString(
                                        QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    QString::fromLatin1(person))));
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
        db.close();
    }
    REQUIRE(waitFor([&] { return !warning->isHidden(); }));
    CHECK(warning->text().contains(QStringLiteral("skipped: repeated key")));
    CHECK(warning->text().contains(QStringLiteral("1 pass")));
    CHECK(window.liveTab()->model()->rowCount() == 2); // key 5 once
    session.close();
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
}

TEST_CASE("the status bar says when the live feed cannot follow rows without a usable key",
          "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("oddkeys.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("k"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "CREATE TABLE attlog (serialNo INTEGER, authDateTime TEXT, authDate TEXT, "
            "authTime TEXT, direction TEXT, deviceName TEXT, deviceSN TEXT, personName TEXT, "
            "employeeID TEXT, cardNo TEXT, doorName TEXT, readerName TEXT)")));
        const QString now =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        // One row with a key, one with a NULL key, one whose key is not a whole number.
        for (const char *key : {"1", "NULL", "2.5"})
            REQUIRE(q.exec(QStringLiteral("INSERT INTO attlog (serialNo, authDateTime, personName) "
                                          "VALUES (%1, '%2', 'Person')")
                               .arg(QLatin1String(key), now)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("k"));
    attlog::db::ConnectionProfile profile;
    profile.name = QStringLiteral("oddkeys");
    profile.kind = attlog::db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;

    attlog::db::DataSession session;
    attlog::ui::MainWindow window(&session);
    window.openSession(profile, QStringLiteral("Odd keys"));
    auto *warning = window.findChild<QLabel *>(QStringLiteral("dataWarning"));
    REQUIRE(warning);
    REQUIRE(waitFor([&] { return !warning->isHidden(); }));
    CHECK(warning->text().contains(QStringLiteral("2 pass")));
    CHECK(warning->text().contains(QStringLiteral("without a key")));
    CHECK_FALSE(warning->text().contains(QStringLiteral("repeated key")));
    CHECK(warning->toolTip().contains(QStringLiteral("whole-number key")));
    CHECK(window.liveTab()->model()->rowCount() == 1); // only the row with a key
    session.close();
}

TEST_CASE("Data health shows devices, unmapped direction values and ghost duplicates, and maps a "
          "value in one click",
          "[mainwindow][health]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.sqlite"));
    // Gate A and Gate B both number their passes from 1; directions stored as 0 and 1; the pass
    // of 09:00 written again at 10:00.
    writeSqlite(
        path,
        {QStringLiteral("CREATE TABLE attlog (serialNo INTEGER, authDateTime TEXT, "
                        "direction TEXT, deviceName TEXT, deviceSN TEXT, personName TEXT, "
                        "doorName TEXT)"),
         QStringLiteral("INSERT INTO attlog VALUES "
                        "(1, '2024-03-10 08:00:00', '1', 'Gate A', 'SN-A', 'Иванов', 'Door A'),"
                        "(2, '2024-03-10 09:00:00', '1', 'Gate A', 'SN-A', 'Петров', 'Door A'),"
                        "(3, '2024-03-10 10:00:00', '1', 'Gate A', 'SN-A', 'Петров', 'Door A'),"
                        "(1, '2024-03-10 18:00:00', '0', 'Gate B', 'SN-B', 'Иванов', 'Door B')")});
    attlog::db::ConnectionProfile profile;
    profile.name = QStringLiteral("odd site");
    profile.kind = attlog::db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;
    profile.columns.setColumn(attlog::sql::Field::AuthDate, std::nullopt);
    profile.columns.setColumn(attlog::sql::Field::AuthTime, std::nullopt);

    attlog::db::DataSession session;
    attlog::ui::MainWindow window(&session);
    window.openSession(profile, profile.name);
    attlog::ui::DataHealthDialog *health = window.showDataHealth();
    REQUIRE(waitFor([&] { return health->isReady(); }));
    INFO(health->statusText().toStdString());

    const auto *devices = health->findChild<QTableWidget *>(QStringLiteral("healthDevices"));
    REQUIRE(devices);
    REQUIRE(devices->rowCount() == 2);
    CHECK(devices->item(0, 0)->text() == QStringLiteral("Gate A"));
    CHECK(devices->item(0, 2)->text() == QStringLiteral("3"));
    CHECK(devices->item(1, 1)->text() == QStringLiteral("SN-B"));
    const auto *summary = health->findChild<QLabel *>(QStringLiteral("healthTable"));
    CHECK(summary->text().contains(QStringLiteral("4 passes")));
    CHECK(summary->text().contains(QStringLiteral("1 serialNo value(s) are used by more than "
                                                  "one device")));

    const auto *values = health->findChild<QTableWidget *>(QStringLiteral("healthDirections"));
    REQUIRE(values->rowCount() == 2);
    CHECK(values->item(0, 0)->text() == QStringLiteral("1"));
    CHECK(values->item(0, 1)->text() == QStringLiteral("3"));
    CHECK(values->item(0, 2)->text().contains(QStringLiteral("not mapped")));
    const auto *ghosts = health->findChild<QTableWidget *>(QStringLiteral("healthGhosts"));
    REQUIRE(ghosts->rowCount() == 1);
    CHECK(ghosts->item(0, 1)->text() == QStringLiteral("Петров"));

    // One click: "1" is an entry. The profile says so, and the window reads the table again.
    auto *mapIn = health->findChild<QPushButton *>(QStringLiteral("mapIn_1"));
    REQUIRE(mapIn);
    mapIn->click();
    const auto &in = window.profile().directions.inValues();
    CHECK(std::find(in.begin(), in.end(), std::string{"1"}) != in.end());
    REQUIRE(waitFor([&] { return health->isReady() && values->rowCount() == 2; }));
    REQUIRE(waitFor(
        [&] { return values->item(0, 2) && values->item(0, 2)->text() == QStringLiteral("In"); }));
    CHECK(values->item(1, 2)->text().contains(QStringLiteral("not mapped"))); // "0" still is not
}

TEST_CASE("The status bar says when Live follows a table without a key column by time",
          "[mainwindow][keyless]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keyless.sqlite"));
    writeSqlite(path, {QStringLiteral("CREATE TABLE attlog (authDateTime TEXT, direction TEXT, "
                                      "personName TEXT, doorName TEXT)"),
                       QStringLiteral("INSERT INTO attlog VALUES ('2024-03-10 08:00:00', 'in', "
                                      "'Иванов', 'Door A')")});
    attlog::db::ConnectionProfile profile;
    profile.name = QStringLiteral("no key");
    profile.kind = attlog::db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;

    attlog::db::DataSession session;
    attlog::ui::MainWindow window(&session);
    window.openSession(profile, profile.name);
    const auto *mode = window.findChild<QLabel *>(QStringLiteral("liveMode"));
    REQUIRE(mode);
    REQUIRE(waitFor([&] { return !mode->isHidden(); }));
    CHECK(mode->text() == QStringLiteral("Live: by time (no key column)"));
    CHECK(mode->toolTip().contains(QStringLiteral("the table has no column serialNo")));
}

TEST_CASE("Anomalies lists what the log shows and opens a row's passes in History",
          "[mainwindow][anomalies]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anomalies.sqlite"));
    // Иванов enters twice; Петров is at two doors 20 s apart; Сидоров's entry is written twice.
    writeSqlite(
        path,
        {QStringLiteral("CREATE TABLE attlog (serialNo INTEGER PRIMARY KEY, authDateTime TEXT, "
                        "direction TEXT, personName TEXT, employeeID TEXT, doorName TEXT)"),
         QStringLiteral("INSERT INTO attlog VALUES "
                        "(1, '2024-03-11 08:00:00', 'in', 'Иванов', 'E1', 'Проходная'),"
                        "(2, '2024-03-11 09:30:00', 'in', 'Иванов', 'E1', 'Проходная'),"
                        "(3, '2024-03-11 10:00:00', 'in', 'Петров', 'E2', 'Склад'),"
                        "(4, '2024-03-11 10:00:20', 'in', 'Петров', 'E2', 'Проходная'),"
                        "(5, '2024-03-12 07:00:00', 'in', 'Сидоров', 'E3', 'Проходная'),"
                        "(6, '2024-03-12 07:00:30', 'in', 'Сидоров', 'E3', 'Проходная'),"
                        "(7, '2024-03-12 07:05:00', 'in', 'Кузнецова', 'E4', 'Проходная')")});
    attlog::db::ConnectionProfile profile;
    profile.name = QStringLiteral("site");
    profile.kind = attlog::db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;
    for (const auto field : {attlog::sql::Field::AuthDate, attlog::sql::Field::AuthTime,
                             attlog::sql::Field::DeviceName, attlog::sql::Field::DeviceSN,
                             attlog::sql::Field::CardNo, attlog::sql::Field::ReaderName})
        profile.columns.setColumn(field, std::nullopt);

    attlog::db::DataSession session;
    attlog::ui::MainWindow window(&session);
    window.openSession(profile, profile.name);
    attlog::ui::AnomaliesDialog *dialog = window.showAnomalies();
    dialog->setPeriod(QDate(2024, 3, 11), QDate(2024, 3, 12));
    dialog->find();
    REQUIRE(waitFor([&] { return dialog->isReady(); }));
    INFO(dialog->statusText().toStdString());

    const QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() == 4);
    const auto row = [&](int r) {
        QStringList cells;
        for (const int c : {0, 1, 5, 6})
            cells << table->item(r, c)->text();
        return cells.join(QLatin1Char('|')).toStdString();
    };
    CHECK(row(0) == "Double entry|E1|Проходная|Проходная");
    CHECK(row(1) == "Double entry|E2|Склад|Проходная");
    CHECK(row(2) == "Impossible travel|E2|Склад|Проходная");
    CHECK(row(3) == "Ghost duplicate|E3|Проходная|Проходная");
    CHECK(table->item(2, 7)->text() == QStringLiteral("20 s between two doors"));
    CHECK(dialog->statusText().contains(QStringLiteral("4 anomaly(ies)")));

    // The travel row's passes: Петров's, in History, around the two passes.
    auto *history = window.historyTab();
    const_cast<QTableWidget *>(table)->selectRow(2);
    auto *showPasses = dialog->findChild<QPushButton *>(QStringLiteral("anomaliesShowPasses"));
    REQUIRE(showPasses);
    REQUIRE(showPasses->isEnabled());
    showPasses->click();
    CHECK(window.currentPageWidget() == history);
    const attlog::HistorySearch search = history->filterBar()->search();
    CHECK(search.text == "E2");
    CHECK(search.from == attlog::parseDateTime("2024-03-11 09:59:00"));
    CHECK(search.to == attlog::parseDateTime("2024-03-11 10:01:21"));
    REQUIRE(waitFor([&] { return history->isReady() && history->model()->rowCount() == 2; }));
    for (int r = 0; r < history->model()->rowCount(); ++r)
        CHECK(history->model()->eventAt(r).employeeId == "E2");
}
