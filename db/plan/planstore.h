// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/workplan.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace attlog::db {

// The work plan the application keeps (issue 14): one SQLite file, by default
// <AppDataLocation>/workplan.sqlite (private to the user); a file in a shared folder serves
// several supervisors. Every save is a new version of the whole plan (its JSON document, see
// workplanjson.h) with who saved it and when; the newest version is the plan. save() refuses
// when another program saved since this one loaded (the newest version is not the one it was
// based on), so two supervisors never overwrite each other's work unknowingly.
// The iVMS table is never written. Not thread-safe; it runs SQL: use it from one worker thread
// (or a console program), never the GUI thread.
class PlanStore
{
public:
    struct Loaded
    {
        WorkPlan plan;
        qint64 version = 0; // 0: nothing saved yet (an empty plan with the built-in calendar)
        QString savedBy;
        QDateTime savedAt; // UTC
    };

    explicit PlanStore(QString path);
    ~PlanStore();
    PlanStore(const PlanStore &) = delete;
    PlanStore &operator=(const PlanStore &) = delete;

    const QString &path() const { return m_path; }

    // The newest version. A missing file is an empty plan (version 0) and is not created.
    std::optional<Loaded> load(QString *error);
    // Saves `plan` as the version after `baseVersion` (creating the file and its folder when
    // needed). Fails, changing nothing, when the newest version is no longer `baseVersion`.
    bool save(const WorkPlan &plan, qint64 baseVersion, const QString &savedBy, qint64 *newVersion,
              QString *error);

    static QString defaultPath();
    // Whether `path` is a SQLite file (by its header), i.e. a store rather than a JSON plan.
    static bool isStoreFile(const QString &path);

private:
    bool open(bool create, QString *error);
    void closeConnection();

    QString m_path;
    QString m_connection;
};

// A plan file as `attlog --plan` and the viewer take it: a store (the newest version) or a
// JSON plan.
std::optional<WorkPlan> readPlan(const QString &path, QString *error);

} // namespace attlog::db
