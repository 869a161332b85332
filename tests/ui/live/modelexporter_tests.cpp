// SPDX-License-Identifier: MIT
#include "ui/common/datatableview.h"
#include "ui/common/eventcolumns.h"
#include "ui/common/modelexporter.h"
#include "ui/live/liveeventmodel.h"

#include "tests/support/catch.h"

#include <QHeaderView>

using namespace attlog;

TEST_CASE("a table export takes the visible columns in view order, typed", "[live]")
{
    ui::LiveEventModel model;
    AccessEvent timed;
    timed.key = 7;
    timed.time = makeDateTime(dateFromCivil(2026, 11, 27), 8, 0, 0);
    timed.person = "Иванов";
    AccessEvent untimed;
    untimed.key = 8;
    untimed.timeSource = TimeSource::Missing;
    model.appendBatch({timed, untimed});

    ui::DataTableView view(QString{});
    view.setModel(&model);
    view.horizontalHeader()->setSectionHidden(int(ui::EventColumn::Card), true);
    view.horizontalHeader()->moveSection(int(ui::EventColumn::Key), 0); // key first

    const ui::TableSnapshot snapshot = ui::snapshotView(&view);
    REQUIRE(snapshot.columns.size() == std::size_t(ui::kEventColumnCount - 1));
    CHECK(snapshot.columns[0].type == ColumnType::Integer);
    CHECK(snapshot.columns[1].type == ColumnType::DateTime);
    REQUIRE(snapshot.rows.size() == 2);
    CHECK(std::get<std::int64_t>(snapshot.rows[0][0]) == 7);
    CHECK(std::get<DateTime>(snapshot.rows[0][1]) == *timed.time);
    CHECK(std::get<std::string>(snapshot.rows[0][3]) == "Иванов");
    // A pass without a time keeps what the user sees instead of a made-up date.
    CHECK(std::holds_alternative<std::string>(snapshot.rows[1][1]));
    for (const TableColumn &column : snapshot.columns)
        CHECK(column.title != ui::eventColumnTitle(ui::EventColumn::Card).toStdString());
}
