// SPDX-License-Identifier: MIT
#include "ui/history/historymodel.h"

#include "tests/support/catch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using attlog::AccessEvent;
using attlog::ui::HistoryModel;
namespace db = attlog::db;

namespace {

QList<AccessEvent> page(qint64 firstKey, int count)
{
    QList<AccessEvent> events;
    for (int i = 0; i < count; ++i) {
        AccessEvent e;
        e.key = firstKey - i;
        events.push_back(e);
    }
    return events;
}

} // namespace

TEST_CASE("History model appends the current request's pages and drops stale ones", "[history]")
{
    // (No model tester here: it calls fetchMore() itself, which this test drives by hand; the
    // next test runs the same sequence under the tester.)
    HistoryModel model;
    QSignalSpy more(&model, &HistoryModel::moreRequested);

    model.startRequest(db::HistoryRequestId(7));
    CHECK_FALSE(model.canFetchMore({})); // the first page is on its way
    REQUIRE(model.appendPage(db::HistoryRequestId(7), page(100, 50), false));
    CHECK(model.rowCount() == 50);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    REQUIRE(more.count() == 1);
    CHECK(more.at(0).at(0).value<db::HistoryRequestId>() == db::HistoryRequestId(7));
    CHECK_FALSE(model.canFetchMore({})); // one page at a time

    // A new filter: pages of the old request no longer land.
    model.startRequest(db::HistoryRequestId(8));
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.appendPage(db::HistoryRequestId(7), page(50, 50), false));
    CHECK(model.rowCount() == 0);
    REQUIRE(model.appendPage(db::HistoryRequestId(8), page(10, 10), true));
    CHECK(model.rowCount() == 10);
    CHECK(model.eventAt(0).key == 10);
    CHECK_FALSE(model.canFetchMore({})); // at the end
}

TEST_CASE("a failed or cancelled History request stops asking for pages", "[history]")
{
    HistoryModel model;
    model.startRequest(db::HistoryRequestId(3));
    model.appendPage(db::HistoryRequestId(3), page(10, 5), false);
    model.stopFetching();
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.rowCount() == 5);
}

TEST_CASE("History model stays consistent under QAbstractItemModelTester", "[history]")
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy more(&model, &HistoryModel::moreRequested);
    model.startRequest(db::HistoryRequestId(1));
    REQUIRE(model.appendPage(db::HistoryRequestId(1), page(100, 50), false));
    // The tester may ask for the next page itself; either way one page is pending at most.
    CHECK(more.count() <= 1);
    model.fetchMore({});
    CHECK(more.count() <= 1);
    REQUIRE(model.appendPage(db::HistoryRequestId(1), page(50, 20), true));
    CHECK(model.rowCount() == 70);
    model.startRequest(db::HistoryRequestId(2));
    CHECK(model.rowCount() == 0);
}
