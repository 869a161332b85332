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
    std::optional<AccessEvent> oldestEvent; // the same way round
    qint64 rowsWithoutTime = 0;             // no authDateTime and no authDate + authTime
    // How the table's columns were fitted (see TableBinding): the key column as the server
    // spells it (empty in keyless mode, with the reason), and what was adjusted or left out.
    QString keyColumn;
    QString keylessReason;
    QString addKeyScript; // keyless mode: the script under sql/ that adds a key, if any
    QStringList notes;
};

// The table's columns as the server spells them. std::nullopt with a message in `error` when
// the table is not found: it then lists the tables of the connected database (or says there are
// none). Blocking; the connection's thread.
std::optional<QStringList> readTableColumns(DatabaseConnection &connection, sql::Dialect dialect,
                                            const std::string &table, QString *error);

// Reads the summary figures of a table bound by bindTable().
// Works on an open connection in the calling thread (the connection's thread); blocking.
class TableInspector
{
public:
    TableInspector(DatabaseConnection &connection, const sql::QueryBuilder &builder);

    // Row count, key range and newest event. std::nullopt with errorString() on failure.
    std::optional<TableSummary> summarize();

    QString errorString() const { return m_error; }

private:
    DatabaseConnection &m_connection;
    const sql::QueryBuilder &m_builder;
    QString m_error;
};

} // namespace attlog::db
