// SPDX-License-Identifier: MIT
#include "app/cli/exportcommand.h"

#include "app/cli/connectionargs.h"
#include "app/cli/eventloop.h"
#include "core/search/historysearch.h"
#include "db/export/historyexporter.h"
#include "db/session/datasession.h"

#include <QCommandLineParser>

#include <cstdio>

namespace {

const char *kUsage =
    "Usage: attlog export (--connection CONN | --profile NAME) [--table T]\n"
    "                     [--map FIELD=COLUMN]... [--key COLUMN|none]\n"
    "                     --from ISO --to ISO [--door NAME]... [--direction in|out]\n"
    "                     [--search TEXT] --format csv|xlsx --out FILE\n"
    "Writes every pass with --from <= time < --to (ISO date-times, e.g. 2026-11-01T00:00:00 or\n"
    "2026-11-01) that matches the filters, newest first, like the History tab's export.\n"
    "  --door NAME         a door as the viewer shows it (repaired name); repeat for several\n"
    "  --direction D       in or out\n"
    "  --search TEXT       person name (case-insensitive, ё = е), card number or employee ID\n"
    "  --format F          csv (UTF-8 with BOM, comma-separated) or xlsx\n"
    "  --out FILE          written under a temporary name and renamed on success; a folder,\n"
    "                      pipe or device is refused, a link replaces the file it names\n";

int usageError(const QString &message)
{
    std::fprintf(stderr, "attlog export: %s\n\n%s", qPrintable(message), kUsage);
    return 2;
}

int failure(const QString &message)
{
    std::fprintf(stderr, "attlog export: %s\n", qPrintable(message));
    return 1;
}

// The message for the first of `doors` that is not one of the `shown` door names; empty when
// all are.
QString unknownDoor(const QStringList &doors, const QStringList &shown)
{
    for (const QString &door : doors) {
        if (!shown.contains(door))
            return QStringLiteral("no door named \"%1\"; the doors are: %2")
                .arg(door, shown.join(QStringLiteral(", ")));
    }
    return {};
}

// Runs the export in a data session: the dictionary first when a filter needs it (the doors
// checked against the names the viewer shows), then the export on its own thread. Ctrl+C or
// SIGTERM cancels it, and the half-written file goes. Returns the exit code.
int exportThroughSession(const attlog::db::ConnectionProfile &profile,
                         attlog::db::HistoryExportRequest request, const QStringList &doors,
                         bool needsDictionary, qint64 *rows, QString *error)
{
    attlog::db::SessionOptions sessionOptions;
    sessionOptions.live = sessionOptions.countToday = sessionOptions.connectAtOnce = false;
    sessionOptions.dictionary = needsDictionary;
    attlog::db::DataSession session;
    attlog::db::HistorySource *history = session.history();
    attlog::db::ExportRequestId exportId;
    const int rc = runInEventLoop(
        [&](const FinishFunction &finish) {
            QObject::connect(history, &attlog::db::HistorySource::exportFinished, history,
                             [rows, finish](attlog::db::ExportRequestId, qint64 written) {
                                 *rows = written;
                                 finish(0);
                             });
            QObject::connect(history, &attlog::db::HistorySource::exportFailed, history,
                             [error, finish](attlog::db::ExportRequestId, const QString &message) {
                                 *error = message;
                                 finish(1);
                             });
            QObject::connect(&session, &attlog::db::DataSession::dictionaryFailed, &session,
                             [error, finish](const QString &message) {
                                 *error = message;
                                 finish(1);
                             });
            QObject::connect(&session, &attlog::db::DataSession::dictionaryLoaded, &session, [&] {
                if (exportId.isValid())
                    return; // a later load of the dictionary
                if (const QString unknown = unknownDoor(doors, session.doorNames());
                    !unknown.isEmpty()) {
                    *error = unknown;
                    finish(1);
                    return;
                }
                for (const QString &door : doors)
                    request.search.doors.push_back(door.toStdString());
                exportId = history->startExport(request);
            });
            session.open(profile, profile.name, sessionOptions);
            if (!needsDictionary)
                exportId = history->startExport(request);
        },
        [&](const FinishFunction &finish) {
            *error = QStringLiteral("interrupted: no file was written");
            if (exportId.isValid())
                history->cancel(exportId); // ends with exportFailed(), the file discarded
            else
                finish(1);
        });
    if (rc != 0 && error->startsWith(QLatin1String("Export cancelled")))
        *error = QStringLiteral("interrupted: no file was written");
    session.close();
    return rc;
}

} // namespace

int runExportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, {}});
    ConnectionArgs::addOptions(parser);
    for (const char *name : {"from", "to", "door", "direction", "search", "format", "out"})
        parser.addOption({QString::fromLatin1(name), {}, QStringLiteral("VALUE")});
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(kUsage, stdout);
        std::fputs(ConnectionArgs::usage().toUtf8().constData(), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));

    attlog::HistorySearch search;
    const auto from = attlog::parseDateTime(parser.value(QStringLiteral("from")).toStdString());
    const auto to = attlog::parseDateTime(parser.value(QStringLiteral("to")).toStdString());
    if (!from || !to)
        return usageError(
            QStringLiteral("--from and --to take ISO date-times (YYYY-MM-DDTHH:MM:SS)"));
    if (!(*from < *to))
        return usageError(QStringLiteral("--from must be before --to"));
    search.from = from;
    search.to = to;
    const QString direction = parser.value(QStringLiteral("direction"));
    if (direction == QLatin1String("in")) {
        search.out = search.unknown = false;
    } else if (direction == QLatin1String("out")) {
        search.in = search.unknown = false;
    } else if (!direction.isEmpty()) {
        return usageError(QStringLiteral("--direction takes in or out"));
    }
    search.text = parser.value(QStringLiteral("search")).toStdString();

    attlog::db::HistoryExportOptions options;
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("csv"))
        options.format = attlog::db::HistoryExportOptions::Format::Csv;
    else if (format == QLatin1String("xlsx"))
        options.format = attlog::db::HistoryExportOptions::Format::Xlsx;
    else
        return usageError(QStringLiteral("--format takes csv or xlsx"));
    options.path = parser.value(QStringLiteral("out"));
    if (options.path.isEmpty())
        return usageError(QStringLiteral("--out FILE is required"));
    if (options.path == QLatin1String("-"))
        return usageError(
            QStringLiteral("--out - : export writes a file (named, replaced only when "
                           "complete), not standard output"));

    attlog::db::ConnectionProfile profile;
    QString error;
    if (const int rc = ConnectionArgs::resolve(parser, &profile, &error))
        return rc == 2 ? usageError(error) : failure(error);

    // Names, doors and direction values resolve against the distinct stored values, as in the
    // viewer; without such filters there is nothing to resolve (and no DISTINCT to wait for).
    const QStringList doors = parser.values(QStringLiteral("door"));
    const bool needsDictionary =
        !doors.isEmpty() || parser.isSet(QStringLiteral("search")) || !direction.isEmpty();
    qint64 rows = -1;
    const int rc = exportThroughSession(profile, attlog::db::HistoryExportRequest{search, options},
                                        doors, needsDictionary, &rows, &error);
    if (rc != 0)
        return failure(error);
    std::fprintf(stderr, "attlog export: %lld rows written to %s\n", static_cast<long long>(rows),
                 qPrintable(options.path));
    return 0;
}
