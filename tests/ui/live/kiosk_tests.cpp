// SPDX-License-Identifier: MIT
// The guard post's kiosk: Live alone on its doors, everything else locked behind the supervisor's
// password (kept only as a PBKDF2 hash), and the session opened again when the feed stays down.
#include "db/session/datasession.h"
#include "tests/db/support/waitfor.h"
#include "tests/ui/sqlitefile.h"
#include "ui/common/kiosk.h"
#include "ui/live/liveeventmodel.h"
#include "ui/live/livetab.h"
#include "ui/mainwindow.h"

#include "tests/support/catch.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace attlog;
using attlog::dbtest::waitFor;

TEST_CASE("Kiosk: the password is kept as a PBKDF2-HMAC-SHA256 hash only", "[ui][kiosk]")
{
    // RFC 7914, section 11 / the common PBKDF2-HMAC-SHA256 vectors.
    CHECK(ui::kioskPasswordHash(QStringLiteral("password"), "salt", 1).toHex() ==
          "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    CHECK(ui::kioskPasswordHash(QStringLiteral("password"), "salt", 2).toHex() ==
          "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    CHECK(ui::kioskPasswordHash(QStringLiteral("password"), "salt", 4096).toHex() ==
          "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("k.ini")), QSettings::IniFormat);
    CHECK_FALSE(ui::hasKioskPassword(settings));
    CHECK_FALSE(ui::checkKioskPassword(settings, QString()));
    ui::setKioskPassword(settings, QStringLiteral("Пост-1 секрет"));
    CHECK(ui::hasKioskPassword(settings));
    CHECK(ui::checkKioskPassword(settings, QStringLiteral("Пост-1 секрет")));
    CHECK_FALSE(ui::checkKioskPassword(settings, QStringLiteral("пост-1 секрет")));
    CHECK_FALSE(ui::checkKioskPassword(settings, QString()));
    const QString stored = settings.value(QStringLiteral("kiosk/password")).toString();
    CHECK_FALSE(stored.contains(QStringLiteral("секрет")));
    CHECK(stored.split(QLatin1Char(':')).size() == 3);
    ui::setKioskPassword(settings, QString());
    CHECK_FALSE(ui::hasKioskPassword(settings));
}

TEST_CASE("Kiosk: Live alone on its doors until the supervisor unlocks it", "[ui][kiosk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.sqlite"));
    const QString now =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    uitest::writeSqlite(
        path, {QStringLiteral("CREATE TABLE attlog (serialNo INTEGER PRIMARY KEY, authDateTime "
                              "TEXT, direction TEXT, personName TEXT, doorName TEXT)"),
               QStringLiteral("INSERT INTO attlog VALUES (1, '%1', 'in', 'А', 'Склад'), (2, '%1', "
                              "'in', 'Б', 'Проходная'), (3, '%1', 'out', 'В', 'Ворота')")
                   .arg(now)});
    const db::ConnectionProfile profile = uitest::sqliteProfile(
        path, QStringLiteral("post"),
        {sql::Field::AuthDate, sql::Field::AuthTime, sql::Field::DeviceName, sql::Field::DeviceSN,
         sql::Field::EmployeeID, sql::Field::CardNo, sql::Field::ReaderName});
    {
        QSettings settings;
        ui::setKioskPassword(settings, QStringLiteral("supervisor"));
    }

    db::DataSession session;
    ui::MainWindow window(&session);
    window.openSession(profile, profile.name);
    window.show();
    window.enterKiosk({QStringLiteral("Склад"), QStringLiteral("Ворота")});
    CHECK(window.isKiosk());
    CHECK(window.isFullScreen());
    CHECK(window.currentPageWidget() == window.liveTab());
    CHECK_FALSE(window.tabs()->tabBar()->isVisible());
    const auto visibleMenus = [&] {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            if (action->isVisible())
                titles << action->text().remove(QLatin1Char('&'));
        return titles;
    };
    CHECK(visibleMenus() ==
          QStringList{QStringLiteral("Alerts"), QStringLiteral("Kiosk"), QStringLiteral("Help")});
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("watchListAction"))->isVisible());

    // Only the kiosk's doors, however many passes the table has.
    QTableView *table = window.liveTab()->findChild<QTableView *>(QStringLiteral("liveTable"));
    REQUIRE(table);
    REQUIRE(waitFor([&] { return window.liveTab()->model()->rowCount() == 3; }));
    CHECK(table->model()->rowCount() == 2);

    CHECK_FALSE(window.unlockKiosk(QStringLiteral("guess")));
    CHECK(window.isKiosk());
    CHECK(window.unlockKiosk(QStringLiteral("supervisor")));
    CHECK_FALSE(window.isKiosk());
    CHECK(window.tabs()->tabBar()->isVisible());
    CHECK(table->model()->rowCount() == 3);
    CHECK(visibleMenus().size() == 6);
    session.close();
    QSettings settings;
    ui::setKioskPassword(settings, QString());
}

TEST_CASE("Kiosk: a feed that stays down gets its session opened again", "[ui][kiosk]")
{
    QTemporaryDir dir;
    const db::ConnectionProfile profile = uitest::sqliteProfile(
        dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("gone"), {}); // never there
    db::DataSession session;
    ui::MainWindow window(&session);
    window.setKioskRestartSeconds(1);
    window.openSession(profile, profile.name);
    window.enterKiosk({});
    QSignalSpy restarted(&window, &ui::MainWindow::kioskRestarted);
    REQUIRE(waitFor([&] { return restarted.count() >= 1; }, std::chrono::seconds(20)));
    CHECK(window.isKiosk());
    session.close();
}
