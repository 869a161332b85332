// SPDX-License-Identifier: MIT
#include "app/cli/exportcommand.h"

#include "app/cli/connectionargs.h"
#include "core/db/dictionaryloader.h"
#include "core/db/historyexporter.h"
#include "core/db/queryrunner.h"
#include "core/event/eventdecoder.h"
#include "core/search/historysearch.h"
#include "core/text/repaircache.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>

namespace {

const char *kUsage =
    "Usage: attlog export (--connection CONN | --profile NAME) [--table T]\n"
    "                     --from ISO --to ISO [--door NAME]... [--direction in|out]\n"
    "                     [--search TEXT] --format csv|xlsx --out FILE\n"
    "Writes every pass with --from <= time < --to (ISO date-times, e.g. 2026-11-01T00:00:00 or\n"
    "2026-11-01) that matches the filters, newest first, like the History tab's export.\n"
    "  --door NAME         a door as the viewer shows it (repaired name); repeat for several\n"
    "  --direction D       in or out\n"
    "  --search TEXT       person name (case-insensitive, ё = е), card number or employee ID\n"
    "  --format F          csv (UTF-8 with BOM, comma-separated) or xlsx\n"
    "  --out FILE          written under a temporary name and renamed on success\n";

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

    attlog::db::ConnectionProfile profile;
    QString error;
    if (const int rc = ConnectionArgs::resolve(parser, &profile, &error))
        return rc == 2 ? usageError(error) : failure(error);

    // Names, doors and direction values resolve against the distinct stored values, as in the
    // viewer; without such filters there is nothing to resolve (and no DISTINCT to wait for).
    attlog::ValueDictionary dictionary;
    const bool needsDictionary = parser.isSet(QStringLiteral("door")) ||
                                 parser.isSet(QStringLiteral("search")) || !direction.isEmpty();
    if (needsDictionary) {
        attlog::db::QueryRunner runner(profile);
        attlog::db::DictionaryLoader loader(&runner);
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&loader, &attlog::db::DictionaryLoader::loaded, &loop,
                         [&](const attlog::ValueDictionary &loaded) {
                             dictionary = loaded;
                             ok = true;
                             loop.quit();
                         });
        QObject::connect(&loader, &attlog::db::DictionaryLoader::failed, &loop,
                         [&](const QString &message) {
                             error = message;
                             loop.quit();
                         });
        loader.load();
        loop.exec();
        if (!ok)
            return failure(error);
    }

    attlog::text::RepairCache cache;
    const auto shown = attlog::shownDoorNames(dictionary, cache);
    for (const QString &door : parser.values(QStringLiteral("door"))) {
        const std::string name = door.toStdString();
        if (std::find(shown.begin(), shown.end(), name) == shown.end()) {
            QStringList known;
            for (const std::string &s : shown)
                known << QString::fromStdString(s);
            return failure(QStringLiteral("no door named \"%1\"; the doors are: %2")
                               .arg(door, known.join(QStringLiteral(", "))));
        }
        search.doors.push_back(name);
    }
    const attlog::EventDecoder decoder(cache, profile.directions);
    const attlog::sql::HistoryFilter filter =
        attlog::resolveHistorySearch(search, dictionary, cache, decoder);

    attlog::db::HistoryExporter exporter(profile);
    QEventLoop loop;
    qint64 rows = -1;
    bool done = false;
    QObject::connect(&exporter, &attlog::db::HistoryExporter::finished, &loop,
                     [&](qint64 written, const QString &) {
                         rows = written;
                         done = true;
                         loop.quit();
                     });
    QObject::connect(&exporter, &attlog::db::HistoryExporter::failed, &loop,
                     [&](const QString &message) {
                         error = message;
                         done = true;
                         loop.quit();
                     });
    exporter.start(filter, options);
    if (!done) // start() fails at once when the target cannot be created
        loop.exec();
    if (rows < 0)
        return failure(error);
    std::fprintf(stderr, "attlog export: %lld rows written to %s\n", static_cast<long long>(rows),
                 qPrintable(options.path));
    return 0;
}
