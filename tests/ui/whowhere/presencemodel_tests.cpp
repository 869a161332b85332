// SPDX-License-Identifier: MIT
#include "ui/reports/collatingsortproxy.h"
#include "ui/whowhere/presencemodel.h"

#include "tests/support/catch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using attlog::DateTime;
using attlog::PresenceRow;
using attlog::PresenceStatus;
using attlog::ui::PresenceModel;

namespace {

DateTime at(const char *text)
{
    return *attlog::parseDateTime(text);
}

PresenceRow row(const std::string &person, PresenceStatus status, const char *lastTime,
                const std::string &door = "Проходная")
{
    PresenceRow r;
    r.identity = "n:" + person;
    r.person = person;
    r.status = status;
    r.lastTime = at(lastTime);
    r.lastDoor = door;
    r.lastDirection =
        status == PresenceStatus::Inside ? attlog::Direction::In : attlog::Direction::Out;
    return r;
}

QString text(const PresenceModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("presence model merges a new snapshot without a reset", "[whowhere]")
{
    PresenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const DateTime now = at("2026-11-27 12:00:00");
    model.setRows({row("Алексеев", PresenceStatus::Inside, "2026-11-27 08:00:00"),
                   row("Борисова", PresenceStatus::Outside, "2026-11-27 09:00:00"),
                   row("Волков", PresenceStatus::Inside, "2026-11-27 10:00:00")},
                  now);
    REQUIRE(model.rowCount() == 3);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Борисова leaves the window, Волков goes out, Григорьев and Абрамов arrive.
    model.setRows({row("Абрамов", PresenceStatus::Inside, "2026-11-27 11:00:00"),
                   row("Алексеев", PresenceStatus::Inside, "2026-11-27 08:00:00"),
                   row("Волков", PresenceStatus::Outside, "2026-11-27 11:30:00"),
                   row("Григорьев", PresenceStatus::Inside, "2026-11-27 11:45:00")},
                  now);
    CHECK(resets.isEmpty());
    CHECK(removed.size() == 1);
    CHECK(inserted.size() == 2);
    CHECK_FALSE(changed.isEmpty());
    REQUIRE(model.rowCount() == 4);
    CHECK(text(model, 0, PresenceModel::Person) == QStringLiteral("Абрамов"));
    CHECK(text(model, 1, PresenceModel::Person) == QStringLiteral("Алексеев"));
    CHECK(text(model, 2, PresenceModel::Person) == QStringLiteral("Волков"));
    CHECK(text(model, 2, PresenceModel::Status) == QStringLiteral("Outside"));
    CHECK(model.index(2, 0).data(PresenceModel::kStatusRole).toInt() ==
          int(PresenceStatus::Outside));
    CHECK(text(model, 3, PresenceModel::Person) == QStringLiteral("Григорьев"));

    // Everyone gone, then back: a reset each way is fine.
    model.setRows({}, now);
    CHECK(model.rowCount() == 0);
    model.setRows({row("Волков", PresenceStatus::Inside, "2026-11-27 11:50:00")}, now);
    CHECK(model.rowCount() == 1);
}

TEST_CASE("presence model refreshes the 'ago' column only when time moves", "[whowhere]")
{
    PresenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({row("Алексеев", PresenceStatus::Inside, "2026-11-27 08:00:00"),
                   row("Борисова", PresenceStatus::Outside, "2026-11-27 11:59:30")},
                  at("2026-11-27 12:00:00"));
    CHECK(text(model, 0, PresenceModel::Ago) == QStringLiteral("4 h 00 min"));
    CHECK(text(model, 1, PresenceModel::Ago) == QStringLiteral("just now"));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReferenceTime(at("2026-11-27 12:07:10"));
    CHECK(resets.isEmpty());
    REQUIRE(changed.size() == 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    CHECK(topLeft.column() == PresenceModel::Ago);
    CHECK(bottomRight.column() == PresenceModel::Ago);
    CHECK(bottomRight.row() == 1);
    CHECK(text(model, 0, PresenceModel::Ago) == QStringLiteral("4 h 07 min"));
    CHECK(text(model, 1, PresenceModel::Ago) == QStringLiteral("7 min"));
    CHECK(PresenceModel::agoText(3 * 86400 + 5 * 3600) == QStringLiteral("3 d 5 h"));
}

TEST_CASE("report tables sort names in the user's alphabet, Ё among the Е names", "[whowhere]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    PresenceModel model;
    const DateTime now = at("2026-11-27 12:00:00");
    // Given in UTF-8 byte order, as the board gives them: Ё (U+0401) before А (U+0410).
    model.setRows({row("Ёлкин", PresenceStatus::Inside, "2026-11-27 08:00:00"),
                   row("Абрамов", PresenceStatus::Inside, "2026-11-27 08:00:00"),
                   row("Ежов", PresenceStatus::Inside, "2026-11-27 08:00:00"),
                   row("Жуков", PresenceStatus::Inside, "2026-11-27 08:00:00")},
                  now);
    attlog::ui::CollatingSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PresenceModel::Person);
    QLocale::setDefault(previous);
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r)
        names << proxy.index(r, PresenceModel::Person).data().toString();
    CHECK(names == QStringList({QStringLiteral("Абрамов"), QStringLiteral("Ежов"),
                                QStringLiteral("Ёлкин"), QStringLiteral("Жуков")}));
}
