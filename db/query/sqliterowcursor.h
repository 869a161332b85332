// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/field.h"
#include "db/query/rowcursor.h"

#include <string>
#include <vector>

struct sqlite3_stmt;

namespace attlog::db {

// A RowCursor over a prepared SQLite statement (made by SqliteConnection::execute(), which it
// finalizes when destroyed). Text is taken as stored, except that bytes which are not valid UTF-8
// (SQLite stores whatever it is given) become U+FFFD: the rest of the application only ever sees
// valid UTF-8. Numbers in text fields read as SQLite prints them; the key reads as an integer from
// INTEGER values, whole REAL values and decimal text (surrounding spaces allowed), otherwise as 0.
class SqliteRowCursor final : public RowCursor
{
public:
    SqliteRowCursor(sqlite3_stmt *statement, std::vector<sql::Field> fields);
    ~SqliteRowCursor() override;

    bool next() override;
    void read(RawRow &row) override;
    QString errorString() const override;

private:
    sqlite3_stmt *m_statement;
    std::vector<sql::Field> m_fields;
    QString m_error;
};

} // namespace attlog::db
