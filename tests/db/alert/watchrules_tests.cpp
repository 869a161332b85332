// SPDX-License-Identifier: MIT
#include "db/alert/alertlog.h"
#include "db/alert/watchrules.h"

#include "tests/support/catch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

using namespace attlog;
using namespace attlog::db;

namespace {

WatchSettings sample()
{
    WatchSettings settings;
    settings.options.lateAfterSeconds = 120;
    alert::WatchRule card;
    card.name = "Карта 123 — где угодно";
    card.cards = {"123", "124"};
    card.sound = alert::AlertSound::Chime;
    alert::WatchRule store;
    store.name = "Склад после 20:00";
    store.doors = {"Склад, «Север»"};
    store.direction = Direction::In;
    store.hours = alert::parseTimeWindow("20:00-24:00");
    store.enabled = false;
    alert::WatchRule unknown;
    unknown.name = "Неизвестные";
    unknown.unknownOnly = true;
    unknown.people = {"Пётр Иванов"};
    unknown.employeeIds = {"E7"};
    unknown.sound = alert::AlertSound::None;
    settings.rules = {card, store, unknown};
    return settings;
}

} // namespace

TEST_CASE("Watch list JSON: rules survive export and import exactly", "[alert]")
{
    const WatchSettings settings = sample();
    QString error;
    const auto back = watchSettingsFromJson(watchSettingsToJson(settings), &error);
    INFO(error.toStdString());
    REQUIRE(back);
    CHECK(*back == settings);
    // The names a person writes by hand.
    const QJsonObject rule = QJsonDocument::fromJson(watchSettingsToJson(settings))
                                 .object()
                                 .value(QStringLiteral("rules"))
                                 .toArray()
                                 .at(1)
                                 .toObject();
    CHECK(rule.value(QStringLiteral("hours")).toString() == QStringLiteral("20:00-24:00"));
    CHECK(rule.value(QStringLiteral("direction")).toString() == QStringLiteral("in"));
    CHECK(rule.value(QStringLiteral("enabled")).toBool() == false);
}

TEST_CASE("Watch list JSON: a hand-written file with defaults, and what is refused", "[alert]")
{
    QString error;
    const auto minimal =
        watchSettingsFromJson(R"({"rules":[{"name":"card","cards":["5"]}]})", &error);
    REQUIRE(minimal);
    REQUIRE(minimal->rules.size() == 1);
    CHECK(minimal->rules[0].enabled);
    CHECK(minimal->rules[0].sound == alert::AlertSound::Alarm);
    CHECK(minimal->options.lateAfterSeconds == 300);

    const auto refused = [&](const char *json) {
        error.clear();
        CHECK_FALSE(watchSettingsFromJson(json, &error));
        return error.toStdString();
    };
    CHECK(refused("not json").find("not JSON") == 0);
    CHECK(refused("[1,2]") == "not a watch list: the JSON is not an object");
    CHECK(refused(R"({"rules":[{"name":"night","hours":"22-06"}]})") ==
          "rule 1 (night): hours is HH:MM-HH:MM, not 22-06");
    CHECK(refused(R"({"rules":[{"name":"a","cards":["1"]},{"direction":"sideways"}]})") ==
          "rule 2 (no name): direction is in or out, not sideways");
    CHECK(refused(R"({"rules":[{"name":"s","sound":"siren"}]})") ==
          "rule 1 (s): sound is alarm, chime, beep or none, not siren");
    CHECK(refused(R"({"rules":[{"name":"c","cards":"123"}]})") ==
          "rule 1 (c): people, employee_ids, cards and doors are lists of text");
    CHECK(refused(R"({"late_after_s":-5})") == "late_after_s must be 0 to 604800 seconds");
}

TEST_CASE("Watch list: kept in the settings, an unreadable entry means no rules", "[alert]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    CHECK(loadWatchSettings(settings).rules.empty());
    saveWatchSettings(settings, sample());
    CHECK(loadWatchSettings(settings) == sample());
    settings.setValue(QStringLiteral("alerts/watch_list"), QByteArray("{broken"));
    CHECK(loadWatchSettings(settings).rules.empty());
}

TEST_CASE("Alert log: one JSON line per alert and per acknowledgement", "[alert]")
{
    QTemporaryDir dir;
    AlertLog log(dir.filePath(QStringLiteral("logs/alerts.jsonl")));
    AccessEvent event;
    event.key = 42;
    event.time = parseDateTime("2026-12-05 20:15:03");
    event.person = "Иванов Пётр";
    event.card = "123";
    event.door = "Склад";
    event.direction = Direction::In;
    const QDateTime raisedAt(QDate(2026, 12, 5), QTime(20, 15, 4));
    REQUIRE(log.raised(QStringLiteral("a1"), QStringLiteral("Карта 123"), event, false, true,
                       raisedAt));
    REQUIRE(log.acknowledged(QStringLiteral("a1"), QStringLiteral("guard"), raisedAt.addSecs(30)));
    QFile file(log.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    REQUIRE(lines.size() == 3); // two lines and the final newline
    CHECK(lines[2].isEmpty());
    const QJsonObject raised = QJsonDocument::fromJson(lines[0]).object();
    CHECK(raised.value(QStringLiteral("event")).toString() == QStringLiteral("raised"));
    CHECK(raised.value(QStringLiteral("rule")).toString() == QStringLiteral("Карта 123"));
    CHECK(raised.value(QStringLiteral("at")).toString() == QStringLiteral("2026-12-05T20:15:04"));
    CHECK(raised.value(QStringLiteral("pass_time")).toString() ==
          QStringLiteral("2026-12-05T20:15:03"));
    CHECK(raised.value(QStringLiteral("key")).toInteger() == 42);
    CHECK(raised.value(QStringLiteral("person")).toString() == QStringLiteral("Иванов Пётр"));
    CHECK(raised.value(QStringLiteral("direction")).toString() == QStringLiteral("in"));
    CHECK(raised.value(QStringLiteral("unknown")).toBool());
    CHECK_FALSE(raised.value(QStringLiteral("late")).toBool());
    const QJsonObject acknowledged = QJsonDocument::fromJson(lines[1]).object();
    CHECK(acknowledged.value(QStringLiteral("id")).toString() == QStringLiteral("a1"));
    CHECK(acknowledged.value(QStringLiteral("event")).toString() == QStringLiteral("acknowledged"));
    CHECK(acknowledged.value(QStringLiteral("by")).toString() == QStringLiteral("guard"));
    CHECK(acknowledged.value(QStringLiteral("at")).toString() ==
          QStringLiteral("2026-12-05T20:15:34"));
}

TEST_CASE("Alert log: a path that is not a regular file is never written", "[alert]")
{
    QTemporaryDir dir;
    AlertLog log(dir.path()); // a folder
    CHECK_FALSE(log.raised(QStringLiteral("a"), QStringLiteral("r"), AccessEvent{}, false, false,
                           QDateTime::currentDateTime()));
    CHECK(log.errorString().contains(QStringLiteral("not a regular file")));
}

TEST_CASE("Alert log read back: alerts with their acknowledgement, damaged lines left out",
          "[alert]")
{
    QTemporaryDir dir;
    AlertLog log(dir.filePath(QStringLiteral("alerts.jsonl")));
    const QDateTime at(QDate(2026, 12, 5), QTime(20, 0));
    AccessEvent store;
    store.key = 42;
    store.time = parseDateTime("2026-12-05 20:15:03");
    store.person = "Иванов Пётр";
    store.employeeId = "E7";
    store.door = "Склад";
    AccessEvent stranger; // a keyless table's pass: found again by time and name
    stranger.time = parseDateTime("2026-12-05 21:00:00");
    stranger.person = "Незнакомец";
    REQUIRE(log.raised(QStringLiteral("a1"), QStringLiteral("Склад после 20:00"), store, false,
                       false, at));
    REQUIRE(log.raised(QStringLiteral("a2"), QStringLiteral("Неизвестные"), stranger, true, true,
                       at.addSecs(60)));
    REQUIRE(log.raised(QStringLiteral("a3"), QStringLiteral("Неизвестные"), store, false, false,
                       at.addSecs(90)));
    REQUIRE(log.acknowledged(QStringLiteral("a1"), QStringLiteral("guard"), at.addSecs(120)));
    {
        QFile file(log.path());
        REQUIRE(file.open(QIODevice::Append));
        file.write("{\"id\":\"a4\",\"event\":\"rai"); // cut short by a power failure
    }

    const AlertLogContents contents = readAlertLog(log.path());
    CHECK(contents.error.isEmpty());
    CHECK(contents.skippedLines == 1);
    REQUIRE(contents.alerts.size() == 3);
    const AlertRecord &first = contents.alerts[0];
    CHECK(first.rule == QStringLiteral("Склад после 20:00"));
    CHECK(first.key == 42);
    CHECK(first.passTime == parseDateTime("2026-12-05 20:15:03"));
    CHECK(first.raisedAt == at);
    CHECK(first.acknowledgedAt == at.addSecs(120));
    CHECK(first.acknowledgedBy == QStringLiteral("guard"));
    CHECK_FALSE(contents.alerts[1].key);
    CHECK(contents.alerts[1].late);
    CHECK(contents.alerts[1].unknown);
    CHECK_FALSE(contents.alerts[1].acknowledgedAt.isValid());

    // Every alert: one key however many rules it raised, and the times for keyless tables.
    const sql::PassPick any = alertedPasses(contents.alerts, {});
    CHECK(any.keys == std::vector<std::int64_t>{42});
    REQUIRE(any.timed.size() == 2);
    CHECK(any.timed[0] == sql::TimedPass{*store.time, "E7"});
    CHECK(any.timed[1] == sql::TimedPass{*stranger.time, "Незнакомец"});

    const sql::PassPick open =
        alertedPasses(contents.alerts, {AlertChoice::Kind::NotAcknowledged, {}});
    CHECK(open.keys == std::vector<std::int64_t>{42}); // a3, the same pass, is open
    CHECK(open.timed.size() == 2);
    const sql::PassPick store20 = alertedPasses(
        contents.alerts, {AlertChoice::Kind::Rule, QStringLiteral("Склад после 20:00")});
    CHECK(store20.keys == std::vector<std::int64_t>{42});
    CHECK(store20.timed.size() == 1);
    CHECK(alertedPasses(contents.alerts, {AlertChoice::Kind::Rule, QStringLiteral("нет такого")})
              .keys.empty());

    CHECK(readAlertLog(dir.filePath(QStringLiteral("none.jsonl"))).alerts.empty());
    CHECK(readAlertLog(dir.filePath(QStringLiteral("none.jsonl"))).error.isEmpty());
}
