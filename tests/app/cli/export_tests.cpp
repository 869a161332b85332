// SPDX-License-Identifier: MIT
// `attlog export` end to end: a real SQLite file, the built executable, and the files read back
// (CSV parsed here, XLSX through openpyxl).

#include "core/text/mojibake.h"
#include "tests/db/support/testdatabase.h"

#include "tests/support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#ifndef _WIN32
#include <signal.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace attlog;
using attlog::dbtest::Backend;
using attlog::dbtest::BackendKind;
using attlog::dbtest::TestDatabase;
using attlog::dbtest::TestRow;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run attlogExport(const QStringList &args)
{
    return run(QStringLiteral(ATTLOG_CLI_PATH), QStringList{QStringLiteral("export")} + args);
}

// RFC 4180: fields separated by `delimiter`, quoted fields may hold the delimiter, quotes ("")
// and line breaks; records end with CRLF.
QList<QStringList> parseCsv(const QString &text, QChar delimiter)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

TestRow pass(qint64 key, const QString &time, const QString &person, const QString &door,
             const QString &card)
{
    TestRow r;
    r.key = key;
    r.authDateTime = time;
    r.personName = person;
    r.doorName = door;
    r.cardNo = card;
    r.direction = key % 2 ? QStringLiteral("in") : QStringLiteral("out");
    return r;
}

} // namespace

// A SQLite file of 1,204 passes in the iVMS schema: 1,200 on 2026-11-02 (every third at "Склад",
// the rest at the gate), a mojibake name, a name and a card a spreadsheet would misread, a pass
// with only authDate/authTime, and one on the next day.
struct ExportFixture
{
    ExportFixture()
    {
        Backend backend;
        backend.kind = BackendKind::Sqlite;
        backend.name = QStringLiteral("sqlite");
        backend.dialect = sql::Dialect::Sqlite;
        backend.sqlitePath = dir.filePath(QStringLiteral("events.sqlite"));
        TestDatabase db(backend);
        db.createTable(QStringLiteral("attlog"));

        std::vector<TestRow> rows;
        for (qint64 k = 1; k <= 1200; ++k) {
            rows.push_back(pass(k,
                                QStringLiteral("2026-11-02 %1:%2:00")
                                    .arg(8 + k / 60 % 10, 2, 10, QLatin1Char('0'))
                                    .arg(k % 60, 2, 10, QLatin1Char('0')),
                                QStringLiteral("Сотрудник %1").arg(k % 40),
                                k % 3 ? gate : QStringLiteral("Склад"),
                                QString::number(100000 + k)));
        }
        rows.push_back(pass(2001, QStringLiteral("2026-11-02 18:00:00"),
                            QString::fromStdString(text::toMojibake("Иванов Иван")), gate,
                            QStringLiteral("7")));
        rows.push_back(pass(2002, QStringLiteral("2026-11-02 18:01:00"),
                            QStringLiteral("Smith; \"Bob\""), gate,
                            QStringLiteral("=HYPERLINK(\"x\")")));
        TestRow untimed = pass(2003, {}, QStringLiteral("Петров Пётр"), gate, QStringLiteral("8"));
        untimed.authDateTime.reset();
        untimed.authDate = QStringLiteral("02.11.2026");
        untimed.authTime = QStringLiteral("19:30:00");
        rows.push_back(untimed);
        rows.push_back(pass(2004, QStringLiteral("2026-11-03 08:00:00"),
                            QStringLiteral("Завтра Не Попадёт"), gate, QStringLiteral("9")));
        db.insertAll(QStringLiteral("attlog"), rows);

        conn = QStringLiteral("sqlite:") + backend.sqlitePath;
        day = QStringList{QStringLiteral("--connection"), conn,
                          QStringLiteral("--from"),       QStringLiteral("2026-11-02T00:00:00"),
                          QStringLiteral("--to"),         QStringLiteral("2026-11-03T00:00:00")};
    }

    QTemporaryDir dir;
    QString gate = QStringLiteral("Проходная — КПП");
    QString conn;
    QStringList day; // --connection and the period of 2026-11-02
};

TEST_CASE("attlog export writes CSV with a BOM, quoting, repaired Cyrillic, neutralised formulas "
          "and every row",
          "[cli]")
{
    const ExportFixture f;
    const QString out = f.dir.filePath(QStringLiteral("day.csv"));
    const Run r =
        attlogExport(f.day + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                         QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto records = parseCsv(QString::fromUtf8(bytes.mid(3)), QLatin1Char(','));
    REQUIRE(records.size() == 1 + 1203); // header + the day's rows (the untimed one included)
    CHECK(records[0] ==
          QStringList{QStringLiteral("time"), QStringLiteral("direction"), QStringLiteral("person"),
                      QStringLiteral("employee_id"), QStringLiteral("card"), QStringLiteral("door"),
                      QStringLiteral("reader"), QStringLiteral("device"), QStringLiteral("key")});
    bool sawIvanov = false;
    bool sawSmith = false;
    bool sawUntimed = false;
    for (const QStringList &record : records.mid(1)) {
        REQUIRE(record.size() == 9);
        if (record[8] == QLatin1String("2001")) {
            sawIvanov = true;
            CHECK(record[2] == QStringLiteral("Иванов Иван"));
            CHECK(record[5] == f.gate);
        }
        if (record[8] == QLatin1String("2002")) {
            sawSmith = true;
            CHECK(record[2] == QStringLiteral("Smith; \"Bob\""));
            CHECK(record[4] == QStringLiteral("'=HYPERLINK(\"x\")"));
        }
        if (record[8] == QLatin1String("2003")) {
            sawUntimed = true;
            CHECK(record[0] == QStringLiteral("2026-11-02T19:30:00"));
        }
        CHECK(record[8] != QLatin1String("2004"));
    }
    CHECK(sawIvanov);
    CHECK(sawSmith);
    CHECK(sawUntimed);
    CHECK(records[1][0] == QStringLiteral("2026-11-02T18:01:00")); // newest first
}

TEST_CASE("attlog export filters by a person as shown, a door and a direction", "[cli]")
{
    const ExportFixture f;
    const QString out = f.dir.filePath(QStringLiteral("ivanov.csv"));
    Run r = attlogExport(f.day + QStringList{QStringLiteral("--search"), QStringLiteral("ИВАНОВ"),
                                             QStringLiteral("--format"), QStringLiteral("csv"),
                                             QStringLiteral("--out"), out});
    REQUIRE(r.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto records = parseCsv(QString::fromUtf8(file.readAll().mid(3)), QLatin1Char(','));
    REQUIRE(records.size() == 2);
    CHECK(records[1][2] == QStringLiteral("Иванов Иван"));

    const QString store = f.dir.filePath(QStringLiteral("store.csv"));
    r = attlogExport(f.day + QStringList{QStringLiteral("--door"), QStringLiteral("Склад"),
                                         QStringLiteral("--direction"), QStringLiteral("in"),
                                         QStringLiteral("--format"), QStringLiteral("csv"),
                                         QStringLiteral("--out"), store});
    REQUIRE(r.exitCode == 0);
    QFile storeFile(store);
    REQUIRE(storeFile.open(QIODevice::ReadOnly));
    records = parseCsv(QString::fromUtf8(storeFile.readAll().mid(3)), QLatin1Char(','));
    // Keys divisible by 3 are at the store; odd keys are entries.
    int expected = 0;
    for (qint64 k = 1; k <= 1200; ++k)
        expected += (k % 3 == 0 && k % 2 == 1) ? 1 : 0;
    CHECK(records.size() == 1 + expected);
    for (const QStringList &record : records.mid(1)) {
        CHECK(record[5] == QStringLiteral("Склад"));
        CHECK(record[1] == QStringLiteral("in"));
    }
}

TEST_CASE("attlog export writes XLSX with the same rows, real dates and a frozen header",
          "[cli][readback]")
{
    const ExportFixture f;
    const QString out = f.dir.filePath(QStringLiteral("day.xlsx"));
    const Run r =
        attlogExport(f.day + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                         QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString script = QStringLiteral(
        "import sys, openpyxl\n"
        "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
        "rows = list(ws.iter_rows(values_only=False))\n"
        "print(len(rows) - 1, rows[1][0].is_date, ws.freeze_panes, rows[0][2].value)\n");
    const Run py =
        run(QStringLiteral(ATTLOG_PYTHON3_OPENPYXL), {QStringLiteral("-c"), script, out});
    INFO(py.err.toStdString());
    REQUIRE(py.exitCode == 0);
    CHECK(py.out.trimmed() == QStringLiteral("1203 True A2 person"));
}

TEST_CASE("attlog export: bad arguments exit 2, an unwritable target exits 1 and leaves no file",
          "[cli]")
{
    const ExportFixture f;
    CHECK(attlogExport({QStringLiteral("--format"), QStringLiteral("csv")}).exitCode == 2);
    CHECK(attlogExport(f.day + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                           QStringLiteral("--out"),
                                           f.dir.filePath(QStringLiteral("x.pdf"))})
              .exitCode == 2);
    const QString missing = f.dir.filePath(QStringLiteral("no-such-folder/out.csv"));
    const Run r =
        attlogExport(f.day + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                         QStringLiteral("--out"), missing});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.err.isEmpty());
    CHECK_FALSE(QFile::exists(missing));
    const Run noTable = attlogExport(
        f.day + QStringList{QStringLiteral("--table"), QStringLiteral("nope"),
                            QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--out"), f.dir.filePath(QStringLiteral("n.csv"))});
    CHECK(noTable.exitCode == 1);
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("n.csv"))));
}

#ifndef _WIN32
TEST_CASE("attlog export stopped by SIGTERM or Ctrl+C leaves no file, not even a hidden part",
          "[cli]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("big.sqlite"));
    // About 390,000 passes: an XLSX export of them takes seconds, so the signal meets it working.
    REQUIRE(run(QStringLiteral(ATTLOG_CLI_PATH),
                {QStringLiteral("demo-db"), database, QStringLiteral("--days"),
                 QStringLiteral("120"), QStringLiteral("--people"), QStringLiteral("2000")})
                .exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("out/all.xlsx"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
    for (const int signal : {SIGTERM, SIGINT}) {
        QProcess process;
        process.start(QStringLiteral(ATTLOG_CLI_PATH),
                      {QStringLiteral("export"), QStringLiteral("--connection"),
                       QStringLiteral("sqlite:") + database, QStringLiteral("--from"),
                       QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                       QStringLiteral("2100-01-01"), QStringLiteral("--format"),
                       QStringLiteral("xlsx"), QStringLiteral("--out"), out});
        REQUIRE(process.waitForStarted());
        QThread::msleep(500);
        REQUIRE(process.state() == QProcess::Running); // still exporting
        ::kill(pid_t(process.processId()), signal);
        REQUIRE(process.waitForFinished(60000));
        INFO("signal " << signal);
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 1);
        CHECK(QString::fromUtf8(process.readAllStandardError())
                  .contains(QStringLiteral("interrupted: no file was written")));
        CHECK(QDir(dir.filePath(QStringLiteral("out")))
                  .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
                  .isEmpty());
    }
}
#endif

#ifndef _WIN32
TEST_CASE("attlog export and report --out: every kind of target", "[cli]")
{
    const ExportFixture f;
    const QString folder = f.dir.filePath(QStringLiteral("targets"));
    REQUIRE(QDir().mkpath(folder));
    const auto path = [&](const char *name) {
        return folder + QLatin1Char('/') + QLatin1String(name);
    };
    const auto exportTo = [&](const QString &out) {
        return attlogExport(f.day + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                QStringLiteral("--out"), out});
    };
    const auto mode = [](const QString &file) {
        struct stat st
        {};
        REQUIRE(::lstat(QFile::encodeName(file).constData(), &st) == 0);
        return st.st_mode;
    };

    // A new file: for its owner only (it holds names and times).
    REQUIRE(exportTo(path("new.csv")).exitCode == 0);
    CHECK((mode(path("new.csv")) & 0777) == 0600);

    // An existing file keeps the mode its owner gave it.
    QFile(path("shared.csv")).open(QIODevice::WriteOnly);
    REQUIRE(::chmod(QFile::encodeName(path("shared.csv")).constData(), 0640) == 0);
    REQUIRE(exportTo(path("shared.csv")).exitCode == 0);
    CHECK((mode(path("shared.csv")) & 0777) == 0640);
    CHECK(QFileInfo(path("shared.csv")).size() > 1000);

    // A link: the file it names is replaced, the link stays.
    REQUIRE(QFile::link(path("new.csv"), path("link.csv")));
    REQUIRE(exportTo(path("link.csv")).exitCode == 0);
    CHECK(S_ISLNK(mode(path("link.csv"))));

    // A pipe, a character device (a node made here, never the system's), a folder: refused with
    // a message, left as they are, nothing else made.
    REQUIRE(::mkfifo(QFile::encodeName(path("pipe")).constData(), 0600) == 0);
    std::vector<QString> refused{path("pipe"), folder};
    if (::geteuid() == 0) {
        REQUIRE(::mknod(QFile::encodeName(path("device")).constData(), S_IFCHR | 0600,
                        makedev(1, 3)) == 0);
        refused.push_back(path("device"));
    } else {
        WARN("not root: no character device node can be made, only the pipe and folder are tried");
    }
    const QStringList before = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden |
                                                      QDir::System | QDir::NoDotAndDotDot);
    for (const QString &target : refused) {
        INFO(target.toStdString());
        const mode_t was = mode(target);
        const Run r = exportTo(target);
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.isEmpty());
        CHECK(mode(target) == was);
    }
    CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                 QDir::NoDotAndDotDot) == before);

    // A folder that does not exist: a message, nothing made.
    const Run missing = exportTo(path("no-such-folder/out.csv"));
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(path("no-such-folder")));

    // "-": export writes files only (exit 2, nothing named "-"); report writes standard output.
    const Run dash = exportTo(QStringLiteral("-"));
    CHECK(dash.exitCode == 2);
    CHECK(dash.err.contains(QStringLiteral("--out -")));
    const Run report = run(QStringLiteral(ATTLOG_CLI_PATH),
                           {QStringLiteral("report"), QStringLiteral("presence"),
                            QStringLiteral("--connection"), f.conn, QStringLiteral("--at"),
                            QStringLiteral("2026-11-02T12:00:00"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("-")});
    INFO(report.err.toStdString());
    CHECK(report.exitCode == 0);
    CHECK(report.out.contains(QStringLiteral("Сотрудник")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("-")));
}
#endif
