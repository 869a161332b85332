// SPDX-License-Identifier: MIT
#include "core/db/queryexecution.h"

#include "core/db/logging.h"

#include <QDateTime>
#include <QSqlError>

#include <spdlog/spdlog.h>

#include <type_traits>

namespace attlog::db {

namespace {

QDateTime toQDateTime(DateTime dt)
{
    const CivilDate civil = civilFromDate(dateOf(dt));
    const int seconds = secondsOfDay(dt);
    return QDateTime(QDate(civil.year, civil.month, civil.day),
                     QTime(seconds / 3600, seconds / 60 % 60, seconds % 60));
}

std::optional<DateTime> fromQDateTime(const QDateTime &value)
{
    const QDate date = value.date();
    const QTime time = value.time();
    if (!date.isValid() || !time.isValid() || !isValidCivil(date.year(), date.month(), date.day()))
        return std::nullopt;
    return makeDateTime(dateFromCivil(date.year(), date.month(), date.day()), time.hour(),
                        time.minute(), time.second());
}

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
        if (auto parsed = fromQDateTime(dt))
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

bool execStatement(QSqlQuery &query, const sql::Statement &statement, sql::Dialect dialect,
                   QString *error, const std::function<void(QSqlQuery &)> &beforeExec)
{
    query.setForwardOnly(true);
    bool ok = query.prepare(QString::fromStdString(statement.text));
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

RawRow readRawRow(const QSqlQuery &query, const std::vector<sql::Field> &fields)
{
    RawRow row;
    for (qsizetype i = 0; i < qsizetype(fields.size()); ++i) {
        const sql::Field field = fields[size_t(i)];
        const QVariant value = query.value(int(i));
        switch (field) {
        case sql::Field::Key: {
            bool ok = false;
            const qlonglong key = value.toLongLong(&ok);
            row.key = ok ? key : 0;
            break;
        }
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
