// SPDX-License-Identifier: MIT
// Fuzz target: connection profiles and ODBC connection strings (db/connection/connectionprofile.h).
// The input is split into lines: a CONN argument as the console tool takes it, then a password,
// user, server, database, ODBC driver, DSN and port, each filling the field of that name.
// Properties:
// - profileFromConnectionArgument() accepts only the documented forms and always explains a
//   refusal;
// - takePasswordFromConnectionString() leaves no password behind (a second take finds none and
//   changes nothing), and gives back exactly the password odbcConnectionString() added to a typed
//   string;
// - for the profile kinds built from fields, odbcConnectionString() is well-formed (the reader
//   below splits it into key=value pairs, {braced} values with }} for '}') and every field arrives
//   as its own value, unchanged: no field can add or alter a key (e.g. a user "x;PWD=y").
#include "db/connection/connectionprofile.h"

#include "tests/fuzz/fuzzcheck.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

using namespace attlog::db;

namespace {

using Pairs = QList<QPair<QString, QString>>;

// key=value pairs separated by ';'; a value starting with '{' runs to the '}' not doubled.
std::optional<Pairs> parseOdbc(const QString &text)
{
    Pairs pairs;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype equals = text.indexOf(QLatin1Char('='), pos);
        if (equals < 0)
            return std::nullopt;
        const QString key = text.mid(pos, equals - pos);
        if (key.isEmpty() || key.contains(QLatin1Char(';')) || key.contains(QLatin1Char('{')))
            return std::nullopt;
        pos = equals + 1;
        QString value;
        if (pos < text.size() && text[pos] == QLatin1Char('{')) {
            ++pos;
            for (;;) {
                if (pos >= text.size())
                    return std::nullopt;
                if (text[pos] == QLatin1Char('}')) {
                    if (pos + 1 < text.size() && text[pos + 1] == QLatin1Char('}')) {
                        value += QLatin1Char('}');
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                value += text[pos++];
            }
        } else {
            while (pos < text.size() && text[pos] != QLatin1Char(';'))
                value += text[pos++];
        }
        pairs.append({key, value});
        if (pos < text.size()) {
            if (text[pos] != QLatin1Char(';'))
                return std::nullopt;
            ++pos;
        }
    }
    return pairs;
}

QString valueOf(const Pairs &pairs, const char *key)
{
    for (const auto &pair : pairs)
        if (pair.first.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
            return pair.second;
    return {};
}

int countOf(const Pairs &pairs, const char *key)
{
    int count = 0;
    for (const auto &pair : pairs)
        count += pair.first.compare(QLatin1String(key), Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

std::string_view input;

void checkArgument(const QString &argument)
{
    QString error;
    const auto profile = profileFromConnectionArgument(argument, &error);
    if (!profile) {
        FUZZ_CHECK(!error.isEmpty(), input);
        return;
    }
    if (profile->kind == ConnectionKind::SqliteFile) {
        FUZZ_CHECK(!profile->sqlitePath.isEmpty(), input);
    } else {
        FUZZ_CHECK(profile->kind == ConnectionKind::OdbcConnectionString, input);
        FUZZ_CHECK(profile->connectionString.contains(QLatin1Char('=')), input);
    }
}

void checkTypedString(const QString &typed, const QString &password)
{
    QString taken;
    const QString rest = takePasswordFromConnectionString(typed, &taken);
    QString again;
    FUZZ_CHECK(takePasswordFromConnectionString(rest, &again) == rest, input);
    FUZZ_CHECK(again.isEmpty(), input);

    ConnectionProfile profile;
    profile.kind = ConnectionKind::OdbcConnectionString;
    profile.connectionString = rest;
    profile.password = password;
    QString back;
    takePasswordFromConnectionString(odbcConnectionString(profile), &back);
    FUZZ_CHECK(back == password, input);
}

void checkBuiltString(ConnectionProfile profile, ConnectionKind kind)
{
    profile.kind = kind;
    const QString text = odbcConnectionString(profile);
    const auto pairs = parseOdbc(text);
    FUZZ_CHECK(pairs.has_value(), input);
    const bool sqlServer = kind == ConnectionKind::SqlServer;
    const bool credentials = !(sqlServer && profile.integratedAuth);
    FUZZ_CHECK(countOf(*pairs, "UID") == (credentials && !profile.user.isEmpty() ? 1 : 0), input);
    FUZZ_CHECK(countOf(*pairs, "PWD") == (credentials && !profile.password.isEmpty() ? 1 : 0),
               input);
    if (credentials) {
        FUZZ_CHECK(valueOf(*pairs, "UID") == profile.user, input);
        FUZZ_CHECK(valueOf(*pairs, "PWD") == profile.password, input);
        QString taken;
        takePasswordFromConnectionString(text, &taken);
        FUZZ_CHECK(taken == profile.password, input);
    }
    if (kind == ConnectionKind::OdbcDsn) {
        FUZZ_CHECK(countOf(*pairs, "DSN") == (profile.dsn.isEmpty() ? 0 : 1), input);
        FUZZ_CHECK(valueOf(*pairs, "DSN") == profile.dsn, input);
        return;
    }
    FUZZ_CHECK(valueOf(*pairs, "DRIVER") == profile.odbcDriver, input);
    FUZZ_CHECK(valueOf(*pairs, "DATABASE") == profile.database, input);
    FUZZ_CHECK(countOf(*pairs, "SERVER") <= 1 && countOf(*pairs, "DATABASE") <= 1, input);
    const bool freeTds = profile.odbcDriver.contains(QLatin1String("FreeTDS"), Qt::CaseInsensitive);
    if (sqlServer && !freeTds && profile.port > 0) {
        const QString host = profile.server.section(QLatin1Char('\\'), 0, 0);
        FUZZ_CHECK(valueOf(*pairs, "SERVER") == QStringLiteral("tcp:") + host + QLatin1Char(',') +
                                                    QString::number(profile.port),
                   input);
    } else {
        FUZZ_CHECK(valueOf(*pairs, "SERVER") == profile.server, input);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    input = std::string_view(reinterpret_cast<const char *>(data), size);
    const QStringList lines =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size))
            .split(QLatin1Char('\n'));
    const auto line = [&](int i) { return i < lines.size() ? lines[i] : QString(); };

    checkArgument(line(0));
    checkTypedString(line(0), line(1));

    ConnectionProfile profile;
    profile.password = line(1);
    profile.user = line(2);
    profile.server = line(3);
    profile.database = line(4);
    profile.odbcDriver = line(5);
    profile.dsn = line(6);
    profile.port = line(7).toInt();
    profile.integratedAuth = line(8) == QLatin1String("integrated");
    for (const ConnectionKind kind : {ConnectionKind::SqlServer, ConnectionKind::MySql,
                                      ConnectionKind::PostgreSql, ConnectionKind::OdbcDsn})
        checkBuiltString(profile, kind);
    return 0;
}
