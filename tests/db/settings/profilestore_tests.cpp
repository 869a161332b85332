// SPDX-License-Identifier: MIT
#include "db/settings/profilestore.h"

#include "tests/support/catch.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace attlog;
using namespace attlog::db;

namespace {

ConnectionProfile mappedProfile()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Проходная / main");
    p.kind = ConnectionKind::SqlServer;
    p.odbcDriver = QStringLiteral("ODBC Driver 17 for SQL Server");
    p.server = QStringLiteral("SRV\\IVMS");
    p.database = QStringLiteral("thirdparty");
    p.user = QStringLiteral("reader");
    p.password = QStringLiteral("TopSecret-42");
    p.encryption = Encryption::Mandatory;
    p.trustServerCertificate = true;
    p.table = QStringLiteral("thirdparty.dbo.attlog");
    p.columns.setColumn(sql::Field::Key, std::string("rowId"));
    p.columns.setColumn(sql::Field::EmployeeID, std::nullopt);
    p.columns.setColumn(sql::Field::PersonName, std::string("ФИО"));
    p.directions.setValues({"Вход", "1"}, {"Выход", "2"});
    p.directions.setRoleRules({{sql::RoleTarget::Reader, "выход", Direction::Out}},
                              sql::RoleRuleMode::WhenUnknown);
    return p;
}

} // namespace

TEST_CASE("Profiles round-trip through QSettings with their mapping, without the password",
          "[db][profiles]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("attlog.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore store(settings);
        store.save(mappedProfile());
        ConnectionProfile sqlite;
        sqlite.name = QStringLiteral("demo");
        sqlite.kind = ConnectionKind::SqliteFile;
        sqlite.sqlitePath = QStringLiteral("/tmp/demo.sqlite");
        store.save(sqlite);
        store.setActiveProfileName(QStringLiteral("demo"));
    }
    QSettings settings(file, QSettings::IniFormat);
    ProfileStore store(settings);
    REQUIRE(store.profiles().size() == 2);
    CHECK(store.activeProfile()->name == QStringLiteral("demo"));

    const auto loaded = store.profile(QStringLiteral("Проходная / main"));
    REQUIRE(loaded);
    ConnectionProfile expected = mappedProfile();
    expected.password.clear();
    CHECK(*loaded == expected);
    // The password is not in the profile, so it has to come from the credential store or the user.
    CHECK(loaded->needsPassword());

    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("TopSecret-42"));
}

TEST_CASE("A typed connection string is saved without its password", "[db][profiles]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("attlog.ini"));
    QSettings settings(file, QSettings::IniFormat);
    ProfileStore store(settings);
    ConnectionProfile p;
    p.name = QStringLiteral("typed");
    p.kind = ConnectionKind::OdbcConnectionString;
    p.connectionString = QStringLiteral("DRIVER={MariaDB Unicode};UID=u;PWD={Hidden;Pw};SERVER=s");
    store.save(p);
    settings.sync();
    const auto loaded = store.profile(QStringLiteral("typed"));
    REQUIRE(loaded);
    CHECK(loaded->connectionString.toStdString() == "DRIVER={MariaDB Unicode};UID=u;SERVER=s");
    CHECK(loaded->needsPassword());
    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("Hidden"));
}

TEST_CASE("Saving replaces a profile of the same name, removing picks another active one",
          "[db][profiles]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("attlog.ini")), QSettings::IniFormat);
    ProfileStore store(settings);
    CHECK_FALSE(store.activeProfile());
    ConnectionProfile a;
    a.name = QStringLiteral("a");
    ConnectionProfile b;
    b.name = QStringLiteral("b");
    store.save(a);
    store.save(b);
    a.server = QStringLiteral("changed");
    store.save(a);
    REQUIRE(store.profiles().size() == 2);
    CHECK(store.profile(QStringLiteral("a"))->server == QStringLiteral("changed"));
    store.setActiveProfileName(QStringLiteral("a"));
    CHECK(store.remove(QStringLiteral("a")));
    CHECK_FALSE(store.remove(QStringLiteral("a")));
    CHECK(store.activeProfileName() == QStringLiteral("b"));
    CHECK(store.profiles().size() == 1);
}

TEST_CASE("A settings file that claims millions of profiles reads as the ones it holds",
          "[db][profiles]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("attlog.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore(settings).save(mappedProfile());
    }
    {
        // As a damaged or hostile file has it: the sizes of both arrays far beyond the entries.
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("connections/profiles/size"), 99999999);
        settings.setValue(QStringLiteral("connections/profiles/1/directions/rules/size"), 99999999);
    }
    QSettings settings(file, QSettings::IniFormat);
    // Before, this built 99,999,999 profiles (minutes and gigabytes; --profile died of bad_alloc).
    const QList<ConnectionProfile> profiles = ProfileStore(settings).profiles();
    REQUIRE(profiles.size() == 1);
    CHECK(profiles.front().name == mappedProfile().name);
    CHECK(profiles.front().directions.roleRules().size() == 1);
}
