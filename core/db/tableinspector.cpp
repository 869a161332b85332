// SPDX-License-Identifier: MIT
#include "core/db/tableinspector.h"

#include "core/db/databaseconnection.h"
#include "core/db/logging.h"
#include "core/db/queryexecution.h"
#include "core/event/eventdecoder.h"
#include "core/text/repaircache.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

namespace attlog::db {

namespace {

constexpr int kMaxListedNames = 40;

QString listNames(QStringList names)
{
    names.sort(Qt::CaseInsensitive);
    if (names.size() > kMaxListedNames) {
        const auto more = names.size() - kMaxListedNames;
        names = names.mid(0, kMaxListedNames);
        names << QStringLiteral("... (%1 more)").arg(more);
    }
    return names.isEmpty() ? QStringLiteral("(none)") : names.join(QStringLiteral(", "));
}

// The name as the driver's metadata functions want it: each part escaped by the driver, so that
// it neither changes case (QODBC folds unquoted names to the server's identifier case) nor
// splits wrongly.
QString metadataName(const QSqlDatabase &db, const sql::QualifiedName &name)
{
    QStringList parts;
    for (const std::string &part : name.parts())
        parts << db.driver()->escapeIdentifier(QString::fromStdString(part), QSqlDriver::TableName);
    return parts.join(QLatin1Char('.'));
}

std::optional<qint64> scalar(const QSqlDatabase &db, const sql::Statement &statement,
                             sql::Dialect dialect, QString *error, bool *ok)
{
    QSqlQuery query(db);
    *ok = execStatement(query, statement, dialect, error);
    if (!*ok)
        return std::nullopt;
    std::optional<qint64> value;
    if (query.next())
        value = readInteger(query);
    query.finish();
    return value;
}

} // namespace

TableInspector::TableInspector(DatabaseConnection &connection, const sql::QueryBuilder &builder)
    : m_connection(connection)
    , m_builder(builder)
{}

bool TableInspector::tableExists(QStringList *columns)
{
    const QSqlDatabase db = m_connection.database();
    const auto name =
        sql::parseName(m_builder.dialect(), sql::NameKind::Table, m_builder.config().table);
    if (!name)
        return false; // QueryBuilder::create() validated it; unreachable in practice
    const QSqlRecord record = db.record(metadataName(db, *name));
    for (int i = 0; i < record.count(); ++i)
        *columns << record.fieldName(i);
    return !columns->isEmpty();
}

bool TableInspector::validate()
{
    m_error.clear();
    const QString table = QString::fromStdString(m_builder.config().table);
    QStringList columns;
    if (!tableExists(&columns)) {
        QStringList tables = m_connection.database().tables(QSql::Tables);
        tables << m_connection.database().tables(QSql::Views);
        m_error = QStringLiteral("table %1 not found (or not readable by this login); tables in "
                                 "this database: %2")
                      .arg(table, listNames(tables));
        log::db()->error("{}", m_error.toStdString());
        return false;
    }

    // Quoted names are exact on PostgreSQL; the other servers compare column names without case.
    const Qt::CaseSensitivity sensitivity =
        m_builder.dialect() == sql::Dialect::PostgreSql ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QStringList missing;
    for (const sql::Field field : sql::kAllFields) {
        const auto &column = m_builder.config().columns.column(field);
        if (!column)
            continue;
        const QString wanted = QString::fromStdString(*column);
        if (columns.contains(wanted, sensitivity))
            continue;
        QString entry =
            QStringLiteral("%1 (mapped for %2)")
                .arg(wanted, QString::fromStdString(std::string(sql::fieldName(field))));
        if (columns.contains(wanted, Qt::CaseInsensitive))
            entry += QStringLiteral(" - the name differs in letter case only");
        missing << entry;
    }
    if (missing.isEmpty())
        return true;
    m_error = QStringLiteral("table %1 has no column %2; its columns are: %3")
                  .arg(table, missing.join(QStringLiteral(", no column ")), listNames(columns));
    log::db()->error("{}", m_error.toStdString());
    return false;
}

std::optional<TableSummary> TableInspector::summarize()
{
    m_error.clear();
    const QSqlDatabase db = m_connection.database();
    const sql::Dialect dialect = m_builder.dialect();
    TableSummary summary;
    summary.server = m_connection.serverDescription();
    summary.table = QString::fromStdString(m_builder.config().table);

    bool ok = false;
    summary.rowCount = scalar(db, m_builder.rowCount(), dialect, &m_error, &ok).value_or(0);
    if (!ok)
        return std::nullopt;
    summary.minKey = scalar(db, m_builder.minKey(), dialect, &m_error, &ok);
    if (!ok)
        return std::nullopt;
    summary.maxKey = scalar(db, m_builder.maxKey(), dialect, &m_error, &ok);
    if (!ok)
        return std::nullopt;

    const sql::Statement newest = m_builder.newestEvent();
    QSqlQuery query(db);
    if (!execStatement(query, newest, dialect, &m_error))
        return std::nullopt;
    if (query.next()) {
        const RawRow row = readRawRow(query, newest.fields);
        query.finish();
        text::RepairCache cache;
        const EventDecoder decoder(cache, m_builder.config().directions);
        summary.newestEvent = decoder.decode(row);
    }
    query.finish();
    return summary;
}

} // namespace attlog::db
