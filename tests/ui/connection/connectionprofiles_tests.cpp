// SPDX-License-Identifier: MIT
// The connection dialog: saving, validating, duplicating and deleting profiles; passwords.
#include "tests/ui/connection/connectiontestutil.h"

using attlog::db::ConnectionKind;
using attlog::db::ConnectionProfile;
using attlog::db::ProfileStore;
using attlog::sql::Field;
using attlog::ui::ConnectionDialog;
using namespace attlog::uitest;

TEST_CASE("Saved profiles come back with their mapping and directions; no password is in the "
          "settings file",
          "[connection]")
{
    withoutPasswordStore();
    clearSettings();
    {
        ConnectionDialog dialog;
        child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("Office SQL"));
        chooseKind(dialog, ConnectionKind::SqlServer);
        child<QComboBox>(dialog, "driver")->setCurrentText(QStringLiteral("FreeTDS"));
        child<QLineEdit>(dialog, "server")->setText(QStringLiteral("srv\\IVMS"));
        child<QLineEdit>(dialog, "database")->setText(QStringLiteral("thirdparty"));
        child<QLineEdit>(dialog, "user")->setText(QStringLiteral("reader"));
        child<QLineEdit>(dialog, "password")->setText(QStringLiteral("TypedSecret-456"));
        // Never write a developer's real keyring from a test.
        child<QCheckBox>(dialog, "rememberPassword")->setChecked(false);
        child<QLineEdit>(dialog, "table")->setText(QStringLiteral("thirdparty.dbo.attlog"));
        child<QComboBox>(dialog, "column_cardNo")->setCurrentText(QStringLiteral("card_no"));
        child<QComboBox>(dialog, "column_readerName")
            ->setCurrentText(attlog::ui::ColumnMappingEditor::absentText());
        child<QPlainTextEdit>(dialog, "inValues")->setPlainText(QStringLiteral("вход\nIN\n"));
        child<QPlainTextEdit>(dialog, "outValues")->setPlainText(QStringLiteral("выход\nOUT"));
        child<QPushButton>(dialog, "addSuggestedRules")->click();
        auto *mode = child<QComboBox>(dialog, "ruleMode");
        mode->setCurrentIndex(mode->findData(int(attlog::sql::RoleRuleMode::WhenUnknown)));

        // A second profile: a typed connection string with its password inside.
        child<QPushButton>(dialog, "newProfile")->click();
        child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("Raw string"));
        chooseKind(dialog, ConnectionKind::OdbcConnectionString);
        auto *string = child<QLineEdit>(dialog, "connectionString");
        string->setText(
            QStringLiteral("DRIVER={SQLite3};Database=/x.db;UID=u;PWD={Str1ng;Secret-123};"));
        child<QCheckBox>(dialog, "rememberPassword")->setChecked(false);
        emit string->editingFinished();
        CHECK_FALSE(string->text().contains(QStringLiteral("Secret-123")));
        CHECK(child<QLineEdit>(dialog, "password")->text() == QStringLiteral("Str1ng;Secret-123"));

        // Back to the first one: it becomes the active profile.
        child<QListWidget>(dialog, "profiles")->setCurrentRow(0);
        CHECK(child<QLineEdit>(dialog, "password")->text() == QStringLiteral("TypedSecret-456"));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        const ConnectionProfile selected = dialog.selectedProfile();
        CHECK(selected.name == QStringLiteral("Office SQL"));
        CHECK(selected.password == QStringLiteral("TypedSecret-456"));
    }

    QFile ini(QSettings().fileName());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    CHECK(text.contains("Office SQL"));
    CHECK(text.contains("card_no"));
    CHECK_FALSE(text.contains("TypedSecret-456"));
    CHECK_FALSE(text.contains("Secret-123"));
    CHECK_FALSE(text.contains("Str1ng"));

    QSettings settings;
    const ProfileStore store(settings);
    CHECK(store.activeProfileName() == QStringLiteral("Office SQL"));
    const auto office = store.profile(QStringLiteral("Office SQL"));
    REQUIRE(office);
    CHECK(office->server == QStringLiteral("srv\\IVMS"));
    CHECK(office->odbcDriver == QStringLiteral("FreeTDS"));
    CHECK(office->table == QStringLiteral("thirdparty.dbo.attlog"));
    CHECK(office->columns.column(Field::CardNo) == std::optional<std::string>("card_no"));
    CHECK_FALSE(office->columns.has(Field::ReaderName));
    CHECK(office->columns.column(Field::Key) == std::optional<std::string>("serialNo"));
    CHECK(office->directions.inValues() == std::vector<std::string>{"вход", "IN"});
    CHECK(office->directions.outValues() == std::vector<std::string>{"выход", "OUT"});
    CHECK(office->directions.roleRules() == attlog::sql::DirectionMapping::suggestedRoleRules());
    CHECK(office->directions.roleRuleMode() == attlog::sql::RoleRuleMode::WhenUnknown);
    const auto raw = store.profile(QStringLiteral("Raw string"));
    REQUIRE(raw);
    CHECK(raw->connectionString.contains(QStringLiteral("UID=u")));
    CHECK(raw->needsPassword()); // asked for at start: no store here

    // The dialog shows what was saved.
    ConnectionDialog again;
    auto *list = child<QListWidget>(again, "profiles");
    REQUIRE(list->count() == 2);
    CHECK(list->currentItem()->text() == QStringLiteral("Office SQL"));
    CHECK(list->currentItem()->font().bold()); // in use
    CHECK(child<QComboBox>(again, "column_cardNo")->currentText() == QStringLiteral("card_no"));
    CHECK(child<QComboBox>(again, "column_readerName")->currentText() ==
          attlog::ui::ColumnMappingEditor::absentText());
    CHECK(child<QPlainTextEdit>(again, "inValues")->toPlainText() == QStringLiteral("вход\nIN"));
    CHECK(child<QLineEdit>(again, "password")->text().isEmpty());
}

TEST_CASE("Validation blocks saving a table name that is not a plain identifier", "[connection]")
{
    withoutPasswordStore();
    clearSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeSqliteFile(dir, QStringLiteral("attlog.sqlite"));

    ConnectionDialog dialog;
    child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("Bad table"));
    chooseKind(dialog, ConnectionKind::SqliteFile);
    child<QLineEdit>(dialog, "sqlitePath")->setText(path);
    auto *problems = child<QLabel>(dialog, "problems");
    CHECK(problems->isHidden());

    child<QLineEdit>(dialog, "table")->setText(QStringLiteral("attlog; DROP TABLE attlog"));
    CHECK_FALSE(problems->isHidden());
    CHECK(problems->text().contains(QStringLiteral("Table")));

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    {
        QSettings settings;
        CHECK(ProfileStore(settings).profiles().isEmpty());
    }
    child<QPushButton>(dialog, "testConnection")->click();
    CHECK(child<QLabel>(dialog, "testResult")->text().startsWith(QStringLiteral("Not tested")));

    // An invalid column name is caught the same way.
    child<QLineEdit>(dialog, "table")->setText(QStringLiteral("main.attlog"));
    CHECK(problems->isHidden());
    child<QComboBox>(dialog, "column_doorName")->setCurrentText(QStringLiteral("door\"Name"));
    CHECK_FALSE(problems->isHidden());
    child<QComboBox>(dialog, "column_doorName")->setCurrentText(QStringLiteral("doorName"));
    CHECK(problems->isHidden());

    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    QSettings settings;
    CHECK(ProfileStore(settings).profile(QStringLiteral("Bad table")).has_value());
}

TEST_CASE("Duplicate copies a profile, Delete removes it, two profiles cannot share a name",
          "[connection]")
{
    withoutPasswordStore();
    clearSettings();
    {
        QSettings settings;
        ProfileStore store(settings);
        ConnectionProfile p;
        p.name = QStringLiteral("Site A");
        p.kind = ConnectionKind::SqliteFile;
        p.sqlitePath = QStringLiteral("/data/a.sqlite");
        p.columns.setColumn(Field::DoorName, "door_title");
        store.save(p);
        store.setActiveProfileName(p.name);
    }
    ConnectionDialog dialog;
    auto *list = child<QListWidget>(dialog, "profiles");
    REQUIRE(list->count() == 1);
    child<QPushButton>(dialog, "duplicateProfile")->click();
    REQUIRE(list->count() == 2);
    CHECK(list->currentRow() == 1);
    CHECK(child<QLineEdit>(dialog, "profileName")->text() == QStringLiteral("Site A (copy)"));
    CHECK(child<QComboBox>(dialog, "column_doorName")->currentText() ==
          QStringLiteral("door_title"));

    auto *problems = child<QLabel>(dialog, "problems");
    child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("Site A"));
    CHECK(problems->text().contains(QStringLiteral("already called")));
    CHECK(list->item(1)->text() == QStringLiteral("Site A"));
    child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("Site B"));
    CHECK(problems->isHidden());

    list->setCurrentRow(0);
    child<QPushButton>(dialog, "deleteProfile")->click();
    REQUIRE(list->count() == 1);
    CHECK(child<QLineEdit>(dialog, "profileName")->text() == QStringLiteral("Site B"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    QSettings settings;
    const ProfileStore store(settings);
    const QList<ConnectionProfile> saved = store.profiles();
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().name == QStringLiteral("Site B"));
    CHECK(saved.first().columns.column(Field::DoorName) ==
          std::optional<std::string>("door_title"));
    CHECK(store.activeProfileName() == QStringLiteral("Site B"));
}

// Windows always has its Credential Manager: there is no "no store" case to show.
#ifndef _WIN32
TEST_CASE("Without a password store the dialog says so and asks for the password", "[connection]")
{
    withoutPasswordStore();
    clearSettings();
    {
        QSettings settings;
        ProfileStore store(settings);
        ConnectionProfile p;
        p.name = QStringLiteral("Office");
        p.kind = ConnectionKind::PostgreSql;
        p.odbcDriver = QStringLiteral("PostgreSQL Unicode");
        p.server = QStringLiteral("db.local");
        p.user = QStringLiteral("reader");
        store.save(p);
    }
    ConnectionDialog dialog;
    dialog.show();
    auto *note = child<QLabel>(dialog, "passwordStoreNote");
    REQUIRE(waitFor([&] { return note->isVisible(); }, 15000));
    CHECK(note->text().contains(QStringLiteral("No password store on this computer")));
    auto *remember = child<QCheckBox>(dialog, "rememberPassword");
    CHECK_FALSE(remember->isEnabled());
    CHECK_FALSE(remember->isChecked());

    // Nothing saved and nothing typed: saving asks for the password first.
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "problems")->text().contains(QStringLiteral("password")));

    child<QLineEdit>(dialog, "password")->setText(QStringLiteral("Typed-789"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.selectedProfile().password == QStringLiteral("Typed-789"));
    QFile ini(QSettings().fileName());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    CHECK_FALSE(ini.readAll().contains("Typed-789"));
}
#endif

// Not a check: `attlog_ui_tests "[screenshot]"` writes the dialog's pages as PNG files into the
// temporary folder, to look at the layout.
TEST_CASE("Connection dialog screenshots", "[.][screenshot]")
{
    withoutPasswordStore();
    clearSettings();
    ConnectionDialog dialog;
    dialog.show();
    QTest::qWait(200);
    child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("Проходная — iVMS"));
    chooseKind(dialog, ConnectionKind::SqlServer);
    child<QLineEdit>(dialog, "server")->setText(QStringLiteral("IVMS-SRV\\SQLEXPRESS"));
    child<QLineEdit>(dialog, "database")->setText(QStringLiteral("thirdparty"));
    child<QComboBox>(dialog, "driver")
        ->setCurrentText(QStringLiteral("ODBC Driver 18 for SQL Server"));
    QTest::qWait(100);
    const QString folder = QDir::tempPath();
    const auto save = [&](const QString &name, bool settle = true) {
        if (settle)
            QTest::qWait(50);
        const QString file =
            QDir(folder).filePath(QStringLiteral("attlog-connection-%1.png").arg(name));
        REQUIRE(dialog.grab().save(file));
        WARN(file.toStdString());
    };
    save(QStringLiteral("sqlserver-incomplete"));
    child<QLineEdit>(dialog, "user")->setText(QStringLiteral("attlog_reader"));
    child<QComboBox>(dialog, "driver")->setCurrentText(QStringLiteral("FreeTDS"));
    save(QStringLiteral("sqlserver"));
    auto *tabs = dialog.findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    save(QStringLiteral("columns"));
    tabs->setCurrentIndex(2);
    child<QPushButton>(dialog, "addSuggestedRules")->click();
    save(QStringLiteral("directions"));
    tabs->setCurrentIndex(0);

    QTemporaryDir dir;
    const QString path = makeSqliteFile(dir, QStringLiteral("attlog.sqlite"));
    child<QPushButton>(dialog, "newProfile")->click();
    child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("Demo database"));
    chooseKind(dialog, ConnectionKind::SqliteFile);
    child<QLineEdit>(dialog, "sqlitePath")->setText(path);
    child<QPushButton>(dialog, "testConnection")->click();
    REQUIRE(waitFor([&] { return child<QPushButton>(dialog, "testConnection")->isEnabled(); }));
    save(QStringLiteral("sqlite"));

    const QString broken =
        makeSqliteFile(dir, QStringLiteral("broken.sqlite"), QStringLiteral("personName"));
    child<QLineEdit>(dialog, "sqlitePath")->setText(broken);
    child<QPushButton>(dialog, "testConnection")->click();
    save(QStringLiteral("sqlite-busy"), false);
    REQUIRE(waitFor([&] { return child<QPushButton>(dialog, "testConnection")->isEnabled(); }));
    save(QStringLiteral("sqlite-error"));
}
