// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"

#include <QDateTime>
#include <QString>

namespace attlog::db {

// The alert log: one JSON object per line, appended and flushed as it happens, so nothing is lost
// when the application ends. Two kinds of lines share an alert's `id`:
//   {"id":"…","event":"raised","at":"YYYY-MM-DDTHH:MM:SS","rule":"…","late":false,
//    "unknown":false,"pass_time":"…","key":123,"person":"…","employee_id":"…","card":"…",
//    "door":"…","direction":"in"}
//   {"id":"…","event":"acknowledged","at":"…","by":"<user name>"}
// Times are the computer's local time. The file is created readable by its user only (the
// process's umask, see keepNewFilesPrivate()). GUI thread (or any one thread).
class AlertLog
{
public:
    // The log in the per-user data folder: alerts.jsonl.
    static QString defaultPath();

    explicit AlertLog(QString path = defaultPath());

    QString path() const { return m_path; }
    // false (with errorString()) when the line could not be written; the alert is still shown.
    bool raised(const QString &id, const QString &rule, const AccessEvent &event, bool late,
                bool unknown, const QDateTime &at);
    bool acknowledged(const QString &id, const QString &by, const QDateTime &at);
    QString errorString() const { return m_error; }

private:
    bool append(const QByteArray &line);

    QString m_path;
    QString m_error;
};

} // namespace attlog::db
