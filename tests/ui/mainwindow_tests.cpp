// SPDX-License-Identifier: MIT
// The whole window on a real demo database, offscreen: four tabs, and rows appear in Live and
// History without any SQL on the GUI thread (everything arrives from the session's workers).

#include "core/db/demodatabase.h"
#include "tests/db/support/waitfor.h"
#include "ui/history/historyfilterbar.h"
#include "ui/history/historymodel.h"
#include "ui/history/historytab.h"
#include "ui/live/liveeventmodel.h"
#include "ui/live/livetab.h"
#include "ui/mainwindow.h"
#include "ui/session/datasession.h"

#include "tests/support/catch.h"

#include <QTabWidget>
#include <QTemporaryDir>

using attlog::dbtest::waitFor;

TEST_CASE("the main window opens with four tabs and shows rows from the demo database",
          "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    attlog::DemoConfig config;
    config.days = 10;
    config.people = 30;
    QString error;
    REQUIRE(attlog::db::createDemoDatabase(path, config, &error));

    attlog::db::ConnectionProfile profile;
    profile.name = QStringLiteral("demo");
    profile.kind = attlog::db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;

    attlog::ui::DataSession session;
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
