// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/columnresolver.h"
#include "core/sql/querybuilder.h"
#include "db/connection/connectionprofile.h"

#include <QString>

#include <optional>

namespace attlog::db {

class DatabaseConnection;
struct TableSummary;

// A profile's table as this server has it: the mapping fitted to the real columns (see
// sql::resolveColumns) and the statements built from it.
struct TableBinding
{
    sql::QueryBuilder builder;
    sql::ColumnResolution resolution;
};

// Why bindTable() failed.
enum class BindFailure
{
    Settings, // the profile's table settings are wrong in themselves: retrying cannot help
    Table,    // the table or a column it needs is not there (it may be being restored)
};

// Reads the table's columns on `connection`, fits the profile's mapping to them and builds the
// statements. std::nullopt with one message for the user in `error` (and the kind of failure in
// `failure`) when the table cannot be read. Blocking; the connection's thread. Notes (case
// differences, optional columns left out, keyless mode) are logged.
std::optional<TableBinding> bindTable(DatabaseConnection &connection,
                                      const ConnectionProfile &profile, QString *error,
                                      BindFailure *failure = nullptr,
                                      QStringList *tableColumns = nullptr);

// Copies the key column (or the keyless reason) and the notes into a summary.
void describeBinding(const sql::ColumnResolution &resolution, sql::Dialect dialect,
                     TableSummary *summary);

} // namespace attlog::db
