// SPDX-License-Identifier: MIT
#include "core/demo/demoworld.h"
#include "db/demo/demodatabase.h"
#include "db/demo/demowriter.h"
#include "tests/db/demo/demotestsupport.h"

#include "tests/support/catch.h"

#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <set>
#include <string>

using namespace attlog;
using attlog::demotest::ReaderConnection;
using attlog::demotest::waitUntil;

namespace {

// Collects the writer's signals in this (the test's) thread.
struct WriterLog
{
    explicit WriterLog(db::DemoWriter &writer)
    {
        QObject::connect(&writer, &db::DemoWriter::inserted, &context,
                         [this](qint64 key) { keys << key; });
        QObject::connect(&writer, &db::DemoWriter::failed, &context,
                         [this](const QString &message) { failures << message; });
    }
    QObject context;
    QList<qint64> keys;
    QStringList failures;
};

} // namespace

TEST_CASE("the demo writer appends passes while another connection reads", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const DemoConfig config = demotest::smallDemoConfig(7);
    QString error;
    qint64 initialRows = 0;
    REQUIRE(db::createDemoDatabase(path, config, &error, &initialRows));

    ReaderConnection reader(path);
    REQUIRE(reader.isOpen());
    const qint64 initialMax =
        reader.scalar(QStringLiteral("SELECT MAX(serialNo) FROM attlog")).toLongLong();

    db::DemoWriter writer(path, config);
    writer.setIntervalRange(30, 70);
    WriterLog log(writer);
    CHECK_FALSE(writer.isRunning());
    writer.start();
    CHECK(writer.isRunning());

    // The reader keeps reading while the writer inserts: every read succeeds and sees more rows.
    int reads = 0;
    qint64 lastCount = initialRows;
    bool readsOk = true;
    const bool enough = waitUntil(
        [&] {
            const QVariant count = reader.scalar(QStringLiteral("SELECT COUNT(*) FROM attlog"));
            readsOk = readsOk && count.isValid() && count.toLongLong() >= lastCount;
            lastCount = count.toLongLong();
            ++reads;
            return log.keys.size() >= 8;
        },
        10000);
    writer.stop();
    CHECK_FALSE(writer.isRunning());
    waitUntil([] { return false; }, 100); // deliver signals still queued
    REQUIRE(enough);
    CHECK(readsOk);
    CHECK(reads > 8);
    CHECK(log.failures.isEmpty());

    // Keys continue the table's sequence without gaps, and the reader sees every new row.
    for (qsizetype i = 0; i < log.keys.size(); ++i)
        CHECK(log.keys[i] == initialMax + 1 + i);
    CHECK(reader.scalar(QStringLiteral("SELECT COUNT(*) FROM attlog")).toLongLong() ==
          initialRows + log.keys.size());

    // The newest row is a pass of one of the demo's people, at the current wall-clock time.
    QSqlQuery newest(reader.database());
    REQUIRE(newest.prepare(QStringLiteral(
        "SELECT authDateTime, authDate, personName FROM attlog WHERE serialNo = ?")));
    newest.addBindValue(log.keys.last());
    REQUIRE(newest.exec());
    REQUIRE(newest.next());
    const QDateTime written =
        QDateTime::fromString(newest.value(0).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    REQUIRE(written.isValid());
    CHECK(qAbs(written.secsTo(QDateTime::currentDateTime())) < 30);
    CHECK(newest.value(1).toString() == written.date().toString(Qt::ISODate));
    std::set<std::string> people;
    for (const DemoPerson &person : makeDemoWorld(config).people)
        people.insert(person.personName);
    CHECK(people.count(newest.value(2).toString().toStdString()) == 1);

    // Started again, it carries on after the last key.
    const qsizetype before = log.keys.size();
    writer.start();
    REQUIRE(waitUntil([&] { return log.keys.size() >= before + 2; }, 10000));
    writer.stop();
    waitUntil([] { return false; }, 100);
    CHECK(log.keys[before] == log.keys[before - 1] + 1);
    CHECK(log.failures.isEmpty());
}

TEST_CASE("the demo writer reports a missing database and does not create one", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    db::DemoWriter writer(path, demotest::smallDemoConfig(1));
    writer.setIntervalRange(20, 40);
    WriterLog log(writer);
    writer.start();
    const bool failed = waitUntil([&] { return !log.failures.isEmpty(); }, 5000);
    writer.stop();
    REQUIRE(failed);
    CHECK(log.failures.first().contains(QStringLiteral("does not exist")));
    CHECK(log.keys.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a demo writer destroyed while running stops cleanly", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const DemoConfig config = demotest::smallDemoConfig(3);
    QString error;
    REQUIRE(db::createDemoDatabase(path, config, &error));
    QList<qint64> keys;
    {
        db::DemoWriter writer(path, config);
        writer.setIntervalRange(10, 20);
        WriterLog log(writer);
        writer.start();
        REQUIRE(waitUntil([&] { return log.keys.size() >= 2; }, 10000));
        keys = log.keys;
    } // the destructor stops the thread and closes its connection
    ReaderConnection reader(path);
    REQUIRE(reader.isOpen());
    CHECK(
        reader
            .scalar(
                QStringLiteral("SELECT COUNT(*) FROM attlog WHERE serialNo = %1").arg(keys.last()))
            .toInt() == 1);
}
