// SPDX-License-Identifier: MIT
#include "db/connection/odbcdriverchoice.h"

namespace attlog::db {

QStringList usualOdbcDrivers(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::SqlServer:
        return {QStringLiteral("ODBC Driver 18 for SQL Server"),
                QStringLiteral("ODBC Driver 17 for SQL Server"),
                QStringLiteral("SQL Server Native Client 11.0"), QStringLiteral("FreeTDS")};
    case ConnectionKind::MySql:
        return {QStringLiteral("MySQL ODBC 8.0 Unicode Driver"),
                QStringLiteral("MariaDB ODBC 3.1 Driver"), QStringLiteral("MariaDB Unicode"),
                QStringLiteral("MariaDB")};
    case ConnectionKind::PostgreSql:
        return {QStringLiteral("PostgreSQL Unicode(x64)"), QStringLiteral("PostgreSQL Unicode")};
    case ConnectionKind::OdbcDsn:
    case ConnectionKind::OdbcConnectionString:
    case ConnectionKind::SqliteFile:
        break;
    }
    return {};
}

QStringList orderOdbcDrivers(const QStringList &installed, ConnectionKind kind)
{
    QStringList ordered;
    for (const QString &usual : usualOdbcDrivers(kind)) {
        for (const QString &name : installed) {
            if (name.compare(usual, Qt::CaseInsensitive) == 0 && !ordered.contains(name))
                ordered << name;
        }
    }
    for (const QString &name : installed) {
        if (!ordered.contains(name))
            ordered << name;
    }
    return ordered;
}

QString defaultOdbcDriver(const QStringList &installed, ConnectionKind kind)
{
    const QStringList usual = usualOdbcDrivers(kind);
    if (usual.isEmpty())
        return {};
    const QStringList ordered = orderOdbcDrivers(installed, kind);
    if (!ordered.isEmpty() && usual.contains(ordered.first(), Qt::CaseInsensitive))
        return ordered.first();
    return usual.first();
}

} // namespace attlog::db
