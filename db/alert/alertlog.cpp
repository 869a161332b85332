// SPDX-License-Identifier: MIT
#include "db/alert/alertlog.h"

#include "db/runtime/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace attlog::db {

namespace {

QString isoTime(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QDateTime fromIsoTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace

QString AlertLog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("alerts.jsonl"));
}

AlertLog::AlertLog(QString path)
    : m_path(std::move(path))
{}

bool AlertLog::raised(const QString &id, const QString &rule, const AccessEvent &event, bool late,
                      bool unknown, const QDateTime &at)
{
    QJsonObject line;
    line.insert(QStringLiteral("id"), id);
    line.insert(QStringLiteral("event"), QStringLiteral("raised"));
    line.insert(QStringLiteral("at"), isoTime(at));
    line.insert(QStringLiteral("rule"), rule);
    line.insert(QStringLiteral("late"), late);
    line.insert(QStringLiteral("unknown"), unknown);
    line.insert(QStringLiteral("pass_time"),
                event.time ? QJsonValue(text(formatIsoDateTime(*event.time))) : QJsonValue());
    line.insert(QStringLiteral("key"), event.key ? QJsonValue(qint64(*event.key)) : QJsonValue());
    line.insert(QStringLiteral("person"), text(event.person));
    line.insert(QStringLiteral("employee_id"), text(event.employeeId));
    line.insert(QStringLiteral("card"), text(event.card));
    line.insert(QStringLiteral("door"), text(event.door.empty() ? event.device : event.door));
    line.insert(QStringLiteral("direction"), QString::fromLatin1(directionName(event.direction)));
    return append(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

bool AlertLog::acknowledged(const QString &id, const QString &by, const QDateTime &at)
{
    QJsonObject line;
    line.insert(QStringLiteral("id"), id);
    line.insert(QStringLiteral("event"), QStringLiteral("acknowledged"));
    line.insert(QStringLiteral("at"), isoTime(at));
    line.insert(QStringLiteral("by"), by);
    return append(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

bool AlertLog::append(const QByteArray &line)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Only a regular file (or none yet) is written: never a device, a pipe or a link's target
    // somewhere else.
    const QFileInfo info(m_path);
    if (info.exists() && (!info.isFile() || info.isSymLink())) {
        m_error = QStringLiteral("%1 is not a regular file").arg(m_path);
        log::app()->error("alert log: {}", m_error.toStdString());
        return false;
    }
    if (!file.open(QIODevice::Append) || file.write(line + '\n') != line.size() + 1 ||
        !file.flush()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        log::app()->error("alert log: {}", m_error.toStdString());
        return false;
    }
    return true;
}

AlertLogContents readAlertLog(const QString &path)
{
    AlertLogContents contents;
    QFile file(path);
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return contents;
    }
    QHash<QString, std::size_t> byId;
    std::vector<std::pair<QString, QJsonObject>> acknowledgements;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString id = object.value(QStringLiteral("id")).toString();
        const QString event = object.value(QStringLiteral("event")).toString();
        if (id.isEmpty()) {
            ++contents.skippedLines;
        } else if (event == QLatin1String("raised")) {
            AlertRecord alert;
            alert.id = id;
            alert.raisedAt = fromIsoTime(object.value(QStringLiteral("at")));
            alert.rule = object.value(QStringLiteral("rule")).toString();
            alert.late = object.value(QStringLiteral("late")).toBool();
            alert.unknown = object.value(QStringLiteral("unknown")).toBool();
            alert.passTime =
                parseDateTime(object.value(QStringLiteral("pass_time")).toString().toStdString());
            const QJsonValue key = object.value(QStringLiteral("key"));
            if (key.isDouble())
                alert.key = key.toInteger();
            alert.person = object.value(QStringLiteral("person")).toString();
            alert.employeeId = object.value(QStringLiteral("employee_id")).toString();
            alert.card = object.value(QStringLiteral("card")).toString();
            alert.door = object.value(QStringLiteral("door")).toString();
            alert.direction = object.value(QStringLiteral("direction")).toString();
            byId.insert(id, contents.alerts.size());
            contents.alerts.push_back(std::move(alert));
        } else if (event == QLatin1String("acknowledged")) {
            acknowledgements.emplace_back(id, object);
        } else {
            ++contents.skippedLines;
        }
    }
    for (const auto &[id, object] : acknowledgements) {
        const auto found = byId.constFind(id);
        if (found == byId.cend()) {
            ++contents.skippedLines;
            continue;
        }
        AlertRecord &alert = contents.alerts[*found];
        alert.acknowledgedAt = fromIsoTime(object.value(QStringLiteral("at")));
        alert.acknowledgedBy = object.value(QStringLiteral("by")).toString();
    }
    return contents;
}

sql::PassPick alertedPasses(const std::vector<AlertRecord> &alerts, const AlertChoice &choice)
{
    sql::PassPick pick;
    for (const AlertRecord &alert : alerts) {
        if (choice.kind == AlertChoice::Kind::NotAcknowledged && alert.acknowledgedAt.isValid())
            continue;
        if (choice.kind == AlertChoice::Kind::Rule && alert.rule != choice.rule)
            continue;
        if (alert.key)
            pick.keys.push_back(*alert.key);
        if (alert.passTime)
            pick.timed.push_back(
                {*alert.passTime,
                 (alert.employeeId.isEmpty() ? alert.person : alert.employeeId).toStdString()});
    }
    std::sort(pick.keys.begin(), pick.keys.end());
    pick.keys.erase(std::unique(pick.keys.begin(), pick.keys.end()), pick.keys.end());
    std::sort(pick.timed.begin(), pick.timed.end());
    pick.timed.erase(std::unique(pick.timed.begin(), pick.timed.end()), pick.timed.end());
    return pick;
}

} // namespace attlog::db
