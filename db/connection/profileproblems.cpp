// SPDX-License-Identifier: MIT
#include "db/connection/profileproblems.h"

#include "core/sql/tableconfig.h"

#include <QCoreApplication>

#include <set>
#include <string>

namespace attlog::db {

QStringList profileProblems(const ConnectionProfile &profile)
{
    QStringList list;
    if (profile.name.trimmed().isEmpty())
        list << QCoreApplication::translate("ProfileProblems", "Give the connection a name.");

    switch (profile.kind) {
    case ConnectionKind::SqlServer:
    case ConnectionKind::MySql:
    case ConnectionKind::PostgreSql:
        if (profile.odbcDriver.trimmed().isEmpty())
            list << QCoreApplication::translate("ProfileProblems", "Choose the ODBC driver.");
        if (profile.server.trimmed().isEmpty())
            list << QCoreApplication::translate("ProfileProblems", "Enter the server name.");
        if (profile.kind == ConnectionKind::SqlServer && !profile.integratedAuth &&
            profile.user.trimmed().isEmpty())
            list << QCoreApplication::translate(
                "ProfileProblems",
                "Enter the SQL Server login, or choose Windows integrated authentication.");
        break;
    case ConnectionKind::OdbcDsn:
        if (profile.dsn.trimmed().isEmpty())
            list << QCoreApplication::translate("ProfileProblems",
                                                "Enter the name of the ODBC data source (DSN).");
        break;
    case ConnectionKind::OdbcConnectionString:
        if (!profile.connectionString.contains(QLatin1Char('=')))
            list << QCoreApplication::translate("ProfileProblems",
                                                "Enter the ODBC connection string (KEY=value;…).");
        break;
    case ConnectionKind::SqliteFile:
        if (profile.sqlitePath.trimmed().isEmpty())
            list << QCoreApplication::translate("ProfileProblems", "Choose the SQLite file.");
        break;
    }

    const sql::Dialect dialect = profile.declaredDialect().value_or(sql::Dialect::SqlServer);
    for (const std::string &problem : sql::validateTableConfig(profile.tableConfig(dialect)))
        list << QCoreApplication::translate("ProfileProblems", "Table and columns: %1")
                    .arg(QString::fromStdString(problem));

    std::set<std::string> entries;
    for (const std::string &value : profile.directions.inValues())
        entries.insert(sql::foldCaseForMatching(value));
    for (const std::string &value : profile.directions.outValues()) {
        if (entries.count(sql::foldCaseForMatching(value)) > 0) {
            list << QCoreApplication::translate(
                        "ProfileProblems",
                        "Directions: \"%1\" is listed both as an entry and as an exit value.")
                        .arg(QString::fromStdString(value));
            break;
        }
    }
    return list;
}

bool usesPassword(const ConnectionProfile &profile)
{
    if (profile.kind == ConnectionKind::SqliteFile)
        return false;
    return !(profile.kind == ConnectionKind::SqlServer && profile.integratedAuth);
}

} // namespace attlog::db
