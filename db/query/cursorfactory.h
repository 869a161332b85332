// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/dialect.h"
#include "core/sql/statement.h"
#include "db/query/rowcursor.h"

#include <QSqlQuery>
#include <QString>

#include <memory>

namespace attlog::db {

class DatabaseConnection;

// The cursor that reads an executed query's rows: OdbcRowCursor on QODBC, else QtRowCursor.
std::unique_ptr<RowCursor> cursorOver(QSqlQuery query, const sql::Statement &statement,
                                      sql::Dialect dialect);

// Runs `statement` on `connection` and returns the cursor over its rows, so that every reader of
// events (History, exports, reports, the live feed) reads them the same way: text by one UTF-8
// rule, keys exactly (see RawRow). A native SQLite connection runs it through the SQLite library
// (SqliteRowCursor), others through execStatement() and cursorOver(). On failure returns nullptr
// and sets *error (the statement's name and the driver's text).
std::unique_ptr<RowCursor> openRowCursor(DatabaseConnection &connection,
                                         const sql::Statement &statement, QString *error);

} // namespace attlog::db
