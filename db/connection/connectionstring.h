// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace attlog::db {

// The keys of an ODBC connection string, as the Driver Manager splits it: `key=value` pairs
// separated by ';', where a value in braces may hold ';' and '=' ("}}" inside is one '}').
// "DRIVER={x};INITSTMT={a;b}" → DRIVER, INITSTMT. Keys are trimmed, their case kept.
QStringList connectionStringKeys(const QString &connectionString);

// Why a connection string is refused, or an empty string. Keys that make the driver run SQL of
// its own when it connects (MySQL/MariaDB INITSTMT, psqlODBC ConnSettings and its short form A6)
// would run before the session is made read-only: the application only reads, whatever the
// login may do.
QString connectStatementProblem(const QString &connectionString);

} // namespace attlog::db
