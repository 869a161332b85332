// SPDX-License-Identifier: MIT
#include "app/cli/tailcommand.h"

#include "core/export/jsonwriter.h"
#include "core/text/utf8.h"

#include "app/cli/connectionargs.h"
#include "app/cli/eventloop.h"
#include "db/runtime/logging.h"
#include "db/session/datasession.h"

#include <spdlog/spdlog.h>

#include <QCommandLineParser>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>

namespace {

enum class Format
{
    Tsv,
    Json
};

void printUsage(std::FILE *out)
{
    const QString text =
        QStringLiteral(
            "Usage: attlog tail (--connection CONN | --profile NAME) [--table T]\n"
            "                   [--map FIELD=COLUMN]... [--key COLUMN|none]\n"
            "                   [--interval-ms 1000] [--since-key K | --last N]\n"
            "                   [--format tsv|json] [--no-header] [--recheck-s 30]\n\n"
            "Prints every new event once as it arrives, one line each. TSV columns: key, "
            "datetime,\ndirection, person, employee_id, card, door, reader (with a header line "
            "unless\n--no-header); json: one object per line. Ctrl+C ends it (exit 0).\n\n"
            "Options:\n") +
        ConnectionArgs::usage() +
        QStringLiteral(
            "  --interval-ms MS    poll interval, 200..60000 (default 1000)\n"
            "  --since-key K       print every event with a key above K first\n"
            "  --last N            print the newest N events first (default 10; 0: none)\n"
            "  --format tsv|json   output format (default tsv)\n"
            "  --recheck-s S       keyless mode (a table without a key column): how often rows\n"
            "                      written later for times in the last 72 hours are looked for,\n"
            "                      1..3600 seconds (default 30)\n"
            "Without a key column (--key none, or the table has none) rows are followed by\n"
            "their time, the key column is left empty and --since-key cannot be used.\n");
    std::fputs(text.toUtf8().constData(), out);
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "attlog tail: %s\n\n", message.toUtf8().constData());
    printUsage(stderr);
    return 2;
}

// TSV cells cannot hold tabs or line breaks: they become spaces. Other control characters (ESC,
// BEL, NUL, C1) would act on the terminal: they become U+FFFD.
std::string tsvCell(const std::string &text)
{
    std::string out = attlog::text::utf8::replaceControls(text, "\t\n\r");
    for (char &c : out)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return out;
}

std::string jsonString(const std::string &text)
{
    std::string out;
    attlog::JsonWriter::appendEscaped(out, text);
    return out;
}

std::string formatLine(const attlog::AccessEvent &e, Format format)
{
    using namespace attlog;
    const std::string time = e.time ? formatIsoDateTime(*e.time) : std::string();
    const std::string direction(directionName(e.direction));
    const std::string key = e.key ? std::to_string(*e.key) : std::string();
    if (format == Format::Tsv) {
        return key + '\t' + time + '\t' + direction + '\t' + tsvCell(e.person) + '\t' +
               tsvCell(e.employeeId) + '\t' + tsvCell(e.card) + '\t' + tsvCell(e.door) + '\t' +
               tsvCell(e.reader) + '\n';
    }
    return "{\"key\":" + (e.key ? key : std::string("null")) +
           ",\"datetime\":" + (e.time ? jsonString(time) : std::string("null")) +
           ",\"direction\":" + jsonString(direction) + ",\"person\":" + jsonString(e.person) +
           ",\"employee_id\":" + jsonString(e.employeeId) + ",\"card\":" + jsonString(e.card) +
           ",\"door\":" + jsonString(e.door) + ",\"reader\":" + jsonString(e.reader) + "}\n";
}

// Says on stderr, the first time `signal` reports rows, "<count> <what()>"; never again: a
// script's log gets the fact once, not at every poll. `what` is asked then (it may depend on
// the feed's mode).
template <typename Signal, typename What>
void sayOnce(attlog::db::DataSession &session, Signal signal, What what)
{
    auto said = std::make_shared<bool>(false);
    QObject::connect(&session, signal, &session, [said, what](qint64 rows) {
        if (std::exchange(*said, true))
            return;
        std::fprintf(stderr, "attlog tail: %lld %s\n", static_cast<long long>(rows), what());
        std::fflush(stderr);
    });
}

void printKeyReset(const attlog::db::KeyReset &reset)
{
    std::fprintf(stderr,
                 "attlog tail: the table's keys were reset (highest key now %s, was above %lld): "
                 "following it from the start\n",
                 reset.newMaxKey ? std::to_string(*reset.newMaxKey).c_str() : "none",
                 static_cast<long long>(reset.previousWatermark));
    std::fflush(stderr);
}

void printStatus(const attlog::db::LiveStatus &status)
{
    using State = attlog::db::LiveStatus::State;
    QString line;
    switch (status.state) {
    case State::Connecting:
        return;
    case State::Connected:
        line = QStringLiteral("connected");
        break;
    case State::Reconnecting:
        line = QStringLiteral("%1; retrying in %2 s")
                   .arg(status.message)
                   .arg(double(status.retryIn.count()) / 1000.0, 0, 'g', 3);
        break;
    case State::Error:
        line = status.message;
        break;
    case State::Stopped:
        return;
    }
    std::fprintf(stderr, "attlog tail: %s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

int runTail(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption interval(QStringLiteral("interval-ms"), {}, QStringLiteral("MS"),
                                      QStringLiteral("1000"));
    const QCommandLineOption sinceKey(QStringLiteral("since-key"), {}, QStringLiteral("K"));
    const QCommandLineOption last(QStringLiteral("last"), {}, QStringLiteral("N"),
                                  QStringLiteral("10"));
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("tsv|json"),
                                    QStringLiteral("tsv"));
    const QCommandLineOption noHeader(QStringLiteral("no-header"));
    const QCommandLineOption recheck(QStringLiteral("recheck-s"), {}, QStringLiteral("S"),
                                     QStringLiteral("30"));
    parser.addOptions({help, interval, sinceKey, last, format, noHeader, recheck});
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

    using attlog::db::LiveFeedOptions;
    LiveFeedOptions options;
    bool ok = false;
    const qlonglong ms = parser.value(interval).toLongLong(&ok);
    if (!ok || ms < LiveFeedOptions::kMinInterval.count() ||
        ms > LiveFeedOptions::kMaxInterval.count())
        return usageError(QStringLiteral("--interval-ms must be a number from %1 to %2")
                              .arg(LiveFeedOptions::kMinInterval.count())
                              .arg(LiveFeedOptions::kMaxInterval.count()));
    options.interval = std::chrono::milliseconds(ms);
    const int recheckSeconds = parser.value(recheck).toInt(&ok);
    if (!ok || recheckSeconds < 1 || recheckSeconds > 3600)
        return usageError(QStringLiteral("--recheck-s must be a number from 1 to 3600"));
    options.keylessCountInterval = std::chrono::seconds(recheckSeconds);
    if (parser.isSet(sinceKey) && parser.isSet(last))
        return usageError(QStringLiteral("give --since-key or --last, not both"));
    if (parser.isSet(sinceKey)) {
        const qlonglong key = parser.value(sinceKey).toLongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--since-key needs an integer key"));
        options.startAfterKey = key;
    } else {
        const int count = parser.value(last).toInt(&ok);
        if (!ok || count < 0 || count > attlog::sql::kMaxRowLimit)
            return usageError(QStringLiteral("--last needs a number from 0 to %1")
                                  .arg(attlog::sql::kMaxRowLimit));
        options.initialCount = count;
    }
    Format outputFormat = Format::Tsv;
    if (parser.value(format) == QLatin1String("json"))
        outputFormat = Format::Json;
    else if (parser.value(format) != QLatin1String("tsv"))
        return usageError(QStringLiteral("--format must be tsv or json"));

    attlog::db::ConnectionProfile profile;
    QString error;
    if (const int rc = ConnectionArgs::resolve(parser, &profile, &error)) {
        if (rc == 2)
            return usageError(error);
        std::fprintf(stderr, "attlog tail: %s\n", error.toUtf8().constData());
        return rc;
    }

    if (outputFormat == Format::Tsv && !parser.isSet(noHeader)) {
        std::fputs("key\tdatetime\tdirection\tperson\temployee_id\tcard\tdoor\treader\n", stdout);
        std::fflush(stdout);
    }

    attlog::db::SessionOptions sessionOptions;
    sessionOptions.queries = false; // the live feed only
    sessionOptions.liveOptions = options;
    attlog::db::DataSession session;
    const auto print = [outputFormat](const QList<attlog::AccessEvent> &events) {
        std::string text;
        for (const attlog::AccessEvent &event : events)
            text += formatLine(event, outputFormat);
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
    };
    QObject::connect(&session, &attlog::db::DataSession::liveInitialEvents, &session, print);
    QObject::connect(&session, &attlog::db::DataSession::liveEvents, &session, print);
    QObject::connect(&session, &attlog::db::DataSession::liveReset, &session, printKeyReset);
    sayOnce(session, &attlog::db::DataSession::liveDuplicateKeys, [] {
        return "row(s) share a key with an earlier row and were passed over: the key column is "
               "not unique, each key is printed once";
    });
    bool keyless = false;
    QObject::connect(&session, &attlog::db::DataSession::liveMode, &session,
                     [&keyless](bool isKeyless, const QString &reason) {
                         keyless = isKeyless;
                         if (isKeyless)
                             std::fprintf(stderr,
                                          "attlog tail: keyless mode (%s): rows are followed by "
                                          "their time, the key column is left empty\n",
                                          reason.toUtf8().constData());
                     });
    sayOnce(session, &attlog::db::DataSession::liveUnkeyedRows, [&keyless] {
        return keyless ? "row(s) have no time (NULL) and cannot be followed by time: they are not "
                         "printed"
                       : "row(s) have no usable key (NULL, or not a whole number) and cannot be "
                         "followed: they are not printed";
    });
    const int exitCode = runInEventLoop(
        [&](const FinishFunction &finish) {
            QObject::connect(&session, &attlog::db::DataSession::liveStatus, &session,
                             [finish](const attlog::db::LiveStatus &status) {
                                 printStatus(status);
                                 if (status.state == attlog::db::LiveStatus::State::Error)
                                     finish(1);
                             });
            session.open(profile, profile.name, sessionOptions);
        },
        [](const FinishFunction &finish) { finish(0); }); // Ctrl+C or SIGTERM: a normal end
    session.close();
    std::fflush(stdout);
    return exitCode;
}

} // namespace

int runTailCommand(const QStringList &args)
{
    try {
        return runTail(args);
    } catch (const std::exception &ex) {
        attlog::log::app()->critical("attlog tail: {}", ex.what());
        std::fprintf(stderr, "attlog tail: internal error: %s\n", ex.what());
        return 1;
    }
}
