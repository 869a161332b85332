// SPDX-License-Identifier: MIT
// The connection dialog: Test connection, the kind switch, the driver list.
#include "tests/ui/connection/connectiontestutil.h"

using attlog::db::ConnectionKind;
using attlog::db::ConnectionProfile;
using attlog::db::ProfileStore;
using attlog::sql::Field;
using attlog::ui::ConnectionDialog;
using namespace attlog::uitest;

TEST_CASE("Test connection on a SQLite profile built from the fields shows the row count",
          "[connection]")
{
    withoutPasswordStore();
    clearSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeSqliteFile(dir, QStringLiteral("attlog.sqlite"));

    ConnectionDialog dialog;
    const QString text = testSqliteFile(dialog, path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("3 rows")));
    CHECK(text.contains(QStringLiteral("keys 10 to 12")));
    CHECK(text.contains(QStringLiteral("Петров Пётр"))); // the newest event
    CHECK_FALSE(text.contains(QStringLiteral("failed")));

    const ConnectionProfile profile = dialog.selectedProfile();
    CHECK(profile.kind == ConnectionKind::SqliteFile);
    CHECK(profile.name == QStringLiteral("Demo file"));
    CHECK(QDir::cleanPath(profile.sqlitePath) == QDir::cleanPath(path));
}

TEST_CASE("Test connection notes a missing optional column and fits the mapping to the table",
          "[connection]")
{
    withoutPasswordStore();
    clearSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path =
        makeSqliteFile(dir, QStringLiteral("no-person.sqlite"), QStringLiteral("personName"));
    {
        // The published site table's spellings: empolyeeID (sic), carno (sic), lower case.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path + QStringLiteral("-rename"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE attlog RENAME COLUMN employeeID TO "
                                          "empolyeeID")));
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE attlog RENAME COLUMN cardNo TO carno")));
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE attlog RENAME COLUMN doorName TO "
                                          "doorname")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(path + QStringLiteral("-rename"));

    ConnectionDialog dialog;
    const QString text = testSqliteFile(dialog, path);
    INFO(text.toStdString());
    // No person name, no employeeID, no cardNo under their own names: nothing identifies a
    // person, and the message points at the columns that look like them.
    CHECK(text.contains(QStringLiteral("failed")));
    CHECK(text.contains(QStringLiteral("did you mean empolyeeID?")));
    CHECK(text.contains(QStringLiteral("did you mean carno?")));

    // The test fitted the mapping to the table's columns.
    CHECK(child<QComboBox>(dialog, "column_employeeID")->currentText() ==
          QStringLiteral("empolyeeID"));
    CHECK(child<QComboBox>(dialog, "column_cardNo")->currentText() == QStringLiteral("carno"));
    CHECK(child<QComboBox>(dialog, "column_doorName")->currentText() == QStringLiteral("doorname"));
    const QString fitted = testSqliteFile(dialog, path);
    INFO(fitted.toStdString());
    CHECK(fitted.contains(QStringLiteral("3 rows")));
    CHECK(fitted.contains(QStringLiteral("Live follows new rows by the key column serialNo")));
    // The person name is optional: left out, with a note.
    CHECK(fitted.contains(QStringLiteral("Note: no column personName for personName, so it is "
                                         "left out")));
}

TEST_CASE("A result for a profile no longer shown is dropped", "[connection]")
{
    withoutPasswordStore();
    clearSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeSqliteFile(dir, QStringLiteral("attlog.sqlite"));

    ConnectionDialog dialog;
    child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("First"));
    chooseKind(dialog, ConnectionKind::SqliteFile);
    child<QLineEdit>(dialog, "sqlitePath")->setText(path);
    child<QPushButton>(dialog, "testConnection")->click();
    child<QPushButton>(dialog, "newProfile")->click(); // another profile is shown
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50); // let the finished signal arrive
    CHECK(child<QLabel>(dialog, "testResult")->text().isEmpty());
    CHECK(child<QPushButton>(dialog, "testConnection")->isEnabled());
    CHECK(child<QProgressBar>(dialog, "testBusy")->isHidden());
}

TEST_CASE("The kind switch shows the fields of that kind only", "[connection]")
{
    withoutPasswordStore();
    clearSettings();
    ConnectionDialog dialog;
    const auto shown = [&](const char *name) {
        return child<QWidget>(dialog, name)->isVisibleTo(&dialog);
    };

    chooseKind(dialog, ConnectionKind::SqlServer);
    CHECK(shown("driver"));
    CHECK(shown("server"));
    CHECK(shown("port"));
    CHECK(shown("database"));
    CHECK(shown("authentication"));
    CHECK(shown("user"));
    CHECK(shown("password"));
    CHECK(shown("encryption"));
    CHECK(shown("trustServerCertificate"));
    CHECK(shown("readOnlyIntent"));
    CHECK_FALSE(shown("dsn"));
    CHECK_FALSE(shown("connectionString"));
    CHECK_FALSE(shown("sqlitePath"));
    // Windows authentication needs no login.
    child<QComboBox>(dialog, "authentication")->setCurrentIndex(1);
    CHECK_FALSE(child<QLineEdit>(dialog, "user")->isEnabled());
    CHECK_FALSE(child<QLineEdit>(dialog, "password")->isEnabled());
    child<QComboBox>(dialog, "authentication")->setCurrentIndex(0);

    chooseKind(dialog, ConnectionKind::PostgreSql);
    CHECK(shown("driver"));
    CHECK(shown("server"));
    CHECK(shown("user"));
    CHECK(shown("password"));
    CHECK_FALSE(shown("authentication"));
    CHECK_FALSE(shown("encryption"));
    CHECK_FALSE(shown("readOnlyIntent"));

    chooseKind(dialog, ConnectionKind::OdbcDsn);
    CHECK(shown("dsn"));
    CHECK(shown("user"));
    CHECK(shown("password"));
    CHECK_FALSE(shown("driver"));
    CHECK_FALSE(shown("server"));

    chooseKind(dialog, ConnectionKind::OdbcConnectionString);
    CHECK(shown("connectionString"));
    CHECK(shown("password"));
    CHECK_FALSE(shown("user"));
    CHECK_FALSE(shown("dsn"));

    chooseKind(dialog, ConnectionKind::SqliteFile);
    CHECK(shown("sqlitePath"));
    CHECK(shown("browseSqlite"));
    CHECK_FALSE(shown("password"));
    CHECK_FALSE(shown("user"));
    CHECK_FALSE(shown("driver"));
    CHECK_FALSE(shown("server"));
    // The table placeholder follows the dialect.
    CHECK(child<QLineEdit>(dialog, "table")->placeholderText().endsWith(QStringLiteral(" attlog")));
    chooseKind(dialog, ConnectionKind::SqlServer);
    CHECK(child<QLineEdit>(dialog, "table")
              ->placeholderText()
              .endsWith(QStringLiteral("dbo.attlog")));
}

TEST_CASE("The driver combo offers the installed drivers, the usual SQL Server ones first",
          "[connection]")
{
    withoutPasswordStore();
    clearSettings();
    ConnectionDialog dialog;
    chooseKind(dialog, ConnectionKind::SqlServer);
    auto *combo = child<QComboBox>(dialog, "driver");
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        if (!combo->itemText(i).isEmpty()) // separators have no text
            offered << combo->itemText(i);
    const QStringList installed = attlog::db::installedOdbcDrivers();
    CHECK(offered ==
          attlog::db::orderOdbcDrivers(installed, attlog::db::ConnectionKind::SqlServer));
    CHECK(combo->isEditable());
}
