// SPDX-License-Identifier: MIT
#include "db/connection/connectionstring.h"

namespace attlog::db {

QList<ConnectionStringPair> connectionStringPairs(const QString &connectionString)
{
    QList<ConnectionStringPair> pairs;
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
        ConnectionStringPair pair;
        pair.key = connectionString.mid(pos, equals - pos).trimmed();
        const qsizetype pairStart = pos;
        pos = equals + 1;
        while (pos < size && connectionString[pos] == QLatin1Char(' '))
            ++pos;
        const qsizetype valueStart = pos;
        if (pos < size && connectionString[pos] == QLatin1Char('{')) {
            // A braced value ends at a '}' that is not doubled; one never closed is malformed and
            // read as a plain value (up to the next ';').
            bool closed = false;
            ++pos;
            while (pos < size && !closed) {
                if (connectionString[pos] == QLatin1Char('}')) {
                    if (pos + 1 < size && connectionString[pos + 1] == QLatin1Char('}')) {
                        pos += 2;
                        continue;
                    }
                    closed = true;
                }
                ++pos;
            }
            if (!closed) {
                pos = valueStart;
                pair.unclosedBrace = true;
            }
        }
        qsizetype end = connectionString.indexOf(QLatin1Char(';'), pos);
        if (end < 0)
            end = size;
        pair.value = connectionString.mid(valueStart, end - valueStart).trimmed();
        if (pos > valueStart && pair.value.size() >= 2 && pair.value.endsWith(QLatin1Char('}')))
            pair.value = pair.value.mid(1, pair.value.size() - 2)
                             .replace(QLatin1String("}}"), QLatin1String("}"));
        pair.text = connectionString.mid(pairStart, end - pairStart);
        if (!pair.key.isEmpty())
            pairs << pair;
        pos = end + 1;
    }
    return pairs;
}

QStringList connectionStringKeys(const QString &connectionString)
{
    QStringList keys;
    for (const ConnectionStringPair &pair : connectionStringPairs(connectionString))
        keys << pair.key;
    return keys;
}

bool isPasswordKey(const QString &key)
{
    return key.compare(QLatin1String("PWD"), Qt::CaseInsensitive) == 0 ||
           key.compare(QLatin1String("Password"), Qt::CaseInsensitive) == 0;
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
