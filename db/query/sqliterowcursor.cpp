// SPDX-License-Identifier: MIT
#include "db/query/sqliterowcursor.h"

#include "core/text/utf8.h"

#include <sqlite3.h>

#include <cmath>
#include <string_view>

namespace attlog::db {

namespace {

std::string_view columnBytes(sqlite3_stmt *statement, int column)
{
    // sqlite3_column_text() before sqlite3_column_bytes(): the length is then the text's.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    const int size = sqlite3_column_bytes(statement, column);
    return text ? std::string_view(text, std::size_t(size)) : std::string_view();
}

void assignText(std::optional<std::string> &out, sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL) {
        out.reset();
        return;
    }
    if (!out)
        out.emplace();
    text::utf8::assignValid(*out, columnBytes(statement, column));
}

std::optional<std::int64_t> readKey(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(statement, column);
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(statement, column);
        // Whole numbers inside the int64 range only (2^63 is exactly representable).
        if (std::isfinite(value) && value == std::trunc(value) && value >= -9223372036854775808.0 &&
            value < 9223372036854775808.0)
            return static_cast<std::int64_t>(value);
        return std::nullopt;
    }
    case SQLITE_TEXT:
        return parseKey(columnBytes(statement, column));
    default:
        return std::nullopt;
    }
}

} // namespace

SqliteRowCursor::SqliteRowCursor(sqlite3_stmt *statement, std::vector<sql::Field> fields)
    : m_statement(statement)
    , m_fields(std::move(fields))
{}

SqliteRowCursor::~SqliteRowCursor()
{
    sqlite3_finalize(m_statement);
}

bool SqliteRowCursor::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

void SqliteRowCursor::read(RawRow &row)
{
    for (int column = 0; column < int(m_fields.size()); ++column) {
        const sql::Field field = m_fields[std::size_t(column)];
        if (field == sql::Field::Key) {
            row.key = readKey(m_statement, column);
        } else if (field == sql::Field::AuthDateTime) {
            if (sqlite3_column_type(m_statement, column) == SQLITE_NULL) {
                row.authDateTime.reset();
                continue;
            }
            // Stored as text (an INTEGER or REAL here is not a date-time the decoder knows; its
            // printed form fails to parse like any other garbage).
            if (!row.authDateTime || !std::holds_alternative<std::string>(*row.authDateTime))
                row.authDateTime.emplace(std::in_place_type<std::string>);
            text::utf8::assignValid(std::get<std::string>(*row.authDateTime),
                                    columnBytes(m_statement, column));
        } else if (auto *text = row.textField(field)) {
            assignText(*text, m_statement, column);
        }
    }
}

QString SqliteRowCursor::errorString() const
{
    return m_error;
}

} // namespace attlog::db
