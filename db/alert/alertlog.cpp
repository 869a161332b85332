// SPDX-License-Identifier: MIT
#include "db/alert/alertlog.h"

#include "db/runtime/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

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

} // namespace attlog::db
