// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace attlog::db {

// Names of the ODBC drivers installed on this machine, as the driver manager lists them
// (odbcinst.ini on Linux, the registry on Windows): "ODBC Driver 18 for SQL Server",
// "PostgreSQL Unicode", ... Sorted, without duplicates; empty when no driver manager answers.
// Any thread; asks the driver manager each time (no SQL is run).
QStringList installedOdbcDrivers();

} // namespace attlog::db
