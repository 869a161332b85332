// SPDX-License-Identifier: MIT
#include "db/connection/databaseconnection.h"

#include "db/connection/connectionstring.h"
#include "db/connection/sqliteconnection.h"
#include "db/runtime/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#ifdef _WIN32
#include <windows.h>
#endif
#include <sql.h>
#include <sqlext.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>

namespace attlog::db {

namespace {

// One connection opens at a time in the process: psqlODBC calls setlocale() inside
// SQLDriverConnect to save and restore the locale, and setlocale() is not thread-safe — two
// workers connecting at once freed each other's locale name (AddressSanitizer,
// heap-use-after-free in psqlodbcw.so under SQLDriverConnectW). Opening is rare and short.
bool openSerialized(QSqlDatabase &db)
{
    static std::mutex opening;
    std::lock_guard lock(opening);
    return db.open();
}

// Why `path` cannot be read as a SQLite database; empty when it can be tried.
QString sqliteFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QStringLiteral("%1 is a folder, not a SQLite database file").arg(path);
    if (!info.exists())
        return QStringLiteral("the SQLite file %1 does not exist").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    // Every SQLite database file starts with this header (an empty file is an empty database).
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArray("SQLite format 3", 16))
        return QStringLiteral("%1 is not a SQLite database").arg(path);
    return {};
}

// A WAL-mode file can only be read beside its shared-memory index (<file>-shm), which SQLite
// makes when it is missing. On read-only media (a CD, a read-only mount or share) or in a folder
// this user may not write, it cannot, and every read failed ("table not found"). Such a file is
// opened immutable instead: read as it is, without locks; nothing can change it there.
bool needsImmutableOpen(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    const bool wal = header.size() == 20 && header[18] == 2; // the file format's read version
    if (!wal || QFileInfo::exists(path + QStringLiteral("-shm")))
        return false;
    const QString folder = QFileInfo(path).absolutePath();
    return QStorageInfo(folder).isReadOnly() || !QFileInfo(folder).isWritable();
}

QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?immutable=1");
}

std::atomic<quint64> s_connectionCounter{0};

// A writer (iVMS, the demo writer) may hold the lock for a moment: wait, don't fail.
constexpr int kSqliteBusyTimeoutMs = 5000;

QString fromSqlWChar(const SQLWCHAR *text, SQLSMALLINT bytes)
{
    const auto count = static_cast<qsizetype>(bytes / static_cast<SQLSMALLINT>(sizeof(SQLWCHAR)));
    if constexpr (sizeof(SQLWCHAR) == sizeof(char16_t))
        return QString::fromUtf16(reinterpret_cast<const char16_t *>(text), count);
    else
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(text), count);
}

// SQLGetInfo on QODBC's connection handle: the DBMS name and version.
QString odbcInfo(const QSqlDatabase &db, SQLUSMALLINT infoType)
{
    SQLHANDLE hdbc = odbcHandle(db.driver()->handle());
    if (!hdbc)
        return {};
    std::array<SQLWCHAR, 256> buffer{};
    SQLSMALLINT length = 0;
    const SQLRETURN rc =
        SQLGetInfoW(hdbc, infoType, buffer.data(),
                    static_cast<SQLSMALLINT>(buffer.size() * sizeof(SQLWCHAR)), &length);
    if (!SQL_SUCCEEDED(rc))
        return {};
    return fromSqlWChar(buffer.data(), length);
}

QString driverErrorText(const QSqlError &error)
{
    QString text = error.driverText().trimmed();
    const QString database = error.databaseText().trimmed();
    if (!database.isEmpty() && database != text)
        text = text.isEmpty() ? database : text + QStringLiteral(": ") + database;
    return text.isEmpty() ? QStringLiteral("unknown error") : text;
}

} // namespace

void *odbcHandle(const QVariant &handle)
{
    // QODBC hands out its SQLHANDLEs as QVariants of type void* (Qt 6.4) or "SQLHANDLE".
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "void*") != 0 && qstrcmp(handle.typeName(), "SQLHANDLE") != 0))
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

std::optional<sql::Dialect> dialectFromDbmsName(const QString &dbmsName)
{
    if (dbmsName.contains(QLatin1String("SQL Server"), Qt::CaseInsensitive))
        return sql::Dialect::SqlServer;
    if (dbmsName.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive) ||
        dbmsName.contains(QLatin1String("MySQL"), Qt::CaseInsensitive))
        return sql::Dialect::MySql;
    if (dbmsName.contains(QLatin1String("PostgreSQL"), Qt::CaseInsensitive))
        return sql::Dialect::PostgreSql;
    if (dbmsName.contains(QLatin1String("SQLite"), Qt::CaseInsensitive))
        return sql::Dialect::Sqlite;
    return std::nullopt;
}

DatabaseConnection::DatabaseConnection(const QString &purpose)
    : m_purpose(purpose)
{}

DatabaseConnection::~DatabaseConnection()
{
    close();
}

bool DatabaseConnection::open(const ConnectionProfile &profile, int loginTimeoutSeconds)
{
    close();
    m_error.clear();
    m_sqliteImmutable = false;
    m_name = QStringLiteral("attlog-%1-%2").arg(m_purpose).arg(++s_connectionCounter);

    QSqlDatabase db;
    if (profile.kind == ConnectionKind::SqliteFile) {
        m_target = QStringLiteral("sqlite:%1").arg(profile.sqlitePath);
        // QSQLITE would create a missing file, and opens any file without complaint: a reader
        // wants to be told what is wrong with the path instead of "table not found" later.
        m_error = sqliteFileProblem(profile.sqlitePath);
        if (!m_error.isEmpty()) {
            log::db()->error("{} connection: {}", m_purpose.toStdString(), m_error.toStdString());
            m_name.clear();
            return false;
        }
        m_sqliteImmutable = needsImmutableOpen(profile.sqlitePath);
        if (m_sqliteImmutable)
            log::db()->info("{} connection: {} is a WAL file on read-only storage: read as "
                            "immutable",
                            m_purpose.toStdString(), profile.sqlitePath.toStdString());
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_sqliteImmutable ? immutableUri(profile.sqlitePath)
                                             : profile.sqlitePath);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1%2")
                .arg(kSqliteBusyTimeoutMs)
                .arg(m_sqliteImmutable ? QStringLiteral(";QSQLITE_OPEN_URI") : QString()));
    } else {
        const QString connectionString = odbcConnectionString(profile);
        m_target = log::redactConnectionString(connectionString);
        m_error = connectStatementProblem(connectionString);
        if (!m_error.isEmpty()) {
            log::db()->error("{} connection to {}: {}", m_purpose.toStdString(),
                             m_target.toStdString(), m_error.toStdString());
            m_name.clear();
            return false;
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), m_name);
        db.setDatabaseName(connectionString);
        // Read-only access mode: a hint most drivers take (see also makeReadOnly()).
        db.setConnectOptions(
            QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1;SQL_ATTR_ACCESS_MODE=SQL_MODE_READ_ONLY")
                .arg(qMax(1, loginTimeoutSeconds)));
    }
    if (!db.isValid()) {
        m_error = QStringLiteral("the Qt SQL driver for this connection is not installed");
    } else if (!openSerialized(db)) {
        m_error = driverErrorText(db.lastError());
    } else if (!detectDialect(profile)) {
        // m_error set by detectDialect()
    } else if (profile.kind == ConnectionKind::SqliteFile &&
               !openNativeSqlite(profile.sqlitePath)) {
        // m_error set by openNativeSqlite()
    } else {
        makeReadOnly();
        log::db()->info("{} connection open: {} ({})", m_purpose.toStdString(),
                        m_target.toStdString(), m_serverDescription.toStdString());
        return true;
    }
    log::db()->error("{} connection to {} failed: {}", m_purpose.toStdString(),
                     m_target.toStdString(), m_error.toStdString());
    db = QSqlDatabase();
    close();
    return false;
}

bool DatabaseConnection::detectDialect(const ConnectionProfile &profile)
{
    const QSqlDatabase db = database();
    if (profile.kind == ConnectionKind::SqliteFile) {
        m_dialect = sql::Dialect::Sqlite;
        m_serverDescription = SqliteConnection::libraryDescription();
        return true;
    }
    const QString name = odbcInfo(db, SQL_DBMS_NAME);
    m_serverDescription = (name + QLatin1Char(' ') + odbcInfo(db, SQL_DBMS_VER)).trimmed();
    if (const auto detected = dialectFromDbmsName(name)) {
        m_dialect = *detected;
        return true;
    }
    if (const auto declared = profile.declaredDialect()) {
        m_dialect = *declared;
        return true;
    }
    m_error = QStringLiteral("unsupported database '%1': expected SQL Server, MySQL/MariaDB, "
                             "PostgreSQL or SQLite")
                  .arg(name.isEmpty() ? QStringLiteral("unknown") : name);
    return false;
}

qint64 DatabaseConnection::serverSessionId()
{
    if (m_sessionId)
        return *m_sessionId;
    m_sessionId = 0;
    const auto statement = sql::sessionIdStatement(m_dialect);
    if (!statement || !isOpen())
        return 0;
    QSqlQuery query(database());
    if (query.exec(QString::fromStdString(*statement)) && query.next())
        m_sessionId = std::max<qint64>(0, query.value(0).toLongLong());
    else
        log::db()->warn("{} connection: the server did not tell its session id: {}",
                        m_purpose.toStdString(), driverErrorText(query.lastError()).toStdString());
    return *m_sessionId;
}

void DatabaseConnection::makeReadOnly()
{
    const auto statement = sql::readOnlySessionStatement(m_dialect);
    if (!statement)
        return;
    QSqlQuery query(database());
    if (query.exec(QString::fromStdString(*statement)))
        return;
    // An old server (MySQL before 5.6.5) has no such setting: reading still works.
    log::db()->warn("{} connection: the session could not be made read-only ({}): {}",
                    m_purpose.toStdString(), *statement,
                    driverErrorText(query.lastError()).toStdString());
}

bool DatabaseConnection::openNativeSqlite(const QString &path)
{
    auto native = std::make_unique<SqliteConnection>();
    const bool opened = m_sqliteImmutable
                            ? native->open(immutableUri(path), kSqliteBusyTimeoutMs, &m_error, true)
                            : native->open(path, kSqliteBusyTimeoutMs, &m_error);
    if (!opened)
        return false;
    m_nativeSqlite = std::move(native);
    return true;
}

void DatabaseConnection::close()
{
    m_nativeSqlite.reset();
    m_sessionId.reset();
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool DatabaseConnection::isOpen() const
{
    return !m_name.isEmpty() && database().isOpen();
}

QSqlDatabase DatabaseConnection::database() const
{
    if (m_name.isEmpty())
        return {};
    return QSqlDatabase::database(m_name, false);
}

} // namespace attlog::db
