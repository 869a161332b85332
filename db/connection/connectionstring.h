// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace attlog::db {

// One `key=value` of an ODBC connection string: the key trimmed, the value trimmed with its
// braces removed ("}}" → "}"), and the pair's text as written (without the ';').
struct ConnectionStringPair
{
    QString key;
    QString value;
    QString text;
    bool unclosedBrace = false; // the value opens a brace it never closes (read as plain)
};

// The pairs of an ODBC connection string in order, as the Driver Manager splits them (below).
QList<ConnectionStringPair> connectionStringPairs(const QString &connectionString);

// True for PWD and Password, in any letter case.
bool isPasswordKey(const QString &key);

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
