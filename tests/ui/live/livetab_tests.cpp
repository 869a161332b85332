// SPDX-License-Identifier: MIT
#include "ui/common/datatableview.h"
#include "ui/live/liveeventmodel.h"
#include "ui/live/livetab.h"

#include "tests/support/catch.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollBar>

using attlog::AccessEvent;
using attlog::ui::LiveTab;

namespace {

QList<AccessEvent> makeEvents(qint64 firstKey, int count, const std::string &door = "Проходная")
{
    QList<AccessEvent> batch;
    for (int i = 0; i < count; ++i) {
        AccessEvent e;
        e.key = firstKey + i;
        e.person = "Иванов " + std::to_string(firstKey + i);
        e.door = door;
        e.time = attlog::makeDateTime(attlog::dateFromCivil(2026, 11, 27), 9, 0, 0);
        batch.push_back(e);
    }
    return batch;
}

} // namespace

TEST_CASE("Live follows new rows at the bottom and holds when scrolled up", "[live]")
{
    LiveTab tab;
    tab.resize(900, 500);
    tab.show();
    tab.addEvents(makeEvents(1, 200));
    QApplication::processEvents();
    QScrollBar *bar = tab.view()->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    CHECK(bar->value() == bar->maximum());

    tab.addEvents(makeEvents(201, 10));
    QApplication::processEvents();
    CHECK(bar->value() == bar->maximum()); // followed

    bar->setValue(10);
    tab.addEvents(makeEvents(211, 10));
    QApplication::processEvents();
    CHECK(bar->value() == 10); // held
    CHECK(tab.model()->rowCount() == 220);
}

TEST_CASE("Pause holds arriving passes and adds them on resume, none lost", "[live]")
{
    LiveTab tab;
    tab.addEvents(makeEvents(1, 5));
    tab.setPaused(true);
    tab.addEvents(makeEvents(6, 3));
    tab.addEvents(makeEvents(9, 2));
    CHECK(tab.model()->rowCount() == 5);
    CHECK(tab.heldCount() == 5);
    tab.setPaused(false);
    CHECK(tab.heldCount() == 0);
    REQUIRE(tab.model()->rowCount() == 10);
    CHECK(tab.model()->eventAt(9).key == 10);
}

TEST_CASE("Live door filter shows only that door's passes", "[live]")
{
    LiveTab tab;
    tab.addEvents(makeEvents(1, 3, "Проходная"));
    tab.addEvents(makeEvents(4, 2, "Склад «Север»"));
    auto *combo = tab.findChild<QComboBox *>();
    REQUIRE(combo != nullptr);
    REQUIRE(combo->count() == 3); // All doors + 2
    combo->setCurrentIndex(combo->findText(QStringLiteral("Склад «Север»")));
    CHECK(tab.view()->model()->rowCount() == 2);
    combo->setCurrentIndex(0);
    CHECK(tab.view()->model()->rowCount() == 5);
}

TEST_CASE("copy as TSV gives the header and the selected rows", "[live]")
{
    LiveTab tab;
    tab.addEvents(makeEvents(1, 3));
    tab.view()->selectRow(1);
    const QString tsv = tab.view()->selectionAsTsv();
    const QStringList lines = tsv.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].split(QLatin1Char('\t')).size() == 9);
    CHECK(lines[1].contains(QStringLiteral("Иванов 2")));
}
