// SPDX-License-Identifier: MIT
// The History tab on an in-memory HistorySource: paging, the count, superseded searches,
// failures and Cancel, with no server (tests/ui/history/historytab_tests.cpp keeps the end-to-end
// test on real databases).

#include "tests/ui/memoryeventsource.h"
#include "tests/ui/memoryhistorysource.h"
#include "ui/history/historyfilterbar.h"
#include "ui/history/historymodel.h"
#include "ui/history/historytab.h"

#include "tests/support/catch.h"

#include <QApplication>
#include <QDate>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace attlog;
using attlog::test::makePass;
using attlog::test::MemoryHistorySource;

namespace {

// `count` passes today from 00:00:30, 30 s apart (key 1 is the oldest); every third at "Склад".
QList<AccessEvent> passesToday(int count)
{
    const std::string day = QDate::currentDate().toString(Qt::ISODate).toStdString();
    QList<AccessEvent> events;
    for (int i = 1; i <= count; ++i) {
        const int seconds = i * 30;
        char time[32];
        std::snprintf(time, sizeof time, "%s %02d:%02d:%02d", day.c_str(), seconds / 3600,
                      seconds / 60 % 60, seconds % 60);
        const std::string door = i % 3 == 0 ? "Склад" : "Вход";
        events << makePass(i, time, i % 2 ? Direction::In : Direction::Out,
                           "Человек " + std::to_string(i), "E" + std::to_string(i), door);
    }
    return events;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

void searchFor(ui::HistoryTab &tab, const QString &text)
{
    tab.filterBar()->setSearchText(text);
    tab.filterBar()->applyNow();
}

// The text of the tab's labels the user can see (the tab itself need not be shown).
QString shownText(const ui::HistoryTab &tab)
{
    QString text;
    for (const QLabel *label : tab.findChildren<QLabel *>()) {
        if (!label->isHidden())
            text += label->text() + QLatin1Char('\n');
    }
    return text;
}

} // namespace

TEST_CASE("History pages in as the user scrolls and knows the total at once", "[history]")
{
    MemoryHistorySource source(passesToday(1200));
    ui::HistoryTab tab(&source);
    tab.refresh();
    REQUIRE(waitUntil([&] { return !tab.isBusy(); }));
    ui::HistoryModel &model = *tab.model();
    CHECK(model.rowCount() == 500);      // the first page
    CHECK(model.eventAt(0).key == 1200); // newest first
    CHECK(tab.knownCount() == 1200);     // from the count, before the rows are loaded

    while (model.canFetchMore({})) {
        model.fetchMore({});
        REQUIRE(waitUntil([&] { return !tab.isBusy(); }));
    }
    CHECK(model.rowCount() == 1200);
    CHECK(model.eventAt(1199).key == 1);
    CHECK(model.isAtEnd());
}

TEST_CASE("History drops the late pages of a search the user has replaced", "[history]")
{
    MemoryHistorySource source(passesToday(30));
    ui::HistoryTab tab(&source);
    source.holdAnswers(true);
    searchFor(tab, QStringLiteral("Человек 1")); // 1, 10..19
    searchFor(tab, QStringLiteral("человек 2")); // 2, 20..29: replaces the first
    CHECK(source.searchCount() == 2);
    source.release(); // the first search's page and count arrive late, then the second's
    REQUIRE(waitUntil([&] { return !tab.isBusy(); }));
    const ui::HistoryModel &model = *tab.model();
    REQUIRE(model.rowCount() == 11);
    for (int i = 0; i < model.rowCount(); ++i)
        CHECK(model.eventAt(i).person.rfind("Человек 2", 0) == 0);
    CHECK(tab.knownCount() == 11);
}

TEST_CASE("A failed History search says why and leaves the busy state", "[history]")
{
    MemoryHistorySource source(passesToday(10));
    ui::HistoryTab tab(&source);
    source.failNextSearch(QStringLiteral("the server went away"));
    tab.refresh();
    CHECK(tab.isBusy());
    REQUIRE(waitUntil([&] { return !tab.isBusy(); }));
    CHECK(shownText(tab).contains(QStringLiteral("the server went away")));
    CHECK(tab.model()->rowCount() == 0);

    tab.refresh(); // and the next search works
    REQUIRE(waitUntil([&] { return !tab.isBusy() && tab.model()->rowCount() == 10; }));
    CHECK_FALSE(shownText(tab).contains(QStringLiteral("the server went away")));
}

TEST_CASE("Cancel stops a History search and tells the source", "[history]")
{
    MemoryHistorySource source(passesToday(10));
    ui::HistoryTab tab(&source);
    tab.show();
    source.holdAnswers(true);
    tab.refresh();
    REQUIRE(tab.isBusy());
    auto *cancel = tab.findChild<QPushButton *>(QStringLiteral("historyCancel"));
    REQUIRE(cancel);
    REQUIRE(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK_FALSE(tab.isBusy());
    CHECK(source.cancelledSearches().size() == 1);
    CHECK(tab.model()->requestId() == source.cancelledSearches().first());
    CHECK_FALSE(tab.model()->canFetchMore({}));
}

TEST_CASE("Esc stops a running History search from the keyboard", "[history]")
{
    MemoryHistorySource source(passesToday(10));
    ui::HistoryTab tab(&source);
    tab.show();
    tab.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    source.holdAnswers(true);
    tab.refresh();
    REQUIRE(tab.isBusy());
    tab.focusSearch();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(tab.isBusy());
    REQUIRE(source.cancelledSearches().size() == 1);
    CHECK(tab.model()->requestId() == source.cancelledSearches().first());
}

TEST_CASE("History offers the source's doors and searches at the chosen one", "[history]")
{
    MemoryHistorySource source(passesToday(30));
    source.setDoorNames({QStringLiteral("Вход"), QStringLiteral("Склад")});
    ui::HistoryTab tab(&source);
    tab.filterBar()->setSelectedDoors({QStringLiteral("Склад")});
    tab.filterBar()->applyNow();
    REQUIRE(waitUntil([&] { return !tab.isBusy() && tab.model()->rowCount() > 0; }));
    CHECK(tab.model()->rowCount() == 10);
    for (int i = 0; i < tab.model()->rowCount(); ++i)
        CHECK(tab.model()->eventAt(i).door == "Склад");
}
