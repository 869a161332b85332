// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/dialect.h"
#include "core/sql/field.h"
#include "db/query/rowcursor.h"

#include <QSqlQuery>

#include <vector>

namespace attlog::db {

// A RowCursor over an executed QODBC query that reads the values itself with SQLGetData on the
// query's statement handle: QSqlQuery::next() still moves the cursor (QODBC fetches a row and
// leaves its values alone until asked), but no value goes through QVariant and QString — text
// goes from the driver's UTF-16 straight into the RawRow's UTF-8, in reused buffers. For an
// export over psqlODBC that took 17 s per 1,000,000 rows through QSqlQuery::value().
//
// Values read as QODBC read them: timestamps as date-times (a non-zero millisecond part as
// "YYYY-MM-DD HH:MM:SS.mmm" text, so a History cursor binds it back exactly), other columns as
// text, binary columns as their bytes taken as UTF-8; the key as text parsed by parseKey().
// MySQL/MariaDB: everything as text, date-times too, as readRawRow() reads them. Text is taken up
// to its terminator, not by the driver's length (MariaDB Connector/ODBC 3.1 under-reports it; see
// readRawRow()).
//
// `query` must be an executed QODBC query (odbcHandle() of its result is its statement). Takes
// the query over and finish()es it when destroyed.
class OdbcRowCursor final : public RowCursor
{
public:
    OdbcRowCursor(QSqlQuery query, std::vector<sql::Field> fields, sql::Dialect dialect);
    ~OdbcRowCursor() override;

    bool next() override;
    void read(RawRow &row) override;
    QString errorString() const override;

private:
    QSqlQuery m_query;
    void *m_statement; // SQLHSTMT, owned by the query
    std::vector<sql::Field> m_fields;
    enum class ColumnKind : unsigned char
    {
        Text,      // SQL_C_WCHAR
        Timestamp, // SQL_C_TYPE_TIMESTAMP
        Binary,    // SQL_C_BINARY, decoded as UTF-8
    };
    std::vector<ColumnKind> m_kinds; // per column
};

} // namespace attlog::db
