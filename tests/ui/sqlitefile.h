// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"

#include "tests/support/catch.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <initializer_list>

// Small SQLite tables for the widget tests that follow a real file.
namespace attlog::uitest {

// Runs `statements` on the SQLite file at `path` (created when missing), its writing connection
// closed again.
inline void writeSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(q.exec(statement));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(path);
}

// The profile that reads the file at `path`, named `name`, with the `absent` fields unmapped.
inline db::ConnectionProfile sqliteProfile(const QString &path, const QString &name,
                                           std::initializer_list<sql::Field> absent)
{
    db::ConnectionProfile profile;
    profile.name = name;
    profile.kind = db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;
    for (const sql::Field field : absent)
        profile.columns.setColumn(field, std::nullopt);
    return profile;
}

} // namespace attlog::uitest
