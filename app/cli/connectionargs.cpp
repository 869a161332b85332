// SPDX-License-Identifier: MIT
#include "app/cli/connectionargs.h"

#include "core/db/credentialstore.h"
#include "core/db/profilestore.h"

#include <QCommandLineParser>
#include <QSettings>

namespace ConnectionArgs {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("connection"), {}, QStringLiteral("CONN")});
    parser.addOption({QStringLiteral("profile"), {}, QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("table"), {}, QStringLiteral("T")});
}

QString usage()
{
    return QStringLiteral(
        "  --connection CONN   ODBC connection string (DRIVER={...};...), odbc:DSN=name;...,\n"
        "                      or sqlite:PATH\n"
        "  --profile NAME      a connection saved in attlog-viewer (instead of --connection)\n"
        "  --table T           the events table (default dbo.attlog on SQL Server, else attlog)\n");
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
    } else {
        QSettings settings;
        const attlog::db::ProfileStore store(settings);
        const QString name = parser.value(QStringLiteral("profile"));
        auto saved = store.profile(name);
        if (!saved) {
            *error = QStringLiteral("no saved connection profile named \"%1\"").arg(name);
            return 1;
        }
        if (saved->needsPassword()) {
            attlog::db::CredentialStore credentials;
            const auto password = credentials.read(name);
            if (!password) {
                *error =
                    QStringLiteral("the password of profile \"%1\" is not in the credential store "
                                   "(%2); use --connection instead")
                        .arg(name, credentials.errorString());
                return 1;
            }
            saved->password = *password;
        }
        *profile = std::move(*saved);
    }
    if (parser.isSet(QStringLiteral("table")))
        profile->table = parser.value(QStringLiteral("table"));
    return 0;
}

} // namespace ConnectionArgs
