// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"

#include <QStringList>

namespace attlog::db {

// The driver names usually used for a connection kind, most preferred first:
// SQL Server: "ODBC Driver 18 for SQL Server", "ODBC Driver 17 for SQL Server",
// "SQL Server Native Client 11.0", "FreeTDS"; MySQL: the MySQL and MariaDB Unicode drivers;
// PostgreSQL: "PostgreSQL Unicode" (the ANSI driver mangles Cyrillic). Empty for other kinds.
QStringList usualOdbcDrivers(ConnectionKind kind);

// The installed drivers in the order the driver combo offers them: the usual ones for `kind` that
// are installed first (in their preferred order; names compared case-insensitively), then every
// other installed driver in the given order. Nothing that is not installed is added.
QStringList orderOdbcDrivers(const QStringList &installed, ConnectionKind kind);

// The driver a new profile of `kind` should start with: the first of orderOdbcDrivers() that is a
// usual one, else the first usual name (so the field is never blank and the missing driver is
// named).
QString defaultOdbcDriver(const QStringList &installed, ConnectionKind kind);

} // namespace attlog::db
