// SPDX-License-Identifier: MIT
// `attlog report` end to end: a small SQLite file in the iVMS schema, the built `attlog`
// executable run as a process, the exact CSV compared.
#include "core/text/mojibake.h"

#include "tests/support/catch.h"
#include "tests/support/workplanfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#ifndef ATTLOG_CLI_PATH
#error "ATTLOG_CLI_PATH must name the built attlog executable"
#endif
#ifndef ATTLOG_PYTHON3_OPENPYXL
#error "ATTLOG_PYTHON3_OPENPYXL must name a python3 with openpyxl"
#endif
#ifndef ATTLOG_SQL_DIR
#error "ATTLOG_SQL_DIR must name the repository's sql/ folder"
#endif

namespace {

struct Row
{
    qint64 key;
    const char *time; // NULL authDateTime when empty: authDate/authTime below are used
    const char *direction;
    QString person;
    const char *employeeId; // NULL when empty
    const char *card;
    const char *door;
    const char *authDate = "";
    const char *authTime = "";
};

QVariant textOrNull(const char *text)
{
    return *text ? QVariant(QString::fromUtf8(text)) : QVariant(QMetaType(QMetaType::QString));
}

// Creates `path` with sql/sqlite/attlog.sql and the rows.
void createDatabase(const QString &path, const std::vector<Row> &rows)
{
    const QString name = QStringLiteral("report-cli-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QFile schema(QStringLiteral(ATTLOG_SQL_DIR "/sqlite/attlog.sql"));
        REQUIRE(schema.open(QIODevice::ReadOnly));
        QString script;
        for (const QString &line : QString::fromUtf8(schema.readAll()).split(QLatin1Char('\n'))) {
            const qsizetype comment = line.indexOf(QLatin1String("--"));
            script += (comment < 0 ? line : line.left(comment)) + QLatin1Char('\n');
        }
        QSqlQuery query(db);
        for (const QString &statement : script.split(QLatin1Char(';'))) {
            if (!statement.trimmed().isEmpty())
                REQUIRE(query.exec(statement));
        }
        REQUIRE(query.prepare(
            QStringLiteral("INSERT INTO attlog (serialNo, authDateTime, authDate, authTime, "
                           "direction, deviceName, "
                           "deviceSN, personName, employeeID, cardNo, doorName, readerName) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        for (const Row &row : rows) {
            query.addBindValue(row.key);
            query.addBindValue(textOrNull(row.time));
            const QString date = *row.authDate ? QString::fromUtf8(row.authDate)
                                               : QString::fromUtf8(row.time).left(10);
            const QString time = *row.authTime ? QString::fromUtf8(row.authTime)
                                               : QString::fromUtf8(row.time).mid(11);
            query.addBindValue(date);
            query.addBindValue(time);
            query.addBindValue(QString::fromUtf8(row.direction));
            query.addBindValue(QStringLiteral("Terminal 1"));
            query.addBindValue(QStringLiteral("DS-K1T671"));
            query.addBindValue(row.person);
            query.addBindValue(textOrNull(row.employeeId));
            query.addBindValue(QString::fromUtf8(row.card));
            query.addBindValue(QString::fromUtf8(row.door));
            query.addBindValue(QStringLiteral("Reader 1"));
            INFO(query.lastError().text().toStdString());
            REQUIRE(query.exec());
        }
    }
    QSqlDatabase::removeDatabase(name);
}

std::vector<Row> knownRows()
{
    const QString ivanov = QStringLiteral("Иванов Пётр");
    const QString petrov = QStringLiteral("Петров Олег");
    const QString sidorov = QStringLiteral("Сидоров");
    // Stored as mojibake, as iVMS often does: the report shows it repaired.
    const QString kuznetsova = QString::fromStdString(attlog::text::toMojibake("Кузнецова Анна"));
    return {
        {1, "2026-11-02 08:55:00", "in", ivanov, "E1", "1001", "Проходная"},
        {2, "2026-11-02 13:00:00", "out", ivanov, "E1", "1001", "Проходная"},
        {3, "2026-11-02 13:00:20", "out", ivanov, "E1", "1001", "Проходная"}, // double scan
        {4, "2026-11-02 13:45:00", "in", ivanov, "E1", "1001", "Проходная"},
        {5, "2026-11-02 18:05:00", "out", ivanov, "E1", "1001", "Проходная"},
        {6, "2026-11-03 09:20:00", "in", ivanov, "E1", "1001", "Проходная"},
        {7, "2026-11-03 18:00:00", "out", ivanov, "E1", "1001", "Проходная"},
        {8, "2026-11-04 09:00:00", "in", ivanov, "E1", "1001", "Проходная"},
        {10, "2026-11-02 20:00:00", "in", petrov, "E2", "1002", "Проходная"},
        {11, "2026-11-03 08:00:00", "out", petrov, "E2", "1002", "Проходная"},
        {12, "2026-11-02 10:00:00", "in", sidorov, "", "777", "Склад, «Север»"},
        {13, "2026-11-02 11:00:00", "out", sidorov, "", "777", "Склад, «Север»"},
        // authDateTime NULL: the time comes from authDate + authTime.
        {14, "", "vhod", kuznetsova, "E3", "1003", "Проходная", "02.11.2026", "07:30:00"},
        {15, "2026-11-02 16:00:00", "vihod", kuznetsova, "E3", "1003", "Проходная"},
        // Long before: outside every window asked for.
        {16, "2026-10-01 09:00:00", "in", ivanov, "E1", "1001", "Проходная"},
    };
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runAttlog(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ATTLOG_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

TEST_CASE("attlog report presence writes the board as it stood at --at", "[report-cli]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("attlog.sqlite"));
    createDatabase(database, knownRows());
    const Run run = runAttlog({QStringLiteral("report"), QStringLiteral("presence"),
                               QStringLiteral("--connection"), QStringLiteral("sqlite:") + database,
                               QStringLiteral("--at"), QStringLiteral("2026-11-02T15:00:00"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QString::fromUtf8(run.out).toStdString() ==
          "employee_id,person,status,last_time,last_door,last_direction\n"
          "E1,Иванов Пётр,inside,2026-11-02T13:45:00,Проходная,in\n"
          "E3,Кузнецова Анна,inside,2026-11-02T07:30:00,Проходная,in\n"
          ",Сидоров,outside,2026-11-02T11:00:00,\"Склад, «Север»\",out\n");

    SECTION("--window 24h reaches back into the previous day")
    {
        const Run late = runAttlog(
            {QStringLiteral("report"), QStringLiteral("presence"), QStringLiteral("--connection"),
             QStringLiteral("sqlite:") + database, QStringLiteral("--at"),
             QStringLiteral("2026-11-03T07:00:00"), QStringLiteral("--window"),
             QStringLiteral("24h"), QStringLiteral("--format"), QStringLiteral("json")});
        INFO(late.err.toStdString());
        REQUIRE(late.exitCode == 0);
        const QString json = QString::fromUtf8(late.out);
        // Петров came in at 20:00 for the night shift and has not left at 07:00.
        CHECK(json.contains(QStringLiteral("\"person\": \"Петров Олег\"")));
        CHECK(json.count(QStringLiteral("\"status\": \"inside\"")) == 1); // Иванов left at 18:05
    }

    SECTION("--evacuation lists who is inside, a day back whatever the window")
    {
        // At 07:00 today's window holds no pass; the evacuation list still holds Петров, in
        // since 20:00 yesterday, as the viewer's list does, and nobody who is out or unknown.
        const Run list = runAttlog(
            {QStringLiteral("report"), QStringLiteral("presence"), QStringLiteral("--connection"),
             QStringLiteral("sqlite:") + database, QStringLiteral("--at"),
             QStringLiteral("2026-11-03T07:00:00"), QStringLiteral("--evacuation"),
             QStringLiteral("--format"), QStringLiteral("csv")});
        INFO(list.err.toStdString());
        REQUIRE(list.exitCode == 0);
        CHECK(QString::fromUtf8(list.out).toStdString() ==
              "employee_id,person,status,last_time,last_door,last_direction\n"
              "E2,Петров Олег,inside,2026-11-02T20:00:00,Проходная,in\n");
        const Run board =
            runAttlog({QStringLiteral("report"), QStringLiteral("presence"),
                       QStringLiteral("--connection"), QStringLiteral("sqlite:") + database,
                       QStringLiteral("--at"), QStringLiteral("2026-11-03T07:00:00"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
        CHECK(QString::fromUtf8(board.out).toStdString() ==
              "employee_id,person,status,last_time,last_door,last_direction\n");
    }
}

TEST_CASE("attlog report worktime writes the exact daily CSV", "[report-cli][readback]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("attlog.sqlite"));
    createDatabase(database, knownRows());
    const QString out = dir.filePath(QStringLiteral("отчёт.csv"));
    const QStringList base{QStringLiteral("report"),       QStringLiteral("worktime"),
                           QStringLiteral("--connection"), QStringLiteral("sqlite:") + database,
                           QStringLiteral("--from"),       QStringLiteral("2026-11-02"),
                           QStringLiteral("--to"),         QStringLiteral("2026-11-04"),
                           QStringLiteral("--format"),     QStringLiteral("csv")};
    const std::string header = "employee_id,person,date,first_in,last_out,inside_minutes,"
                               "span_minutes,worked_minutes,late_minutes,early_minutes,"
                               "overtime_minutes,flags\n";

    SECTION("span mode without a schedule, to --out")
    {
        const Run run = runAttlog(base + QStringList{QStringLiteral("--out"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.isEmpty());
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()).toStdString() ==
              header +
                  "E1,Иванов "
                  "Пётр,2026-11-02,2026-11-02T08:55:00,2026-11-02T18:05:00,505,550,550,,,,\n"
                  "E1,Иванов "
                  "Пётр,2026-11-03,2026-11-03T09:20:00,2026-11-03T18:00:00,520,520,520,,,,\n"
                  "E1,Иванов Пётр,2026-11-04,2026-11-04T09:00:00,,0,,,,,,no_exit\n"
                  "E3,Кузнецова "
                  "Анна,2026-11-02,2026-11-02T07:30:00,2026-11-02T16:00:00,510,510,510,,,,\n"
                  "E2,Петров "
                  "Олег,2026-11-02,2026-11-02T20:00:00,2026-11-03T08:00:00,720,720,720,,,,\n"
                  ",Сидоров,2026-11-02,2026-11-02T10:00:00,2026-11-02T11:00:00,60,60,60,,,,\n");
    }
    SECTION("inside mode with a schedule and grace, to standard output")
    {
        const Run run = runAttlog(
            base + QStringList{QStringLiteral("--mode"), QStringLiteral("inside"),
                               QStringLiteral("--schedule"), QStringLiteral("09:00-18:00"),
                               QStringLiteral("--grace-min"), QStringLiteral("5")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(QString::fromUtf8(run.out).toStdString() ==
              header +
                  "E1,Иванов "
                  "Пётр,2026-11-02,2026-11-02T08:55:00,2026-11-02T18:05:00,505,550,505,0,0,0,\n"
                  "E1,Иванов "
                  "Пётр,2026-11-03,2026-11-03T09:20:00,2026-11-03T18:00:00,520,520,520,20,0,0,\n"
                  "E1,Иванов Пётр,2026-11-04,2026-11-04T09:00:00,,0,,0,0,,0,no_exit\n"
                  "E3,Кузнецова "
                  "Анна,2026-11-02,2026-11-02T07:30:00,2026-11-02T16:00:00,510,510,510,0,120,0,\n"
                  "E3,Кузнецова Анна,2026-11-03,,,0,,0,,,0,absent\n"
                  "E3,Кузнецова Анна,2026-11-04,,,0,,0,,,0,absent\n"
                  "E2,Петров "
                  "Олег,2026-11-02,2026-11-02T20:00:00,2026-11-03T08:00:00,720,720,720,660,0,180,\n"
                  "E2,Петров Олег,2026-11-03,,,0,,0,,,0,absent\n"
                  "E2,Петров Олег,2026-11-04,,,0,,0,,,0,absent\n"
                  ",Сидоров,2026-11-02,2026-11-02T10:00:00,2026-11-02T11:00:00,60,60,60,60,420,0,\n"
                  ",Сидоров,2026-11-03,,,0,,0,,,0,absent\n"
                  ",Сидоров,2026-11-04,,,0,,0,,,0,absent\n");
    }
    SECTION("xlsx holds the daily rows, the totals and the timesheet")
    {
        const QString xlsx = dir.filePath(QStringLiteral("worktime.xlsx"));
        QStringList arguments = base;
        arguments.last() = QStringLiteral("xlsx");
        const Run run = runAttlog(arguments + QStringList{QStringLiteral("--out"), xlsx});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QProcess python;
        python.start(QStringLiteral(ATTLOG_PYTHON3_OPENPYXL),
                     {QStringLiteral("-c"),
                      QStringLiteral("import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); "
                                     "print(','.join(wb.sheetnames), wb['Daily'].max_row)"),
                      xlsx});
        REQUIRE(python.waitForFinished(30000));
        INFO(python.readAllStandardError().toStdString());
        REQUIRE(python.exitCode() == 0);
        CHECK(python.readAllStandardOutput().trimmed() == QByteArray("Daily,Totals,Timesheet 7"));
    }
}

// The office-and-nights plan as the file `name` in `dir`.
QString writePlan(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(attlog::test::kOfficeAndNightsPlan);
    return path;
}

TEST_CASE("attlog report timesheet --form t13 and worktime --plan write the exact CSV",
          "[report-cli]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("attlog.sqlite"));
    createDatabase(database, knownRows());
    const QString plan = writePlan(dir, QStringLiteral("план.json"));
    const QStringList period{QStringLiteral("--connection"), QStringLiteral("sqlite:") + database,
                             QStringLiteral("--from"),       QStringLiteral("2026-11-02"),
                             QStringLiteral("--to"),         QStringLiteral("2026-11-04"),
                             QStringLiteral("--plan"),       plan};

    // Nov 3 is a pre-holiday day (the office ends at 17:00), Nov 4 a holiday: no office shift,
    // Иванов's entry without an exit is a day off with passes, not work. Петров's night shift of
    // Nov 2 is that day's, 8 of its 11 hours at night; he has no passes on the 3rd and 4th.
    // Кузнецова (E3) and Сидоров (no employee ID) are not in the plan.
    const Run t13 = runAttlog(QStringList{QStringLiteral("report"), QStringLiteral("timesheet"),
                                          QStringLiteral("--form"), QStringLiteral("t13")} +
                              period);
    INFO(t13.err.toStdString());
    REQUIRE(t13.exitCode == 0);
    CHECK(QString::fromUtf8(t13.out).toStdString() == "employee_id,person,date,code,minutes\n"
                                                      "E1,Иванов Пётр,2026-11-02,Я,485\n"
                                                      "E1,Иванов Пётр,2026-11-02,С,5\n"
                                                      "E1,Иванов Пётр,2026-11-03,Я,400\n"
                                                      "E1,Иванов Пётр,2026-11-03,С,60\n"
                                                      "E1,Иванов Пётр,2026-11-04,В,\n"
                                                      "E2,Петров Олег,2026-11-02,Я,180\n"
                                                      "E2,Петров Олег,2026-11-02,Н,480\n"
                                                      "E2,Петров Олег,2026-11-03,НН,\n"
                                                      "E2,Петров Олег,2026-11-04,НН,\n");
    CHECK(t13.err.contains("2 people with passes in the period are not in the plan"));

    const Run daily =
        runAttlog(QStringList{QStringLiteral("report"), QStringLiteral("worktime")} + period);
    INFO(daily.err.toStdString());
    REQUIRE(daily.exitCode == 0);
    CHECK(QString::fromUtf8(daily.out).toStdString() ==
          "employee_id,person,date,first_in,last_out,inside_minutes,span_minutes,worked_minutes,"
          "late_minutes,early_minutes,overtime_minutes,flags,planned_shift,planned_min,late_min,"
          "early_min,overtime_before_min,overtime_after_min,night_min,holiday_min,code\n"
          "E1,Иванов Пётр,2026-11-02,2026-11-02T08:55:00,2026-11-02T18:05:00,505,550,490,0,0,5,,"
          "office,480,0,0,0,5,0,0,Я\n"
          "E1,Иванов Пётр,2026-11-03,2026-11-03T09:20:00,2026-11-03T18:00:00,520,520,460,20,0,60,,"
          "office,420,20,0,0,60,0,0,Я\n"
          "E1,Иванов Пётр,2026-11-04,2026-11-04T09:00:00,,0,,0,0,0,0,no_exit,,0,0,0,0,0,0,0,В\n"
          "E2,Петров Олег,2026-11-02,2026-11-02T20:00:00,2026-11-03T08:00:00,720,720,660,0,0,0,,"
          "N,660,0,0,0,0,480,0,Я\n"
          "E2,Петров Олег,2026-11-03,,,0,,0,0,0,0,absent,N,660,0,0,0,0,0,0,НН\n"
          "E2,Петров Олег,2026-11-04,,,0,,0,0,0,0,absent,N,660,0,0,0,0,0,0,НН\n");

    // What is refused: no plan, another form, a plan that cannot be read, --plan elsewhere.
    const auto exitOf = [&](const QStringList &arguments) {
        return runAttlog(QStringList{QStringLiteral("report")} + arguments).exitCode;
    };
    QStringList noPlan = period.mid(0, 6);
    CHECK(exitOf(QStringList{QStringLiteral("timesheet"), QStringLiteral("--form"),
                             QStringLiteral("t13")} +
                 noPlan) == 2);
    CHECK(exitOf(QStringList{QStringLiteral("timesheet"), QStringLiteral("--form"),
                             QStringLiteral("t12")} +
                 period) == 2);
    CHECK(exitOf(QStringList{QStringLiteral("timesheet"), QStringLiteral("--form"),
                             QStringLiteral("t13"), QStringLiteral("--format"),
                             QStringLiteral("json")} +
                 period) == 2);
    CHECK(exitOf(QStringList{QStringLiteral("worktime"), QStringLiteral("--schedule"),
                             QStringLiteral("09:00-18:00")} +
                 period) == 2);
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"shifts": [{"id": "D", "start": "25:00", "end": "08:00"}]})");
    }
    QStringList withBroken = period;
    withBroken.last() = broken;
    const Run refused =
        runAttlog(QStringList{QStringLiteral("report"), QStringLiteral("worktime")} + withBroken);
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains("shift 1: start must be a time HH:MM"));
}

TEST_CASE("attlog report timesheet --form t13 --format xlsx lays out the form",
          "[report-cli][readback]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("attlog.sqlite"));
    createDatabase(database, knownRows());
    const QString plan = writePlan(dir, QStringLiteral("plan.json"));
    const QString xlsx = dir.filePath(QStringLiteral("табель.xlsx"));
    const Run run =
        runAttlog({QStringLiteral("report"),         QStringLiteral("timesheet"),
                   QStringLiteral("--form"),         QStringLiteral("t13"),
                   QStringLiteral("--connection"),   QStringLiteral("sqlite:") + database,
                   QStringLiteral("--from"),         QStringLiteral("2026-11-01"),
                   QStringLiteral("--to"),           QStringLiteral("2026-11-30"),
                   QStringLiteral("--plan"),         plan,
                   QStringLiteral("--format"),       QStringLiteral("xlsx"),
                   QStringLiteral("--out"),          xlsx,
                   QStringLiteral("--organization"), QStringLiteral("ООО «Ромашка»"),
                   QStringLiteral("--department"),   QStringLiteral("Охрана")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // Read back: the head, the merged table header, the page set-up, one person's four rows.
    const char *script = R"(
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1]).active
ps = ws.page_setup
print(ws.title, ps.orientation, ps.paperSize, ps.fitToWidth or 1, ps.fitToHeight,
      ws.sheet_properties.pageSetUpPr.fitToPage, ws.print_title_rows)
merged = {str(r) for r in ws.merged_cells.ranges}
print(all(r in merged for r in ['A10:A12', 'B10:B12', 'C10:C12', 'D10:S10', 'T10:U10',
                                'V10:W10', 'T11:T12', 'A14:A17', 'B14:B17', 'U14:U15', 'U16:U17']))
print(ws['A3'].value, '|', ws['A5'].value, '|', ws['B9'].value)
for row in range(14, 18):
    print(';'.join('' if ws.cell(row, c).value is None else str(ws.cell(row, c).value)
                   for c in range(1, 24)))
)";
    QProcess python;
    python.start(QStringLiteral(ATTLOG_PYTHON3_OPENPYXL),
                 {QStringLiteral("-c"), QString::fromUtf8(script), xlsx});
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QStringList lines =
        QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == QStringLiteral("Т-13 landscape 9 1 0 True $10:$13"));
    CHECK(lines[1] == QStringLiteral("True"));
    CHECK(lines[2] == QStringLiteral("ООО «Ромашка» | Охрана | за ноябрь 2026 г."));
    // Иванов: Nov 1 a Sunday (В); Nov 2 Я 8,08 h and С 5 min; Nov 3 (short) Я 6,67 h and С 1 h;
    // Nov 4 a holiday with an entry (В); from Nov 5 on НН on working days; no day 31 ("X").
    // Worked: 2 days, 15,83 h in the first half, none in the second.
    CHECK(lines[3] == QStringLiteral("1;Иванов Пётр;E1;В;Я/С;Я/С;В;НН;НН;В;В;НН;НН;НН;НН;НН;"
                                     "В;В;X;2;2;;"));
    CHECK(lines[4] == QStringLiteral(";;;;8,08/0,08;6,67/1;;;;;;;;;;;;;X;15,83;;;"));
    CHECK(lines[5] == QStringLiteral(";;;НН;НН;НН;НН;НН;В;В;НН;НН;НН;НН;НН;В;В;НН;X;0;15,83;;"));
    CHECK(lines[6] == QStringLiteral(";;;;;;;;;;;;;;;;;;X;0;;;"));
}

// The T-13 of November for knownRows() under the office-and-nights plan, as `format` into `out`.
QStringList t13Arguments(const QString &database, const QString &plan, const char *format,
                         const QString &out)
{
    return {QStringLiteral("report"),         QStringLiteral("timesheet"),
            QStringLiteral("--form"),         QStringLiteral("t13"),
            QStringLiteral("--connection"),   QStringLiteral("sqlite:") + database,
            QStringLiteral("--from"),         QStringLiteral("2026-11-01"),
            QStringLiteral("--to"),           QStringLiteral("2026-11-30"),
            QStringLiteral("--plan"),         plan,
            QStringLiteral("--format"),       QString::fromUtf8(format),
            QStringLiteral("--out"),          out,
            QStringLiteral("--organization"), QStringLiteral("ООО «Ромашка»"),
            QStringLiteral("--department"),   QStringLiteral("Охрана")};
}

TEST_CASE("attlog report timesheet --form t13 --format pdf writes the form without a display",
          "[report-cli]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("attlog.sqlite"));
    createDatabase(database, knownRows());
    const QString plan = writePlan(dir, QStringLiteral("plan.json"));
    const QString pdf = dir.filePath(QStringLiteral("табель.pdf"));
    // No display: the console tool paints offscreen (a scheduled job has none).
    qunsetenv("DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    const Run run = runAttlog(t13Arguments(database, plan, "pdf", pdf));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
#ifndef _WIN32
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif
    // The form covers one month; PDF needs a file.
    QStringList twoMonths = t13Arguments(database, plan, "pdf", pdf);
    twoMonths[twoMonths.indexOf(QStringLiteral("2026-11-30"))] = QStringLiteral("2026-12-01");
    CHECK(runAttlog(twoMonths).exitCode == 2);
    QStringList toStdout = t13Arguments(database, plan, "pdf", QStringLiteral("-"));
    const Run refused = runAttlog(toStdout);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("--format pdf needs --out FILE"));
    // Other reports are not forms.
    const Run worktime = runAttlog(
        {QStringLiteral("report"), QStringLiteral("worktime"), QStringLiteral("--connection"),
         QStringLiteral("sqlite:") + database, QStringLiteral("--from"),
         QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
         QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    CHECK(worktime.exitCode == 2);
    CHECK(worktime.err.contains("bad --format pdf"));
}

TEST_CASE("attlog report timesheet --form t13 --format pdf reads back as the form",
          "[report-cli][readback]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("attlog.sqlite"));
    createDatabase(database, knownRows());
    const QString plan = writePlan(dir, QStringLiteral("plan.json"));
    const QString pdf = dir.filePath(QStringLiteral("t13.pdf"));
    const Run run = runAttlog(t13Arguments(database, plan, "pdf", pdf));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    QProcess info;
    info.start(QStringLiteral(ATTLOG_PDFINFO), {pdf});
    REQUIRE(info.waitForFinished(30000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    INFO(infoText.toStdString());
    CHECK(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    CHECK(infoText.contains(QStringLiteral("842 x 595 pts (A4)")));

    QProcess text;
    text.start(QStringLiteral(ATTLOG_PDFTOTEXT),
               {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString page = QString::fromUtf8(text.readAllStandardOutput());
    INFO(page.toStdString());
    // The same cells as the XLSX form: Иванов's Monday and short Tuesday, Петров's night.
    for (const char *expected :
         {"ООО «Ромашка»", "Охрана", "за ноябрь 2026 г.", "Иванов Пётр", "Петров Олег", "8,08/0,08",
          "6,67/1", "Я/Н", "3/8", "15,83", "Страница 1 из 1"})
        CHECK(page.contains(QString::fromUtf8(expected)));
}

TEST_CASE("attlog plan checks, imports into a store and exports; --plan reads the store",
          "[report-cli]")
{
    QTemporaryDir dir;
    const QString json = writePlan(dir, QStringLiteral("план.json"));
    const QString store = dir.filePath(QStringLiteral("store/workplan.sqlite"));
    Run run = runAttlog({QStringLiteral("plan"), QStringLiteral("check"), json});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith("shifts: 2\npatterns: 2\ngroups: 0 (0 members)\nassignments: 2\n"));

    for (const char *expected : {"saved as version 1 of ", "saved as version 2 of "}) {
        run = runAttlog({QStringLiteral("plan"), QStringLiteral("import"), json,
                         QStringLiteral("--store"), store});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.startsWith(expected));
    }
#ifndef _WIN32
    // The store holds people's IDs and absences: readable by its user only.
    CHECK((QFileInfo(store).permissions() &
           (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) == 0);
#endif
    const QString exported = dir.filePath(QStringLiteral("exported.json"));
    run = runAttlog({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("--store"),
                     store, QStringLiteral("--out"), exported});
    REQUIRE(run.exitCode == 0);
    run = runAttlog({QStringLiteral("plan"), QStringLiteral("check"), exported});
    CHECK(run.exitCode == 0);
    run = runAttlog({QStringLiteral("plan"), QStringLiteral("check"), store});
    CHECK(run.exitCode == 0);

    // The timesheet from the store is the timesheet from the JSON file.
    const QString database = dir.filePath(QStringLiteral("attlog.sqlite"));
    createDatabase(database, knownRows());
    const auto timesheet = [&](const QString &plan) {
        return runAttlog({QStringLiteral("report"), QStringLiteral("timesheet"),
                          QStringLiteral("--form"), QStringLiteral("t13"),
                          QStringLiteral("--connection"), QStringLiteral("sqlite:") + database,
                          QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                          QStringLiteral("--to"), QStringLiteral("2026-11-04"),
                          QStringLiteral("--plan"), plan})
            .out;
    };
    const QByteArray fromJson = timesheet(json);
    CHECK(fromJson.count('\n') == 10);
    CHECK(timesheet(store) == fromJson);

    // Refused: a broken plan is not imported; a device is never replaced.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"absences": [{"employee_id": "1", "from": "2026-12-01", "to": "2026-12-02",
                        "code": "SICK"}]})");
    }
    run = runAttlog({QStringLiteral("plan"), QStringLiteral("import"), broken,
                     QStringLiteral("--store"), store});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("unknown code"));
    run = runAttlog({QStringLiteral("plan"), QStringLiteral("check"), broken});
    CHECK(run.exitCode == 1);
#ifndef _WIN32
    run = runAttlog({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("--store"),
                     store, QStringLiteral("--out"), QStringLiteral("/dev/null")});
    CHECK(run.exitCode == 1);
#endif
    CHECK(runAttlog({QStringLiteral("plan"), QStringLiteral("frobnicate")}).exitCode == 2);
}

TEST_CASE("attlog report anomalies writes the exact CSV, JSON and XLSX", "[report-cli][readback]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("attlog.sqlite"));
    std::vector<Row> rows = knownRows();
    const QString petrov = QStringLiteral("Петров Олег");
    // Петров at the store and 30 s later at the gate, entering both times; Сидоров leaves twice.
    rows.push_back({20, "2026-11-03 12:00:00", "in", petrov, "E2", "1002", "Склад, «Север»"});
    rows.push_back({21, "2026-11-03 12:00:30", "in", petrov, "E2", "1002", "Проходная"});
    rows.push_back(
        {22, "2026-11-04 07:00:00", "out", QStringLiteral("Сидоров"), "", "777", "Склад, «Север»"});
    createDatabase(database, rows);
    const QStringList base{QStringLiteral("report"),       QStringLiteral("anomalies"),
                           QStringLiteral("--connection"), QStringLiteral("sqlite:") + database,
                           QStringLiteral("--from"),       QStringLiteral("2026-11-02"),
                           QStringLiteral("--to"),         QStringLiteral("2026-11-04")};

    SECTION("csv")
    {
        const Run run = runAttlog(base);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(QString::fromUtf8(run.out).toStdString() ==
              "kind,employee_id,person,first_time,second_time,door_first,door_second,detail\n"
              "exit_without_entry,,Сидоров,2026-11-02T11:00:00,2026-11-04T07:00:00,"
              "\"Склад, «Север»\",\"Склад, «Север»\",no entry after the exit before\n"
              "ghost_duplicate,E1,Иванов Пётр,2026-11-02T13:00:00,2026-11-02T13:00:20,"
              "Проходная,Проходная,the same pass again within 60 s\n"
              "double_entry,E2,Петров Олег,2026-11-03T12:00:00,2026-11-03T12:00:30,"
              "\"Склад, «Север»\",Проходная,no exit between\n"
              "impossible_travel,E2,Петров Олег,2026-11-03T12:00:00,2026-11-03T12:00:30,"
              "\"Склад, «Север»\",Проходная,30 s between two doors (at least 60 s expected)\n");
    }
    SECTION("a shorter travel minimum, a period of date-times, json")
    {
        const Run run = runAttlog(
            {QStringLiteral("report"), QStringLiteral("anomalies"), QStringLiteral("--connection"),
             QStringLiteral("sqlite:") + database, QStringLiteral("--from"),
             QStringLiteral("2026-11-03T00:00:00"), QStringLiteral("--to"),
             QStringLiteral("2026-11-04T00:00:00"), QStringLiteral("--min-travel-s"),
             QStringLiteral("20"), QStringLiteral("--format"), QStringLiteral("json")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(QString::fromUtf8(run.out).toStdString() == R"([
  {
    "kind": "double_entry",
    "employee_id": "E2",
    "person": "Петров Олег",
    "first_time": "2026-11-03T12:00:00",
    "second_time": "2026-11-03T12:00:30",
    "door_first": "Склад, «Север»",
    "door_second": "Проходная",
    "detail": "no exit between"
  }
]
)");
    }
    SECTION("xlsx")
    {
        const QString xlsx = dir.filePath(QStringLiteral("аномалии.xlsx"));
        const Run run =
            runAttlog(base + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                         QStringLiteral("--out"), xlsx});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QProcess python;
        python.start(
            QStringLiteral(ATTLOG_PYTHON3_OPENPYXL),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])['Anomalies']; "
                 "print(ws.max_row, ws['A3'].value, ws['D3'].value.isoformat())"),
             xlsx});
        REQUIRE(python.waitForFinished(30000));
        INFO(python.readAllStandardError().toStdString());
        REQUIRE(python.exitCode() == 0);
        CHECK(python.readAllStandardOutput().trimmed() ==
              QByteArray("5 ghost_duplicate 2026-11-02T13:00:00"));
    }
    SECTION("bad arguments")
    {
        for (const QStringList &extra :
             {QStringList{QStringLiteral("--min-travel-s"), QStringLiteral("soon")},
              QStringList{QStringLiteral("--schedule"), QStringLiteral("09:00-18:00")},
              QStringList{QStringLiteral("--evacuation")}}) {
            INFO(extra.join(QLatin1Char(' ')).toStdString());
            const Run run = runAttlog(base + extra);
            CHECK(run.exitCode == 2);
            CHECK(run.out.isEmpty());
        }
        const Run reversed = runAttlog(
            {QStringLiteral("report"), QStringLiteral("anomalies"), QStringLiteral("--connection"),
             QStringLiteral("sqlite:") + database, QStringLiteral("--from"),
             QStringLiteral("2026-11-04"), QStringLiteral("--to"), QStringLiteral("2026-11-02")});
        CHECK(reversed.exitCode == 2);
        CHECK(reversed.err.contains("--to is not after --from"));
    }
}

TEST_CASE("attlog report: bad arguments exit 2, failures exit 1 with no output file",
          "[report-cli]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("attlog.sqlite"));
    createDatabase(database, knownRows());
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const QString connection = QStringLiteral("sqlite:") + database;

    Run run = runAttlog(
        {QStringLiteral("report"), QStringLiteral("worktime"), QStringLiteral("--connection"),
         connection, QStringLiteral("--from"), QStringLiteral("2026-11-31"), QStringLiteral("--to"),
         QStringLiteral("2026-11-04"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("--from"));
    CHECK(run.err.contains("Usage"));
    CHECK(run.out.isEmpty());

    run = runAttlog({QStringLiteral("report"), QStringLiteral("presence"),
                     QStringLiteral("--connection"), connection, QStringLiteral("--format"),
                     QStringLiteral("pdf")});
    CHECK(run.exitCode == 2);

    run = runAttlog({QStringLiteral("report"), QStringLiteral("presence"),
                     QStringLiteral("--connection"), connection, QStringLiteral("--bogus")});
    CHECK(run.exitCode == 2);

    run = runAttlog({QStringLiteral("report"), QStringLiteral("nonsense")});
    CHECK(run.exitCode == 2);

    // A period without bound made millions of rows before anything was written.
    run = runAttlog({QStringLiteral("report"), QStringLiteral("worktime"),
                     QStringLiteral("--connection"), connection, QStringLiteral("--from"),
                     QStringLiteral("1753-01-01"), QStringLiteral("--to"),
                     QStringLiteral("9999-12-31"), QStringLiteral("--schedule"),
                     QStringLiteral("09:00-18:00"), QStringLiteral("--out"), out});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("at most 731 days"));
    CHECK_FALSE(QFile::exists(out));

    // A table that does not exist: a clear message, exit 1, and nothing at --out.
    run = runAttlog({QStringLiteral("report"), QStringLiteral("worktime"),
                     QStringLiteral("--connection"), connection, QStringLiteral("--table"),
                     QStringLiteral("no_such_table"), QStringLiteral("--from"),
                     QStringLiteral("2026-11-02"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-04"), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), out});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.isEmpty());
    CHECK_FALSE(QFile::exists(out));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("attlog.sqlite")});

    // A database file that does not exist.
    run = runAttlog(
        {QStringLiteral("report"), QStringLiteral("presence"), QStringLiteral("--connection"),
         QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("missing.sqlite")),
         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFile::exists(out));
}
