// SPDX-License-Identifier: MIT
#include "db/qtconvert.h"
#include "db/session/datasession.h"
#include "tests/db/support/waitfor.h"
#include "tests/ui/sqlitefile.h"
#include "ui/live/feedhealth.h"
#include "ui/mainwindow.h"

#include "tests/support/catch.h"

#include <QTemporaryDir>

using namespace attlog;
using attlog::dbtest::waitFor;

namespace {

AccessEvent doorPass(const QDateTime &when, std::string door)
{
    AccessEvent event;
    event.time = fromQDateTime(when);
    event.person = "А";
    event.door = std::move(door);
    event.direction = Direction::In;
    return event;
}

} // namespace

TEST_CASE("Feed health: the poll's age turns the status amber, then red, in words",
          "[ui][feedhealth]")
{
    QDateTime now(QDate(2026, 12, 7), QTime(10, 0, 0));
    ui::FeedHealth health;
    health.setClock([&] { return now; });
    CHECK(health.level() == ui::FeedHealth::Level::Waiting);
    health.polled(now);
    CHECK(health.level() == ui::FeedHealth::Level::Ok);
    CHECK(health.text() == QStringLiteral("Last poll: 10:00:00"));
    now = now.addSecs(20);
    health.evaluate();
    CHECK(health.level() == ui::FeedHealth::Level::Amber);
    CHECK(health.text() == QStringLiteral("No successful poll for 20 s"));
    now = now.addSecs(160);
    health.evaluate();
    CHECK(health.level() == ui::FeedHealth::Level::Red);
    CHECK(health.text() == QStringLiteral("Live is not updating: no successful poll for 3 min"));
    health.polled(now);
    CHECK(health.level() == ui::FeedHealth::Level::Ok);
}

TEST_CASE("Feed health: a door busy at this hour and silent far too long is named",
          "[ui][feedhealth]")
{
    // Four Mondays with a pass at the gate every 5 minutes from 08:00 to 12:00.
    report::DoorActivityLearner learner;
    std::vector<AccessEvent> events;
    for (int week = 0; week < 4; ++week)
        for (int minute = 8 * 60; minute < 12 * 60; minute += 5)
            events.push_back(doorPass(
                QDateTime(QDate(2026, 11, 9).addDays(7 * week), QTime(minute / 60, minute % 60)),
                "Проходная"));
    learner.add(events);
    QDateTime now(QDate(2026, 12, 7), QTime(10, 0, 0)); // a Monday
    ui::FeedHealth health;
    health.setClock([&] { return now; });
    health.setModel(learner.learn(fromQDateTime(QDateTime(QDate(2026, 11, 9), QTime(0, 0))),
                                  fromQDateTime(QDateTime(QDate(2026, 12, 7), QTime(0, 0)))));
    health.polled(now);
    health.addEvents({doorPass(now.addSecs(-60), "Проходная")});
    health.evaluate();
    CHECK(health.silentText().isEmpty());
    CHECK(health.level() == ui::FeedHealth::Level::Ok);

    now = now.addSecs(45 * 60);
    health.polled(now);
    CHECK(health.level() == ui::FeedHealth::Level::Amber);
    CHECK(health.silentText() ==
          QStringLiteral("Silent: Проходная (none for 46 min, usually every 5 min)"));
    CHECK(health.text().startsWith(QStringLiteral("Last poll: 10:45:00 · Silent: ")));
    health.addEvents({doorPass(now, "Проходная")});
    health.evaluate();
    CHECK(health.silentText().isEmpty());
}

TEST_CASE("Feed health: the main window learns door usage from the table after the first poll",
          "[ui][feedhealth][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doors.sqlite"));
    QStringList statements{
        QStringLiteral("CREATE TABLE attlog (serialNo INTEGER PRIMARY KEY, authDateTime TEXT, "
                       "direction TEXT, personName TEXT, doorName TEXT)")};
    const QDateTime base = QDateTime::currentDateTime().addDays(-3);
    for (int i = 0; i < 50; ++i)
        statements << QStringLiteral("INSERT INTO attlog VALUES (%1, '%2', 'in', 'А', 'Склад')")
                          .arg(i + 1)
                          .arg(
                              base.addSecs(i * 60).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    uitest::writeSqlite(path, statements);
    const db::ConnectionProfile profile = uitest::sqliteProfile(
        path, QStringLiteral("doors"),
        {sql::Field::AuthDate, sql::Field::AuthTime, sql::Field::DeviceName, sql::Field::DeviceSN,
         sql::Field::EmployeeID, sql::Field::CardNo, sql::Field::ReaderName});

    db::DataSession session;
    ui::MainWindow window(&session);
    window.openSession(profile, profile.name);
    REQUIRE(waitFor([&] { return window.feedHealth()->hasModel(); }));
    CHECK(window.feedHealth()->level() == ui::FeedHealth::Level::Ok);
    CHECK(window.feedHealth()->text().startsWith(QStringLiteral("Last poll: ")));
    session.close();
}
