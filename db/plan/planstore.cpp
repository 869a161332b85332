// SPDX-License-Identifier: MIT
#include "db/plan/planstore.h"

#include "db/plan/workplanjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace attlog::db {

namespace {

const char *const kSchema = "CREATE TABLE IF NOT EXISTS plan_version ("
                            " version INTEGER PRIMARY KEY,"
                            " saved_at TEXT NOT NULL,"
                            " saved_by TEXT NOT NULL,"
                            " plan_json TEXT NOT NULL)";

QString sqlError(const QString &what, const QSqlError &error)
{
    return QStringLiteral("%1: %2").arg(what, error.text());
}

} // namespace

PlanStore::PlanStore(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("attlog-plan-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

PlanStore::~PlanStore()
{
    closeConnection();
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

void PlanStore::closeConnection()
{
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::database(m_connection, false).close();
}

QString PlanStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workplan.sqlite"));
}

bool PlanStore::isStoreFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

bool PlanStore::open(bool create, QString *error)
{
    if (QSqlDatabase::contains(m_connection) &&
        QSqlDatabase::database(m_connection, false).isOpen())
        return true;
    if (create && !QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = QStringLiteral("cannot create the folder of %1").arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // Another supervisor's save waits a while rather than failing at once.
    db.setConnectOptions(create
                             ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = sqlError(QStringLiteral("cannot open the plan %1").arg(m_path), db.lastError());
        return false;
    }
    if (create) {
        QSqlQuery query(db);
        if (!query.exec(QLatin1String(kSchema))) {
            *error = sqlError(QStringLiteral("cannot prepare the plan %1").arg(m_path),
                              query.lastError());
            db.close();
            return false;
        }
    }
    return true;
}

std::optional<PlanStore::Loaded> PlanStore::load(QString *error)
{
    Loaded loaded;
    if (!QFileInfo::exists(m_path)) {
        loaded.plan = *workPlanFromJson("{}", error); // the built-in calendar, nothing else
        return loaded;
    }
    if (!isStoreFile(m_path)) {
        *error = QStringLiteral("%1 is not a plan store (a SQLite file)").arg(m_path);
        return std::nullopt;
    }
    // A store opened read-only: loading never changes the file (or its folder).
    closeConnection();
    if (!open(false, error))
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    const bool ok =
        query.exec(QStringLiteral("SELECT version, saved_at, saved_by, plan_json FROM plan_version "
                                  "ORDER BY version DESC LIMIT 1"));
    if (!ok) {
        *error = sqlError(QStringLiteral("cannot read the plan %1").arg(m_path), query.lastError());
        db.close();
        return std::nullopt;
    }
    if (!query.next()) {
        db.close();
        loaded.plan = *workPlanFromJson("{}", error);
        return loaded;
    }
    loaded.version = query.value(0).toLongLong();
    loaded.savedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    loaded.savedBy = query.value(2).toString();
    QString problem;
    std::optional<WorkPlan> plan = workPlanFromJson(query.value(3).toString().toUtf8(), &problem);
    db.close();
    if (!plan) {
        *error = QStringLiteral("the plan %1 (version %2): %3")
                     .arg(m_path)
                     .arg(loaded.version)
                     .arg(problem);
        return std::nullopt;
    }
    loaded.plan = std::move(*plan);
    return loaded;
}

bool PlanStore::save(const WorkPlan &plan, qint64 baseVersion, const QString &savedBy,
                     qint64 *newVersion, QString *error)
{
    const std::vector<std::string> problems = workPlanProblems(plan);
    if (!problems.empty()) {
        *error = QString::fromStdString(problems.front());
        return false;
    }
    closeConnection();
    if (!open(true, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    const auto fail = [&](const QString &message) {
        *error = message;
        query.exec(QStringLiteral("ROLLBACK"));
        db.close();
        return false;
    };
    // BEGIN IMMEDIATE: the version read and the version written in one write transaction.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(sqlError(QStringLiteral("the plan %1 is busy").arg(m_path), query.lastError()));
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM plan_version")) ||
        !query.next())
        return fail(
            sqlError(QStringLiteral("cannot read the plan %1").arg(m_path), query.lastError()));
    const qint64 newest = query.value(0).toLongLong();
    if (newest != baseVersion)
        return fail(QStringLiteral("the plan was saved by someone else since it was opened "
                                   "(version %1, this one was based on %2): open it again")
                        .arg(newest)
                        .arg(baseVersion));
    query.prepare(QStringLiteral(
        "INSERT INTO plan_version (version, saved_at, saved_by, plan_json) VALUES (?, ?, ?, ?)"));
    query.addBindValue(newest + 1);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(savedBy);
    query.addBindValue(QString::fromUtf8(workPlanToJson(plan)));
    if (!query.exec())
        return fail(
            sqlError(QStringLiteral("cannot save the plan %1").arg(m_path), query.lastError()));
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(
            sqlError(QStringLiteral("cannot save the plan %1").arg(m_path), query.lastError()));
    db.close();
    if (newVersion)
        *newVersion = newest + 1;
    return true;
}

std::optional<WorkPlan> readPlan(const QString &path, QString *error)
{
    if (!PlanStore::isStoreFile(path))
        return readWorkPlanFile(path, error);
    PlanStore store(path);
    std::optional<PlanStore::Loaded> loaded = store.load(error);
    if (!loaded)
        return std::nullopt;
    return std::move(loaded->plan);
}

} // namespace attlog::db
