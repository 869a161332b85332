// SPDX-License-Identifier: MIT
#include "app/cli/reportcommand.h"

#include "app/cli/connectionargs.h"

#include "app/cli/eventloop.h"
#include "app/cli/textoutput.h"
#include "core/export/csvwriter.h"
#include "core/report/anomalies.h"
#include "core/report/plannedformat.h"
#include "core/report/plannedworktime.h"
#include "core/report/presenceboard.h"
#include "core/report/reportformat.h"
#include "core/report/t13sheet.h"
#include "core/report/worktimecalculator.h"
#include "core/xlsx/t13workbook.h"
#include "core/xlsx/xlsxwriter.h"
#include "db/connection/connectionprofile.h"
#include "db/dbtypes.h"
#include "db/plan/planstore.h"
#include "db/plan/t13order.h"
#include "db/qtconvert.h"
#include "db/session/datasession.h"
#include "db/session/rangeload.h"
#include "print/t13pdf.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace {

using namespace attlog;

constexpr const char *kUsage =
    "Usage:\n"
    "  attlog report presence --connection CONN [--at ISO] [--window today|24h|7d]\n"
    "                         [--evacuation] --format csv|json|xlsx [--out FILE]\n"
    "  attlog report worktime --connection CONN --from DATE --to DATE [--mode span|inside]\n"
    "                         [--double-scan-s N] [--schedule HH:MM-HH:MM] [--grace-min N]\n"
    "                         [--plan FILE] --format csv|json|xlsx [--out FILE]\n"
    "  attlog report timesheet --connection CONN --form t13 --from DATE --to DATE\n"
    "                         --plan FILE [--mode span|inside] [--organization TEXT]\n"
    "                         [--department TEXT] --format csv|xlsx|pdf [--out FILE]\n"
    "  attlog report anomalies --connection CONN --from DATE --to DATE [--min-travel-s N]\n"
    "                         [--double-scan-s N] --format csv|json|xlsx [--out FILE]\n"
    "\n"
    "presence  Who is inside, outside or unknown at --at (YYYY-MM-DDTHH:MM:SS, default now),\n"
    "          from the passes at or before it inside the window (default today: since 00:00\n"
    "          of that day). One row per person with a pass in the window, ordered by name.\n"
    "          Columns: employee_id,person,status,last_time,last_door,last_direction\n"
    "          --evacuation: the evacuation list instead, as the viewer prints it: only who\n"
    "          is inside, from passes at least 24 h back whatever the window.\n"
    "worktime  Per person per date from --from to --to (both inclusive, YYYY-MM-DD). Passes\n"
    "          from 20 h before to 20 h after the period are read so night shifts close.\n"
    "          Rows ordered by person name, employee ID, date; minutes rounded down.\n"
    "          Columns: employee_id,person,date,first_in,last_out,inside_minutes,span_minutes,\n"
    "          worked_minutes,late_minutes,early_minutes,overtime_minutes,flags\n"
    "          With --plan FILE (a work plan, see README) every planned person gets a row for\n"
    "          every date, passes belong to the planned shift whose window holds them (a\n"
    "          night shift is its start date's), and the columns planned_shift,planned_min,\n"
    "          late_min,early_min,overtime_before_min,overtime_after_min,night_min,\n"
    "          holiday_min,code follow (code: the T-13 letter code of the day).\n"
    "timesheet The T-13 timesheet (--form t13) of --from to --to under --plan FILE, for payroll\n"
    "          import: employee_id,person,date,code,minutes, one row per person and date; a\n"
    "          day's work is Я (РВ on a day off) with its day-time minutes, and further rows Н\n"
    "          (night minutes, 22:00-06:00) and С (overtime) when there are any; В, НН and\n"
    "          absence codes have no minutes. --format xlsx or pdf: the form itself for one\n"
    "          month (A4 landscape, codes above hours, days and hours per half month and\n"
    "          month, absences by code), --organization and --department in its head.\n"
    "anomalies What the pass log shows that should not happen, from --from to --to (dates\n"
    "          inclusive, or YYYY-MM-DDTHH:MM:SS from and to exclusive). kind is one of\n"
    "          double_entry (two entries, no exit between), exit_without_entry,\n"
    "          impossible_travel (two doors less than --min-travel-s apart, default 60),\n"
    "          ghost_duplicate (one pass written twice: within --double-scan-s, or exactly\n"
    "          1 h later; such a pair is reported only as this), unusual_hours (a pass at an\n"
    "          hour the person had none near on 10% of their days; learned from 28 days\n"
    "          before --from on). Passes from 28 days before --from are read. Rows by\n"
    "          first_time.\n"
    "          Columns: kind,employee_id,person,first_time,second_time,door_first,\n"
    "          door_second,detail\n"
    "\n"
    "Options:\n"
    "  --format F          csv (the default: UTF-8, comma, LF line ends), json, or xlsx\n"
    "                      (xlsx needs --out; worktime xlsx: Daily, Totals, Timesheet sheets);\n"
    "                      timesheet: csv, xlsx or pdf (pdf needs --out)\n"
    "  --out FILE          write FILE (replaced only when complete); default (or -) standard\n"
    "                      output. A pipe or device as FILE is refused: use the default\n"
    "  --bom               CSV: begin with a UTF-8 byte order mark (for Excel)\n"
    "  --double-scan-s N   a repeat scan in the same direction within N s counts once\n"
    "                      (default 60; 0 counts every scan)\n"
    "  --unknown P         a pass without direction: opposite (of the current state, the\n"
    "                      default) or ignore\n"
    "  --mode M            worktime: worked = span (first in to last out, default) or inside\n"
    "                      (the sum of entry-exit intervals)\n"
    "  --schedule S        worktime: HH:MM-HH:MM, Monday to Friday (an end before the start is\n"
    "                      a night schedule): late, early and overtime minutes, absent rows\n"
    "  --grace-min N       worktime: lateness / early leave up to N minutes is not counted\n"
    "  --plan FILE         worktime, timesheet: the work plan, a JSON file or a plan store\n"
    "                      (see README and attlog plan);\n"
    "                      people with passes whom it does not assign are left out (stderr\n"
    "                      says how many)\n"
    "  --form F            timesheet: t13 (the unified form T-13)\n"
    "  --organization T    timesheet xlsx, pdf: the organisation named in the form's head\n"
    "  --department T      timesheet xlsx, pdf: the department named in the form's head\n";

enum class Format
{
    Csv,
    Json,
    Pdf, // the T-13 form only
    Xlsx
};

// A bad command line: usage on stderr, exit code 2.
// The usage text: the report options and the shared connection options.
void printUsage(std::FILE *out)
{
    std::fputs(kUsage, out);
    std::fputs(ConnectionArgs::usage().toUtf8().constData(), out);
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "attlog report: %s\n\n", qPrintable(message));
    printUsage(stderr);
    return 2;
}

// The report could not be made: exit code 1.
int failure(const QString &message)
{
    std::fprintf(stderr, "attlog report: %s\n", qPrintable(message));
    return 1;
}

std::optional<std::int64_t> nonNegative(const QString &text)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

// Reads the events with from <= time < to through a data session: every batch goes to `sink` as
// it arrives.
bool readEvents(const db::ConnectionProfile &profile, DateTime from, DateTime to,
                const std::function<void(std::span<const AccessEvent>)> &sink, QString *error)
{
    db::DataSession session;
    db::RangeLoad load(&session, QStringLiteral("report"));
    QObject::connect(
        &load, &db::RangeLoad::batch, &load, [&sink](const QList<AccessEvent> &events) {
            sink(std::span<const AccessEvent>(events.constData(), std::size_t(events.size())));
        });
    const int rc = runInEventLoop([&](const FinishFunction &finish) {
        QObject::connect(&load, &db::RangeLoad::finished, &load, [finish] { finish(0); });
        QObject::connect(&load, &db::RangeLoad::failed, &load,
                         [error, finish](const QString &message) {
                             *error = message;
                             finish(1);
                         });
        db::SessionOptions options;
        options.live = options.countToday = options.dictionary = false;
        options.connectAtOnce = false;
        session.open(profile, profile.name, options);
        load.start(from, to);
    });
    load.cancel();
    session.close();
    return rc == 0;
}

// Writes the report: a table (CSV, XLSX) through `writeTable`, or JSON text from `json`.
bool writeOutput(Format format, const QString &out, bool bom,
                 const std::function<bool(TableWriter &)> &writeTable,
                 const std::function<std::string()> &json, QString *error)
{
    if (format == Format::Json)
        return writeTextOutput(out, json(), error);

    std::unique_ptr<TableWriter> writer;
    if (format == Format::Xlsx) {
        writer = std::make_unique<XlsxWriter>(toPath(out));
    } else {
        CsvOptions options;
        options.delimiter = ',';
        options.byteOrderMark = bom;
        // Scripts read this: plain LF line ends, ISO date-times, as the header promises.
        options.lineBreak = "\n";
        options.dateTimeStyle = CsvDateTimeStyle::IsoT;
        if (out.isEmpty())
            writer = std::make_unique<CsvWriter>(stdout, options);
        else
            writer = std::make_unique<CsvWriter>(toPath(out), options);
    }
    if (writeTable(*writer) && writer->finish())
        return true;
    writer->abort();
    *error = QString::fromStdString(writer->errorString());
    return false;
}

struct CommonOptions
{
    db::ConnectionProfile profile;
    Format format = Format::Csv;
    QString out;
    bool bom = false;
    std::int64_t doubleScanSeconds = kDefaultDoubleScanSeconds;
    UnknownDirectionPolicy unknown = UnknownDirectionPolicy::Opposite;
};

const QCommandLineOption kHelp(QStringList{QStringLiteral("h"), QStringLiteral("help")});
const QCommandLineOption kFormat(QStringLiteral("format"), {}, QStringLiteral("F"));
const QCommandLineOption kOut(QStringLiteral("out"), {}, QStringLiteral("FILE"));
const QCommandLineOption kBom(QStringLiteral("bom"));
const QCommandLineOption kDoubleScan(QStringLiteral("double-scan-s"), {}, QStringLiteral("N"));
const QCommandLineOption kUnknown(QStringLiteral("unknown"), {}, QStringLiteral("P"));
const QCommandLineOption kAt(QStringLiteral("at"), {}, QStringLiteral("ISO"));
const QCommandLineOption kWindow(QStringLiteral("window"), {}, QStringLiteral("W"));
const QCommandLineOption kEvacuation(QStringLiteral("evacuation"));
const QCommandLineOption kFrom(QStringLiteral("from"), {}, QStringLiteral("DATE"));
const QCommandLineOption kTo(QStringLiteral("to"), {}, QStringLiteral("DATE"));
const QCommandLineOption kMode(QStringLiteral("mode"), {}, QStringLiteral("M"));
const QCommandLineOption kSchedule(QStringLiteral("schedule"), {}, QStringLiteral("S"));
const QCommandLineOption kGrace(QStringLiteral("grace-min"), {}, QStringLiteral("N"));
const QCommandLineOption kMinTravel(QStringLiteral("min-travel-s"), {}, QStringLiteral("N"));
const QCommandLineOption kPlan(QStringLiteral("plan"), {}, QStringLiteral("FILE"));
const QCommandLineOption kForm(QStringLiteral("form"), {}, QStringLiteral("FORM"));
const QCommandLineOption kOrganization(QStringLiteral("organization"), {}, QStringLiteral("TEXT"));
const QCommandLineOption kDepartment(QStringLiteral("department"), {}, QStringLiteral("TEXT"));

// --from/--to as a worktime report takes them: strictly YYYY-MM-DD (parseDate also reads the
// dd.MM.yyyy forms of authDate).
std::optional<Date> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString text = parser.value(option);
    if (text.size() != 10 || text[4] != QLatin1Char('-'))
        return std::nullopt;
    return parseDate(text.toStdString());
}

// Options of the `owner` report, set for another one: a usage error naming the first of them.
int refuseOptions(const QCommandLineParser &parser,
                  std::initializer_list<const QCommandLineOption *> options, const char *owner)
{
    for (const QCommandLineOption *option : options) {
        if (parser.isSet(*option))
            return usageError(QStringLiteral("--%1 is a %2 option")
                                  .arg(option->names().constFirst(), QLatin1String(owner)));
    }
    return 0;
}

// Fills `options` from the parsed command line. Returns 0, or the exit code of the error it
// reported (2 for a bad argument, 1 for a profile that cannot be used).
int commonOptions(const QCommandLineParser &parser, CommonOptions *options, bool pdfAllowed = false)
{
    const QString format = parser.value(kFormat);
    if (format == QLatin1String("csv"))
        options->format = Format::Csv;
    else if (format == QLatin1String("json"))
        options->format = Format::Json;
    else if (format == QLatin1String("xlsx"))
        options->format = Format::Xlsx;
    else if (format == QLatin1String("pdf") && pdfAllowed)
        options->format = Format::Pdf;
    else if (format.isEmpty())
        options->format = Format::Csv;
    else if (pdfAllowed)
        return usageError(QStringLiteral("bad --format %1 (csv, xlsx or pdf)").arg(format));
    else
        return usageError(QStringLiteral("bad --format %1 (csv, json or xlsx)").arg(format));
    options->out = parser.value(kOut);
    if (options->out == QLatin1String("-"))
        options->out.clear(); // "-": standard output, as without --out
    if ((options->format == Format::Xlsx || options->format == Format::Pdf) &&
        options->out.isEmpty())
        return usageError(QStringLiteral("--format %1 needs --out FILE").arg(format));
    options->bom = parser.isSet(kBom);

    if (parser.isSet(kDoubleScan)) {
        const std::optional<std::int64_t> seconds = nonNegative(parser.value(kDoubleScan));
        if (!seconds)
            return usageError(QStringLiteral("bad --double-scan-s %1 (whole seconds, 0 or more)")
                                  .arg(parser.value(kDoubleScan)));
        options->doubleScanSeconds = *seconds;
    }
    if (parser.isSet(kUnknown)) {
        const QString policy = parser.value(kUnknown);
        if (policy == QLatin1String("opposite"))
            options->unknown = UnknownDirectionPolicy::Opposite;
        else if (policy == QLatin1String("ignore"))
            options->unknown = UnknownDirectionPolicy::Ignore;
        else
            return usageError(QStringLiteral("bad --unknown %1 (opposite or ignore)").arg(policy));
    }

    QString error;
    if (const int rc = ConnectionArgs::resolve(parser, &options->profile, &error))
        return rc == 2 ? usageError(error) : failure(error);
    return 0;
}

int runPresence(const QCommandLineParser &parser)
{
    if (const int rc =
            refuseOptions(parser, {&kFrom, &kTo, &kMode, &kSchedule, &kGrace, &kPlan}, "worktime"))
        return rc;
    if (const int rc = refuseOptions(parser, {&kMinTravel}, "anomalies"))
        return rc;
    if (const int rc = refuseOptions(parser, {&kForm, &kOrganization, &kDepartment}, "timesheet"))
        return rc;
    CommonOptions options;
    if (const int rc = commonOptions(parser, &options))
        return rc;

    DateTime at;
    if (parser.isSet(kAt)) {
        const std::optional<DateTime> parsed = parseDateTime(parser.value(kAt).toStdString());
        if (!parsed)
            return usageError(
                QStringLiteral("bad --at %1 (YYYY-MM-DDTHH:MM:SS)").arg(parser.value(kAt)));
        at = *parsed;
    } else {
        // Local wall-clock time, as iVMS writes it.
        at = fromQDateTime(QDateTime::currentDateTime());
    }
    PresenceWindowKind kind = PresenceWindowKind::SinceMidnight;
    const QString window = parser.value(kWindow);
    if (window == QLatin1String("24h"))
        kind = PresenceWindowKind::Last24Hours;
    else if (window == QLatin1String("7d"))
        kind = PresenceWindowKind::Last7Days;
    else if (!window.isEmpty() && window != QLatin1String("today"))
        return usageError(QStringLiteral("bad --window %1 (today, 24h or 7d)").arg(window));
    const PresenceWindow presence = presenceWindow(kind, at);
    const bool evacuation = parser.isSet(kEvacuation);
    const PresenceWindow read = evacuation ? evacuationWindow(presence) : presence;

    PresenceRules rules;
    rules.doubleScanSeconds = options.doubleScanSeconds;
    rules.unknownDirection = options.unknown;
    PresenceBoard board(rules);
    QString error;
    // The window is inclusive at both ends: read up to one second past `at`.
    if (!readEvents(
            options.profile, read.from, addSeconds(read.at, 1),
            [&](std::span<const AccessEvent> events) { board.add(events); }, &error))
        return failure(error);
    const std::vector<PresenceRow> rows =
        evacuation ? board.evacuation(read).people : board.snapshot(presence).rows;

    if (!writeOutput(
            options.format, options.out, options.bom,
            [&](TableWriter &writer) { return writePresence(writer, rows); },
            [&] { return presenceJson(rows); }, &error))
        return failure(error);
    return 0;
}

// --from and --to of a worktime or timesheet report: 0, or the exit code of the error reported.
int periodOptions(const QCommandLineParser &parser, Date *from, Date *to)
{
    if (!parser.isSet(kFrom) || !parser.isSet(kTo))
        return usageError(QStringLiteral("--from DATE and --to DATE are required"));
    const std::optional<Date> first = dateOption(parser, kFrom);
    const std::optional<Date> last = dateOption(parser, kTo);
    if (!first)
        return usageError(QStringLiteral("bad --from %1 (YYYY-MM-DD)").arg(parser.value(kFrom)));
    if (!last)
        return usageError(QStringLiteral("bad --to %1 (YYYY-MM-DD)").arg(parser.value(kTo)));
    if (*last < *first)
        return usageError(QStringLiteral("--to is before --from"));
    if (last->days - first->days + 1 > kMaxWorktimeDays)
        return usageError(QStringLiteral("the period is %1 days; a report covers at most %2 days "
                                         "(run one per year)")
                              .arg(last->days - first->days + 1)
                              .arg(kMaxWorktimeDays));
    *from = *first;
    *to = *last;
    return 0;
}

// The worktime rules of the command line (--mode, and the common double-scan and unknown
// direction options): 0, or the exit code of the error reported.
int worktimeRulesOptions(const QCommandLineParser &parser, const CommonOptions &options,
                         WorktimeRules *rules)
{
    rules->doubleScanSeconds = options.doubleScanSeconds;
    rules->unknownDirection = options.unknown;
    if (parser.isSet(kMode)) {
        const std::optional<WorkedMode> mode =
            workedModeFromName(parser.value(kMode).toStdString());
        if (!mode)
            return usageError(
                QStringLiteral("bad --mode %1 (span or inside)").arg(parser.value(kMode)));
        rules->mode = *mode;
    }
    return 0;
}

// Reads the passes a plan-aware report of [from, to] needs and computes it.
bool computePlanned(const CommonOptions &options, const WorktimeRules &rules, const WorkPlan &plan,
                    Date from, Date to, PlannedWorktimeReport *report, QString *error)
{
    const PlanRules planRules;
    WorktimeCalculator calculator(rules);
    const EventTimeRange range = plannedEventRange(from, to, planRules);
    if (!readEvents(
            options.profile, range.from, range.to,
            [&](std::span<const AccessEvent> events) { calculator.add(events); }, error))
        return false;
    *report = computePlannedWorktime(calculator, from, to, WorkPlanResolver(plan), planRules);
    if (!report->unplanned.empty()) {
        const WorktimePerson &first = report->unplanned.front();
        const std::string &who = first.employeeId.empty() ? first.name : first.employeeId;
        std::fprintf(stderr,
                     "attlog report: %zu people with passes in the period are not in the plan "
                     "and are left out (the first: %s)\n",
                     report->unplanned.size(), qPrintable(QString::fromStdString(who)));
    }
    return true;
}

int runPlannedWorktime(const CommonOptions &options, const WorktimeRules &rules,
                       const WorkPlan &plan, Date from, Date to)
{
    PlannedWorktimeReport report;
    QString error;
    if (!computePlanned(options, rules, plan, from, to, &report, &error))
        return failure(error);
    if (!writeOutput(
            options.format, options.out, options.bom,
            [&](TableWriter &writer) {
                return options.format == Format::Xlsx ? writePlannedWorkbook(writer, report)
                                                      : writePlannedDaily(writer, report);
            },
            [&] { return plannedDailyJson(report); }, &error))
        return failure(error);
    return 0;
}

int runWorktime(const QCommandLineParser &parser)
{
    if (const int rc = refuseOptions(parser, {&kAt, &kWindow, &kEvacuation}, "presence"))
        return rc;
    if (const int rc = refuseOptions(parser, {&kMinTravel}, "anomalies"))
        return rc;
    if (const int rc = refuseOptions(parser, {&kForm, &kOrganization, &kDepartment}, "timesheet"))
        return rc;
    Date from;
    Date to;
    if (const int rc = periodOptions(parser, &from, &to))
        return rc;
    if (parser.isSet(kPlan) && (parser.isSet(kSchedule) || parser.isSet(kGrace)))
        return usageError(
            QStringLiteral("--plan and --schedule/--grace-min: the plan has the schedules"));

    CommonOptions options;
    if (const int rc = commonOptions(parser, &options))
        return rc;
    WorktimeRules rules;
    if (const int rc = worktimeRulesOptions(parser, options, &rules))
        return rc;
    if (parser.isSet(kPlan)) {
        QString error;
        const std::optional<WorkPlan> plan = db::readPlan(parser.value(kPlan), &error);
        if (!plan)
            return failure(error);
        return runPlannedWorktime(options, rules, *plan, from, to);
    }
    if (parser.isSet(kSchedule)) {
        rules.schedule = parseSchedule(parser.value(kSchedule).toStdString());
        if (!rules.schedule)
            return usageError(
                QStringLiteral("bad --schedule %1 (HH:MM-HH:MM)").arg(parser.value(kSchedule)));
    }
    if (parser.isSet(kGrace)) {
        const std::optional<std::int64_t> grace = nonNegative(parser.value(kGrace));
        if (!grace || *grace > 24 * 60)
            return usageError(
                QStringLiteral("bad --grace-min %1 (0 to 1440)").arg(parser.value(kGrace)));
        if (!rules.schedule)
            return usageError(QStringLiteral("--grace-min needs --schedule"));
        rules.schedule->graceMinutes = int(*grace);
    }

    WorktimeCalculator calculator(rules);
    const EventTimeRange range = worktimeEventRange(from, to, rules);
    QString error;
    if (!readEvents(
            options.profile, range.from, range.to,
            [&](std::span<const AccessEvent> events) { calculator.add(events); }, &error))
        return failure(error);
    const WorktimeReport report = calculator.compute(from, to);

    if (!writeOutput(
            options.format, options.out, options.bom,
            [&](TableWriter &writer) {
                // XLSX gets the whole workbook (Daily, Totals, Timesheet); CSV the daily rows.
                return options.format == Format::Xlsx ? writeWorktimeWorkbook(writer, report)
                                                      : writeWorktime(writer, report);
            },
            [&] { return worktimeJson(report); }, &error))
        return failure(error);
    return 0;
}

// The bounds of an anomaly report: a date (from its start; --to: to its end) or a date-time.
std::optional<DateTime> periodBound(const QCommandLineParser &parser,
                                    const QCommandLineOption &option, bool end)
{
    if (const std::optional<Date> date = dateOption(parser, option))
        return startOfDay(end ? addDays(*date, 1) : *date);
    const QString text = parser.value(option);
    if (text.size() != 19 || text[10] != QLatin1Char('T'))
        return std::nullopt;
    return parseDateTime(text.toStdString());
}

int runAnomalies(const QCommandLineParser &parser)
{
    if (const int rc = refuseOptions(parser, {&kAt, &kWindow, &kEvacuation}, "presence"))
        return rc;
    if (const int rc = refuseOptions(parser, {&kMode, &kSchedule, &kGrace, &kPlan}, "worktime"))
        return rc;
    if (const int rc = refuseOptions(parser, {&kForm, &kOrganization, &kDepartment}, "timesheet"))
        return rc;
    if (!parser.isSet(kFrom) || !parser.isSet(kTo))
        return usageError(QStringLiteral("--from DATE and --to DATE are required"));
    const std::optional<DateTime> from = periodBound(parser, kFrom, false);
    const std::optional<DateTime> to = periodBound(parser, kTo, true);
    if (!from)
        return usageError(QStringLiteral("bad --from %1 (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)")
                              .arg(parser.value(kFrom)));
    if (!to)
        return usageError(QStringLiteral("bad --to %1 (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)")
                              .arg(parser.value(kTo)));
    if (!(*from < *to))
        return usageError(QStringLiteral("--to is not after --from"));
    if (to->seconds - from->seconds > std::int64_t{kMaxWorktimeDays} * kSecondsPerDay)
        return usageError(QStringLiteral("a report covers at most %1 days (run one per year)")
                              .arg(kMaxWorktimeDays));

    CommonOptions options;
    if (const int rc = commonOptions(parser, &options))
        return rc;
    // Only what the report uses is read (a year of passes is millions of rows): never the reader
    // or the device serial, the device name only where it stands in for a missing door name.
    sql::ColumnMapping &columns = options.profile.columns;
    columns.setColumn(sql::Field::ReaderName, std::nullopt);
    columns.setColumn(sql::Field::DeviceSN, std::nullopt);
    if (columns.has(sql::Field::DoorName))
        columns.setColumn(sql::Field::DeviceName, std::nullopt);
    report::AnomalyOptions rules;
    rules.repeatWindowSeconds = options.doubleScanSeconds;
    if (parser.isSet(kMinTravel)) {
        const std::optional<std::int64_t> seconds = nonNegative(parser.value(kMinTravel));
        if (!seconds || *seconds > 24 * 3600)
            return usageError(
                QStringLiteral("bad --min-travel-s %1 (0 to 86400)").arg(parser.value(kMinTravel)));
        rules.minTravelSeconds = *seconds;
    }

    report::AnomalyFinder finder(rules);
    const EventTimeRange range = report::anomalyEventRange(*from, *to, rules);
    QString error;
    if (!readEvents(
            options.profile, range.from, range.to,
            [&](std::span<const AccessEvent> events) { finder.add(events); }, &error))
        return failure(error);
    const report::AnomalyReport found = finder.find(*from, *to);
    if (!writeOutput(
            options.format, options.out, options.bom,
            [&](TableWriter &writer) { return writeAnomalies(writer, found); },
            [&] { return anomaliesJson(found); }, &error))
        return failure(error);
    return 0;
}

int runTimesheet(const QCommandLineParser &parser)
{
    if (const int rc = refuseOptions(parser, {&kAt, &kWindow, &kEvacuation}, "presence"))
        return rc;
    if (const int rc = refuseOptions(parser, {&kMinTravel}, "anomalies"))
        return rc;
    if (const int rc = refuseOptions(parser, {&kSchedule, &kGrace}, "worktime"))
        return rc;
    if (parser.value(kForm) != QLatin1String("t13"))
        return usageError(parser.isSet(kForm)
                              ? QStringLiteral("bad --form %1 (t13)").arg(parser.value(kForm))
                              : QStringLiteral("--form t13 is required"));
    if (!parser.isSet(kPlan))
        return usageError(QStringLiteral("--plan FILE is required: the T-13 needs the plan"));
    Date from;
    Date to;
    if (const int rc = periodOptions(parser, &from, &to))
        return rc;
    CommonOptions options;
    if (const int rc = commonOptions(parser, &options, true))
        return rc;
    if (options.format == Format::Json)
        return usageError(QStringLiteral("the T-13 form is written as --format csv, xlsx or pdf"));
    const CivilDate first = civilFromDate(from);
    const CivilDate last = civilFromDate(to);
    const bool form = options.format == Format::Xlsx || options.format == Format::Pdf;
    if (form && (first.year != last.year || first.month != last.month))
        return usageError(QStringLiteral("the T-13 form covers one month: --from and --to in the "
                                         "same month"));
    WorktimeRules rules;
    if (const int rc = worktimeRulesOptions(parser, options, &rules))
        return rc;
    QString error;
    const std::optional<WorkPlan> plan = db::readPlan(parser.value(kPlan), &error);
    if (!plan)
        return failure(error);
    PlannedWorktimeReport report;
    if (!computePlanned(options, rules, *plan, from, to, &report, &error))
        return failure(error);
    if (form) {
        std::optional<T13Sheet> sheet = makeT13Sheet(report);
        if (!sheet)
            return failure(QStringLiteral("the T-13 form covers one month"));
        db::sortT13People(&*sheet);
        T13Header header;
        header.organization = parser.value(kOrganization).toStdString();
        header.department = parser.value(kDepartment).toStdString();
        header.drawnUp = fromQDate(QDate::currentDate());
        if (options.format == Format::Pdf) {
            if (!print::writeT13Pdf(options.out, *sheet, header, &error))
                return failure(error);
            return 0;
        }
        std::string message;
        if (!writeT13Workbook(toPath(options.out), *sheet, header, &message))
            return failure(QString::fromStdString(message));
        return 0;
    }
    if (!writeOutput(
            options.format, options.out, options.bom,
            [&](TableWriter &writer) { return writeT13Table(writer, report); },
            [] { return std::string(); }, &error))
        return failure(error);
    return 0;
}

} // namespace

int runReportCommand(const QStringList &args)
{
    if (args.size() < 2)
        return usageError(
            QStringLiteral("which report? presence, worktime, timesheet or anomalies"));
    const QString report = args.at(1);
    if (report == QLatin1String("-h") || report == QLatin1String("--help")) {
        printUsage(stdout);
        return 0;
    }
    if (report != QLatin1String("presence") && report != QLatin1String("worktime") &&
        report != QLatin1String("timesheet") && report != QLatin1String("anomalies"))
        return usageError(
            QStringLiteral("unknown report '%1' (presence, worktime, timesheet or anomalies)")
                .arg(report));

    QCommandLineParser parser;
    ConnectionArgs::addOptions(parser);
    parser.addOptions({kHelp, kFormat, kOut, kBom, kDoubleScan, kUnknown, kAt, kWindow, kEvacuation,
                       kFrom, kTo, kMode, kSchedule, kGrace, kMinTravel, kPlan, kForm,
                       kOrganization, kDepartment});
    if (!parser.parse(QStringList{args.at(0)} + args.mid(2)))
        return usageError(parser.errorText());
    if (parser.isSet(kHelp)) {
        printUsage(stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'")
                              .arg(parser.positionalArguments().constFirst()));
#ifdef _WIN32
    // The report's bytes as they are: no CRLF translation by the C runtime.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    db::registerDbMetaTypes();
    if (report == QLatin1String("anomalies"))
        return runAnomalies(parser);
    if (report == QLatin1String("timesheet"))
        return runTimesheet(parser);
    return report == QLatin1String("presence") ? runPresence(parser) : runWorktime(parser);
}
