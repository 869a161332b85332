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
