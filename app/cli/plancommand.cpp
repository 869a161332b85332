// SPDX-License-Identifier: MIT
#include "app/cli/plancommand.h"

#include "app/cli/textoutput.h"
#include "db/plan/planstore.h"
#include "db/plan/workplanjson.h"
#include "db/runtime/osuser.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <string_view>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace {

using namespace attlog;

constexpr const char *kUsage =
    "Usage:\n"
    "  attlog plan check FILE                   read a plan (JSON or a store) and summarise it\n"
    "  attlog plan import FILE [--store PATH]   save a JSON plan as the store's next version\n"
    "  attlog plan export [--store PATH] [--out FILE]\n"
    "                                           the store's plan as JSON (default: stdout)\n"
    "The store is a SQLite file; by default the per-user one the viewer uses. A plan that\n"
    "cannot be read is refused with where (exit 1); the store keeps every saved version.\n";

int usageError(const QString &message)
{
    std::fprintf(stderr, "attlog plan: %s\n\n%s", qPrintable(message), kUsage);
    return 2;
}

int failure(const QString &message)
{
    std::fprintf(stderr, "attlog plan: %s\n", qPrintable(message));
    return 1;
}

void printSummary(const WorkPlan &plan)
{
    std::size_t members = 0;
    for (const auto &[name, ids] : plan.groups)
        members += ids.size();
    std::printf("shifts: %zu\npatterns: %zu\ngroups: %zu (%zu members)\nassignments: %zu\n"
                "overrides: %zu\nabsences: %zu\nholidays: %zu\ndays off: %zu\nshort days: %zu\n"
                "working days: %zu\n",
                plan.shifts.size(), plan.patterns.size(), plan.groups.size(), members,
                plan.assignments.size(), plan.overrides.size(), plan.absences.size(),
                plan.calendar.holidays.size(), plan.calendar.daysOff.size(),
                plan.calendar.shortDays.size(), plan.calendar.workingDays.size());
}

QString userName()
{
    return db::operatingSystemUser();
}

} // namespace

int runPlanCommand(const QStringList &args)
{
    if (args.size() < 2)
        return usageError(QStringLiteral("which? check, import or export"));
    const QString action = args.at(1);
    if (action == QLatin1String("-h") || action == QLatin1String("--help")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
#ifdef _WIN32
    // LF line ends as on every platform, and the JSON's bytes as they are.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), {}, QStringLiteral("PATH"));
    const QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("FILE"));
    parser.addOptions({store, out});
    if (!parser.parse(QStringList{args.at(0)} + args.mid(2)))
        return usageError(parser.errorText());
    const QStringList files = parser.positionalArguments();
    const QString storePath =
        parser.isSet(store) ? parser.value(store) : db::PlanStore::defaultPath();
    QString error;

    if (action == QLatin1String("check")) {
        if (files.size() != 1 || parser.isSet(store) || parser.isSet(out))
            return usageError(QStringLiteral("check takes one FILE"));
        const std::optional<WorkPlan> plan = db::readPlan(files.first(), &error);
        if (!plan)
            return failure(error);
        printSummary(*plan);
        return 0;
    }
    if (action == QLatin1String("import")) {
        if (files.size() != 1 || parser.isSet(out))
            return usageError(QStringLiteral("import takes one FILE and --store"));
        const std::optional<WorkPlan> plan = db::readWorkPlanFile(files.first(), &error);
        if (!plan)
            return failure(error);
        db::PlanStore target(storePath);
        const std::optional<db::PlanStore::Loaded> current = target.load(&error);
        if (!current)
            return failure(error);
        qint64 version = 0;
        if (!target.save(*plan, current->version, userName(), &version, &error))
            return failure(error);
        std::printf("saved as version %lld of %s\n", version, qPrintable(storePath));
        return 0;
    }
    if (action == QLatin1String("export")) {
        if (!files.isEmpty())
            return usageError(QStringLiteral("export takes --store and --out, no FILE"));
        db::PlanStore source(storePath);
        const std::optional<db::PlanStore::Loaded> loaded = source.load(&error);
        if (!loaded)
            return failure(error);
        const QByteArray json = db::workPlanToJson(loaded->plan);
        QString target = parser.value(out);
        if (target == QLatin1String("-"))
            target.clear(); // standard output
        if (!writeTextOutput(target, std::string_view(json.constData(), std::size_t(json.size())),
                             &error))
            return failure(error);
        return 0;
    }
    return usageError(QStringLiteral("unknown action '%1' (check, import or export)").arg(action));
}
