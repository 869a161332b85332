// SPDX-License-Identifier: MIT
#include "db/connection/connectionprofile.h"

#include "db/connection/connectionstring.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

namespace attlog::db {

namespace {

constexpr std::array<std::pair<ConnectionKind, const char *>, 6> kKindNames{{
    {ConnectionKind::SqlServer, "sqlserver"},
    {ConnectionKind::MySql, "mysql"},
    {ConnectionKind::PostgreSql, "postgresql"},
    {ConnectionKind::OdbcDsn, "dsn"},
    {ConnectionKind::OdbcConnectionString, "odbc"},
    {ConnectionKind::SqliteFile, "sqlite"},
}};

bool isFreeTds(const QString &driver)
{
    return driver.contains(QLatin1String("FreeTDS"), Qt::CaseInsensitive);
}

void append(QStringList &parts, const char *key, const QString &value)
{
    if (!value.isEmpty())
        parts << QLatin1String(key) + QLatin1Char('=') + quoteOdbcValue(value);
}

void appendCredentials(QStringList &parts, const ConnectionProfile &profile)
{
    append(parts, "UID", profile.user);
    append(parts, "PWD", profile.password);
}

QString sqlServerString(const ConnectionProfile &profile)
{
    QStringList parts;
    append(parts, "DRIVER", profile.odbcDriver);
    const bool freeTds = isFreeTds(profile.odbcDriver);
    if (freeTds) {
        // FreeTDS takes the port separately and needs TDS 7.4 + UTF-8 for NVARCHAR/DATETIME2.
        append(parts, "SERVER", profile.server);
        if (profile.port > 0)
            append(parts, "PORT", QString::number(profile.port));
        parts << QStringLiteral("TDS_Version=7.4") << QStringLiteral("ClientCharset=UTF-8");
    } else if (profile.port > 0) {
        // An explicit port bypasses SQL Browser: "tcp:host,port" (an instance name is then moot).
        QString host = profile.server.section(QLatin1Char('\\'), 0, 0);
        // One arg() call: chained, a "%2" in the host name would take the port's place.
        append(parts, "SERVER",
               QStringLiteral("tcp:%1,%2").arg(host, QString::number(profile.port)));
    } else {
        append(parts, "SERVER", profile.server);
    }
    append(parts, "DATABASE", profile.database);
    if (profile.integratedAuth)
        parts << QStringLiteral("Trusted_Connection=yes");
    else
        appendCredentials(parts, profile);
    if (profile.encryption != Encryption::DriverDefault) {
        const bool on = profile.encryption == Encryption::Mandatory;
        if (freeTds)
            parts << (on ? QStringLiteral("Encryption=require") : QStringLiteral("Encryption=off"));
        else
            parts << (on ? QStringLiteral("Encrypt=yes") : QStringLiteral("Encrypt=no"));
    }
    if (profile.trustServerCertificate && !freeTds)
        parts << QStringLiteral("TrustServerCertificate=yes");
    if (profile.readOnlyIntent)
        parts << QStringLiteral("ApplicationIntent=ReadOnly");
    return parts.join(QLatin1Char(';'));
}

QString serverString(const ConnectionProfile &profile, bool mysql)
{
    QStringList parts;
    append(parts, "DRIVER", profile.odbcDriver);
    append(parts, "SERVER", profile.server);
    if (profile.port > 0)
        append(parts, "PORT", QString::number(profile.port));
    append(parts, "DATABASE", profile.database);
    appendCredentials(parts, profile);
    // Without it MySQL drivers may talk latin1 or 3-byte utf8 to the server.
    if (mysql)
        parts << QStringLiteral("CHARSET=utf8mb4");
    // psqlODBC reads a whole result into memory unless it fetches through a cursor: an export of
    // 1,000,000 rows took 850 MB without these, 28 MB with them, at the same speed.
    else
        parts << QStringLiteral("UseDeclareFetch=1") << QStringLiteral("Fetch=1000");
    return parts.join(QLatin1Char(';'));
}

// Matches one key=value pair whose key is a password key; the value may be {braced}.
// By pairs, not by pattern: a braced value such as SERVER={a;PWD=b} holds no password key.
bool hasPassword(const QString &connectionString)
{
    const auto pairs = connectionStringPairs(connectionString);
    return std::any_of(pairs.begin(), pairs.end(),
                       [](const ConnectionStringPair &pair) { return isPasswordKey(pair.key); });
}

bool hasUser(const QString &connectionString)
{
    const auto pairs = connectionStringPairs(connectionString);
    return std::any_of(pairs.begin(), pairs.end(), [](const ConnectionStringPair &pair) {
        return (pair.key.compare(QLatin1String("UID"), Qt::CaseInsensitive) == 0 ||
                pair.key.compare(QLatin1String("User"), Qt::CaseInsensitive) == 0) &&
               !pair.value.isEmpty();
    });
}

} // namespace

QString connectionKindName(ConnectionKind kind)
{
    for (const auto &[k, name] : kKindNames)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

std::optional<ConnectionKind> connectionKindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

bool ConnectionProfile::needsPassword() const
{
    if (!password.isEmpty())
        return false;
    switch (kind) {
    case ConnectionKind::SqlServer:
        return !integratedAuth && !user.isEmpty();
    case ConnectionKind::MySql:
    case ConnectionKind::PostgreSql:
    case ConnectionKind::OdbcDsn:
        return !user.isEmpty();
    case ConnectionKind::OdbcConnectionString:
        // A typed string with a user name but no password had it taken out before saving.
        return hasUser(connectionString) && !hasPassword(connectionString);
    case ConnectionKind::SqliteFile:
        return false;
    }
    return false;
}

std::optional<sql::Dialect> ConnectionProfile::declaredDialect() const
{
    switch (kind) {
    case ConnectionKind::SqlServer:
        return sql::Dialect::SqlServer;
    case ConnectionKind::MySql:
        return sql::Dialect::MySql;
    case ConnectionKind::PostgreSql:
        return sql::Dialect::PostgreSql;
    case ConnectionKind::SqliteFile:
        return sql::Dialect::Sqlite;
    case ConnectionKind::OdbcDsn:
    case ConnectionKind::OdbcConnectionString:
        break;
    }
    return std::nullopt;
}

sql::TableConfig ConnectionProfile::tableConfig(sql::Dialect dialect) const
{
    sql::TableConfig config = sql::TableConfig::defaults(dialect);
    if (!table.trimmed().isEmpty())
        config.table = table.trimmed().toStdString();
    config.columns = columns;
    config.directions = directions;
    return config;
}

QString quoteOdbcValue(const QString &value)
{
    static const QRegularExpression special(QStringLiteral(R"([;{}=]|^\s|\s$)"));
    if (!value.contains(special))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("}"), QLatin1String("}}"));
    return QLatin1Char('{') + escaped + QLatin1Char('}');
}

QString odbcConnectionString(const ConnectionProfile &profile)
{
    switch (profile.kind) {
    case ConnectionKind::SqlServer:
        return sqlServerString(profile);
    case ConnectionKind::MySql:
        return serverString(profile, true);
    case ConnectionKind::PostgreSql:
        return serverString(profile, false);
    case ConnectionKind::OdbcDsn: {
        QStringList parts;
        append(parts, "DSN", profile.dsn);
        appendCredentials(parts, profile);
        return parts.join(QLatin1Char(';'));
    }
    case ConnectionKind::OdbcConnectionString: {
        QString text = profile.connectionString.trimmed();
        while (text.endsWith(QLatin1Char(';')))
            text.chop(1);
        if (!profile.password.isEmpty() && !hasPassword(text))
            text += QStringLiteral(";PWD=") + quoteOdbcValue(profile.password);
        return text;
    }
    case ConnectionKind::SqliteFile:
        break;
    }
    return {};
}

std::optional<ConnectionProfile> profileFromConnectionArgument(const QString &argument,
                                                               QString *error)
{
    const QString text = argument.trimmed();
    ConnectionProfile profile;
    profile.name = QStringLiteral("command line");
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        profile.kind = ConnectionKind::SqliteFile;
        profile.sqlitePath = text.mid(7);
        if (profile.sqlitePath.isEmpty()) {
            if (error)
                *error = QStringLiteral("sqlite: needs a file path (sqlite:PATH)");
            return std::nullopt;
        }
        return profile;
    }
    QString odbc = text;
    if (text.startsWith(QLatin1String("odbc:"), Qt::CaseInsensitive))
        odbc = text.mid(5).trimmed();
    else if (!text.contains(QRegularExpression(QStringLiteral(R"(^\s*DRIVER\s*=)"),
                                               QRegularExpression::CaseInsensitiveOption)))
        odbc.clear();
    if (odbc.isEmpty() || !odbc.contains(QLatin1Char('='))) {
        if (error)
            *error = QStringLiteral("the connection must be an ODBC connection string "
                                    "(DRIVER={...};...), odbc:DSN=name;... or sqlite:PATH");
        return std::nullopt;
    }
    profile.kind = ConnectionKind::OdbcConnectionString;
    profile.connectionString = odbc;
    return profile;
}

QString takePasswordFromConnectionString(const QString &connectionString, QString *password)
{
    QString value;
    QStringList rest;
    for (const ConnectionStringPair &pair : connectionStringPairs(connectionString)) {
        if (isPasswordKey(pair.key))
            value = pair.value;      // the last one counts, as for the driver
        else if (pair.unclosedBrace) // braced, so that a PWD added later is not read into it
            rest << pair.key + QLatin1Char('=') + quoteOdbcValue(pair.value);
        else
            rest << pair.text;
    }
    if (password)
        *password = value;
    return rest.join(QLatin1Char(';'));
}

} // namespace attlog::db
