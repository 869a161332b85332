// SPDX-License-Identifier: MIT
#include "app/cli/checkcommand.h"

#include "app/cli/connectionargs.h"
#include "app/cli/eventloop.h"
#include "db/runtime/logging.h"
#include "db/session/datasession.h"

#include <spdlog/spdlog.h>

#include <QCommandLineParser>

#include <cstdio>
#include <optional>

namespace {

void printUsage(std::FILE *out)
{
    const QString text =
        QStringLiteral("Usage: attlog check (--connection CONN | --profile NAME) [--table T]\n"
                       "                    [--map FIELD=COLUMN]... [--key COLUMN|none]\n\n"
                       "Connects, checks the table and its mapped columns, and prints the row "
                       "count, key range, newest event, how Live follows the table (by key, or "
                       "keyless by time) and what was fitted to the table's columns.\n"
                       "Exit status: 0 usable, 1 not (the reason on stderr), 2 bad arguments.\n\n"
                       "Options:\n") +
        ConnectionArgs::usage();
    std::fputs(text.toUtf8().constData(), out);
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "attlog check: %s\n\n", message.toUtf8().constData());
    printUsage(stderr);
    return 2;
}

QString describe(const attlog::AccessEvent &event, bool keyless)
{
    using namespace attlog;
    QStringList parts;
    if (event.key)
        parts << QStringLiteral("#%1").arg(*event.key);
    else if (!keyless)
        parts << QStringLiteral("(no key)");
    parts << (event.time ? QString::fromStdString(formatIsoDateTime(*event.time))
                         : QStringLiteral("(no time)"));
    parts << QString::fromStdString(std::string(directionName(event.direction)));
    parts << (event.person.empty() ? QStringLiteral("(no name)")
                                   : QString::fromStdString(event.person));
    QStringList ids;
    if (!event.employeeId.empty())
        ids << QStringLiteral("employee %1").arg(QString::fromStdString(event.employeeId));
    if (!event.card.empty())
        ids << QStringLiteral("card %1").arg(QString::fromStdString(event.card));
    if (!ids.isEmpty())
        parts << QStringLiteral("(%1)").arg(ids.join(QStringLiteral(", ")));
    if (!event.door.empty())
        parts << QStringLiteral("at %1").arg(QString::fromStdString(event.door));
    return parts.join(QLatin1Char(' '));
}

} // namespace

int runCheckCommand(const QStringList &args)
{
    try {
        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
        parser.addOption(help);
        ConnectionArgs::addOptions(parser);
        if (!parser.parse(args))
            return usageError(parser.errorText());
        if (parser.isSet(help)) {
            printUsage(stdout);
            return 0;
        }
        if (!parser.positionalArguments().isEmpty())
            return usageError(QStringLiteral("unexpected argument %1")
                                  .arg(parser.positionalArguments().constFirst()));
        attlog::db::ConnectionProfile profile;
        QString error;
        if (const int rc = ConnectionArgs::resolve(parser, &profile, &error)) {
            if (rc == 2)
                return usageError(error);
            std::fprintf(stderr, "attlog check: %s\n", error.toUtf8().constData());
            return rc;
        }

        attlog::db::DataSession session;
        std::optional<attlog::db::TableSummary> summary;
        const int rc = runInEventLoop([&](const FinishFunction &finish) {
            attlog::db::SessionOptions options;
            options.live = options.countToday = options.dictionary = false;
            options.connectAtOnce = false;
            session.open(profile, profile.name, options);
            QObject::connect(&session, &attlog::db::DataSession::tableChecked, &session,
                             [&summary, finish](const attlog::db::TableSummary &checked) {
                                 summary = checked;
                                 finish(0);
                             });
            QObject::connect(&session, &attlog::db::DataSession::tableCheckFailed, &session,
                             [finish](const QString &message) {
                                 std::fprintf(stderr, "attlog check: %s\n",
                                              message.toUtf8().constData());
                                 finish(1);
                             });
            session.checkTable();
        });
        session.close();
        if (rc != 0 || !summary)
            return 1;
        const attlog::db::TableSummary &s = *summary;
        QString text;
        text += QStringLiteral("Server:    %1\n").arg(s.server);
        text += QStringLiteral("Table:     %1 (table and mapped columns found)\n").arg(s.table);
        text += QStringLiteral("Rows:      %1\n").arg(s.rowCount);
        if (s.minKey && s.maxKey)
            text += QStringLiteral("Keys:      %1 .. %2\n").arg(*s.minKey).arg(*s.maxKey);
        else if (!s.keyColumn.isEmpty())
            text += QStringLiteral("Keys:      (no rows)\n");
        text += QStringLiteral("Newest:    %1\n")
                    .arg(s.newestEvent ? describe(*s.newestEvent, s.keyColumn.isEmpty())
                                       : QStringLiteral("(none)"));
        if (s.keyColumn.isEmpty()) {
            text += QStringLiteral("Mode:      keyless (%1): Live follows new rows by their time")
                        .arg(s.keylessReason);
            text += s.addKeyScript.isEmpty()
                        ? QStringLiteral("\n")
                        : QStringLiteral("; a key column makes each poll cheaper: see sql/%1, "
                                         "then --key rowId\n")
                              .arg(s.addKeyScript);
        } else {
            text += QStringLiteral("Mode:      key (column %1)\n").arg(s.keyColumn);
        }
        for (const QString &note : s.notes)
            text += QStringLiteral("Note:      %1\n").arg(note);
        std::fputs(text.toUtf8().constData(), stdout);
        std::fflush(stdout);
        return 0;
    } catch (const std::exception &ex) {
        attlog::log::app()->critical("attlog check: {}", ex.what());
        std::fprintf(stderr, "attlog check: internal error: %s\n", ex.what());
        return 1;
    }
}
