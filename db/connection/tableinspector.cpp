// SPDX-License-Identifier: MIT
#include "db/connection/tableinspector.h"

#include "core/event/eventdecoder.h"
#include "core/text/repaircache.h"
#include "db/connection/databaseconnection.h"
#include "db/query/queryexecution.h"
#include "db/runtime/logging.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#ifdef _WIN32
#include <windows.h>
#endif
#include <sql.h>
#include <sqlext.h>

#include <spdlog/spdlog.h>

#include <array>
#include <string>
#include <vector>

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

QString fromWide(const SQLWCHAR *text, std::size_t capacity)
{
    std::size_t length = 0;
    while (length < capacity && text[length] != 0)
        ++length;
    if constexpr (sizeof(SQLWCHAR) == sizeof(char16_t))
        return QString::fromUtf16(reinterpret_cast<const char16_t *>(text), qsizetype(length));
    else
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(text), qsizetype(length));
}

std::vector<SQLWCHAR> toWide(const std::string &utf8)
{
    std::vector<SQLWCHAR> wide;
    const QString text = QString::fromStdString(utf8);
    if constexpr (sizeof(SQLWCHAR) == sizeof(char16_t)) {
        for (const QChar c : text)
            wide.push_back(SQLWCHAR(c.unicode()));
    } else {
        for (const char32_t c : text.toUcs4())
            wide.push_back(SQLWCHAR(c));
    }
    wide.push_back(0);
    return wide;
}

// Runs an ODBC catalog function and collects one text column (1-based) of its result, keeping
// rows whose `filterColumn` equals `filterValue` (case-insensitively) when one is given.
template <typename Call>
std::optional<QStringList> odbcCatalog(SQLHDBC hdbc, Call call, SQLUSMALLINT column,
                                       SQLUSMALLINT filterColumn = 0,
                                       const QString &filterValue = {})
{
    SQLHSTMT statement = SQL_NULL_HSTMT;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, hdbc, &statement)))
        return std::nullopt;
    std::optional<QStringList> names;
    if (SQL_SUCCEEDED(call(statement))) {
        names.emplace();
        std::array<SQLWCHAR, 512> buffer{};
        while (SQL_SUCCEEDED(SQLFetch(statement))) {
            SQLLEN indicator = 0;
            if (filterColumn != 0) {
                buffer.fill(0);
                SQLGetData(statement, filterColumn, SQL_C_WCHAR, buffer.data(),
                           SQLLEN(buffer.size() * sizeof(SQLWCHAR)), &indicator);
                if (fromWide(buffer.data(), buffer.size())
                        .compare(filterValue, Qt::CaseInsensitive) != 0)
                    continue;
            }
            buffer.fill(0);
            if (SQL_SUCCEEDED(SQLGetData(statement, column, SQL_C_WCHAR, buffer.data(),
                                         SQLLEN(buffer.size() * sizeof(SQLWCHAR)), &indicator)) &&
                indicator != SQL_NULL_DATA)
                *names << fromWide(buffer.data(), buffer.size());
        }
    }
    SQLFreeHandle(SQL_HANDLE_STMT, statement);
    return names;
}

// SQLColumns with NULL (not empty) catalog and schema where the name has none: QODBC's
// QSqlDatabase::record() passes empty strings, for which MariaDB Connector/ODBC finds nothing.
// `_` in a name is a pattern character for SQLColumns, hence the exact TABLE_NAME filter.
std::optional<QStringList> odbcColumns(SQLHDBC hdbc, sql::Dialect dialect,
                                       const sql::QualifiedName &name)
{
    const auto &parts = name.parts();
    std::optional<std::string> catalog;
    std::optional<std::string> schema;
    const std::string &table = parts.back();
    if (parts.size() == 3) {
        catalog = parts[0];
        schema = parts[1];
    } else if (parts.size() == 2) {
        // MySQL's "database.table" names a catalog; elsewhere the first part is a schema.
        (dialect == sql::Dialect::MySql ? catalog : schema) = parts[0];
    }
    auto catalogW = catalog ? toWide(*catalog) : std::vector<SQLWCHAR>{};
    auto schemaW = schema ? toWide(*schema) : std::vector<SQLWCHAR>{};
    auto tableW = toWide(table);
    return odbcCatalog(
        hdbc,
        [&](SQLHSTMT statement) {
            return SQLColumnsW(statement, catalog ? catalogW.data() : nullptr,
                               catalog ? SQL_NTS : 0, schema ? schemaW.data() : nullptr,
                               schema ? SQL_NTS : 0, tableW.data(), SQL_NTS, nullptr, 0);
        },
        4, 3, QString::fromStdString(table));
}

// The connection's current database (SQL_DATABASE_NAME); empty when the driver does not say.
QString currentCatalog(SQLHDBC hdbc)
{
    std::array<SQLWCHAR, 256> name{};
    SQLSMALLINT length = 0;
    if (!SQL_SUCCEEDED(SQLGetInfoW(hdbc, SQL_DATABASE_NAME, name.data(),
                                   SQLSMALLINT(name.size() * sizeof(SQLWCHAR)), &length)))
        return {};
    return fromWide(name.data(), name.size());
}

// The tables and views of the connected database. On MySQL/MariaDB a catalog is a database, and
// SQLTables without one lists every database's (performance_schema's global_status and the rest):
// the current one is asked for, and the rows are also filtered by it.
std::optional<QStringList> odbcTables(SQLHDBC hdbc, sql::Dialect dialect)
{
    auto types = toWide("TABLE,VIEW");
    const QString catalog = dialect == sql::Dialect::MySql ? currentCatalog(hdbc) : QString();
    auto catalogW = toWide(catalog.toStdString());
    return odbcCatalog(
        hdbc,
        [&](SQLHSTMT statement) {
            return SQLTablesW(statement, catalog.isEmpty() ? nullptr : catalogW.data(),
                              catalog.isEmpty() ? 0 : SQL_NTS, nullptr, 0, nullptr, 0, types.data(),
                              SQL_NTS);
        },
        3, catalog.isEmpty() ? 0 : 1, catalog);
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

// A SQLite table's columns by the table-valued PRAGMA, which takes the schema apart: QSQLITE's
// record() cannot find "main"."attlog" (a schema-qualified name the README allows).
QStringList sqliteColumns(const QSqlDatabase &db, const sql::QualifiedName &name)
{
    const auto &parts = name.parts();
    QSqlQuery query(db);
    QStringList columns;
    const bool qualified = parts.size() > 1;
    if (!query.prepare(qualified ? QStringLiteral("SELECT name FROM pragma_table_info(?, ?)")
                                 : QStringLiteral("SELECT name FROM pragma_table_info(?)")))
        return columns;
    query.addBindValue(QString::fromStdString(parts.back()));
    if (qualified)
        query.addBindValue(QString::fromStdString(parts.front()));
    if (!query.exec())
        return columns;
    while (query.next())
        columns << query.value(0).toString();
    return columns;
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

std::optional<QStringList> readTableColumns(DatabaseConnection &connection, sql::Dialect dialect,
                                            const std::string &table, QString *error)
{
    const QSqlDatabase db = connection.database();
    const auto name = sql::parseName(dialect, sql::NameKind::Table, table);
    if (!name) {
        *error = QStringLiteral("%1 is not a table name").arg(QString::fromStdString(table));
        return std::nullopt;
    }
    const auto hdbc = static_cast<SQLHDBC>(odbcHandle(db.driver()->handle()));
    QStringList columns;
    if (hdbc) {
        if (const auto names = odbcColumns(hdbc, dialect, *name))
            columns = *names;
    } else if (dialect == sql::Dialect::Sqlite) {
        columns = sqliteColumns(db, *name);
    } else {
        const QSqlRecord record = db.record(metadataName(db, *name));
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
    }
    if (!columns.isEmpty())
        return columns;

    QStringList tables;
    if (const auto listed = hdbc ? odbcTables(hdbc, dialect) : std::nullopt) {
        tables = *listed;
    } else {
        tables = db.tables(QSql::Tables);
        tables << db.tables(QSql::Views);
    }
    const QString shown = QString::fromStdString(table);
    *error =
        tables.isEmpty()
            ? QStringLiteral("table %1 not found: there are no tables in this database").arg(shown)
            : QStringLiteral("table %1 not found (or not readable by this login); tables "
                             "in this database: %2")
                  .arg(shown, listNames(tables));
    log::db()->error("{}", error->toStdString());
    return std::nullopt;
}

TableInspector::TableInspector(DatabaseConnection &connection, const sql::QueryBuilder &builder)
    : m_connection(connection)
    , m_builder(builder)
{}

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
    summary.rowsWithoutTime =
        scalar(db, m_builder.missingTimeCount(), dialect, &m_error, &ok).value_or(0);
    if (!ok)
        return std::nullopt;
    if (m_builder.maps(sql::Field::Key)) {
        summary.minKey = scalar(db, m_builder.minKey(), dialect, &m_error, &ok);
        if (!ok)
            return std::nullopt;
        summary.maxKey = scalar(db, m_builder.maxKey(), dialect, &m_error, &ok);
        if (!ok)
            return std::nullopt;
    }

    text::RepairCache cache;
    const EventDecoder decoder(cache, m_builder.config().directions);
    for (const auto &[statement, event] :
         {std::pair{m_builder.newestEvent(), &summary.newestEvent},
          std::pair{m_builder.oldestEvent(), &summary.oldestEvent}}) {
        QSqlQuery query(db);
        if (!execStatement(query, statement, dialect, &m_error))
            return std::nullopt;
        if (query.next()) {
            const RawRow row = readRawRow(query, statement.fields, dialect);
            *event = decoder.decode(row);
        }
        query.finish();
    }
    return summary;
}

} // namespace attlog::db
