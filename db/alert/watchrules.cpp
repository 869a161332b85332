// SPDX-License-Identifier: MIT
#include "db/alert/watchrules.h"

#include "db/runtime/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace attlog::db {

namespace {

const QString kSettingsKey = QStringLiteral("alerts/watch_list");

QJsonArray toArray(const std::vector<std::string> &values)
{
    QJsonArray array;
    for (const std::string &value : values)
        array.append(QString::fromStdString(value));
    return array;
}

bool readList(const QJsonObject &object, const char *key, std::vector<std::string> *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        const QString text = item.toString().trimmed();
        if (!text.isEmpty())
            out->push_back(text.toStdString());
    }
    return true;
}

} // namespace

QByteArray watchSettingsToJson(const WatchSettings &settings)
{
    QJsonArray rules;
    for (const alert::WatchRule &rule : settings.rules) {
        QJsonObject object;
        object.insert(QStringLiteral("name"), QString::fromStdString(rule.name));
        object.insert(QStringLiteral("enabled"), rule.enabled);
        object.insert(QStringLiteral("people"), toArray(rule.people));
        object.insert(QStringLiteral("employee_ids"), toArray(rule.employeeIds));
        object.insert(QStringLiteral("cards"), toArray(rule.cards));
        object.insert(QStringLiteral("doors"), toArray(rule.doors));
        if (rule.direction)
            object.insert(QStringLiteral("direction"),
                          QString::fromLatin1(directionName(*rule.direction)));
        if (rule.hours)
            object.insert(QStringLiteral("hours"),
                          QString::fromStdString(alert::formatTimeWindow(*rule.hours)));
        object.insert(QStringLiteral("unknown_only"), rule.unknownOnly);
        object.insert(QStringLiteral("sound"),
                      QString::fromLatin1(alert::alertSoundName(rule.sound)));
        rules.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("late_after_s"), qint64(settings.options.lateAfterSeconds));
    root.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<WatchSettings> watchSettingsFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = document.isNull() ? QStringLiteral("not JSON: %1 at byte %2")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset)
                                   : QStringLiteral("not a watch list: the JSON is not an object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    WatchSettings settings;
    const QJsonValue late = root.value(QStringLiteral("late_after_s"));
    if (!late.isUndefined()) {
        if (!late.isDouble() || late.toDouble() < 0 || late.toDouble() > 7 * 86400) {
            *error = QStringLiteral("late_after_s must be 0 to 604800 seconds");
            return std::nullopt;
        }
        settings.options.lateAfterSeconds = qint64(late.toDouble());
    }
    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (!rules.isUndefined() && !rules.isArray()) {
        *error = QStringLiteral("rules must be a list");
        return std::nullopt;
    }
    int number = 0;
    for (const QJsonValue &value : rules.toArray()) {
        ++number;
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        const auto bad = [&](const QString &what) {
            *error = QStringLiteral("rule %1 (%2): %3")
                         .arg(number)
                         .arg(name.isEmpty() ? QStringLiteral("no name") : name, what);
            return std::nullopt;
        };
        if (!value.isObject())
            return bad(QStringLiteral("not an object"));
        alert::WatchRule rule;
        rule.name = name.trimmed().toStdString();
        rule.enabled = object.value(QStringLiteral("enabled")).toBool(true);
        rule.unknownOnly = object.value(QStringLiteral("unknown_only")).toBool(false);
        if (!readList(object, "people", &rule.people) ||
            !readList(object, "employee_ids", &rule.employeeIds) ||
            !readList(object, "cards", &rule.cards) || !readList(object, "doors", &rule.doors))
            return bad(QStringLiteral("people, employee_ids, cards and doors are lists of text"));
        const QString direction = object.value(QStringLiteral("direction")).toString();
        if (direction == QLatin1String("in"))
            rule.direction = Direction::In;
        else if (direction == QLatin1String("out"))
            rule.direction = Direction::Out;
        else if (!direction.isEmpty())
            return bad(QStringLiteral("direction is in or out, not %1").arg(direction));
        const QString hours = object.value(QStringLiteral("hours")).toString();
        if (!hours.isEmpty()) {
            rule.hours = alert::parseTimeWindow(hours.toStdString());
            if (!rule.hours)
                return bad(QStringLiteral("hours is HH:MM-HH:MM, not %1").arg(hours));
        }
        const QString sound = object.value(QStringLiteral("sound")).toString();
        if (!sound.isEmpty()) {
            const auto parsed = alert::alertSoundFromName(sound.toStdString());
            if (!parsed)
                return bad(
                    QStringLiteral("sound is alarm, chime, beep or none, not %1").arg(sound));
            rule.sound = *parsed;
        }
        settings.rules.push_back(std::move(rule));
    }
    return settings;
}

WatchSettings loadWatchSettings(QSettings &settings)
{
    const QByteArray json = settings.value(kSettingsKey).toByteArray();
    if (json.isEmpty())
        return {};
    QString error;
    if (auto watch = watchSettingsFromJson(json, &error))
        return *watch;
    log::app()->warn("the saved watch list cannot be read ({}); no alerts until it is set again",
                     error.toStdString());
    return {};
}

void saveWatchSettings(QSettings &settings, const WatchSettings &watch)
{
    settings.setValue(kSettingsKey, watchSettingsToJson(watch));
}

} // namespace attlog::db
