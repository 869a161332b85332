// SPDX-License-Identifier: MIT
#include "app/cli/connectionargs.h"

#include "db/settings/credentialstore.h"
#include "db/settings/profilestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSettings>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace ConnectionArgs {

namespace {

bool stdinIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

// One line from the terminal, not echoed.
// `what` names what the password is for ("profile \"office\"", "the connection").
std::optional<QString> promptPassword(const QString &what)
{
    std::fprintf(stderr, "Password for %s: ", what.toUtf8().constData());
    std::fflush(stderr);
#ifdef _WIN32
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios old{};
    tcgetattr(fileno(stdin), &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fileno(stdin), TCSANOW, &silent);
#endif
    std::string line;
    const bool ok = static_cast<bool>(std::getline(std::cin, line));
#ifdef _WIN32
    SetConsoleMode(input, mode);
#else
    tcsetattr(fileno(stdin), TCSANOW, &old);
#endif
    std::fputc('\n', stderr);
    if (!ok)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// The password of a --connection string, when the string has none: ATTLOG_PASSWORD, else the
// first line of --password-file, else a prompt with --ask-password. One given in the string
// itself is used, with a warning: other users see it in the process list.
int connectionPassword(const QCommandLineParser &parser, attlog::db::ConnectionProfile *profile,
                       QString *error)
{
    const bool fromFile = parser.isSet(QStringLiteral("password-file"));
    const bool ask = parser.isSet(QStringLiteral("ask-password"));
    if (profile->kind != attlog::db::ConnectionKind::OdbcConnectionString) {
        if (fromFile || ask) {
            *error = QStringLiteral("--password-file and --ask-password are for ODBC connections");
            return 2;
        }
        return 0;
    }
    QString inString;
    attlog::db::takePasswordFromConnectionString(profile->connectionString, &inString);
    if (!inString.isEmpty()) {
        if (fromFile || ask) {
            *error = QStringLiteral("the connection string already holds a password (PWD=)");
            return 2;
        }
        std::fputs("attlog: warning: the password in --connection is visible to other users in "
                   "the process list; give it through ATTLOG_PASSWORD, --password-file or "
                   "--ask-password instead\n",
                   stderr);
        return 0;
    }
    if (qEnvironmentVariableIsSet("ATTLOG_PASSWORD")) {
        profile->password = qEnvironmentVariable("ATTLOG_PASSWORD");
    } else if (fromFile) {
        const QString path = parser.value(QStringLiteral("password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the password file %1: %2")
                         .arg(path, file.errorString());
            return 1;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        profile->password = QString::fromUtf8(line);
    } else if (ask) {
        if (!stdinIsTerminal()) {
            *error = QStringLiteral("--ask-password needs a terminal");
            return 1;
        }
        const auto typed = promptPassword(QStringLiteral("the connection"));
        if (!typed) {
            *error = QStringLiteral("no password given");
            return 1;
        }
        profile->password = *typed;
    }
    return 0;
}

// The FIELD names of --map, as the README lists them.
struct MapName
{
    const char *name;
    attlog::sql::Field field;
};

constexpr MapName kMapNames[] = {
    {"key", attlog::sql::Field::Key},
    {"datetime", attlog::sql::Field::AuthDateTime},
    {"date", attlog::sql::Field::AuthDate},
    {"time", attlog::sql::Field::AuthTime},
    {"direction", attlog::sql::Field::Direction},
    {"person", attlog::sql::Field::PersonName},
    {"employee_id", attlog::sql::Field::EmployeeID},
    {"card", attlog::sql::Field::CardNo},
    {"door", attlog::sql::Field::DoorName},
    {"reader", attlog::sql::Field::ReaderName},
    {"device", attlog::sql::Field::DeviceName},
    {"device_sn", attlog::sql::Field::DeviceSN},
    {"inserted_at", attlog::sql::Field::InsertedAt},
};

QString mapNames()
{
    QStringList names;
    for (const MapName &m : kMapNames)
        names << QString::fromLatin1(m.name);
    return names.join(QStringLiteral(", "));
}

// Sets the key column: a name (which must then exist), or none (keyless mode).
void setKey(attlog::db::ConnectionProfile *profile, const QString &column)
{
    if (column.isEmpty() || column.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        profile->columns.setColumn(attlog::sql::Field::Key, std::nullopt);
        profile->keyColumnRequired = false;
    } else {
        profile->columns.setColumn(attlog::sql::Field::Key, column.toStdString());
        profile->keyColumnRequired = true;
    }
}

// --map FIELD=COLUMN (repeatable; FIELD= marks the field absent) and --key COLUMN|none, applied
// over the profile's mapping. Returns 0, or 2 with the reason in `error`.
int applyMapping(const QCommandLineParser &parser, attlog::db::ConnectionProfile *profile,
                 QString *error)
{
    for (const QString &item : parser.values(QStringLiteral("map"))) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString name = item.left(equals).trimmed();
        const auto known =
            std::find_if(std::begin(kMapNames), std::end(kMapNames),
                         [&](const MapName &m) { return name == QLatin1String(m.name); });
        if (equals < 0 || known == std::end(kMapNames)) {
            *error = QStringLiteral("bad --map %1: give FIELD=COLUMN (or FIELD= for a field the "
                                    "table does not have), FIELD one of %2")
                         .arg(item, mapNames());
            return 2;
        }
        const QString column = item.mid(equals + 1).trimmed();
        if (known->field == attlog::sql::Field::Key)
            setKey(profile, column.isEmpty() ? QStringLiteral("none") : column);
        else
            profile->columns.setColumn(known->field, column.isEmpty()
                                                         ? std::nullopt
                                                         : std::optional(column.toStdString()));
    }
    if (parser.isSet(QStringLiteral("key"))) {
        const QString key = parser.value(QStringLiteral("key")).trimmed();
        if (key.isEmpty()) {
            *error = QStringLiteral("--key needs a column name, or none");
            return 2;
        }
        setKey(profile, key);
    }
    return 0;
}

} // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("connection"), {}, QStringLiteral("CONN")});
    parser.addOption({QStringLiteral("profile"), {}, QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("table"), {}, QStringLiteral("T")});
    parser.addOption({QStringLiteral("password-file"), {}, QStringLiteral("FILE")});
    parser.addOption(QCommandLineOption(QStringLiteral("ask-password")));
    parser.addOption({QStringLiteral("map"), {}, QStringLiteral("FIELD=COLUMN")});
    parser.addOption({QStringLiteral("key"), {}, QStringLiteral("COLUMN")});
}

QString usage()
{
    return QStringLiteral(
        "  --connection CONN   ODBC connection string (DRIVER={...};...), odbc:DSN=name;...,\n"
        "                      or sqlite:PATH\n"
        "  --profile NAME      a connection saved in attlog-viewer, with its mapping (instead\n"
        "                      of --connection; password from ATTLOG_PASSWORD, the credential\n"
        "                      store, or a prompt on the terminal)\n"
        "  --table T           the events table (default dbo.attlog on SQL Server, else attlog)\n"
        "  --password-file F   the password for --connection: the first line of F\n"
        "  --ask-password      the password for --connection: asked for on the terminal\n"
        "  --map FIELD=COLUMN  read FIELD from COLUMN (repeatable; FIELD= for a field the\n"
        "                      table does not have; over a --profile's mapping too). FIELD:\n"
        "                      key, datetime, date, time, direction, person, employee_id,\n"
        "                      card, door, reader, device, device_sn, inserted_at (when the\n"
        "                      row was written: check compares it with each device's clock)\n"
        "  --key COLUMN|none   the live key column (it must exist), or none: follow new rows\n"
        "                      by their time (keyless mode; also used when the table has no\n"
        "                      column serialNo)\n"
        "  A password written into --connection (PWD=...) is visible to every user of the\n"
        "  machine in the process list: leave it out and give it through ATTLOG_PASSWORD,\n"
        "  --password-file or --ask-password instead.\n");
}

int resolve(const QCommandLineParser &parser, attlog::db::ConnectionProfile *profile,
            QString *error)
{
    const bool hasConnection = parser.isSet(QStringLiteral("connection"));
    const bool hasProfile = parser.isSet(QStringLiteral("profile"));
    if (hasConnection == hasProfile) {
        *error = QStringLiteral("give either --connection CONN or --profile NAME");
        return 2;
    }
    if (hasConnection) {
        QString reason;
        auto parsed = attlog::db::profileFromConnectionArgument(
            parser.value(QStringLiteral("connection")), &reason);
        if (!parsed) {
            *error = QStringLiteral("bad --connection: %1").arg(reason);
            return 2;
        }
        *profile = std::move(*parsed);
        if (const int rc = connectionPassword(parser, profile, error))
            return rc;
    } else {
        QSettings settings;
        const attlog::db::ProfileStore store(settings);
        const QString name = parser.value(QStringLiteral("profile"));
        auto saved = store.profile(name);
        if (!saved) {
            QStringList names;
            for (const attlog::db::ConnectionProfile &p : store.profiles())
                names << p.name;
            *error = QStringLiteral("no saved connection profile named \"%1\" (saved: %2)")
                         .arg(name, names.isEmpty() ? QStringLiteral("none")
                                                    : names.join(QStringLiteral(", ")));
            return 1;
        }
        // The password: given by the caller, else the credential store, else asked for. Where
        // no store answers (headless Linux) a script sets ATTLOG_PASSWORD.
        if (saved->needsPassword()) {
            attlog::db::CredentialStore credentials;
            if (qEnvironmentVariableIsSet("ATTLOG_PASSWORD")) {
                saved->password = qEnvironmentVariable("ATTLOG_PASSWORD");
            } else if (const auto stored = credentials.read(name)) {
                saved->password = *stored;
            } else if (stdinIsTerminal()) {
                const auto typed = promptPassword(QStringLiteral("profile \"%1\"").arg(name));
                if (!typed) {
                    *error = QStringLiteral("no password given for profile \"%1\"").arg(name);
                    return 1;
                }
                saved->password = *typed;
            } else {
                *error = QStringLiteral("profile \"%1\" needs a password and none is saved (%2): "
                                        "set ATTLOG_PASSWORD, run in a terminal, or use "
                                        "--connection")
                             .arg(name, credentials.errorString());
                return 1;
            }
        }
        *profile = std::move(*saved);
    }
    if (const int rc = applyMapping(parser, profile, error))
        return rc;
    if (parser.isSet(QStringLiteral("table"))) {
        profile->table = parser.value(QStringLiteral("table")).trimmed();
        if (profile->table.isEmpty()) {
            *error = QStringLiteral("--table needs a table name");
            return 2;
        }
    }
    return 0;
}

} // namespace ConnectionArgs
