// SPDX-License-Identifier: MIT
#include "db/connection/connectionstring.h"

namespace attlog::db {

QStringList connectionStringKeys(const QString &connectionString)
{
    QStringList keys;
    qsizetype pos = 0;
    const qsizetype size = connectionString.size();
    while (pos < size) {
        const qsizetype equals = connectionString.indexOf(QLatin1Char('='), pos);
        const qsizetype semicolon = connectionString.indexOf(QLatin1Char(';'), pos);
        if (equals < 0 || (semicolon >= 0 && semicolon < equals)) {
            // A part without a value: skipped, as the Driver Manager does.
            if (semicolon < 0)
                break;
            pos = semicolon + 1;
            continue;
        }
        const QString key = connectionString.mid(pos, equals - pos).trimmed();
        if (!key.isEmpty())
            keys << key;
        pos = equals + 1;
        while (pos < size && connectionString[pos] == QLatin1Char(' '))
            ++pos;
        if (pos < size && connectionString[pos] == QLatin1Char('{')) {
            // A braced value ends at a '}' that is not doubled.
            ++pos;
            while (pos < size) {
                if (connectionString[pos] == QLatin1Char('}')) {
                    if (pos + 1 < size && connectionString[pos + 1] == QLatin1Char('}')) {
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                ++pos;
            }
        }
        const qsizetype end = connectionString.indexOf(QLatin1Char(';'), pos);
        if (end < 0)
            break;
        pos = end + 1;
    }
    return keys;
}

QString connectStatementProblem(const QString &connectionString)
{
    static const QStringList kRunSql{QStringLiteral("INITSTMT"), QStringLiteral("ConnSettings"),
                                     QStringLiteral("A6")};
    for (const QString &key : connectionStringKeys(connectionString)) {
        for (const QString &forbidden : kRunSql) {
            if (key.compare(forbidden, Qt::CaseInsensitive) == 0)
                return QStringLiteral("the connection string's %1 runs SQL when connecting; "
                                      "attlog only reads, so it does not accept it: remove %1")
                    .arg(key);
        }
    }
    return {};
}

} // namespace attlog::db
