// SPDX-License-Identifier: MIT
// Benchmark: the T-13 form of November 2026 for N people (default 2,000; every day a code, most
// with hours, some with two codes) written as PDF (print/t13pdf, offscreen) and as XLSX
// (core/xlsx/t13workbook). Prints seconds, pages, file sizes and the peak resident memory (VmHWM,
// Linux). The sheet is made up here: the report behind it has its own benchmark
// (bench_worktime_report --report timesheet).
// Usage: bench_t13 [people] [output folder]
#include "core/xlsx/t13workbook.h"
#include "print/t13pdf.h"

#include <QGuiApplication>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace attlog;

namespace {

long peakResidentKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::atol(line.c_str() + 6);
    }
    return -1;
}

T13Sheet sheetOf(int people)
{
    T13Sheet sheet;
    sheet.year = 2026;
    sheet.month = 11;
    sheet.from = dateFromCivil(2026, 11, 1);
    sheet.to = dateFromCivil(2026, 11, 30);
    for (int i = 0; i < people; ++i) {
        T13Person person;
        person.number = std::to_string(100000 + i);
        person.name = "Сотрудник Тестовый Номер " + std::to_string(i + 1);
        person.person = std::size_t(i);
        for (int d = 0; d < 31; ++d) {
            T13Day &day = person.days[std::size_t(d)];
            day.inMonth = day.inPeriod = d < 30;
            if (d >= 30)
                continue;
            const int kind = (d + i) % 7;
            day.codes = kind >= 5 ? "В" : (kind == 4 && i % 3 == 0 ? "Я/Н" : "Я");
            day.hours = kind >= 5 ? "" : (day.codes == "Я/Н" ? "3/8" : "8,25");
        }
        person.halfDays = {11, 10};
        person.halfMinutes = {11 * 495, 10 * 495};
        person.monthDays = 21;
        person.monthMinutes = 21 * 495;
        if (i % 10 == 0)
            person.absences = {{"Б", 3}, {"ОТ", 2}};
        sheet.people.push_back(std::move(person));
    }
    return sheet;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int people = argc > 1 ? std::atoi(argv[1]) : 2000;
    const std::filesystem::path folder =
        argc > 2 ? std::filesystem::path(argv[2]) : std::filesystem::temp_directory_path();
    const T13Sheet sheet = sheetOf(people);
    T13Header header;
    header.organization = "ООО «Ромашка»";
    header.department = "Служба охраны";
    header.drawnUp = dateFromCivil(2026, 12, 1);

    const std::filesystem::path pdf = folder / "attlog-bench-t13.pdf";
    auto start = std::chrono::steady_clock::now();
    QString error;
    if (!print::writeT13Pdf(QString::fromStdString(pdf.string()), sheet, header, &error)) {
        std::fprintf(stderr, "bench_t13: %s\n", qPrintable(error));
        return 1;
    }
    const double pdfSeconds = secondsSince(start);
    const std::filesystem::path xlsx = folder / "attlog-bench-t13.xlsx";
    start = std::chrono::steady_clock::now();
    std::string message;
    if (!writeT13Workbook(xlsx, sheet, header, &message)) {
        std::fprintf(stderr, "bench_t13: %s\n", message.c_str());
        return 1;
    }
    const double xlsxSeconds = secondsSince(start);
    std::printf("T-13 of %d people, one month\n", people);
    std::printf("  PDF:  %.2f s, %d pages, %.1f MB\n", pdfSeconds, print::t13PdfPageCount(sheet),
                double(std::filesystem::file_size(pdf)) / 1e6);
    std::printf("  XLSX: %.2f s, %.1f MB\n", xlsxSeconds,
                double(std::filesystem::file_size(xlsx)) / 1e6);
    std::printf("  peak resident memory: %.0f MB\n", double(peakResidentKb()) / 1024.0);
    std::filesystem::remove(pdf);
    std::filesystem::remove(xlsx);
    return 0;
}
