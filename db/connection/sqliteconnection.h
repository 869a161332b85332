// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/statement.h"
#include "db/query/rowcursor.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace attlog::db {

// A read-only connection to a SQLite file through the SQLite C library, used next to the QSQLITE
// connection for the statements that stream many rows (History pages and export, report input).
//
// Why not QSQLITE for those: it converts every stored value into a QVariant holding a UTF-16
// QString, which the decoder turns back into UTF-8. For an export of 1,000,000 rows that round
// trip cost more than SQLite's own work; here the stored UTF-8 bytes are copied once into the
// RawRow. Link the SQLite library the QSQLITE plugin uses (distribution Qt and vcpkg's qtbase
// do): with two copies of SQLite in one process, closing a file in one copy can drop the POSIX
// locks the other holds.
//
// Owned by one thread; interrupt() may be called from any thread while the connection is open.
class SqliteConnection
{
public:
    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens an existing file read-only; a writer holding the lock is waited for up to
    // busyTimeoutMs per statement step. false with *error on failure.
    // `uri`: `path` is an SQLite URI ("file:…?immutable=1"), see DatabaseConnection.
    bool open(const QString &path, int busyTimeoutMs, QString *error, bool uri = false);

    // Prepares `statement`, binds its values (date-times as "YYYY-MM-DD HH:MM:SS" text, as
    // sql::dateTimeBinding() says for SQLite) and returns a cursor before the first row; the
    // cursor must be destroyed before this connection. nullptr with *error (naming the statement,
    // never the bound values) on failure.
    std::unique_ptr<RowCursor> execute(const sql::Statement &statement, QString *error);

    // Makes the statement running on this connection stop with an "interrupted" error.
    void interrupt();

    // "SQLite 3.40.1": the library version.
    static QString libraryDescription();

private:
    sqlite3 *m_db = nullptr;
};

} // namespace attlog::db
