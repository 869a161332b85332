// SPDX-License-Identifier: MIT
#include "app/cli/checkcommand.h"

#include "app/cli/connectionargs.h"
#include "app/cli/eventloop.h"
#include "core/report/datahealth.h"
#include "db/qtconvert.h"
#include "db/runtime/logging.h"
#include "db/session/datasession.h"
#include "db/session/rangeload.h"

#include <spdlog/spdlog.h>

#include <QCommandLineParser>

#include <cstdio>
#include <optional>

namespace {

void printUsage(std::FILE *out)
{
    const QString text =
        QStringLiteral(
            "Usage: attlog check (--connection CONN | --profile NAME) [--table T]\n"
            "                    [--map FIELD=COLUMN]... [--key COLUMN|none]\n"
            "                    [--days 30] [--at ISO] [--format text|json]\n\n"
            "Connects, checks the table and its mapped columns, and prints the row count, key "
            "range,\nnewest event, how Live follows the table (by key, or keyless by time), what "
            "was fitted\nto the table's columns, and the data's health over the --days before "
            "the newest event:\nper device rows, newest pass, silence, repeated serialNo and "
            "clock; direction values and\nwhat they map to; suspected ghost duplicates.\n"
            "Exit status: 0 usable, 1 not (the reason on stderr), 2 bad arguments.\n\n"
            "Options:\n") +
        ConnectionArgs::usage() +
        QStringLiteral(
            "  --days N            the period the health is read from: the N days before the\n"
            "                      newest event (default 30; 0: no health section)\n"
            "  --at ISO            \"now\" for ages and silent devices (default: now)\n"
            "  --format F          text (default) or json (fields in README)\n");
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

QString ago(std::int64_t seconds)
{
    if (seconds < 0)
        return QStringLiteral("in the future");
    if (seconds < 3600)
        return QStringLiteral("%1 min ago").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return QStringLiteral("%1 h ago").arg(seconds / 3600);
    return QStringLiteral("%1 days ago").arg(seconds / 86400);
}

QString signedHours(std::int64_t seconds)
{
    const double hours = double(seconds) / 3600.0;
    return QStringLiteral("%1%2 h")
        .arg(hours >= 0 ? QStringLiteral("+") : QString())
        .arg(hours, 0, 'f', 1);
}

QString healthText(const attlog::report::DataHealth &h, int days)
{
    using namespace attlog;
    const auto iso = [](DateTime t) { return QString::fromStdString(formatIsoDateTime(t)); };
    QString text;
    text += QStringLiteral("Health:    %1 rows from %2 to %3 (the %4 days before the newest "
                           "event), at %5\n")
                .arg(h.rowsScanned)
                .arg(iso(h.from), iso(h.to))
                .arg(days)
                .arg(iso(h.at));
    for (const report::DeviceHealth &d : h.devices) {
        QString name =
            d.device.empty() ? QStringLiteral("(no device)") : QString::fromStdString(d.device);
        if (!d.deviceSerial.empty())
            name += QStringLiteral(" [%1]").arg(QString::fromStdString(d.deviceSerial));
        QStringList facts;
        facts << (d.rows == 1 ? QStringLiteral("1 row") : QStringLiteral("%1 rows").arg(d.rows));
        if (d.newest)
            facts << QStringLiteral("newest %1 (%2)").arg(iso(*d.newest), ago(*d.ageSeconds));
        if (d.silent)
            facts << QStringLiteral("SILENT: no pass at an hour it usually has some");
        if (d.serialDuplicates > 0)
            facts << QStringLiteral("%1 rows repeat a serialNo of this device")
                         .arg(d.serialDuplicates);
        if (d.futureRows > 0)
            facts << QStringLiteral("%1 rows timed in the future (clock ahead?)").arg(d.futureRows);
        if (d.clockSkewSeconds)
            facts << QStringLiteral("clock %1 against the insertion time")
                         .arg(signedHours(*d.clockSkewSeconds));
        text += QStringLiteral("Device:    %1: %2\n").arg(name, facts.join(QStringLiteral(", ")));
    }
    if (h.keysSharedAcrossDevices > 0)
        text += QStringLiteral("Serials:   %1 serialNo values are used by more than one device "
                               "(numbered per device: a key column would be safer)\n")
                    .arg(h.keysSharedAcrossDevices);
    QStringList values;
    for (const report::DirectionValueHealth &v : h.directions)
        values << QStringLiteral("\"%1\" %2 -> %3%4")
                      .arg(QString::fromStdString(v.value))
                      .arg(v.count)
                      .arg(QString::fromStdString(std::string(directionName(v.mapsTo))))
                      .arg(v.mapped() ? QString() : QStringLiteral(" (NOT MAPPED)"));
    if (!values.isEmpty())
        text += QStringLiteral("Direction: %1\n").arg(values.join(QStringLiteral(", ")));
    text += QStringLiteral("Ghosts:    %1 suspected duplicates (same person, door and direction): "
                           "%2 exactly 1 h apart, %3 within the repeat window\n")
                .arg(h.ghostDuplicates)
                .arg(h.hourGhostDuplicates)
                .arg(h.ghostDuplicates - h.hourGhostDuplicates);
    for (const report::GhostDuplicate &g : h.ghostSamples)
        text += QStringLiteral("           %1: %2 at %3, %4 and %5\n")
                    .arg(QString::fromStdString(std::string(report::ghostKindName(g.kind))),
                         QString::fromStdString(g.person.empty() ? g.employeeId : g.person),
                         QString::fromStdString(g.door), iso(g.first), iso(g.second));
    return text;
}

QString summaryText(const attlog::db::TableSummary &s)
{
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
    if (s.rowsWithoutTime > 0)
        text += QStringLiteral("Untimed:   %1 rows have no date and time (shown in History, "
                               "never in Live or reports)\n")
                    .arg(s.rowsWithoutTime);
    for (const QString &note : s.notes)
        text += QStringLiteral("Note:      %1\n").arg(note);
    return text;
}

} // namespace

int runCheckCommand(const QStringList &args)
{
    using namespace attlog;
    try {
        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
        const QCommandLineOption daysOption(QStringLiteral("days"), {}, QStringLiteral("N"),
                                            QStringLiteral("30"));
        const QCommandLineOption atOption(QStringLiteral("at"), {}, QStringLiteral("ISO"));
        const QCommandLineOption formatOption(QStringLiteral("format"), {},
                                              QStringLiteral("text|json"), QStringLiteral("text"));
        parser.addOptions({help, daysOption, atOption, formatOption});
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
        bool ok = false;
        const int days = parser.value(daysOption).toInt(&ok);
        if (!ok || days < 0 || days > 3660)
            return usageError(QStringLiteral("--days must be a number from 0 to 3660"));
        DateTime at = fromQDateTime(QDateTime::currentDateTime());
        if (parser.isSet(atOption)) {
            const auto parsed = parseDateTime(parser.value(atOption).toStdString());
            if (!parsed)
                return usageError(QStringLiteral("bad --at %1 (YYYY-MM-DDTHH:MM:SS)")
                                      .arg(parser.value(atOption)));
            at = *parsed;
        }
        const QString format = parser.value(formatOption);
        if (format != QLatin1String("text") && format != QLatin1String("json"))
            return usageError(QStringLiteral("--format must be text or json"));
        db::ConnectionProfile profile;
        QString error;
        if (const int rc = ConnectionArgs::resolve(parser, &profile, &error)) {
            if (rc == 2)
                return usageError(error);
            std::fprintf(stderr, "attlog check: %s\n", error.toUtf8().constData());
            return rc;
        }

        db::DataSession session;
        std::optional<db::TableSummary> summary;
        int rc = runInEventLoop([&](const FinishFunction &finish) {
            db::SessionOptions options;
            options.live = options.countToday = options.dictionary = false;
            options.connectAtOnce = false;
            session.open(profile, profile.name, options);
            QObject::connect(&session, &db::DataSession::tableChecked, &session,
                             [&summary, finish](const db::TableSummary &checked) {
                                 summary = checked;
                                 finish(0);
                             });
            QObject::connect(&session, &db::DataSession::tableCheckFailed, &session,
                             [finish](const QString &message) {
                                 std::fprintf(stderr, "attlog check: %s\n",
                                              message.toUtf8().constData());
                                 finish(1);
                             });
            session.checkTable();
        });
        if (rc != 0 || !summary) {
            session.close();
            return 1;
        }
        const db::TableSummary &s = *summary;

        // The health of the data: the passes of the period, scanned in core.
        report::DataHealthOptions healthOptions;
        healthOptions.at = at;
        report::DataHealthScanner scanner(profile.directions, healthOptions);
        const DateTime newest = s.newestEvent && s.newestEvent->time ? *s.newestEvent->time : at;
        const DateTime to = addSeconds(newest, 1);
        const DateTime from = addSeconds(to, -std::int64_t(days) * kSecondsPerDay);
        if (days > 0 && s.rowCount > 0) {
            db::RangeLoad load(&session, QStringLiteral("health"));
            QObject::connect(&load, &db::RangeLoad::batch, &load,
                             [&scanner](const QList<AccessEvent> &events) {
                                 scanner.add(std::span<const AccessEvent>(
                                     events.constData(), std::size_t(events.size())));
                             });
            rc = runInEventLoop([&](const FinishFunction &finish) {
                QObject::connect(&load, &db::RangeLoad::finished, &load, [finish] { finish(0); });
                QObject::connect(&load, &db::RangeLoad::failed, &load,
                                 [finish](const QString &message) {
                                     std::fprintf(stderr,
                                                  "attlog check: the health scan "
                                                  "failed: %s\n",
                                                  message.toUtf8().constData());
                                     finish(1);
                                 });
                load.start(from, to);
            });
            load.cancel();
        }
        session.close();
        if (rc != 0)
            return 1;
        const report::DataHealth health = scanner.finish(from, to);

        std::string out;
        if (format == QLatin1String("json")) {
            report::TableFacts facts;
            facts.keyless = s.keyColumn.isEmpty();
            facts.keyColumn = s.keyColumn.toStdString();
            facts.rows = s.rowCount;
            if (s.newestEvent)
                facts.newest = s.newestEvent->time;
            facts.rowsWithoutTime = s.rowsWithoutTime;
            out = report::dataHealthJson(facts, health);
        } else {
            QString text = summaryText(s);
            if (days > 0)
                text += healthText(health, days);
            out = text.toStdString();
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fflush(stdout);
        return 0;
    } catch (const std::exception &ex) {
        attlog::log::app()->critical("attlog check: {}", ex.what());
        std::fprintf(stderr, "attlog check: internal error: %s\n", ex.what());
        return 1;
    }
}
