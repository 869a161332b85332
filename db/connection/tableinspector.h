// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/sql/querybuilder.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace attlog::db {

class DatabaseConnection;

// What `attlog check` and the connection dialog's Test button show about a table.
struct TableSummary
{
    QString server; // product and version, as the driver reports them
    QString table;  // the configured table name
    qint64 rowCount = 0;
    std::optional<qint64> minKey; // empty on an empty table
    std::optional<qint64> maxKey;
    std::optional<AccessEvent> newestEvent; // by authDateTime (else key), repaired and mapped
};

// Checks that the configured table and its mapped columns exist, and reads the summary figures.
// Works on an open connection in the calling thread (the connection's thread); blocking.
class TableInspector
{
public:
    TableInspector(DatabaseConnection &connection, const sql::QueryBuilder &builder);

    // True when the table exists and every mapped column is in it. Otherwise false and
    // errorString() is one message naming what is missing and what exists, e.g.
    // "table attlog has no column cardNo (mapped for cardNo); its columns are: serialNo, ...".
    bool validate();

    // Row count, key range and newest event. std::nullopt with errorString() on failure.
    std::optional<TableSummary> summarize();

    QString errorString() const { return m_error; }

private:
    bool tableExists(QStringList *columns);

    DatabaseConnection &m_connection;
    const sql::QueryBuilder &m_builder;
    QString m_error;
};

} // namespace attlog::db
