// SPDX-License-Identifier: MIT
// attlog: the console tool for scripts and scheduled jobs. Each subcommand lives in its own file
// and receives its arguments with args[0] = "attlog <command>".

#include "app/cli/checkcommand.h"
#include "app/cli/demodbcommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/plancommand.h"
#include "app/cli/repaircommand.h"
#include "app/cli/reportcommand.h"
#include "app/cli/tailcommand.h"
#include "db/runtime/logging.h"
#include "db/runtime/privatefiles.h"
#include "db/runtime/processexit.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

const std::vector<Command> kCommands = {
    {"check", "connect, check the table and mapping, print row count, key range, newest event",
     runCheckCommand},
    {"demo-db", "write a demo SQLite database with realistic passes", runDemoDbCommand},
    {"export", "every pass matching a History filter, to CSV or XLSX", runExportCommand},
    {"plan", "the work plan: check a plan file, import it into a store, export it", runPlanCommand},
    {"repair", "repair mojibake in text lines (stdin or files)", runRepairCommand},
    {"report", "presence, worktime, timesheet and anomaly reports (csv, json, xlsx)",
     runReportCommand},
    {"tail", "print every new pass once as it arrives", runTailCommand},
};

void printUsage(std::FILE *out)
{
    std::fputs("Usage: attlog <command> [options]\n\nCommands:\n", out);
    for (const Command &c : kCommands)
        std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
    std::fputs("\nGlobal options: --log-level trace|debug|info|warn|error (default warn), "
               "--version, --help.\n"
               "Run 'attlog <command> --help' for a command's options.\n",
               out);
}

// True when the command line asks for a PDF (--format pdf), which is painted with fonts: the one
// case the console tool needs a QGuiApplication.
bool paintsPages(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--format=pdf" ||
            (arg == "--format" && i + 1 < argc && std::string_view(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!paintsPages(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
#ifndef Q_OS_WIN
    // No display is needed to paint a PDF: the offscreen platform has the fonts.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runCommand(int argc, char *argv[])
{
    attlog::db::keepNewFilesPrivate();
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("attlog"));
    QCoreApplication::setApplicationName(QStringLiteral("attlog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTLOG_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();

    // Global options come before the command.
    spdlog::level::level_enum level = spdlog::level::warn;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help")) {
            printUsage(stdout);
            return 0;
        }
        if (opt == QLatin1String("--version")) {
            std::printf("attlog %s (Qt %s)\n", ATTLOG_VERSION, qVersion());
            return 0;
        }
        if (opt == QLatin1String("--log-level") && !args.isEmpty() &&
            attlog::log::parseLevel(args.first(), &level)) {
            args.removeFirst();
            continue;
        }
        std::fprintf(stderr, "attlog: bad option %s\n\n", qPrintable(opt));
        printUsage(stderr);
        return 2;
    }
    if (args.isEmpty()) {
        printUsage(stderr);
        return 2;
    }

    // Logs go to stderr only: stdout carries the command's data.
    attlog::log::LoggingOptions logging;
    logging.level = level;
    logging.directory = attlog::log::defaultLogDirectory();
    attlog::log::initLogging(logging);

    const QString name = args.first();
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name)) {
            args.first() = QStringLiteral("attlog %1").arg(name);
            return c.run(args);
        }
    }
    std::fprintf(stderr, "attlog: unknown command '%s'\n\n", qPrintable(name));
    printUsage(stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // Every object of the run is gone before the process ends (see endProcess()).
    return attlog::db::endProcess(runCommand(argc, argv));
}
