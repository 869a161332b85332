// SPDX-License-Identifier: MIT
#include "app/cli/demodbcommand.h"

#include "core/demo/democonfig.h"
#include "core/event/datetime.h"
#include "db/demo/demodatabase.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>
#include <optional>

namespace {

constexpr const char *kUsage =
    "Usage: attlog demo-db PATH [--days N] [--people N] [--seed N] [--end YYYY-MM-DD]\n"
    "Writes a demo SQLite database with the iVMS-4200 table (attlog) and realistic passes to\n"
    "PATH, replacing the file. The same options give the same rows.\n"
    "  --days N         days of history, 1..3660 (default 60)\n"
    "  --people N       people, 1..100000 (default 300)\n"
    "  --seed N         random seed, 0..18446744073709551615 (default 1)\n"
    "  --end DATE       last day (yyyy-MM-dd); default today, up to the current time\n";

int usageError(const QString &message)
{
    std::fprintf(stderr, "attlog demo-db: %s\n%s", qPrintable(message), kUsage);
    return 2;
}

std::optional<int> intInRange(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

int runDemoDbCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption daysOption(QStringLiteral("days"), QString(), QStringLiteral("N"));
    const QCommandLineOption peopleOption(QStringLiteral("people"), QString(), QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("N"));
    const QCommandLineOption endOption(QStringLiteral("end"), QString(), QStringLiteral("DATE"));
    parser.addOptions({helpOption, daysOption, peopleOption, seedOption, endOption});
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(positional.isEmpty() ? QStringLiteral("PATH is missing")
                                               : QStringLiteral("only one PATH is allowed"));

    attlog::DemoConfig config;
    if (parser.isSet(daysOption)) {
        const auto days = intInRange(parser.value(daysOption), 1, attlog::kMaxDemoDays);
        if (!days)
            return usageError(
                QStringLiteral("--days wants a number from 1 to %1").arg(attlog::kMaxDemoDays));
        config.days = *days;
    }
    if (parser.isSet(peopleOption)) {
        const auto people = intInRange(parser.value(peopleOption), 1, attlog::kMaxDemoPeople);
        if (!people)
            return usageError(
                QStringLiteral("--people wants a number from 1 to %1").arg(attlog::kMaxDemoPeople));
        config.people = *people;
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        config.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--seed wants a whole number from 0"));
    }
    if (parser.isSet(endOption)) {
        const auto end = attlog::parseDate(parser.value(endOption).toStdString());
        // 1970-01-01 is the marker for "now" in DemoConfig.
        if (!end || *end == attlog::Date{})
            return usageError(QStringLiteral("--end wants a date like 2026-03-31"));
        config.endDate = *end;
    }

    const QString path = QDir::cleanPath(positional.first());
    QString error;
    qint64 rows = 0;
    if (!attlog::db::createDemoDatabase(path, config, &error, &rows)) {
        std::fprintf(stderr, "attlog demo-db: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("attlog demo-db: wrote %lld rows (%d days, %d people, seed %llu) to %s\n",
                static_cast<long long>(rows), config.days, config.people,
                static_cast<unsigned long long>(config.seed),
                qPrintable(QDir::toNativeSeparators(path)));
    return 0;
}
