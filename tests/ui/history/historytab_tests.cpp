// SPDX-License-Identifier: MIT
// History against real databases: the filter finds exactly what the user sees (mojibake forms
// included), and a slow server never blocks the GUI thread.

#include "core/text/knownwords.h"
#include "core/text/mojibake.h"
#include "db/alert/alertlog.h"
#include "db/session/datasession.h"
#include "tests/db/support/testdatabase.h"
#include "tests/db/support/waitfor.h"
#include "ui/common/datatableview.h"
#include "ui/history/historyfilterbar.h"
#include "ui/history/historymodel.h"
#include "ui/history/historytab.h"

#include "tests/support/catch.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace attlog;
using attlog::dbtest::Backend;
using attlog::dbtest::BackendKind;
using attlog::dbtest::TestDatabase;
using attlog::dbtest::TestRow;
using attlog::dbtest::waitFor;

namespace {

QString todayAt(int secondsAfterMidnight)
{
    return QDateTime(QDate::currentDate(), QTime(0, 0).addSecs(secondsAfterMidnight))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

TestRow row(qint64 key, const std::string &person, const QString &door, const QString &direction)
{
    TestRow r;
    r.key = key;
    r.authDateTime = todayAt(int(key) * 60);
    r.personName = QString::fromStdString(person);
    r.doorName = door;
    r.direction = direction;
    r.cardNo = QStringLiteral("C%1").arg(1000 + key);
    return r;
}

QStringList shownPersons(const ui::HistoryModel &model)
{
    QStringList persons;
    for (int i = 0; i < model.rowCount(); ++i)
        persons << QString::fromStdString(model.eventAt(i).person);
    return persons;
}

Backend sqliteBackend(const QTemporaryDir &dir)
{
    Backend backend;
    backend.kind = BackendKind::Sqlite;
    backend.name = QStringLiteral("sqlite");
    backend.dialect = sql::Dialect::Sqlite;
    backend.sqlitePath = dir.filePath(QStringLiteral("history.sqlite"));
    return backend;
}

void search(ui::HistoryTab &tab, const QString &text, const QStringList &doors = {})
{
    tab.filterBar()->setSearchText(text);
    tab.filterBar()->setSelectedDoors(doors);
    tab.filterBar()->applyNow();
    REQUIRE(waitFor([&] { return !tab.isBusy(); }));
}

} // namespace

TEST_CASE("History shows exactly the passes whose repaired name or door matches", "[history]")
{
    QTemporaryDir dir;
    const Backend backend = sqliteBackend(dir);
    TestDatabase db(backend);
    db.createTable(QStringLiteral("attlog"));

    const std::string ivanov = "Иванов Иван Иванович";
    const QString gate = QStringLiteral("Проходная — КПП");
    db.insertAll(
        QStringLiteral("attlog"),
        {row(1, ivanov, gate, QStringLiteral("in")),
         row(2, text::toMojibake(ivanov),
             QString::fromStdString(text::toMojibake(gate.toStdString())), QStringLiteral("out")),
         row(3, text::toMojibake(ivanov, text::LostByteForm::QuestionMark), QStringLiteral("Склад"),
             QString::fromStdString(text::toMojibake("Вход"))),
         row(4, "Сомов Пётр", gate, QStringLiteral("in")),
         row(5, text::toMojibake("Томов Олег"), QStringLiteral("Склад"), QStringLiteral("OUT")),
         row(6, "Ёлкина Юлия", QStringLiteral("Склад"), QStringLiteral("vihod"))});

    db::DataSession session;
    session.open(backend.profile(QStringLiteral("attlog")), QStringLiteral("test"));
    ui::HistoryTab tab(session.history());
    QAbstractItemModelTester tester(tab.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(waitFor([&] { return session.doorNames().size() == 2; }));

    search(tab, QStringLiteral("иванов"));
    CHECK(shownPersons(*tab.model()) ==
          QStringList(3, QString::fromStdString(ivanov))); // three stored forms, one name
    CHECK(tab.knownCount() == 3);

    search(tab, QStringLiteral("Сомов"));
    CHECK(shownPersons(*tab.model()) == QStringList{QStringLiteral("Сомов Пётр")}); // not Томов

    search(tab, QStringLiteral("елкина")); // ё = е, case-insensitive
    CHECK(shownPersons(*tab.model()) == QStringList{QStringLiteral("Ёлкина Юлия")});

    search(tab, QStringLiteral("C1005")); // card number
    CHECK(shownPersons(*tab.model()) == QStringList{QStringLiteral("Томов Олег")});

    search(tab, QString(), {gate}); // the door in both stored forms
    CHECK(tab.model()->rowCount() == 3);
    for (int i = 0; i < tab.model()->rowCount(); ++i)
        CHECK(QString::fromStdString(tab.model()->eventAt(i).door) == gate);

    search(tab, QString());
    REQUIRE(tab.model()->rowCount() == 6);
    CHECK(tab.model()->eventAt(0).key == 6); // newest first
    CHECK(tab.model()->eventAt(5).key == 1);

    // By keyboard: Enter on a row shows that person's day, as a double-click does.
    tab.show();
    tab.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    tab.view()->setFocus(Qt::TabFocusReason);
    tab.view()->setCurrentIndex(tab.model()->index(2, 0)); // key 4, Сомов
    QTest::keyClick(tab.view(), Qt::Key_Return);
    REQUIRE(waitFor([&] { return !tab.isBusy(); }));
    CHECK(shownPersons(*tab.model()) == QStringList{QStringLiteral("Сомов Пётр")});
    session.close();
}

TEST_CASE("History reads a letter lost by a Latin-1 server as the table spells it elsewhere",
          "[history]")
{
    QTemporaryDir dir;
    const Backend backend = sqliteBackend(dir);
    TestDatabase db(backend);
    db.createTable(QStringLiteral("attlog"));
    const std::string name = "Ёлкина Юлия";
    const std::string lossy = text::toCp1252Mojibake(name, text::LostByteForm::QuestionMark);
    db.insertAll(QStringLiteral("attlog"),
                 {row(1, lossy, QStringLiteral("Склад"), QStringLiteral("in")),
                  row(2, name, QStringLiteral("Склад"), QStringLiteral("out"))});

    db::DataSession session;
    session.open(backend.profile(QStringLiteral("attlog")), QStringLiteral("test"));
    ui::HistoryTab tab(session.history());
    REQUIRE(waitFor([&] { return session.doorNames().size() == 1; }));
    search(tab, QStringLiteral("ёлкина"));
    CHECK(shownPersons(*tab.model()) == QStringList(2, QString::fromStdString(name)));
    session.close();
    text::installKnownWords(nullptr); // the process's known words: none for the next test
}

TEST_CASE("History shows the passes that raised an alert, from the alert log", "[history]")
{
    QTemporaryDir dir;
    const Backend backend = sqliteBackend(dir);
    TestDatabase db(backend);
    db.createTable(QStringLiteral("attlog"));
    const QString gate = QStringLiteral("Проходная");
    std::vector<TestRow> rows;
    for (qint64 key = 1; key <= 8; ++key)
        rows.push_back(row(key, "Сотрудник " + std::to_string(key), gate, QStringLiteral("in")));
    db.insertAll(QStringLiteral("attlog"), rows);

    // Passes 3 and 6 raised alerts; 6 under two rules, and 3's alert is acknowledged.
    db::AlertLog log(dir.filePath(QStringLiteral("alerts.jsonl")));
    const QDateTime now = QDateTime::currentDateTime();
    const auto raise = [&](const QString &id, const QString &rule, qint64 key) {
        AccessEvent event;
        event.key = key;
        event.time = parseDateTime(todayAt(int(key) * 60).toStdString());
        event.person = "Сотрудник " + std::to_string(key);
        REQUIRE(log.raised(id, rule, event, false, false, now));
    };
    raise(QStringLiteral("a"), QStringLiteral("Ночью"), 3);
    raise(QStringLiteral("b"), QStringLiteral("Склад"), 6);
    raise(QStringLiteral("c"), QStringLiteral("Ночью"), 6);
    REQUIRE(log.acknowledged(QStringLiteral("a"), QStringLiteral("guard"), now));

    db::DataSession session;
    session.open(backend.profile(QStringLiteral("attlog")), QStringLiteral("test"));
    ui::HistoryTab tab(session.history());
    tab.setAlertLogPath(log.path());
    REQUIRE(waitFor([&] { return !tab.isReadingAlerts(); }));
    auto *choice = tab.filterBar()->findChild<QComboBox *>(QStringLiteral("historyAlertChoice"));
    REQUIRE(choice);
    // All passes, with an alert, not acknowledged, and each rule the log names.
    REQUIRE(choice->count() == 5);
    CHECK(choice->itemText(3).contains(QStringLiteral("Ночью")));
    CHECK(choice->itemText(4).contains(QStringLiteral("Склад")));

    const auto keysShown = [&] {
        REQUIRE(waitFor([&] { return !tab.isBusy(); }));
        QList<qint64> keys;
        for (int i = 0; i < tab.model()->rowCount(); ++i)
            keys << *tab.model()->eventAt(i).key;
        return keys;
    };
    tab.showAlertedPasses();
    CHECK(keysShown() == QList<qint64>{6, 3});
    CHECK(tab.knownCount() == 2);

    const auto pick = [&](int index) {
        choice->setCurrentIndex(index);
        tab.filterBar()->applyNow();
        return keysShown();
    };
    CHECK(pick(2) == QList<qint64>{6});    // 3's alert was acknowledged
    CHECK(pick(4) == QList<qint64>{6});    // the Склад rule
    CHECK(pick(3) == QList<qint64>{6, 3}); // the night rule
    CHECK(pick(0).size() == 8);

    // A new alert in the log: read again, the choice in use applies again with it.
    pick(1);
    raise(QStringLiteral("d"), QStringLiteral("Склад"), 8);
    tab.reloadAlerts();
    REQUIRE(waitFor([&] { return keysShown() == QList<qint64>{8, 6, 3}; }));

    // A drill-down from another view shows the person's passes, alerts or not.
    tab.showPasses(QStringLiteral("Сотрудник 5"), QDateTime(QDate::currentDate(), QTime(0, 0)),
                   QDateTime(QDate::currentDate(), QTime(23, 59, 59)));
    CHECK(keysShown() == QList<qint64>{5});
    session.close();
}

TEST_CASE("a slow History query never blocks the GUI thread", "[history][server]")
{
    const Backend backend = attlog::dbtest::postgresBackend();
    TestDatabase db(backend);
    db.exec(QStringLiteral("DROP VIEW IF EXISTS attlog_slow"));
    db.createTable(QStringLiteral("attlog_fast"));
    std::vector<TestRow> rows;
    for (qint64 key = 1; key <= 50; ++key)
        rows.push_back(row(key, "Петров Пётр", QStringLiteral("Door A"), QStringLiteral("in")));
    db.insertAll(QStringLiteral("attlog_fast"), rows);
    // Every statement against the view takes a second on the server (opening the connections
    // and loading the dictionary run several, so the whole test takes about a minute).
    db.exec(QStringLiteral("CREATE OR REPLACE VIEW attlog_slow AS SELECT a.* FROM attlog_fast a, "
                           "(SELECT pg_sleep(1)) AS s"));

    db::DataSession session;
    session.open(backend.profile(QStringLiteral("attlog_slow")), QStringLiteral("slow"));
    ui::HistoryTab tab(session.history());
    tab.show();
    QString failure;
    QObject::connect(session.history(), &db::HistorySource::historyFailed,
                     [&](db::HistoryRequestId, const QString &message) { failure = message; });

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestTurn = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestTurn = std::max(longestTurn, now - last);
        last = now;
    });
    clock.start();
    ticker.start();
    tab.filterBar()->setSearchText(QString());
    tab.filterBar()->applyNow();
    const bool loaded = waitFor([&] { return tab.model()->rowCount() > 0 && !tab.isBusy(); },
                                std::chrono::seconds(120));
    ticker.stop();
    INFO("History error: " << failure.toStdString() << "; waited " << clock.elapsed() << " ms");
    REQUIRE(loaded);
    CHECK(clock.elapsed() >= 950); // the query really was slow
    CHECK(tab.model()->rowCount() == 50);
    INFO("longest event-loop turn: " << longestTurn << " ms");
    CHECK(longestTurn < 50);
    session.close();
    db.exec(QStringLiteral("DROP VIEW attlog_slow"));
}
