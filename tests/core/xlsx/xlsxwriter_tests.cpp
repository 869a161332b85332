// SPDX-License-Identifier: MIT
#include "core/report/reportformat.h"
#include "core/report/worktimecalculator.h"
#include "core/xlsx/xlsxwriter.h"

#include "tests/support/catch.h"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace attlog;
namespace fs = std::filesystem;

namespace {

class ScratchFolder
{
public:
    ScratchFolder()
    {
        m_path = fs::temp_directory_path() /
                 ("attlog-xlsx-test-" + std::to_string(std::random_device{}()));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~ScratchFolder()
    {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    const fs::path &path() const { return m_path; }
    std::vector<std::string> entries() const
    {
        std::vector<std::string> names;
        for (const auto &entry : fs::directory_iterator(m_path))
            names.push_back(entry.path().filename().string());
        return names;
    }

private:
    fs::path m_path;
};

// Open file descriptors of this process (Linux); -1 where /proc/self/fd does not exist.
int openFileCount()
{
#ifndef __linux__
    return -1;
#endif
    std::error_code ec;
    if (!fs::is_directory("/proc/self/fd", ec))
        return -1;
    int count = 0;
    for (auto it = fs::directory_iterator("/proc/self/fd", ec);
         !ec && it != fs::directory_iterator(); it.increment(ec))
        ++count;
    return count;
}

// Reads a workbook back with openpyxl and returns what it saw as key -> value. Fails the test
// (never skips) when Python 3 or openpyxl is missing.
constexpr const char *kReadBack = R"PY(
import sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = ["sheets=" + ",".join(wb.sheetnames)]
for ws in wb.worksheets:
    p = ws.title + "."
    out.append(p + "max_row=%d" % ws.max_row)
    out.append(p + "max_column=%d" % ws.max_column)
    out.append(p + "header=" + "|".join(str(c.value) for c in ws[1]))
    out.append(p + "freeze=%s" % ws.freeze_panes)
    out.append(p + "autofilter=%s" % ws.auto_filter.ref)
    out.append(p + "header_bold=%s" % all(c.font.b for c in ws[1]))
    dates = [0] * ws.max_column
    for row in ws.iter_rows(min_row=2):
        for i, cell in enumerate(row):
            if cell.is_date:
                dates[i] += 1
    for i, cell in enumerate(ws[1]):
        col = cell.column_letter
        out.append(p + "width.%s=%s" % (col, ws.column_dimensions[col].width))
        out.append(p + "dates.%s=%d" % (col, dates[i]))
    for row in ws.iter_rows(min_row=2, max_row=min(ws.max_row, 3)):
        for cell in row:
            c = p + cell.coordinate
            out.append(c + ".value=%r" % (cell.value,))
            out.append(c + ".format=%s" % cell.number_format)
            out.append(c + ".fill=%s" % (cell.fill.fgColor.rgb if cell.fill.fill_type else None))
print("\n".join(out))
)PY";

std::map<std::string, std::string> readBack(const fs::path &xlsx, const fs::path &folder)
{
    const fs::path script = folder / "read_back.py";
    const fs::path output = folder / "read_back.txt";
    {
        std::ofstream file(script, std::ios::binary);
        file << kReadBack;
    }
    const std::string command = std::string("\"") + ATTLOG_PYTHON3_OPENPYXL + "\" \"" +
                                script.string() + "\" \"" + xlsx.string() + "\" > \"" +
                                output.string() + "\" 2>&1";
    const int status = std::system(command.c_str());
    std::ifstream in(output, std::ios::binary);
    const std::string text(std::istreambuf_iterator<char>(in), {});
    INFO("command: " << command << "\noutput:\n" << text);
    REQUIRE(status == 0); // python3 with openpyxl is required: its absence fails the test
    std::map<std::string, std::string> values;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        const std::size_t eq = line.find('=');
        if (eq != std::string::npos)
            values[line.substr(0, eq)] = line.substr(eq + 1);
    }
    fs::remove(script);
    fs::remove(output);
    return values;
}

std::vector<TableColumn> typedColumns()
{
    return {{"name", ColumnType::Text},     {"count", ColumnType::Integer},
            {"ratio", ColumnType::Real},    {"date", ColumnType::Date},
            {"time", ColumnType::DateTime}, {"worked", ColumnType::Minutes},
            {"note", ColumnType::Text}};
}

std::vector<TableCell> typedRow(int i)
{
    const Date date = addDays(dateFromCivil(2026, 3, 9), i % 30);
    return {std::string(i % 2 ? "Проходная" : "=cmd|' /C calc'!A0"),
            std::int64_t{i},
            i / 4.0,
            date,
            makeDateTime(date, 7, 5, 3),
            Minutes{495 + i},
            i % 3 ? TableCell{std::monostate{}} : TableCell{std::string("заметка")}};
}

} // namespace

TEST_CASE("XLSX: typed cells, header, frozen pane, autofilter, widths", "[export][readback]")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / u8"отчёт.xlsx";
    XlsxWriter writer(target);
    REQUIRE(writer.begin(typedColumns(), "Data"));
    constexpr int kRows = 1000;
    for (int i = 0; i < kRows; ++i)
        REQUIRE(writer.writeRow(typedRow(i)));
    CHECK_FALSE(fs::exists(target));
    REQUIRE(writer.finish());
    CHECK(writer.rowsWritten() == kRows);
    REQUIRE(fs::exists(target));
    CHECK(folder.entries().size() == 1); // no temporary or scratch file left behind

    const auto v = readBack(target, folder.path());
    CHECK(v.at("sheets") == "Data");
    CHECK(v.at("Data.max_row") == std::to_string(kRows + 1));
    CHECK(v.at("Data.max_column") == "7");
    CHECK(v.at("Data.header") == "name|count|ratio|date|time|worked|note");
    CHECK(v.at("Data.header_bold") == "True");
    CHECK(v.at("Data.freeze") == "A2");
    CHECK(v.at("Data.autofilter") == "A1:G1001");
    // Dates and date-times are real Excel dates in every row; so are durations ([h]:mm).
    CHECK(v.at("Data.dates.D") == std::to_string(kRows));
    CHECK(v.at("Data.dates.E") == std::to_string(kRows));
    CHECK(v.at("Data.dates.F") == std::to_string(kRows));
    CHECK(v.at("Data.dates.A") == "0");
    CHECK(v.at("Data.dates.B") == "0");
    CHECK(v.at("Data.A2.value") == "\"=cmd|' /C calc'!A0\""); // text, not a formula
    CHECK(v.at("Data.A3.value") == "'Проходная'");
    CHECK(v.at("Data.B3.value") == "1");
    CHECK(v.at("Data.C3.value") == "0.25");
    CHECK(v.at("Data.D2.value") == "datetime.datetime(2026, 3, 9, 0, 0)");
    CHECK(v.at("Data.D2.format") == "yyyy-mm-dd");
    CHECK(v.at("Data.E2.value") == "datetime.datetime(2026, 3, 9, 7, 5, 3)");
    CHECK(v.at("Data.E2.format") == "yyyy-mm-dd hh:mm:ss");
    CHECK(v.at("Data.F2.value") == "datetime.timedelta(seconds=29700)");
    CHECK(v.at("Data.F2.format") == "[h]:mm");
    CHECK(v.at("Data.G2.value") == "'заметка'");
    CHECK(v.at("Data.G3.value") == "None");
    CHECK(std::stod(v.at("Data.width.E")) >= 19);
    CHECK(std::stod(v.at("Data.width.A")) >= 18); // fitted to the widest text
}

TEST_CASE("XLSX: the worktime workbook has Daily, Totals and a coloured Timesheet",
          "[export][readback]")
{
    WorktimeRules rules;
    rules.schedule = parseSchedule("09:00-18:00");
    WorktimeCalculator calculator(rules);
    const auto add = [&](int day, int hour, int minute, Direction direction) {
        static std::int64_t key = 0;
        AccessEvent event;
        event.key = ++key;
        event.time = makeDateTime(dateFromCivil(2026, 11, day), hour, minute, 0);
        event.direction = direction;
        event.employeeId = "100";
        event.person = "Орлова Анна";
        calculator.add(event);
    };
    add(23, 9, 30, Direction::In); // late
    add(23, 18, 0, Direction::Out);
    add(24, 9, 0, Direction::In); // no exit
    const WorktimeReport report =
        calculator.compute(dateFromCivil(2026, 11, 23), dateFromCivil(2026, 11, 25));

    ScratchFolder folder;
    const fs::path target = folder.path() / "worktime.xlsx";
    XlsxWriter writer(target);
    REQUIRE(writeWorktimeWorkbook(writer, report));
    REQUIRE(writer.finish());

    const auto v = readBack(target, folder.path());
    CHECK(v.at("sheets") == "Daily,Totals,Timesheet");
    CHECK(v.at("Daily.header") ==
          "employee_id|person|date|first_in|last_out|inside_minutes|span_minutes|worked_minutes|"
          "late_minutes|early_minutes|overtime_minutes|flags");
    CHECK(v.at("Daily.max_row") == "4");
    CHECK(v.at("Daily.dates.C") == "3");
    CHECK(v.at("Daily.C2.value") == "datetime.datetime(2026, 11, 23, 0, 0)");
    CHECK(v.at("Daily.D2.value") == "datetime.datetime(2026, 11, 23, 9, 30)");
    CHECK(v.at("Daily.H2.value") == "datetime.timedelta(seconds=30600)"); // 510 min
    CHECK(v.at("Daily.L3.value") == "'no_exit'");
    CHECK(v.at("Totals.freeze") == "A2");
    CHECK(v.at("Timesheet.header") ==
          "employee_id|person|2026-11-23|2026-11-24|2026-11-25|total_minutes");
    CHECK(v.at("Timesheet.C2.fill") == "FFFFD966"); // late
    CHECK(v.at("Timesheet.D2.fill") == "FFC9B3E6"); // no exit
    CHECK(v.at("Timesheet.E2.fill") == "FFF4A6A6"); // absent
    CHECK(v.at("Timesheet.E2.value") == "'absent'");
    CHECK(v.at("Timesheet.B2.fill") == "None");
    CHECK(v.at("Timesheet.autofilter") == "A1:F2");
}

TEST_CASE("XLSX: abort, cancel and a missing folder leave no file", "[export]")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / "out.xlsx";

    SECTION("abort")
    {
        const int handlesBefore = openFileCount();
        XlsxWriter writer(target);
        REQUIRE(writer.begin(typedColumns()));
        REQUIRE(writer.writeRow(typedRow(0)));
        writer.abort();
        CHECK(folder.entries().empty());
        // The sheet's scratch file is closed too (Linux: a leaked descriptor of a deleted file).
        CHECK(openFileCount() == handlesBefore);
    }
    SECTION("destroyed unfinished")
    {
        {
            XlsxWriter writer(target);
            REQUIRE(writer.begin(typedColumns()));
            REQUIRE(writer.writeRow(typedRow(0)));
        }
        CHECK(folder.entries().empty());
    }
    SECTION("cancel")
    {
        std::atomic<bool> cancel{false};
        XlsxWriter writer(target);
        writer.setCancelFlag(&cancel);
        REQUIRE(writer.begin(typedColumns()));
        bool failed = false;
        for (int i = 0; i < 5000 && !failed; ++i) {
            if (i == 700)
                cancel = true;
            failed = !writer.writeRow(typedRow(i));
        }
        CHECK(failed);
        CHECK(writer.wasCancelled());
        CHECK_FALSE(writer.finish());
        CHECK(folder.entries().empty());
    }
    SECTION("missing folder")
    {
        XlsxWriter writer(folder.path() / "missing" / "out.xlsx");
        CHECK_FALSE(writer.begin(typedColumns()));
        CHECK(writer.errorString().find("does not exist") != std::string::npos);
        CHECK(folder.entries().empty());
    }
    SECTION("an existing target is replaced only on success")
    {
        {
            std::ofstream old(target, std::ios::binary);
            old << "old";
        }
        XlsxWriter failing(target);
        REQUIRE(failing.begin(typedColumns()));
        CHECK_FALSE(failing.writeRow(std::vector<TableCell>{std::string("short row")}));
        CHECK(fs::file_size(target) == 3);
        XlsxWriter writer(target);
        REQUIRE(writer.begin(typedColumns()));
        REQUIRE(writer.writeRow(typedRow(1)));
        REQUIRE(writer.finish());
        CHECK(fs::file_size(target) > 1000);
        CHECK(folder.entries().size() == 1);
    }
}
