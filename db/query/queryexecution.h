// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/eventdecoder.h"
#include "core/sql/dialect.h"
#include "core/sql/statement.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

namespace attlog::db {

// The one way statements from core/sql are run: forward-only (SQL Server's fast default result
// set, no server cursor), prepared with `?` placeholders, every value bound, and finish()ed by
// the caller as soon as the rows are taken. On failure returns false and stores a message that
// names the statement and carries the driver's text, never the bound values (they hold
// personal data); the failure is logged once here.
// `beforeExec`, when set, runs after prepare() and before exec() (the query's driver handle is
// valid then: the query worker publishes it so that a cancel can interrupt the statement).
bool execStatement(QSqlQuery &query, const sql::Statement &statement, sql::Dialect dialect,
                   QString *error, const std::function<void(QSqlQuery &)> &beforeExec = {});

// The QVariant a bound value is handed to the driver as (DateTime per sql::dateTimeBinding()).
QVariant toBindValue(const sql::SqlValue &value, sql::Dialect dialect);

// MySQL/MariaDB: the statement's text with every text parameter written
// `TRIM(TRAILING CHAR(0 USING utf8mb4) FROM ?)`. QODBC 6.4 binds a QString with a length that
// MariaDB Connector/ODBC reads past the end, so the server receives 'in\0' for 'in': every filter
// on a column whose collation counts the NUL (utf8mb4_general_ci, latin1, the TEXT columns of
// most sites) matched nothing. The server drops the NULs again; the value stays a coercible
// string in the connection's character set, so it compares under the column's collation (a
// latin1 column is converted, stored mojibake still matches) and the column's index is used.
std::string mysqlTextParameters(const sql::Statement &statement);

// The current row of `query` as a RawRow; `fields` lists the result columns in order (the
// statement's `fields`). Keys that are NULL or not numbers read as 0; date-times arrive as
// values (QDateTime) or as text, both kept naive (no time-zone conversion).
//
// MySQL/MariaDB over ODBC: the columns are read with SQLGetData directly, not through QODBC.
// MariaDB Connector/ODBC 3.1 reports a UTF-16 length that is too short for text with
// characters such as Kazakh қ/ә (U+0490..U+04FF), and QODBC trusts that length, so the end of
// such names would be cut off; the text is taken up to its terminator instead.
RawRow readRawRow(const QSqlQuery &query, const std::vector<sql::Field> &fields,
                  sql::Dialect dialect);

// Column 0 of the current row as a 64-bit integer; std::nullopt when NULL or not a number.
std::optional<qint64> readInteger(const QSqlQuery &query, int column = 0);

} // namespace attlog::db
