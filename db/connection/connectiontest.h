// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"
#include "db/connection/tableinspector.h"

#include <QString>

namespace attlog::db {

struct ConnectionTestResult
{
    bool ok = false;
    QString error; // one message for the user: connection failure, or what is missing
    TableSummary summary;
    QStringList columns; // the table's columns as the server spells them (when it was found)
};

// Connects with the profile, checks the table and its mapped columns, reads the row count, key
// range and newest event, and disconnects: what `attlog check` prints and the connection dialog's
// Test button shows. Blocking (seconds on a slow network): call it from a worker thread, never
// the GUI thread (QueryRunner::checkTable() does the same on the query worker). The profile must
// carry its password if one is needed.
ConnectionTestResult testConnection(const ConnectionProfile &profile, int loginTimeoutSeconds = 15);

} // namespace attlog::db
