// SPDX-License-Identifier: MIT
#include "db/demo/demodatabase.h"

#include "core/demo/demogenerator.h"
#include "db/runtime/logging.h"
#include "demoschema_generated.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryFile>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <exception>

namespace attlog::db {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("attlog-demo-create-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The statements of an SQL script: `--` comments dropped, split at semicolons outside quotes.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QChar quote;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < script.size() && script[i + 1] == QLatin1Char('-')) {
            while (i < script.size() && script[i] != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QVariant text(const std::string &value)
{
    return QString::fromStdString(value);
}

QVariant nullableText(const std::optional<std::string> &value)
{
    return value ? text(*value) : QVariant(QMetaType::fromType<QString>());
}

DemoConfig resolved(DemoConfig config)
{
    if (config.endDate != Date{})
        return config;
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();
    const QTime time = now.time();
    config.endDate = dateFromCivil(today.year(), today.month(), today.day());
    config.cutoff = makeDateTime(config.endDate, time.hour(), time.minute(), time.second());
    return config;
}

// Removes a file and SQLite's companions of it, if present. False when one exists and stays.
bool removeDatabaseFiles(const QString &path)
{
    bool ok = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            ok = false;
    }
    return ok;
}

// Fills the database at `file` (an empty file): schema, rows, indexes, then WAL mode. False with
// *error on failure; *rows receives the number of rows.
bool fillDatabase(const QString &file, const DemoConfig &config, qint64 *rows, QString *error)
{
    const QString name = nextConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open()) {
            *error = QStringLiteral("cannot open %1: %2").arg(file, db.lastError().text());
        } else {
            ok = true;
            const auto run = [&](const QString &statement) {
                QSqlQuery query(db);
                if (ok && !query.exec(statement)) {
                    *error = query.lastError().text();
                    ok = false;
                }
            };
            // The temporary file is thrown away on any failure: no journal, no syncing.
            run(QStringLiteral("PRAGMA journal_mode=OFF"));
            run(QStringLiteral("PRAGMA synchronous=OFF"));
            for (const QString &statement : splitStatements(QString::fromUtf8(demoschema::kTable)))
                run(statement);

            const std::vector<DemoRow> generated = generateDemoRows(config);
            if (ok && !db.transaction()) {
                *error = db.lastError().text();
                ok = false;
            }
            if (ok) {
                QSqlQuery insert(db);
                if (!insert.prepare(demoInsertStatement())) {
                    *error = insert.lastError().text();
                    ok = false;
                }
                for (const DemoRow &row : generated) {
                    if (!ok)
                        break;
                    bindDemoRow(insert, row);
                    if (!insert.exec()) {
                        *error = insert.lastError().text();
                        ok = false;
                    }
                }
                if (ok && !db.commit()) {
                    *error = db.lastError().text();
                    ok = false;
                }
                if (!ok)
                    db.rollback();
            }
            // Indexes after the rows: building them once is faster than keeping them up to date.
            for (const QString &statement :
                 splitStatements(QString::fromUtf8(demoschema::kIndexes)))
                run(statement);
            run(QStringLiteral("PRAGMA journal_mode=WAL"));
            *rows = static_cast<qint64>(generated.size());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool createDemoDatabase(const QString &path, const DemoConfig &requested, QString *error,
                        qint64 *rowCount)
{
    QString message;
    qint64 rows = 0;
    QString tempPath;
    bool ok = false;
    try {
        const DemoConfig config = resolved(requested);
        const QFileInfo target(path);
        if (path.isEmpty() || target.isDir()) {
            message = QStringLiteral("not a file path: \"%1\"").arg(path);
        } else if (!QDir().mkpath(target.absolutePath())) {
            message = QStringLiteral("cannot create the folder %1").arg(target.absolutePath());
        } else {
            // Only reserves a unique name beside the target (same volume: the rename is cheap).
            // QTemporaryFile keeps its handle open after close() until it is destroyed, and on
            // Windows an open handle forbids the rename below: so it lives in this block only.
            {
                QTemporaryFile temp(target.absoluteFilePath() + QStringLiteral(".XXXXXX.tmp"));
                temp.setAutoRemove(false);
                if (temp.open())
                    tempPath = temp.fileName();
                else
                    message = QStringLiteral("cannot write in %1: %2")
                                  .arg(target.absolutePath(), temp.errorString());
            }
            if (!tempPath.isEmpty()) {
                ok = fillDatabase(tempPath, config, &rows, &message);
                if (ok && !removeDatabaseFiles(target.absoluteFilePath())) {
                    message = QStringLiteral("cannot replace %1 (is it open?)").arg(path);
                    ok = false;
                }
                if (ok && !QFile::rename(tempPath, target.absoluteFilePath())) {
                    message = QStringLiteral("cannot rename %1 to %2").arg(tempPath, path);
                    ok = false;
                }
                // People's names and times: for the user only, whatever SQLite created it with
                // (it sets 0644 on a new file itself). Its -wal and -shm files take this mode.
                if (ok)
                    QFile::setPermissions(target.absoluteFilePath(),
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadUser | QFileDevice::WriteUser);
            }
        }
    } catch (const std::exception &e) {
        message = QString::fromUtf8(e.what());
        ok = false;
    }
    if (!ok) {
        if (!tempPath.isEmpty())
            removeDatabaseFiles(tempPath);
        message = QStringLiteral("demo database: %1").arg(message);
        log::db()->error("{}", message.toStdString());
        if (error)
            *error = message;
        return false;
    }
    log::db()->info("demo database {}: {} rows", path.toStdString(), rows);
    if (rowCount)
        *rowCount = rows;
    return true;
}

QString defaultDemoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.sqlite");
}

std::unique_ptr<QLockFile> claimDemoDatabase(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a dead owner makes a claim stale, never its age
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

QString demoInsertStatement()
{
    return QStringLiteral(
        "INSERT INTO attlog (serialNo, authDateTime, authDate, authTime, direction, deviceName, "
        "deviceSN, personName, employeeID, cardNo, doorName, readerName) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

void bindDemoRow(QSqlQuery &query, const DemoRow &row)
{
    // SQLite keeps authDateTime as text "YYYY-MM-DD HH:MM:SS" (see sql/sqlite/attlog.sql).
    const QVariant dateTime = row.authDateTime ? text(formatSqlDateTime(*row.authDateTime))
                                               : QVariant(QMetaType::fromType<QString>());
    query.bindValue(0, QVariant::fromValue<qint64>(row.serialNo));
    query.bindValue(1, dateTime);
    query.bindValue(2, text(row.authDate));
    query.bindValue(3, text(row.authTime));
    query.bindValue(4, text(row.direction));
    query.bindValue(5, text(row.deviceName));
    query.bindValue(6, text(row.deviceSN));
    query.bindValue(7, text(row.personName));
    query.bindValue(8, nullableText(row.employeeID));
    query.bindValue(9, text(row.cardNo));
    query.bindValue(10, text(row.doorName));
    query.bindValue(11, text(row.readerName));
}

} // namespace attlog::db
