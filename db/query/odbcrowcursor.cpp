// SPDX-License-Identifier: MIT
#include "db/query/odbcrowcursor.h"

#include "core/text/utf8.h"
#include "db/connection/databaseconnection.h"

#include <QSqlError>
#include <QSqlResult>

#ifdef _WIN32
#include <windows.h>
#endif
#include <sql.h>
#include <sqlext.h>

#include <array>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <vector>

namespace attlog::db {

namespace {

// Appends UTF-16 (or UTF-32 where SQLWCHAR is 4 bytes) as UTF-8; unpaired surrogates become
// U+FFFD.
void appendUtf8(std::string &out, const SQLWCHAR *text, std::size_t length)
{
    for (std::size_t i = 0; i < length; ++i) {
        char32_t cp = static_cast<char32_t>(text[i]);
        if constexpr (sizeof(SQLWCHAR) == 2) {
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < length && text[i + 1] >= 0xDC00 &&
                text[i + 1] <= 0xDFFF) {
                cp =
                    0x10000 + ((cp - 0xD800) << 10) + (static_cast<char32_t>(text[i + 1]) - 0xDC00);
                ++i;
            }
        }
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
            continue;
        }
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            cp = text::utf8::kReplacement;
        text::utf8::append(out, cp);
    }
}

// The column as text into `out`; false for NULL (or a failed read). A value longer than the
// buffer comes in parts; they are joined as UTF-16 first, since a part may end inside a
// surrogate pair.
bool readText(SQLHSTMT statement, SQLUSMALLINT column, std::string &out)
{
    out.clear();
    std::array<SQLWCHAR, 512> buffer;
    std::vector<SQLWCHAR> parts;
    bool any = false;
    for (;;) {
        SQLLEN indicator = 0;
        buffer[0] = 0;
        const SQLRETURN rc = SQLGetData(statement, column, SQL_C_WCHAR, buffer.data(),
                                        SQLLEN(buffer.size() * sizeof(SQLWCHAR)), &indicator);
        if (rc == SQL_NO_DATA || !SQL_SUCCEEDED(rc) || indicator == SQL_NULL_DATA)
            break;
        any = true;
        std::size_t length = 0;
        while (length + 1 < buffer.size() && buffer[length] != 0)
            ++length;
        if (rc == SQL_SUCCESS && parts.empty()) {
            appendUtf8(out, buffer.data(), length); // the usual case: the value in one part
            return true;
        }
        parts.insert(parts.end(), buffer.begin(), buffer.begin() + std::ptrdiff_t(length));
        if (rc == SQL_SUCCESS)
            break; // SQL_SUCCESS_WITH_INFO: the value continues in the next call
    }
    appendUtf8(out, parts.data(), parts.size());
    return any;
}

// The key as the driver prints it, parsed exactly (see parseKey): SQL_C_SBIGINT would round 12.5
// or wrap a BIGINT UNSIGNED above 2^63 - 1 to a negative number without an error on some drivers.
std::optional<std::int64_t> readKey(SQLHSTMT statement, SQLUSMALLINT column)
{
    std::array<char, 64> text{};
    SQLLEN indicator = 0;
    const SQLRETURN rc =
        SQLGetData(statement, column, SQL_C_CHAR, text.data(), SQLLEN(text.size()), &indicator);
    // SQL_SUCCESS_WITH_INFO: longer than any 64-bit number.
    if (rc != SQL_SUCCESS || indicator == SQL_NULL_DATA)
        return std::nullopt;
    return parseKey(std::string_view(text.data(), std::strlen(text.data())));
}

// A binary column (VARBINARY, bytea, BLOB) as its bytes, decoded by the one UTF-8 rule
// (text::utf8::assignValid): read as text, drivers either fail on invalid UTF-8 and give nothing
// or print the bytes in hex. False for NULL (or a failed read).
bool readBytes(SQLHSTMT statement, SQLUSMALLINT column, std::string &out)
{
    std::string bytes;
    std::array<char, 4096> buffer;
    bool any = false;
    for (;;) {
        SQLLEN indicator = 0;
        const SQLRETURN rc = SQLGetData(statement, column, SQL_C_BINARY, buffer.data(),
                                        SQLLEN(buffer.size()), &indicator);
        if (rc == SQL_NO_DATA || !SQL_SUCCEEDED(rc) || indicator == SQL_NULL_DATA)
            break;
        any = true;
        // SQL_SUCCESS_WITH_INFO: the buffer is full and the value continues.
        const std::size_t length = rc == SQL_SUCCESS && indicator >= 0
                                       ? std::min(std::size_t(indicator), buffer.size())
                                       : buffer.size();
        bytes.append(buffer.data(), length);
        if (rc == SQL_SUCCESS)
            break;
    }
    text::utf8::assignValid(out, bytes);
    return any;
}

void readTextField(SQLHSTMT statement, SQLUSMALLINT column, bool binary,
                   std::optional<std::string> &out)
{
    if (!out)
        out.emplace();
    if (!(binary ? readBytes(statement, column, *out) : readText(statement, column, *out)))
        out.reset();
}

void readTimestamp(SQLHSTMT statement, SQLUSMALLINT column, std::optional<RawDateTime> &out)
{
    SQL_TIMESTAMP_STRUCT ts{};
    SQLLEN indicator = 0;
    const SQLRETURN rc =
        SQLGetData(statement, column, SQL_C_TYPE_TIMESTAMP, &ts, sizeof ts, &indicator);
    if (!SQL_SUCCEEDED(rc) || indicator == SQL_NULL_DATA) {
        out.reset();
        return;
    }
    if (!isValidCivil(ts.year, ts.month, ts.day) || ts.hour > 23 || ts.minute > 59 ||
        ts.second > 59) {
        char text[64];
        std::snprintf(text, sizeof text, "%04d-%02u-%02u %02u:%02u:%02u", int(ts.year),
                      unsigned(ts.month), unsigned(ts.day), unsigned(ts.hour), unsigned(ts.minute),
                      unsigned(ts.second));
        out = RawDateTime{std::string(text)}; // does not parse: the decoder falls back
        return;
    }
    const DateTime value =
        makeDateTime(dateFromCivil(ts.year, ts.month, ts.day), ts.hour, ts.minute, ts.second);
    const unsigned milliseconds = unsigned(ts.fraction / 1000000);
    if (milliseconds == 0) {
        out = RawDateTime{value};
        return;
    }
    char fraction[16];
    std::snprintf(fraction, sizeof fraction, ".%03u", milliseconds);
    out = RawDateTime{formatSqlDateTime(value) + fraction};
}

} // namespace

OdbcRowCursor::OdbcRowCursor(QSqlQuery query, std::vector<sql::Field> fields, sql::Dialect dialect)
    : m_query(std::move(query))
    , m_statement(odbcHandle(m_query.result()->handle()))
    , m_fields(std::move(fields))
    , m_kinds(m_fields.size(), ColumnKind::Text)
{
    const auto statement = static_cast<SQLHSTMT>(m_statement);
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const auto column = SQLUSMALLINT(i + 1);
        // SQL_DESC_CONCISE_TYPE: SQLDescribeCol without a name buffer fails on psqlODBC.
        SQLLEN concise = 0;
        if (SQL_SUCCEEDED(SQLColAttribute(statement, column, SQL_DESC_CONCISE_TYPE, nullptr, 0,
                                          nullptr, &concise)) &&
            (concise == SQL_BINARY || concise == SQL_VARBINARY || concise == SQL_LONGVARBINARY)) {
            m_kinds[i] = ColumnKind::Binary;
            continue;
        }
        // MySQL/MariaDB: date-times as text too (see the class comment).
        if (m_fields[i] != sql::Field::AuthDateTime || dialect == sql::Dialect::MySql)
            continue;
        SQLSMALLINT type = 0;
        if (SQL_SUCCEEDED(SQLDescribeCol(statement, column, nullptr, 0, nullptr, &type, nullptr,
                                         nullptr, nullptr)) &&
            (type == SQL_TYPE_TIMESTAMP || type == SQL_TIMESTAMP))
            m_kinds[i] = ColumnKind::Timestamp;
    }
}

OdbcRowCursor::~OdbcRowCursor()
{
    m_query.finish();
}

bool OdbcRowCursor::next()
{
    return m_query.next();
}

void OdbcRowCursor::read(RawRow &row)
{
    const auto statement = static_cast<SQLHSTMT>(m_statement);
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const auto column = SQLUSMALLINT(i + 1);
        const sql::Field field = m_fields[i];
        if (field == sql::Field::Key) {
            row.key = readKey(statement, column);
        } else if (field == sql::Field::AuthDateTime) {
            if (m_kinds[i] == ColumnKind::Timestamp) {
                readTimestamp(statement, column, row.authDateTime);
                continue;
            }
            if (!row.authDateTime || !std::holds_alternative<std::string>(*row.authDateTime))
                row.authDateTime.emplace(std::in_place_type<std::string>);
            auto &text = std::get<std::string>(*row.authDateTime);
            if (!(m_kinds[i] == ColumnKind::Binary ? readBytes(statement, column, text)
                                                   : readText(statement, column, text)))
                row.authDateTime.reset();
        } else if (auto *text = row.textField(field)) {
            readTextField(statement, column, m_kinds[i] == ColumnKind::Binary, *text);
        }
    }
}

QString OdbcRowCursor::errorString() const
{
    const QSqlError error = m_query.lastError();
    return error.isValid() ? error.text() : QString();
}

} // namespace attlog::db
