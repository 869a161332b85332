// SPDX-License-Identifier: MIT
#include "db/connection/connectionprofile.h"
#include "db/connection/odbcdrivers.h"
#include "db/runtime/logging.h"

#include "tests/support/catch.h"

using namespace attlog;
using namespace attlog::db;

namespace {

ConnectionProfile sqlServer()
{
    ConnectionProfile p;
    p.kind = ConnectionKind::SqlServer;
    p.odbcDriver = QStringLiteral("ODBC Driver 18 for SQL Server");
    p.server = QStringLiteral("GUARD-PC\\SQLEXPRESS");
    p.database = QStringLiteral("thirdparty");
    p.user = QStringLiteral("ivms");
    p.password = QStringLiteral("s3cr;et}");
    return p;
}

} // namespace

TEST_CASE("SQL Server connection strings carry instance, login, encryption and read-only intent",
          "[db][profile]")
{
    ConnectionProfile p = sqlServer();
    p.encryption = Encryption::Mandatory;
    p.trustServerCertificate = true;
    CHECK(odbcConnectionString(p).toStdString() ==
          "DRIVER=ODBC Driver 18 for SQL Server;SERVER=GUARD-PC\\SQLEXPRESS;DATABASE=thirdparty;"
          "UID=ivms;PWD={s3cr;et}}};Encrypt=yes;TrustServerCertificate=yes;"
          "ApplicationIntent=ReadOnly");

    SECTION("an explicit port bypasses the instance name")
    {
        p.port = 1455;
        CHECK(odbcConnectionString(p).contains(QStringLiteral("SERVER=tcp:GUARD-PC,1455;")));
    }
    SECTION("a host name holding %1 or %2 stays as it is next to the port")
    {
        // Found by fuzz_connection_string: chained arg() put the port in place of "%2".
        p.server = QStringLiteral("host%2%1");
        p.port = 3306;
        CHECK(odbcConnectionString(p).contains(QStringLiteral("SERVER=tcp:host%2%1,3306;")));
    }
    SECTION("Windows integrated authentication sends no user and no password")
    {
        p.integratedAuth = true;
        const QString text = odbcConnectionString(p);
        CHECK(text.contains(QStringLiteral("Trusted_Connection=yes;")));
        CHECK_FALSE(text.contains(QStringLiteral("UID=")));
        CHECK_FALSE(text.contains(QStringLiteral("PWD=")));
        CHECK_FALSE(p.needsPassword());
    }
    SECTION("encryption off and no read-only intent")
    {
        p.encryption = Encryption::Optional;
        p.trustServerCertificate = false;
        p.readOnlyIntent = false;
        const QString text = odbcConnectionString(p);
        CHECK(text.contains(QStringLiteral("Encrypt=no")));
        CHECK_FALSE(text.contains(QStringLiteral("ApplicationIntent")));
        CHECK_FALSE(text.contains(QStringLiteral("TrustServerCertificate")));
    }
    SECTION("FreeTDS gets TDS 7.4, UTF-8 and its own encryption keyword")
    {
        p.odbcDriver = QStringLiteral("FreeTDS");
        p.server = QStringLiteral("10.0.0.5");
        p.port = 1433;
        const QString text = odbcConnectionString(p);
        CHECK(text.startsWith(QStringLiteral("DRIVER=FreeTDS;SERVER=10.0.0.5;PORT=1433;"
                                             "TDS_Version=7.4;ClientCharset=UTF-8;")));
        CHECK(text.contains(QStringLiteral("Encryption=require;")));
        CHECK_FALSE(text.contains(QStringLiteral("Encrypt=")));
    }
}

TEST_CASE("MySQL, PostgreSQL and DSN profiles build their connection strings", "[db][profile]")
{
    ConnectionProfile p;
    p.kind = ConnectionKind::MySql;
    p.odbcDriver = QStringLiteral("MariaDB Unicode");
    p.server = QStringLiteral("db.local");
    p.port = 3306;
    p.database = QStringLiteral("thirdparty");
    p.user = QStringLiteral("reader");
    CHECK(p.needsPassword());
    p.password = QStringLiteral("pw");
    CHECK_FALSE(p.needsPassword());
    CHECK(odbcConnectionString(p).toStdString() ==
          "DRIVER=MariaDB Unicode;SERVER=db.local;PORT=3306;DATABASE=thirdparty;UID=reader;"
          "PWD=pw;CHARSET=utf8mb4");
    CHECK(p.declaredDialect() == sql::Dialect::MySql);

    p.kind = ConnectionKind::PostgreSql;
    p.odbcDriver = QStringLiteral("PostgreSQL Unicode");
    CHECK(odbcConnectionString(p).toStdString() ==
          "DRIVER=PostgreSQL Unicode;SERVER=db.local;PORT=3306;DATABASE=thirdparty;UID=reader;"
          "PWD=pw;UseDeclareFetch=1;Fetch=1000");

    p.kind = ConnectionKind::OdbcDsn;
    p.dsn = QStringLiteral("iVMS");
    CHECK(odbcConnectionString(p).toStdString() == "DSN=iVMS;UID=reader;PWD=pw");
    CHECK_FALSE(p.declaredDialect().has_value());
}

TEST_CASE("A typed connection string gets the stored password only when it has none",
          "[db][profile]")
{
    ConnectionProfile p;
    p.kind = ConnectionKind::OdbcConnectionString;
    p.connectionString = QStringLiteral("DRIVER={PostgreSQL Unicode};SERVER=h;UID=u");
    CHECK(p.needsPassword());
    p.password = QStringLiteral("a b;c");
    CHECK(odbcConnectionString(p).toStdString() ==
          "DRIVER={PostgreSQL Unicode};SERVER=h;UID=u;PWD={a b;c}");
    p.connectionString += QStringLiteral(";PWD=typed;");
    CHECK(odbcConnectionString(p).toStdString() ==
          "DRIVER={PostgreSQL Unicode};SERVER=h;UID=u;PWD=typed");

    ConnectionProfile noUser;
    noUser.kind = ConnectionKind::OdbcConnectionString;
    noUser.connectionString = QStringLiteral("DSN=local");
    CHECK_FALSE(noUser.needsPassword());
}

TEST_CASE("Passwords are taken out of connection strings before they are saved", "[db][profile]")
{
    QString password;
    CHECK(takePasswordFromConnectionString(
              QStringLiteral("DRIVER={x};UID=u;PWD={p;w}}d};SERVER=s;"), &password)
              .toStdString() == "DRIVER={x};UID=u;SERVER=s");
    CHECK(password.toStdString() == "p;w}d");
    // A braced value that holds ";PWD=" is a value, not a password: it stays whole (it was cut
    // out and "evil}" taken for the password; found by fuzz_connection_string).
    CHECK(takePasswordFromConnectionString(
              QStringLiteral("DRIVER={x};SERVER={user;\tPWD=evil};UID=u;PWD=real"), &password)
              .toStdString() == "DRIVER={x};SERVER={user;\tPWD=evil};UID=u");
    CHECK(password.toStdString() == "real");
    ConnectionProfile braced;
    braced.kind = ConnectionKind::OdbcConnectionString;
    braced.connectionString = QStringLiteral("DRIVER={x};SERVER={a;PWD=b};UID=u");
    CHECK(braced.needsPassword()); // the braces hold no password
    // A brace never closed: braced when kept, so the password added back is not read into it.
    const QString rest = takePasswordFromConnectionString(
        QStringLiteral("DRIVER={PostgreSQL Unicode;SERVER=h;PWD=old"), &password);
    CHECK(rest.toStdString() == "DRIVER={{PostgreSQL Unicode};SERVER=h");
    braced.connectionString = rest;
    braced.password = QStringLiteral("{new};x=");
    takePasswordFromConnectionString(odbcConnectionString(braced), &password);
    CHECK(password.toStdString() == "{new};x=");
    CHECK(takePasswordFromConnectionString(QStringLiteral("Password=abc;DSN=d"), &password)
              .toStdString() == "DSN=d");
    CHECK(password.toStdString() == "abc");
    CHECK(
        takePasswordFromConnectionString(QStringLiteral("DSN=d;UID=u"), &password).toStdString() ==
        "DSN=d;UID=u");
    CHECK(password.isEmpty());
}

TEST_CASE("Connection strings are redacted before they are logged", "[db][profile]")
{
    const QString text = odbcConnectionString(sqlServer());
    const QString redacted = log::redactConnectionString(text);
    CHECK_FALSE(redacted.contains(QStringLiteral("s3cr")));
    CHECK(redacted.contains(QStringLiteral("PWD=***")));
    CHECK(redacted.contains(QStringLiteral("UID=ivms")));
}

TEST_CASE("The CLI's CONN argument: ODBC string, odbc: prefix, sqlite: path", "[db][profile]")
{
    QString error;
    auto odbc = profileFromConnectionArgument(
        QStringLiteral("DRIVER={MariaDB Unicode};SERVER=127.0.0.1;PWD=x"), &error);
    REQUIRE(odbc);
    CHECK(odbc->kind == ConnectionKind::OdbcConnectionString);
    CHECK(odbc->connectionString.toStdString() ==
          "DRIVER={MariaDB Unicode};SERVER=127.0.0.1;PWD=x");

    auto dsn = profileFromConnectionArgument(QStringLiteral("odbc:DSN=ivms;UID=u"), &error);
    REQUIRE(dsn);
    CHECK(dsn->connectionString.toStdString() == "DSN=ivms;UID=u");

    auto sqlite = profileFromConnectionArgument(QStringLiteral("sqlite:/data/Журнал.db"), &error);
    REQUIRE(sqlite);
    CHECK(sqlite->kind == ConnectionKind::SqliteFile);
    CHECK(sqlite->sqlitePath == QStringLiteral("/data/Журнал.db"));
    CHECK(sqlite->declaredDialect() == sql::Dialect::Sqlite);

    CHECK_FALSE(profileFromConnectionArgument(QStringLiteral("server=foo"), &error));
    CHECK(error.contains(QStringLiteral("sqlite:PATH")));
    CHECK_FALSE(profileFromConnectionArgument(QStringLiteral("sqlite:"), &error));
    CHECK_FALSE(profileFromConnectionArgument(QStringLiteral("odbc:"), &error));
}

TEST_CASE("The table name defaults per dialect unless the profile sets one", "[db][profile]")
{
    ConnectionProfile p;
    CHECK(p.tableConfig(sql::Dialect::SqlServer).table == "dbo.attlog");
    CHECK(p.tableConfig(sql::Dialect::PostgreSql).table == "attlog");
    p.table = QStringLiteral(" thirdparty.dbo.attlog ");
    CHECK(p.tableConfig(sql::Dialect::SqlServer).table == "thirdparty.dbo.attlog");
    CHECK(p.tableConfig(sql::Dialect::PostgreSql).dialect == sql::Dialect::PostgreSql);
}

TEST_CASE("The installed ODBC drivers are listed by the driver manager", "[db][odbc]")
{
    // ./dev installs these three (odbc-postgresql, odbc-mariadb, libsqliteodbc).
    const QStringList drivers = installedOdbcDrivers();
    INFO(drivers.join(QStringLiteral(", ")).toStdString());
    CHECK(drivers.contains(QStringLiteral("PostgreSQL Unicode")));
    CHECK(drivers.contains(QStringLiteral("MariaDB Unicode")));
    CHECK(drivers.contains(QStringLiteral("SQLite3")));
}
