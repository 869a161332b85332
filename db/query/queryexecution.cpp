// SPDX-License-Identifier: MIT
#include "db/query/queryexecution.h"

#include "db/connection/databaseconnection.h"
#include "db/qtconvert.h"
#include "db/runtime/logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlResult>

#ifdef _WIN32
#include <windows.h>
#endif
#include <sql.h>
#include <sqlext.h>

#include <spdlog/spdlog.h>

#include <array>
#include <type_traits>

namespace attlog::db {

namespace {

std::optional<RawDateTime> readDateTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    switch (value.metaType().id()) {
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        // A fraction goes on as text so a History cursor can bind it back exactly.
        if (dt.time().msec() != 0)
            return RawDateTime{
                dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toStdString()};
        if (auto parsed = checkedDateTime(dt))
            return RawDateTime{*parsed};
        return RawDateTime{dt.toString(Qt::ISODate).toStdString()};
    }
    case QMetaType::QDate:
        return RawDateTime{value.toDate().toString(Qt::ISODate).toStdString()};
    default:
        return RawDateTime{value.toString().toStdString()};
    }
}

} // namespace

QVariant toBindValue(const sql::SqlValue &value, sql::Dialect dialect)
{
    return std::visit(
        [dialect](const auto &v) -> QVariant {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return QVariant(QMetaType::fromType<QString>());
            else if constexpr (std::is_same_v<T, std::int64_t>)
                return QVariant::fromValue(static_cast<qlonglong>(v));
            else if constexpr (std::is_same_v<T, std::string>)
                return QString::fromStdString(v);
            else if (sql::dateTimeBinding(dialect) == sql::DateTimeBinding::SqlText)
                return QString::fromStdString(formatSqlDateTime(v));
            else
                return toQDateTime(v);
        },
        value);
}

std::string mysqlTextParameters(const sql::Statement &statement)
{
    std::string text;
    text.reserve(statement.text.size() + 32);
    std::size_t parameter = 0;
    char quote = 0; // the quote or backtick the text is inside of, 0 outside
    for (const char c : statement.text) {
        if (quote) {
            text += c;
            if (c == quote)
                quote = 0; // a doubled quote closes and reopens: the same outcome
            continue;
        }
        if (c == '\'' || c == '"' || c == '`') {
            quote = c;
            text += c;
        } else if (c == '?') {
            const bool isText = parameter < statement.values.size() &&
                                std::holds_alternative<std::string>(statement.values[parameter]);
            text += isText ? "TRIM(TRAILING CHAR(0 USING utf8mb4) FROM ?)" : "?";
            ++parameter;
        } else {
            text += c;
        }
    }
    return text;
}

bool execStatement(QSqlQuery &query, const sql::Statement &statement, sql::Dialect dialect,
                   QString *error, const std::function<void(QSqlQuery &)> &beforeExec)
{
    query.setForwardOnly(true);
    bool ok = query.prepare(QString::fromStdString(
        dialect == sql::Dialect::MySql ? mysqlTextParameters(statement) : statement.text));
    if (ok) {
        for (qsizetype i = 0; i < qsizetype(statement.values.size()); ++i)
            query.bindValue(int(i), toBindValue(statement.values[size_t(i)], dialect));
        if (beforeExec)
            beforeExec(query);
        ok = query.exec();
    }
    if (ok)
        return true;
    const QSqlError sqlError = query.lastError();
    QString text = sqlError.driverText().trimmed();
    const QString databaseText = sqlError.databaseText().trimmed();
    if (!databaseText.isEmpty() && databaseText != text)
        text = text.isEmpty() ? databaseText : text + QStringLiteral(": ") + databaseText;
    if (text.isEmpty())
        text = QStringLiteral("unknown driver error");
    log::db()->error("statement {} failed: {}", statement.name, text.toStdString());
    if (error)
        *error = QStringLiteral("%1: %2").arg(QString::fromStdString(statement.name), text);
    query.finish();
    return false;
}

namespace {

// The statement handle when `query` runs on QODBC against MySQL/MariaDB (see readRawRow()).
SQLHSTMT rawOdbcStatement(const QSqlQuery &query, sql::Dialect dialect)
{
    if (dialect != sql::Dialect::MySql || !query.result())
        return nullptr;
    return static_cast<SQLHSTMT>(odbcHandle(query.result()->handle()));
}

// SQLGetData as UTF-16 text, trusting the terminator rather than the length indicator.
std::optional<QString> odbcText(SQLHSTMT statement, int column)
{
    QString text;
    std::array<SQLWCHAR, 1024> buffer{};
    for (;;) {
        SQLLEN indicator = 0;
        const SQLRETURN rc =
            SQLGetData(statement, SQLUSMALLINT(column + 1), SQL_C_WCHAR, buffer.data(),
                       SQLLEN(buffer.size() * sizeof(SQLWCHAR)), &indicator);
        if (rc == SQL_NO_DATA)
            break;
        if (!SQL_SUCCEEDED(rc) || indicator == SQL_NULL_DATA)
            return text.isEmpty() && indicator == SQL_NULL_DATA ? std::nullopt
                                                                : std::optional(text);
        std::size_t length = 0;
        while (length + 1 < buffer.size() && buffer[length] != 0)
            ++length;
        if constexpr (sizeof(SQLWCHAR) == sizeof(char16_t))
            text += QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer.data()),
                                       qsizetype(length));
        else
            text += QString::fromUcs4(reinterpret_cast<const char32_t *>(buffer.data()),
                                      qsizetype(length));
        if (rc == SQL_SUCCESS)
            break; // SQL_SUCCESS_WITH_INFO: the value continues in the next call
    }
    return text;
}

// A key as a whole number (see parseKey): QVariant::toLongLong() would round 12.5 to 13 and
// wrap an unsigned value above 2^63 - 1.
std::optional<std::int64_t> keyFromValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UInt:
    case QMetaType::UShort:
        return value.toLongLong();
    default:
        return parseKey(value.toString().toStdString());
    }
}

} // namespace

RawRow readRawRow(const QSqlQuery &query, const std::vector<sql::Field> &fields,
                  sql::Dialect dialect)
{
    RawRow row;
    const SQLHSTMT raw = rawOdbcStatement(query, dialect);
    for (qsizetype i = 0; i < qsizetype(fields.size()); ++i) {
        const sql::Field field = fields[size_t(i)];
        QVariant value;
        if (raw) {
            // Date-times come as "YYYY-MM-DD hh:mm:ss" text, parsed by the event decoder.
            const auto text = odbcText(raw, int(i));
            value = text ? QVariant(*text) : QVariant();
        } else {
            value = query.value(int(i));
        }
        switch (field) {
        case sql::Field::Key:
            row.key = keyFromValue(value);
            break;
        case sql::Field::AuthDateTime:
            row.authDateTime = readDateTime(value);
            break;
        default:
            if (auto *text = row.textField(field); text && !value.isNull())
                *text = value.toString().toStdString();
            break;
        }
    }
    return row;
}

std::optional<qint64> readInteger(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const qlonglong number = value.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

} // namespace attlog::db
