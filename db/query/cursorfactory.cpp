// SPDX-License-Identifier: MIT
#include "db/query/cursorfactory.h"

#include "db/connection/databaseconnection.h"
#include "db/connection/sqliteconnection.h"
#include "db/query/odbcrowcursor.h"
#include "db/query/qtrowcursor.h"
#include "db/query/queryexecution.h"

#include <QSqlResult>

namespace attlog::db {

std::unique_ptr<RowCursor> cursorOver(QSqlQuery query, const sql::Statement &statement,
                                      sql::Dialect dialect)
{
    if (odbcHandle(query.result()->handle()))
        return std::make_unique<OdbcRowCursor>(std::move(query), statement.fields, dialect);
    return std::make_unique<QtRowCursor>(std::move(query), statement.fields, dialect);
}

std::unique_ptr<RowCursor> openRowCursor(DatabaseConnection &connection,
                                         const sql::Statement &statement, QString *error)
{
    if (SqliteConnection *native = connection.nativeSqlite())
        return native->execute(statement, error);
    QSqlQuery query(connection.database());
    if (!execStatement(query, statement, connection.dialect(), error))
        return nullptr;
    return cursorOver(std::move(query), statement, connection.dialect());
}

} // namespace attlog::db
