// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/sql/historyfilter.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace attlog::db {

// One alert as the log tells it: the raised line merged with its acknowledgement, if any.
struct AlertRecord
{
    QString id;
    QDateTime raisedAt;
    QString rule;
    bool late = false;
    bool unknown = false;
    std::optional<DateTime> passTime;
    std::optional<qint64> key;
    QString person;
    QString employeeId;
    QString card;
    QString door;
    QString direction;
    QDateTime acknowledgedAt; // invalid while not acknowledged
    QString acknowledgedBy;
};

// The whole log, oldest alert first. Lines that are not an alert's JSON (a line cut short by a
// power failure, an edit by hand) are left out and counted in `skippedLines`. A missing file is
// an empty log; an unreadable one sets `error`. Any thread.
struct AlertLogContents
{
    std::vector<AlertRecord> alerts;
    int skippedLines = 0;
    QString error;
};
AlertLogContents readAlertLog(const QString &path);

// Which alerts History shows the passes of.
struct AlertChoice
{
    enum class Kind
    {
        Any, // every alert
        NotAcknowledged,
        Rule // the alerts of one rule
    };
    Kind kind = Kind::Any;
    QString rule;
};
// The passes of the chosen alerts, as History's filter asks for them (by key, and by time and
// person for tables without a key).
sql::PassPick alertedPasses(const std::vector<AlertRecord> &alerts, const AlertChoice &choice);

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
