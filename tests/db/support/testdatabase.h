// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/field.h"
#include "tests/db/support/testbackend.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace attlog::dbtest {

// One row to write. Every field is optional: std::nullopt is SQL NULL. authDateTime is
// "YYYY-MM-DD HH:MM:SS" (bound as a date-time on servers, as that text on SQLite).
struct TestRow
{
    std::optional<qint64> key;
    std::optional<QString> authDateTime;
    std::optional<QString> authDate;
    std::optional<QString> authTime;
    std::optional<QString> direction;
    std::optional<QString> deviceName;
    std::optional<QString> deviceSN;
    std::optional<QString> personName;
    std::optional<QString> employeeID;
    std::optional<QString> cardNo;
    std::optional<QString> doorName;
    std::optional<QString> readerName;
    std::optional<QString> insertedAt; // "YYYY-MM-DD HH:MM:SS" (a date-time column)
};

// A plain, complete row for key `key`: "Person <key>", door "Door A", a time derived from key.
TestRow sampleRow(qint64 key);

// The columns a test table has: field -> column name. Fields not listed have no column.
using TableColumns = std::map<sql::Field, QString>;
TableColumns defaultColumns(); // every field under its iVMS name

// The writing side of a test: its own read-write connection to the back-end (through the same
// driver the application reads with), opened in the calling thread. Test code, so SQL text is
// written here directly. Every failure FAILS the test.
class TestDatabase
{
public:
    explicit TestDatabase(const Backend &backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    void reopen();
    QSqlDatabase database() const;
    QString quote(const QString &identifier) const;

    void exec(const QString &sql);
    // Drops `table` if it exists and creates it with `columns`, plus a unique index on the key
    // column when there is one.
    void createTable(const QString &table, const TableColumns &columns = defaultColumns());
    void dropTable(const QString &table);
    void insert(const QString &table, const TestRow &row,
                const TableColumns &columns = defaultColumns());
    void insertAll(const QString &table, const std::vector<TestRow> &rows,
                   const TableColumns &columns = defaultColumns());
    void begin();
    void commit();
    void rollback();

private:
    const Backend &m_backend;
    QString m_name;
};

} // namespace attlog::dbtest
