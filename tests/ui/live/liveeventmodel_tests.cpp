// SPDX-License-Identifier: MIT
#include "ui/common/eventcolumns.h"
#include "ui/live/liveeventmodel.h"

#include "tests/support/catch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using attlog::AccessEvent;
using attlog::ui::EventColumn;
using attlog::ui::LiveEventModel;

namespace {

QList<AccessEvent> makeBatch(qint64 firstKey, int count)
{
    QList<AccessEvent> batch;
    for (int i = 0; i < count; ++i) {
        AccessEvent e;
        e.key = firstKey + i;
        e.person = "Person " + std::to_string(firstKey + i);
        e.time = attlog::makeDateTime(attlog::dateFromCivil(2026, 11, 27), 8, 0, i % 60);
        batch.push_back(e);
    }
    return batch;
}

qint64 keyAt(const LiveEventModel &model, int row)
{
    return model.index(row, int(EventColumn::Key)).data(attlog::ui::kSortRole).toLongLong();
}

} // namespace

TEST_CASE("live model appends each batch with one insert, oldest row first", "[live]")
{
    LiveEventModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.appendBatch(makeBatch(1, 10));
    model.appendBatch(makeBatch(11, 5));
    REQUIRE(model.rowCount() == 15);
    REQUIRE(inserted.count() == 2);
    CHECK(inserted.at(1).at(1).toInt() == 10); // first
    CHECK(inserted.at(1).at(2).toInt() == 14); // last, inclusive
    CHECK(keyAt(model, 0) == 1);
    CHECK(keyAt(model, 14) == 15);
    CHECK(model.index(3, int(EventColumn::Person)).data().toString() == QStringLiteral("Person 4"));
}

TEST_CASE("live model evicts the oldest rows before inserting when full", "[live]")
{
    LiveEventModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.appendBatch(makeBatch(1, 8));
    model.appendBatch(makeBatch(9, 5)); // 13 > 10: the 3 oldest go
    REQUIRE(model.rowCount() == 10);
    REQUIRE(removed.count() == 1);
    CHECK(removed.at(0).at(1).toInt() == 0);
    CHECK(removed.at(0).at(2).toInt() == 2);
    CHECK(keyAt(model, 0) == 4);
    CHECK(keyAt(model, 9) == 13);

    // A batch larger than the whole buffer keeps only its newest rows.
    model.appendBatch(makeBatch(100, 25));
    REQUIRE(model.rowCount() == 10);
    CHECK(keyAt(model, 0) == 115);
    CHECK(keyAt(model, 9) == 124);
    CHECK(inserted.last().at(2).toInt() - inserted.last().at(1).toInt() + 1 == 10);

    model.setCapacity(4);
    REQUIRE(model.rowCount() == 4);
    CHECK(keyAt(model, 0) == 121);
}

TEST_CASE("live model marks new rows fresh and shows direction and flags", "[live]")
{
    LiveEventModel model(10);
    auto batch = makeBatch(1, 2);
    batch[0].direction = attlog::Direction::In;
    batch[1].time.reset();
    batch[1].timeSource = attlog::TimeSource::Missing;
    model.appendBatch(batch);
    CHECK(model.isFresh(0));
    CHECK(model.index(0, 0).data(Qt::BackgroundRole).isValid());
    CHECK(model.index(0, int(EventColumn::Direction)).data(Qt::DecorationRole).isValid());
    CHECK_FALSE(model.index(1, int(EventColumn::Time)).data(Qt::ToolTipRole).toString().isEmpty());
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("rows that were already stored when Live started are not marked new", "[live]")
{
    LiveEventModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendBatch(makeBatch(1, 3), false);
    model.appendBatch(makeBatch(4, 1));
    CHECK_FALSE(model.isFresh(0));
    CHECK_FALSE(model.index(2, 0).data(Qt::BackgroundRole).isValid());
    CHECK(model.isFresh(3));
}
