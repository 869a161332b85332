// SPDX-License-Identifier: MIT
// Shared by the connection dialog tests: finding the dialog's widgets, SQLite files in the iVMS
// schema, pressing Test connection.
#pragma once

#include "db/connection/odbcdriverchoice.h"
#include "db/connection/odbcdrivers.h"
#include "db/settings/profilestore.h"
#include "ui/connection/columnmappingeditor.h"
#include "ui/connection/connectiondialog.h"

#include "tests/support/catch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <functional>

namespace attlog::uitest {

using attlog::db::ConnectionKind;
using attlog::ui::ConnectionDialog;

// Every test here runs as on the headless build machines: no credential store answers. Set before
// anything talks to D-Bus, so a developer desktop with a keyring takes the same path (and its
// keyring is never written by a test).
inline void withoutPasswordStore()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/attlog-ui-test-bus");
}

// The settings folder is shared by the whole test run (tests/ui/main.cpp): start empty.
inline void clearSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

template <typename T> inline T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

inline void chooseKind(const ConnectionDialog &dialog, ConnectionKind kind)
{
    auto *combo = child<QComboBox>(dialog, "kind");
    const int index = combo->findData(int(kind));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// A SQLite file made with sql/sqlite/attlog.sql and three passes (keys 10..12). With
// `withoutColumn` that column's line is left out of the CREATE TABLE.
inline QString makeSqliteFile(const QTemporaryDir &dir, const QString &fileName,
                              const QString &withoutColumn = QString())
{
    QFile schemaFile(QStringLiteral(ATTLOG_SQLITE_SCHEMA_FILE));
    REQUIRE(schemaFile.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(schemaFile.readAll()).split(QLatin1Char('\n'))) {
        const QString code = line.section(QStringLiteral("--"), 0, 0);
        if (!withoutColumn.isEmpty() && code.trimmed().startsWith(withoutColumn + QLatin1Char(' ')))
            continue;
        lines << code;
    }
    const QString path = dir.filePath(fileName);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &statement : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(db);
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        const QStringList people{QStringLiteral("Иванов Иван"), QStringLiteral("Сидорова Анна"),
                                 QStringLiteral("Петров Пётр")};
        for (int i = 0; i < 3; ++i) {
            QSqlQuery insert(db);
            const QString personColumn = withoutColumn == QLatin1String("personName")
                                             ? QString()
                                             : QStringLiteral(", personName");
            insert.prepare(
                QStringLiteral("INSERT INTO attlog (serialNo, authDateTime, direction, "
                               "doorName, cardNo%1) VALUES (?, ?, ?, ?, ?%2)")
                    .arg(personColumn, personColumn.isEmpty() ? QString() : QStringLiteral(", ?")));
            insert.addBindValue(10 + i);
            insert.addBindValue(QStringLiteral("2026-11-27 08:0%1:00").arg(i));
            insert.addBindValue(i % 2 == 0 ? QStringLiteral("in") : QStringLiteral("out"));
            insert.addBindValue(QStringLiteral("Проходная"));
            insert.addBindValue(QStringLiteral("0000%1").arg(i));
            if (!personColumn.isEmpty())
                insert.addBindValue(people[i]);
            INFO(insert.lastError().text().toStdString());
            REQUIRE(insert.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(path);
    return path;
}

// Fills the dialog's (single, new) profile as a SQLite profile and presses Test connection; waits
// for the result.
inline QString testSqliteFile(ConnectionDialog &dialog, const QString &path)
{
    child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("Demo file"));
    chooseKind(dialog, ConnectionKind::SqliteFile);
    child<QLineEdit>(dialog, "sqlitePath")->setText(path);
    auto *button = child<QPushButton>(dialog, "testConnection");
    auto *busy = child<QProgressBar>(dialog, "testBusy");
    auto *result = child<QLabel>(dialog, "testResult");
    button->click();
    // The test runs on a worker: right after the click the dialog shows it is busy and returns to
    // its event loop.
    CHECK_FALSE(busy->isHidden());
    CHECK_FALSE(button->isEnabled());
    REQUIRE(waitFor([&] { return button->isEnabled(); }));
    CHECK(busy->isHidden());
    return result->text();
}

} // namespace attlog::uitest
