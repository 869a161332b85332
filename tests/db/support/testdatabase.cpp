// SPDX-License-Identifier: MIT
#include "tests/db/support/testdatabase.h"

#include "tests/support/catch.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

namespace attlog::dbtest {

namespace {

std::atomic<int> s_counter{0};

QString columnType(sql::Field field, BackendKind kind)
{
    const bool sqlite = kind == BackendKind::Sqlite || kind == BackendKind::SqliteOdbc;
    if (field == sql::Field::Key)
        return sqlite ? QStringLiteral("INTEGER") : QStringLiteral("INT");
    if (field == sql::Field::AuthDateTime || field == sql::Field::InsertedAt) {
        switch (kind) {
        case BackendKind::PostgreSql:
            return QStringLiteral("timestamp without time zone");
        case BackendKind::MariaDb:
            return QStringLiteral("DATETIME");
        default:
            return QStringLiteral("TEXT");
        }
    }
    return sqlite ? QStringLiteral("TEXT") : QStringLiteral("VARCHAR(128)");
}

QVariant textValue(const std::optional<QString> &value, BackendKind kind)
{
    if (!value)
        return QVariant(QMetaType::fromType<QString>());
    // MariaDB Connector/ODBC 3.1 stores UTF-16 parameters with trailing NUL characters when the
    // text has characters such as Kazakh қ/ә (it miscounts their length); the UTF-8 bytes, bound
    // as binary into the utf8mb4 column, arrive exactly. (Only this test writer writes.)
    if (kind == BackendKind::MariaDb)
        return value->toUtf8();
    return *value;
}

const std::optional<QString> *textOf(const TestRow &row, sql::Field field)
{
    switch (field) {
    case sql::Field::AuthDate:
        return &row.authDate;
    case sql::Field::AuthTime:
        return &row.authTime;
    case sql::Field::Direction:
        return &row.direction;
    case sql::Field::DeviceName:
        return &row.deviceName;
    case sql::Field::DeviceSN:
        return &row.deviceSN;
    case sql::Field::PersonName:
        return &row.personName;
    case sql::Field::EmployeeID:
        return &row.employeeID;
    case sql::Field::CardNo:
        return &row.cardNo;
    case sql::Field::DoorName:
        return &row.doorName;
    case sql::Field::ReaderName:
        return &row.readerName;
    case sql::Field::InsertedAt:
        return &row.insertedAt;
    default:
        return nullptr;
    }
}

} // namespace

TestRow sampleRow(qint64 key)
{
    TestRow row;
    row.key = key;
    const QDateTime time = QDateTime(QDate(2024, 3, 1), QTime(8, 0)).addSecs(key * 7);
    row.authDateTime = time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    row.authDate = time.toString(QStringLiteral("yyyy-MM-dd"));
    row.authTime = time.toString(QStringLiteral("HH:mm:ss"));
    row.direction = key % 2 ? QStringLiteral("in") : QStringLiteral("out");
    row.deviceName = QStringLiteral("Device 1");
    row.deviceSN = QStringLiteral("DS-K1T0001");
    row.personName = QStringLiteral("Person %1").arg(key);
    row.employeeID = QStringLiteral("E%1").arg(key);
    row.cardNo = QStringLiteral("C%1").arg(key);
    row.doorName = QStringLiteral("Door A");
    row.readerName = QStringLiteral("Reader 1");
    return row;
}

TableColumns defaultColumns()
{
    TableColumns columns;
    const sql::ColumnMapping defaults;
    for (const sql::Field field : sql::kAllFields)
        if (defaults.has(field))
            columns[field] = QString::fromUtf8(sql::defaultColumnName(field).data(),
                                               qsizetype(sql::defaultColumnName(field).size()));
    return columns;
}

TestDatabase::TestDatabase(const Backend &backend)
    : m_backend(backend)
{
    reopen();
}

TestDatabase::~TestDatabase()
{
    if (!m_name.isEmpty()) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

void TestDatabase::reopen()
{
    if (!m_name.isEmpty()) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    m_name = QStringLiteral("test-writer-%1").arg(++s_counter);
    QSqlDatabase db;
    if (m_backend.kind == BackendKind::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_backend.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), m_name);
        db.setDatabaseName(m_backend.connectionString);
    }
    const bool opened = db.open();
    INFO("writer connection: " << db.lastError().text().toStdString());
    REQUIRE(opened);
    if (m_backend.kind == BackendKind::Sqlite || m_backend.kind == BackendKind::SqliteOdbc) {
        // WAL: readers and the writer do not block each other (as a live iVMS database would
        // be read while written).
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    }
}

QSqlDatabase TestDatabase::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString TestDatabase::quote(const QString &identifier) const
{
    if (m_backend.kind == BackendKind::MariaDb)
        return QLatin1Char('`') + identifier + QLatin1Char('`');
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

void TestDatabase::exec(const QString &sql)
{
    QSqlQuery query(database());
    const bool ok = query.exec(sql);
    INFO("SQL: " << sql.toStdString() << "\nerror: " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

void TestDatabase::dropTable(const QString &table)
{
    exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(quote(table)));
}

void TestDatabase::createTable(const QString &table, const TableColumns &columns)
{
    dropTable(table);
    QStringList defs;
    for (const auto &[field, name] : columns)
        defs << quote(name) + QLatin1Char(' ') + columnType(field, m_backend.kind) +
                    QStringLiteral(" NULL");
    QString sql = QStringLiteral("CREATE TABLE %1 (%2)").arg(quote(table), defs.join(u", "));
    if (m_backend.kind == BackendKind::MariaDb)
        sql += QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    exec(sql);
    if (const auto key = columns.find(sql::Field::Key); key != columns.end())
        exec(QStringLiteral("CREATE UNIQUE INDEX %1 ON %2 (%3)")
                 .arg(quote(QStringLiteral("ux_%1_key").arg(table)), quote(table),
                      quote(key->second)));
}

void TestDatabase::insert(const QString &table, const TestRow &row, const TableColumns &columns)
{
    QStringList names;
    QStringList marks;
    QVariantList values;
    for (const auto &[field, name] : columns) {
        names << quote(name);
        marks << QStringLiteral("?");
        if (field == sql::Field::Key) {
            values << (row.key ? QVariant(qlonglong(*row.key))
                               : QVariant(QMetaType::fromType<qlonglong>()));
        } else if (field == sql::Field::AuthDateTime) {
            if (!row.authDateTime) {
                values << (m_backend.hasServer() ? QVariant(QMetaType::fromType<QDateTime>())
                                                 : QVariant(QMetaType::fromType<QString>()));
            } else if (m_backend.hasServer()) {
                values << QDateTime::fromString(*row.authDateTime,
                                                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            } else {
                values << *row.authDateTime;
            }
        } else {
            values << textValue(*textOf(row, field), m_backend.kind);
        }
    }
    QSqlQuery query(database());
    REQUIRE(query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(quote(table), names.join(u", "), marks.join(u", "))));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    const bool ok = query.exec();
    INFO("insert into " << table.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

void TestDatabase::insertAll(const QString &table, const std::vector<TestRow> &rows,
                             const TableColumns &columns)
{
    begin();
    for (const TestRow &row : rows)
        insert(table, row, columns);
    commit();
}

void TestDatabase::begin()
{
    INFO(database().lastError().text().toStdString());
    REQUIRE(database().transaction());
}

void TestDatabase::commit()
{
    INFO(database().lastError().text().toStdString());
    REQUIRE(database().commit());
}

void TestDatabase::rollback()
{
    REQUIRE(database().rollback());
}

} // namespace attlog::dbtest
