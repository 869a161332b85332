// SPDX-License-Identifier: MIT
#include "print/t13pdf.h"

#include "tests/support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace attlog;

namespace {

// November 2026 for `count` people: working days Я 8 h, weekends В, one sick leave.
T13Sheet novemberSheet(int count)
{
    T13Sheet sheet;
    sheet.year = 2026;
    sheet.month = 11;
    sheet.from = dateFromCivil(2026, 11, 1);
    sheet.to = dateFromCivil(2026, 11, 30);
    for (int i = 0; i < count; ++i) {
        T13Person person;
        person.number = "E" + std::to_string(1000 + i);
        person.name = "Сотрудникова-Длиннофамильная Анна " + std::to_string(i + 1);
        for (int d = 0; d < 31; ++d) {
            T13Day &day = person.days[std::size_t(d)];
            day.inMonth = d < 30;
            day.inPeriod = day.inMonth;
            if (!day.inMonth)
                continue;
            const bool weekend = (d + 1) % 7 == 0 || d % 7 == 0; // Nov 1 is a Sunday
            day.codes = weekend ? "В" : (d == 9 ? "Б" : "Я");
            day.hours = weekend || d == 9 ? "" : "8";
        }
        person.halfDays = {9, 11};
        person.halfMinutes = {9 * 480, 11 * 480};
        person.monthDays = 20;
        person.monthMinutes = 20 * 480;
        person.absences = {{"Б", 1}};
        sheet.people.push_back(person);
    }
    return sheet;
}

T13Header header()
{
    T13Header h;
    h.organization = "ООО «Ромашка»";
    h.department = "Служба охраны";
    h.documentNumber = "17";
    h.drawnUp = dateFromCivil(2026, 12, 1);
    return h;
}

struct Tool
{
    int exitCode = -1;
    QByteArray out;
};

Tool runTool(const char *program, const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromUtf8(program), arguments);
    Tool result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    return result;
}

// The text of page `page` (1-based) as pdftotext reads it.
QString pageText(const QString &pdf, int page)
{
    const Tool tool =
        runTool(ATTLOG_PDFTOTEXT,
                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                 QString::number(page), QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(tool.exitCode == 0);
    return QString::fromUtf8(tool.out);
}

int pdfPages(const QString &pdf)
{
    const Tool info = runTool(ATTLOG_PDFINFO, {pdf});
    REQUIRE(info.exitCode == 0);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace

TEST_CASE("T-13 PDF: pages hold whole people, the signatures follow the last one")
{
    // The first page holds the form's head and 7 people (4 rows each), the others 10.
    CHECK(print::t13PdfPageCount(novemberSheet(0)) == 1);
    CHECK(print::t13PdfPageCount(novemberSheet(1)) == 1);
    CHECK(print::t13PdfPageCount(novemberSheet(5)) == 1);
    // 6 or 7 people fill the first page: the signatures take a page of their own.
    CHECK(print::t13PdfPageCount(novemberSheet(6)) == 2);
    CHECK(print::t13PdfPageCount(novemberSheet(7)) == 2);
    CHECK(print::t13PdfPageCount(novemberSheet(8)) == 2);
    CHECK(print::t13PdfPageCount(novemberSheet(17)) == 3); // 7 + 10, then the signatures
    CHECK(print::t13PdfPageCount(novemberSheet(300)) == 31);
}

TEST_CASE("T-13 PDF: a refused target is reported and left as it was")
{
    QTemporaryDir dir;
    QString error;
    // A folder is never replaced by a file.
    CHECK_FALSE(print::writeT13Pdf(dir.path(), novemberSheet(1), header(), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(QFileInfo(dir.path()).isDir());
    // A missing folder: nothing is created.
    error.clear();
    const QString missing = dir.filePath(QStringLiteral("нет/табель.pdf"));
    CHECK_FALSE(print::writeT13Pdf(missing, novemberSheet(1), header(), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{});
#ifndef _WIN32
    error.clear();
    CHECK_FALSE(
        print::writeT13Pdf(QStringLiteral("/dev/null"), novemberSheet(1), header(), &error));
    CHECK(error.contains(QStringLiteral("/dev/null")));
#endif
}

TEST_CASE("T-13 PDF: written whole, readable by its user only")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("табель ноябрь.pdf"));
    QString error;
    REQUIRE(print::writeT13Pdf(pdf, novemberSheet(12), header(), &error));
    CHECK(error.isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
    // One page object per page (the page tree itself is /Type /Pages).
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") +
              bytes.count("/Type /Page ") + bytes.count("/Type /Page/") ==
          2);
#ifndef _WIN32
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif
    // No temporary file is left beside it.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("табель ноябрь.pdf")});
}

TEST_CASE("T-13 PDF read back: page count, header on every page, cells, A4 landscape image",
          "[readback]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("t13.pdf"));
    const T13Sheet sheet = novemberSheet(300);
    QString error;
    REQUIRE(print::writeT13Pdf(pdf, sheet, header(), &error));
    CHECK(pdfPages(pdf) == 31);

    const Tool info = runTool(ATTLOG_PDFINFO, {pdf});
    CHECK(QString::fromUtf8(info.out).contains(QStringLiteral("(A4)")));
    CHECK(QString::fromUtf8(info.out).contains(QStringLiteral("842 x 595 pts")));

    const QString first = pageText(pdf, 1);
    INFO(first.toStdString());
    for (const char *expected :
         {"Унифицированная форма № Т-13", "ООО «Ромашка»", "Служба охраны", "ТАБЕЛЬ",
          "за ноябрь 2026 г.", "01.12.2026", "с 01.11.2026", "по 30.11.2026", "Табельный", "E1000",
          "E1006", "Страница 1 из 31"}) {
        CAPTURE(expected);
        CHECK(first.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(first.contains(QStringLiteral("E1007"))); // the 8th person is on page 2

    // Later pages repeat the table header, not the form's head.
    const QString second = pageText(pdf, 2);
    INFO(second.toStdString());
    CHECK(second.contains(QStringLiteral("Табельный")));
    CHECK(second.contains(QStringLiteral("Неявки по")));
    CHECK_FALSE(second.contains(QStringLiteral("ТАБЕЛЬ")));
    CHECK(second.contains(QStringLiteral("E1007")));
    CHECK(second.contains(QStringLiteral("E1016")));
    CHECK(second.contains(QStringLiteral("Страница 2 из 31")));

    const QString last = pageText(pdf, 31);
    INFO(last.toStdString());
    CHECK(last.contains(QStringLiteral("E1299")));
    CHECK(last.contains(QStringLiteral("Работник кадровой службы")));
    CHECK(last.contains(QStringLiteral("(личная подпись)")));
    CHECK(last.contains(QStringLiteral("Страница 31 из 31")));

    // Rendered: A4 landscape, and ink in the table (not a blank page).
    const QString prefix = dir.filePath(QStringLiteral("page"));
    REQUIRE(runTool(ATTLOG_PDFTOPPM,
                    {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                     QStringLiteral("2"), QStringLiteral("-r"), QStringLiteral("50"),
                     QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix})
                .exitCode == 0);
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > image.height());
    CHECK(std::abs(double(image.width()) / image.height() - 297.0 / 210.0) < 0.01);
    image = image.convertToFormat(QImage::Format_Grayscale8);
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            dark += row[x] < 128 ? 1 : 0;
    }
    // The grid and the text: a few percent of the page, far from none and from all.
    const double share = double(dark) / (image.width() * image.height());
    INFO(share);
    CHECK(share > 0.02);
    CHECK(share < 0.5);
}
