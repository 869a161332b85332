// SPDX-License-Identifier: MIT
// `attlog check --format json` on a table with the field reports' problems, on a real server:
// serialNo numbered per device and repeated within one, a device whose clock runs 5 h ahead
// (insertion times mapped), a pass written twice one hour apart, directions stored as 0 and 1.
#pragma once

#include "tests/app/cli/clitestutil.h"
#include "tests/db/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attlog::clitest {

inline void dataHealthScenario(const dbtest::Backend &backend)
{
    using namespace dbtest;
    TestDatabase db(backend);
    const QString table = QStringLiteral("t_health");
    TableColumns columns = defaultColumns();
    columns[sql::Field::InsertedAt] = QStringLiteral("insertedAt");
    // Without the unique index createTable() puts on the key: serial numbers repeat here.
    TableColumns withoutKey = columns;
    withoutKey.erase(sql::Field::Key);
    db.createTable(table, withoutKey);
    db.exec(QStringLiteral("ALTER TABLE %1 ADD %2 INT")
                .arg(table, db.quote(QStringLiteral("serialNo"))));
    const auto row = [](qint64 key, const QString &time, const QString &inserted,
                        const QString &device, const QString &person, const QString &direction) {
        TestRow r = sampleRow(key);
        r.authDateTime = QStringLiteral("2024-03-10 ") + time;
        r.authDate = QStringLiteral("2024-03-10");
        r.authTime = time;
        r.insertedAt = QStringLiteral("2024-03-10 ") + inserted;
        r.deviceName = device;
        r.deviceSN = QStringLiteral("SN-") + device.right(1);
        r.personName = person;
        r.employeeID = person;
        r.direction = direction;
        r.doorName = QStringLiteral("Door ") + device.right(1);
        return r;
    };
    const std::vector<TestRow> rows{
        row(1, QStringLiteral("08:00:00"), QStringLiteral("08:00:01"), QStringLiteral("Gate A"),
            QStringLiteral("P1"), QStringLiteral("0")),
        row(2, QStringLiteral("08:01:00"), QStringLiteral("08:01:01"), QStringLiteral("Gate A"),
            QStringLiteral("P2"), QStringLiteral("1")),
        row(3, QStringLiteral("09:00:00"), QStringLiteral("09:00:01"), QStringLiteral("Gate A"),
            QStringLiteral("Ghost"), QStringLiteral("in")),
        // The same pass again, one hour later, with its own serial number.
        row(4, QStringLiteral("10:00:00"), QStringLiteral("10:00:01"), QStringLiteral("Gate A"),
            QStringLiteral("Ghost"), QStringLiteral("in")),
        row(4, QStringLiteral("10:05:00"), QStringLiteral("10:05:01"), QStringLiteral("Gate A"),
            QStringLiteral("P4"), QStringLiteral("out")),
        // Gate B numbers its serials from 1 too, and its clock is 5 h ahead.
        row(1, QStringLiteral("13:00:00"), QStringLiteral("08:00:00"), QStringLiteral("Gate B"),
            QStringLiteral("P5"), QStringLiteral("in")),
        row(2, QStringLiteral("13:30:00"), QStringLiteral("08:30:00"), QStringLiteral("Gate B"),
            QStringLiteral("P6"), QStringLiteral("0")),
    };
    db.insertAll(table, rows, columns);
    TestRow untimed = row(9, QStringLiteral("08:00:00"), QStringLiteral("08:00:00"),
                          QStringLiteral("Gate A"), QStringLiteral("P9"), QStringLiteral("in"));
    untimed.authDateTime.reset();
    untimed.authTime.reset();
    db.insert(table, untimed, columns);

    QTemporaryDir dir;
    QProcessEnvironment env = isolatedEnvironment(dir);
    const Run run = runAttlog({QStringLiteral("check"), QStringLiteral("--connection"),
                               connectionOf(backend, &env), QStringLiteral("--table"), table,
                               QStringLiteral("--map"), QStringLiteral("inserted_at=insertedAt"),
                               QStringLiteral("--at"), QStringLiteral("2024-03-10T12:00:00"),
                               QStringLiteral("--format"), QStringLiteral("json")},
                              env);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonObject health = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);

    CHECK(health[QStringLiteral("mode")].toString() == QStringLiteral("key"));
    CHECK(health[QStringLiteral("key")].toString() == QStringLiteral("serialNo"));
    CHECK(health[QStringLiteral("rows")].toInteger() == 8);
    CHECK(health[QStringLiteral("newest")].toString() == QStringLiteral("2024-03-10T13:30:00"));
    CHECK(health[QStringLiteral("rows_without_time")].toInteger() == 1);
    CHECK(health[QStringLiteral("keys_shared_across_devices")].toInteger() == 2);

    const QJsonArray devices = health[QStringLiteral("devices")].toArray();
    REQUIRE(devices.size() == 2);
    const QJsonObject a = devices[0].toObject();
    CHECK(a[QStringLiteral("device")].toString() == QStringLiteral("Gate A"));
    CHECK(a[QStringLiteral("device_sn")].toString() == QStringLiteral("SN-A"));
    CHECK(a[QStringLiteral("rows")].toInteger() == 5);
    CHECK(a[QStringLiteral("newest")].toString() == QStringLiteral("2024-03-10T10:05:00"));
    CHECK(a[QStringLiteral("age_seconds")].toInteger() == 6900);
    CHECK(a[QStringLiteral("serial_duplicates")].toInteger() == 1);
    CHECK(a[QStringLiteral("future_rows")].toInteger() == 0);
    CHECK(a[QStringLiteral("clock_skew_seconds")].toInteger() == -1);
    const QJsonObject b = devices[1].toObject();
    CHECK(b[QStringLiteral("device")].toString() == QStringLiteral("Gate B"));
    CHECK(b[QStringLiteral("serial_duplicates")].toInteger() == 0);
    CHECK(b[QStringLiteral("future_rows")].toInteger() == 2);
    CHECK(b[QStringLiteral("clock_skew_seconds")].toInteger() == 5 * 3600);

    const QJsonArray directions = health[QStringLiteral("direction_values")].toArray();
    REQUIRE(directions.size() == 4);
    const auto direction = [&](int i, const char *value, int count, const char *mapsTo) {
        const QJsonObject d = directions[i].toObject();
        CHECK(d[QStringLiteral("value")].toString() == QString::fromUtf8(value));
        CHECK(d[QStringLiteral("count")].toInteger() == count);
        CHECK(d[QStringLiteral("maps_to")].toString() == QString::fromUtf8(mapsTo));
    };
    direction(0, "in", 4, "in"); // the row without a time too: its date is in the period
    direction(1, "0", 2, "unknown");
    direction(2, "1", 1, "unknown");
    direction(3, "out", 1, "out");

    CHECK(health[QStringLiteral("ghost_duplicates")].toInteger() == 1);
    const QJsonObject byKind = health[QStringLiteral("ghost_duplicates_by_kind")].toObject();
    CHECK(byKind[QStringLiteral("hour")].toInteger() == 1);
    CHECK(byKind[QStringLiteral("repeat")].toInteger() == 0);
    const QJsonArray ghosts = health[QStringLiteral("ghost_duplicate_samples")].toArray();
    REQUIRE(ghosts.size() == 1);
    const QJsonObject ghost = ghosts[0].toObject();
    CHECK(ghost[QStringLiteral("kind")].toString() == QStringLiteral("hour"));
    CHECK(ghost[QStringLiteral("person")].toString() == QStringLiteral("Ghost"));
    CHECK(ghost[QStringLiteral("door")].toString() == QStringLiteral("Door A"));
    CHECK(ghost[QStringLiteral("first")].toString() == QStringLiteral("2024-03-10T09:00:00"));
    CHECK(ghost[QStringLiteral("second")].toString() == QStringLiteral("2024-03-10T10:00:00"));
}

} // namespace attlog::clitest
