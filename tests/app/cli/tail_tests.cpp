// SPDX-License-Identifier: MIT
// `attlog tail` as a script runs it: the real executable following a SQLite file as rows arrive.
#include "tests/app/cli/clitestutil.h"

using namespace attlog;
using namespace attlog::clitest;
using namespace attlog::dbtest;
using namespace std::chrono_literals;

TEST_CASE("attlog tail prints each event once as it arrives and ends cleanly on SIGTERM",
          "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    SqliteTable table(path);
    for (qint64 k = 1; k <= 4; ++k)
        table.insert(k, QStringLiteral("2024-03-01 08:0%1:00").arg(k), QStringLiteral("in"),
                     QStringLiteral("Person %1").arg(k), QStringLiteral("Door A"));

    QProcess tail;
    tail.setProcessEnvironment(isolatedEnvironment(dir));
    tail.start(QStringLiteral(ATTLOG_CLI_PATH),
               {QStringLiteral("tail"), QStringLiteral("--connection"),
                QStringLiteral("sqlite:") + path, QStringLiteral("--interval-ms"),
                QStringLiteral("200"), QStringLiteral("--last"), QStringLiteral("2")});
    REQUIRE(tail.waitForStarted());
    QStringList lines;
    auto readLines = [&] {
        while (tail.canReadLine())
            lines << textOf(tail.readLine()).chopped(1);
    };
    REQUIRE(waitFor([&] {
        readLines();
        return lines.size() >= 3;
    }));
    CHECK(lines[0] ==
          QStringLiteral("key\tdatetime\tdirection\tperson\temployee_id\tcard\tdoor\treader"));
    CHECK(lines[1] ==
          QStringLiteral("3\t2024-03-01T08:03:00\tin\tPerson 3\tE3\tC3\tDoor A\tReader 3"));
    CHECK(lines[2].startsWith(QStringLiteral("4\t")));

    // New rows, one of them written out of key order and one without a door (the device shows).
    table.insert(6, QStringLiteral("2024-03-01 09:00:00"), QStringLiteral("vihod"),
                 QStringLiteral("РџРµС‚СЂРѕРІ РџС‘С‚СЂ РџРµС‚СЂРѕРІРёС‡"), QString());
    REQUIRE(waitFor([&] {
        readLines();
        return lines.size() >= 4;
    }));
    table.insert(5, QStringLiteral("2024-03-01 08:59:00"), QStringLiteral("in"),
                 QStringLiteral("Late Row"), QStringLiteral("Door B"));
    REQUIRE(waitFor([&] {
        readLines();
        return lines.size() >= 5;
    }));
    CHECK(lines[3] ==
          QStringLiteral(
              "6\t2024-03-01T09:00:00\tout\tПетров Пётр Петрович\tE6\tC6\tТурникет 1\tReader 6"));
    CHECK(lines[4].startsWith(QStringLiteral("5\t2024-03-01T08:59:00\tin\tLate Row\t")));

    pumpEvents(600ms); // a few more polls: nothing is printed twice
    readLines();
    CHECK(lines.size() == 5);

    const bool checkExit = interrupt(tail, SIGTERM);
    readLines();
    if (checkExit) {
        CHECK(tail.exitStatus() == QProcess::NormalExit);
        CHECK(tail.exitCode() == 0);
    }
    CHECK(lines.size() == 5);
}

TEST_CASE("attlog tail says once that rows sharing a key were passed over", "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    SqliteTable table(path); // no unique key, as some sites have it
    table.insert(1, QStringLiteral("2024-03-01 08:00:00"), QStringLiteral("in"),
                 QStringLiteral("First"), QStringLiteral("Door A"));
    QProcess tail;
    tail.setProcessEnvironment(isolatedEnvironment(dir));
    tail.start(QStringLiteral(ATTLOG_CLI_PATH),
               {QStringLiteral("tail"), QStringLiteral("--connection"),
                QStringLiteral("sqlite:") + path, QStringLiteral("--interval-ms"),
                QStringLiteral("200"), QStringLiteral("--last"), QStringLiteral("0"),
                QStringLiteral("--no-header")});
    REQUIRE(tail.waitForStarted());
    QStringList lines;
    QString errors;
    auto read = [&] {
        while (tail.canReadLine())
            lines << textOf(tail.readLine()).chopped(1);
        errors += textOf(tail.readAllStandardError());
    };
    REQUIRE(waitFor([&] {
        read();
        return errors.contains(QStringLiteral("connected"));
    }));
    table.exec(QStringLiteral("BEGIN"));
    for (const char *person : {"Twin A", "Twin B", "Twin C"})
        table.insert(5, QStringLiteral("2024-03-01 09:00:00"), QStringLiteral("in"),
                     QString::fromLatin1(person), QStringLiteral("Door A"));
    table.insert(6, QStringLiteral("2024-03-01 09:01:00"), QStringLiteral("out"),
                 QStringLiteral("Single"), QStringLiteral("Door A"));
    table.exec(QStringLiteral("COMMIT"));
    REQUIRE(waitFor([&] {
        read();
        return lines.size() >= 2 && errors.contains(QStringLiteral("share a key"));
    }));
    pumpEvents(600ms);
    read();
    REQUIRE(lines.size() == 2); // key 5 once, then 6
    CHECK(lines[0].startsWith(QStringLiteral("5\t")));
    CHECK(lines[1].startsWith(QStringLiteral("6\t")));
    CHECK(errors.contains(QStringLiteral("2 row(s) share a key with an earlier row")));
    CHECK(errors.count(QStringLiteral("share a key")) == 1);
    interrupt(tail, SIGTERM);
}

TEST_CASE("attlog tail --format json prints one object per line", "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    SqliteTable table(path);
    table.insert(7, QStringLiteral("2024-03-01 08:00:00"), QStringLiteral("in"),
                 QStringLiteral("Анна \"Аня\""), QStringLiteral("Door A"));
    table.exec(QStringLiteral("INSERT INTO attlog (serialNo) VALUES (8)"));
    QProcess tail;
    tail.setProcessEnvironment(isolatedEnvironment(dir));
    tail.start(QStringLiteral(ATTLOG_CLI_PATH),
               {QStringLiteral("tail"), QStringLiteral("--connection"),
                QStringLiteral("sqlite:") + path, QStringLiteral("--since-key"),
                QStringLiteral("6"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--interval-ms"), QStringLiteral("200")});
    REQUIRE(tail.waitForStarted());
    QStringList lines;
    REQUIRE(waitFor([&] {
        while (tail.canReadLine())
            lines << textOf(tail.readLine()).chopped(1);
        return lines.size() >= 2;
    }));
    CHECK(
        lines[0] ==
        QStringLiteral(
            R"({"key":7,"datetime":"2024-03-01T08:00:00","direction":"in","person":"Анна \"Аня\"","employee_id":"E7","card":"C7","door":"Door A","reader":"Reader\t7"})"));
    CHECK(
        lines[1] ==
        QStringLiteral(
            R"({"key":8,"datetime":null,"direction":"unknown","person":"","employee_id":"","card":"","door":"","reader":""})"));
    if (interrupt(tail, SIGINT))
        CHECK(tail.exitCode() == 0);
}

TEST_CASE("attlog tail prints control characters in names as U+FFFD, never raw", "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    SqliteTable table(path);
    table.insert(1, QStringLiteral("2024-03-01 08:00:00"), QStringLiteral("in"),
                 QStringLiteral("Evil\x1b]0;pwned\x07 \u009b2J Name"), QStringLiteral("Door\tA"));
    QProcess tail;
    tail.setProcessEnvironment(isolatedEnvironment(dir));
    tail.start(QStringLiteral(ATTLOG_CLI_PATH),
               {QStringLiteral("tail"), QStringLiteral("--connection"),
                QStringLiteral("sqlite:") + path, QStringLiteral("--last"), QStringLiteral("1"),
                QStringLiteral("--no-header"), QStringLiteral("--interval-ms"),
                QStringLiteral("200")});
    REQUIRE(tail.waitForStarted());
    QByteArray out;
    REQUIRE(waitFor([&] {
        out += tail.readAllStandardOutput();
        return out.contains('\n');
    }));
    interrupt(tail, SIGINT);
    const QString line = textOf(out);
    CHECK(line.startsWith(QStringLiteral(
        "1\t2024-03-01T08:00:00\tin\tEvil\uFFFD]0;pwned\uFFFD \uFFFD2J Name\tE1\tC1\tDoor A\t")));
    CHECK_FALSE(out.contains('\x1b'));
    CHECK_FALSE(out.contains('\x07'));
}

TEST_CASE("attlog tail and attlog export read bytes that are not UTF-8 by one rule, and tail says "
          "once that rows without a usable key are not printed",
          "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    SqliteTable table(path);
    table.insert(1, QStringLiteral("2024-03-01 08:00:00"), QStringLiteral("in"), QString(),
                 QStringLiteral("Door A"));
    // "П", a stray continuation byte, a 4-byte lead with a wrong second byte, a cut-off sequence.
    table.exec(QStringLiteral(
        "UPDATE attlog SET personName = CAST(X'D09F80F4908080E282' AS TEXT) WHERE serialNo = 1"));
    table.exec(QStringLiteral("INSERT INTO attlog (serialNo, personName) VALUES (NULL, 'null')"));
    table.exec(QStringLiteral("INSERT INTO attlog (serialNo, personName) VALUES (2.5, 'half')"));
    // Each ill-formed run is one U+FFFD (tail once gave U+0080 and U+10000 for some of them).
    const QString expected = QStringLiteral("П\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");

    QProcess tail;
    tail.setProcessEnvironment(isolatedEnvironment(dir));
    tail.start(QStringLiteral(ATTLOG_CLI_PATH),
               {QStringLiteral("tail"), QStringLiteral("--connection"),
                QStringLiteral("sqlite:") + path, QStringLiteral("--last"), QStringLiteral("5"),
                QStringLiteral("--no-header"), QStringLiteral("--interval-ms"),
                QStringLiteral("200")});
    REQUIRE(tail.waitForStarted());
    QByteArray out;
    QString errors;
    REQUIRE(waitFor([&] {
        out += tail.readAllStandardOutput();
        errors += textOf(tail.readAllStandardError());
        return out.contains('\n') && errors.contains(QStringLiteral("no usable key"));
    }));
    pumpEvents(600ms);
    out += tail.readAllStandardOutput();
    errors += textOf(tail.readAllStandardError());
    interrupt(tail, SIGINT);
    const QStringList lines = textOf(out).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1); // neither the NULL key nor 2.5 (once printed as 3)
    CHECK(lines[0].section(u'\t', 3, 3) == expected);
    CHECK(errors.contains(QStringLiteral("2 row(s) have no usable key")));
    CHECK(errors.count(QStringLiteral("no usable key")) == 1);

    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const Run exported = runAttlog({QStringLiteral("export"), QStringLiteral("--connection"),
                                    QStringLiteral("sqlite:") + path, QStringLiteral("--from"),
                                    QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                                    QStringLiteral("2100-01-01"), QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("--out"), csv},
                                   isolatedEnvironment(dir));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(expected));
}

TEST_CASE("attlog tail --key none follows a table by time and leaves the key column empty",
          "[db][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ivms.sqlite"));
    SqliteTable table(path);
    for (qint64 k = 1; k <= 3; ++k)
        table.insert(k, QStringLiteral("2024-03-01 08:0%1:00").arg(k), QStringLiteral("in"),
                     QStringLiteral("Person %1").arg(k), QStringLiteral("Door A"));

    QProcess tail;
    tail.setProcessEnvironment(isolatedEnvironment(dir));
    tail.start(QStringLiteral(ATTLOG_CLI_PATH),
               {QStringLiteral("tail"), QStringLiteral("--connection"),
                QStringLiteral("sqlite:") + path, QStringLiteral("--key"), QStringLiteral("none"),
                QStringLiteral("--interval-ms"), QStringLiteral("200"), QStringLiteral("--last"),
                QStringLiteral("2")});
    REQUIRE(tail.waitForStarted());
    QStringList lines;
    auto readLines = [&] {
        while (tail.canReadLine())
            lines << textOf(tail.readLine()).chopped(1);
    };
    REQUIRE(waitFor([&] {
        readLines();
        return lines.size() >= 3;
    }));
    // The newest two first, without their keys.
    CHECK(lines[1] ==
          QStringLiteral("\t2024-03-01T08:02:00\tin\tPerson 2\tE2\tC2\tDoor A\tReader 2"));
    CHECK(lines[2].startsWith(QStringLiteral("\t2024-03-01T08:03:00\tin\tPerson 3\t")));
    table.insert(4, QStringLiteral("2024-03-01 08:04:00"), QStringLiteral("out"),
                 QStringLiteral("Person 4"), QStringLiteral("Door A"));
    REQUIRE(waitFor([&] {
        readLines();
        return lines.size() >= 4;
    }));
    CHECK(lines[3].startsWith(QStringLiteral("\t2024-03-01T08:04:00\tout\tPerson 4\t")));
    pumpEvents(600ms);
    readLines();
    CHECK(lines.size() == 4);
    const QString errors = textOf(tail.readAllStandardError());
    CHECK(errors.contains(QStringLiteral("attlog tail: keyless mode (no key column was chosen)")));
    tail.kill();
    tail.waitForFinished(5000);
}
