// SPDX-License-Identifier: MIT
#include "db/connection/sqliteconnection.h"

#include "db/query/sqliterowcursor.h"
#include "db/runtime/logging.h"

#include <sqlite3.h>

#include <spdlog/spdlog.h>

#include <type_traits>
#include <variant>

namespace attlog::db {

namespace {

bool bindValue(sqlite3_stmt *statement, int index, const sql::SqlValue &value)
{
    return std::visit(
               [&](const auto &v) {
                   using T = std::decay_t<decltype(v)>;
                   if constexpr (std::is_same_v<T, std::monostate>) {
                       return sqlite3_bind_null(statement, index);
                   } else if constexpr (std::is_same_v<T, std::int64_t>) {
                       return sqlite3_bind_int64(statement, index, v);
                   } else if constexpr (std::is_same_v<T, std::string>) {
                       return sqlite3_bind_text(statement, index, v.data(), int(v.size()),
                                                SQLITE_TRANSIENT);
                   } else {
                       const std::string text = formatSqlDateTime(v);
                       return sqlite3_bind_text(statement, index, text.data(), int(text.size()),
                                                SQLITE_TRANSIENT);
                   }
               },
               value) == SQLITE_OK;
}

} // namespace

SqliteConnection::SqliteConnection() = default;

SqliteConnection::~SqliteConnection()
{
    // Cursors are gone by now (see execute()), so no statement keeps the handle busy.
    if (m_db)
        sqlite3_close(m_db);
}

bool SqliteConnection::open(const QString &path, int busyTimeoutMs, QString *error, bool uri)
{
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    // One thread uses the handle (sqlite3_interrupt() is safe from others without the mutex).
    const int rc = sqlite3_open_v2(
        path.toUtf8().constData(), &m_db,
        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | (uri ? SQLITE_OPEN_URI : 0), nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error =
                QStringLiteral("cannot open the SQLite file %1: %2")
                    .arg(path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
        sqlite3_close(m_db); // accepts nullptr
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    return true;
}

std::unique_ptr<RowCursor> SqliteConnection::execute(const sql::Statement &statement,
                                                     QString *error)
{
    const auto failWith = [&](sqlite3_stmt *prepared) -> std::unique_ptr<RowCursor> {
        const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                  : QStringLiteral("the connection is not open");
        sqlite3_finalize(prepared); // accepts nullptr
        log::db()->error("statement {} failed: {}", statement.name, text.toStdString());
        if (error)
            *error = QStringLiteral("%1: %2").arg(QString::fromStdString(statement.name), text);
        return nullptr;
    };
    if (!m_db)
        return failWith(nullptr);
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(m_db, statement.text.c_str(), int(statement.text.size()), &prepared,
                           nullptr) != SQLITE_OK)
        return failWith(prepared);
    for (std::size_t i = 0; i < statement.values.size(); ++i)
        if (!bindValue(prepared, int(i + 1), statement.values[i]))
            return failWith(prepared);
    return std::make_unique<SqliteRowCursor>(prepared, statement.fields);
}

void SqliteConnection::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

QString SqliteConnection::libraryDescription()
{
    return QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()));
}

} // namespace attlog::db
