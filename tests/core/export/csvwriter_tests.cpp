// SPDX-License-Identifier: MIT
#include "core/export/csvwriter.h"

#include "tests/support/catch.h"

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using namespace attlog;
namespace fs = std::filesystem;

namespace {

// A fresh, empty folder under the system temp folder, removed at scope exit.
class ScratchFolder
{
public:
    ScratchFolder()
    {
        static int counter = 0;
        m_path = fs::temp_directory_path() /
                 ("attlog-csv-test-" + std::to_string(std::random_device{}()) + "-" +
                  std::to_string(++counter));
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
            names.push_back(pathForDisplay(entry.path().filename()));
        return names;
    }

private:
    fs::path m_path;
};

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.is_open());
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<TableColumn> twoColumns()
{
    return {{"name", ColumnType::Text}, {"value", ColumnType::Integer}};
}

std::string writeCells(const std::vector<TableCell> &cells, CsvOptions options = {})
{
    std::vector<TableColumn> columns;
    for (std::size_t i = 0; i < cells.size(); ++i)
        columns.push_back({"c" + std::to_string(i), ColumnType::Text});
    std::ostringstream out;
    options.byteOrderMark = false;
    CsvWriter csv(out, options);
    REQUIRE(csv.begin(columns));
    REQUIRE(csv.writeRow(cells));
    REQUIRE(csv.finish());
    const std::string text = out.str();
    const std::size_t headerEnd = text.find(options.lineBreak);
    return text.substr(headerEnd + options.lineBreak.size());
}

} // namespace

TEST_CASE("CSV starts with a UTF-8 BOM and uses CRLF by default", "[export]")
{
    std::ostringstream out;
    CsvWriter csv(out);
    REQUIRE(csv.begin(twoColumns()));
    REQUIRE(csv.writeRow(std::vector<TableCell>{std::string("Проходная"), std::int64_t{42}}));
    REQUIRE(csv.finish());
    CHECK(out.str() == "\xEF\xBB\xBFname,value\r\nПроходная,42\r\n");
    CHECK(csv.rowsWritten() == 1);
}

TEST_CASE("CSV quotes per RFC 4180", "[export]")
{
    CHECK(writeCells({std::string("a,b"), std::string("plain")}) == "\"a,b\",plain\r\n");
    CHECK(writeCells({std::string("say \"hi\"")}) == "\"say \"\"hi\"\"\"\r\n");
    CHECK(writeCells({std::string("two\nlines"), std::string("cr\rhere")}) ==
          "\"two\nlines\",\"cr\rhere\"\r\n");
    CHECK(writeCells({std::string("Семёнов Пётр"), std::string("")}) == "Семёнов Пётр,\r\n");

    CsvOptions semicolon;
    semicolon.delimiter = ';';
    CHECK(writeCells({std::string("a;b"), std::string("a,b")}, semicolon) == "\"a;b\";a,b\r\n");
}

TEST_CASE("CSV neutralises text cells that start a formula", "[export]")
{
    CHECK(writeCells({std::string("=1+2"), std::string("+7 900"), std::string("-x"),
                      std::string("@SUM(A1)"), std::string("a=b")}) ==
          "'=1+2,'+7 900,'-x,'@SUM(A1),a=b\r\n");
    // A leading TAB or CR is skipped by spreadsheets before they look for a formula.
    CHECK(writeCells({std::string("\t=1+2"), std::string("\r=cmd")}) == "'\t=1+2,\"'\r=cmd\"\r\n");
    CHECK(writeCells({std::string("=HYPERLINK(\"x\";\"y\")")}) ==
          "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"\r\n");
    // Numbers are numbers: a negative integer is not a formula.
    CHECK(writeCells({std::int64_t{-5}, Minutes{-3}}) == "-5,-3\r\n");
    CsvOptions raw;
    raw.neutraliseFormulas = false;
    CHECK(writeCells({std::string("=1+2")}, raw) == "=1+2\r\n");
}

TEST_CASE("CSV replaces control characters that a terminal or importer would act on", "[export]")
{
    // ESC, BEL, NUL and C1 CSI become U+FFFD; TAB stays; CR and LF are quoted as before.
    CHECK(writeCells({std::string("a\x1b[31mred\x07"), std::string("n\0ul", 4),
                      std::string("c1\xC2\x9B"
                                  "2J"),
                      std::string("t\tb"), std::string("two\nlines")}) ==
          "a\xEF\xBF\xBD[31mred\xEF\xBF\xBD,n\xEF\xBF\xBDul,c1\xEF\xBF\xBD"
          "2J,t\tb,\"two\nlines\"\r\n");
}

TEST_CASE("CSV writes typed cells", "[export]")
{
    const DateTime t = makeDateTime(dateFromCivil(2026, 3, 9), 7, 5, 3);
    CHECK(writeCells({t, dateFromCivil(2026, 3, 9), Minutes{495}, 2.5, std::monostate{}}) ==
          "2026-03-09T07:05:03,2026-03-09,495,2.5,\r\n");
    CsvOptions russian;
    russian.delimiter = ';';
    russian.dateTimeStyle = CsvDateTimeStyle::Space;
    russian.decimalSeparator = ',';
    russian.lineBreak = "\n";
    CHECK(writeCells({t, 2.5}, russian) == "2026-03-09 07:05:03;2,5\n");
}

TEST_CASE("CSV quotes a real whose decimal separator is the delimiter", "[export]")
{
    // Found by fuzz_csv: with ',' for both, "-1,5" was written bare and read back as two cells.
    CsvOptions comma;
    comma.decimalSeparator = ',';
    CHECK(writeCells({-1.5, 2.0, std::string("x")}, comma) == "\"-1,5\",2,x\r\n");
    CHECK(writeCells({1.7976931348623157e308}, comma) == "\"1,7976931348623157e+308\"\r\n");
}

TEST_CASE("CSV delimiter follows the locale", "[export]")
{
    CHECK(csvDelimiterForLocale("ru") == ';');
    CHECK(csvDelimiterForLocale("ru_RU.UTF-8") == ';');
    CHECK(csvDelimiterForLocale("ru-RU") == ';');
    CHECK(csvDelimiterForLocale("de_DE") == ';');
    CHECK(csvDelimiterForLocale("en_US") == ',');
    CHECK(csvDelimiterForLocale("C") == ',');
    CHECK(csvDelimiterForLocale("") == ',');
}

TEST_CASE("CSV file appears at the target only when finished", "[export]")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / u8"отчёт.csv";
    CsvWriter csv(target);
    REQUIRE(csv.begin(twoColumns()));
    for (int i = 0; i < 20000; ++i)
        REQUIRE(csv.writeRow(std::vector<TableCell>{std::string("row"), std::int64_t{i}}));
    CHECK_FALSE(fs::exists(target)); // still under its temporary name
    REQUIRE(folder.entries().size() == 1);
    REQUIRE(csv.finish());
    CHECK(folder.entries() == std::vector<std::string>{"отчёт.csv"});
    const std::string text = readFile(target);
    CHECK(text.rfind("\xEF\xBB\xBFname,value\r\nrow,0\r\n", 0) == 0);
    CHECK(text.size() > 20000 * 6);
}

TEST_CASE("CSV abort, failure and cancel leave no partial file", "[export]")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / "out.csv";

    SECTION("abort keeps an existing target untouched")
    {
        {
            std::ofstream old(target, std::ios::binary);
            old << "old content";
        }
        CsvWriter csv(target);
        REQUIRE(csv.begin(twoColumns()));
        REQUIRE(csv.writeRow(std::vector<TableCell>{std::string("x"), std::int64_t{1}}));
        csv.abort();
        CHECK(readFile(target) == "old content");
        CHECK(folder.entries() == std::vector<std::string>{"out.csv"});
        CHECK_FALSE(csv.finish());
    }
    SECTION("finish replaces an existing target")
    {
        {
            std::ofstream old(target, std::ios::binary);
            old << "old content";
        }
        CsvWriter csv(target);
        REQUIRE(csv.begin(twoColumns()));
        REQUIRE(csv.finish());
        CHECK(readFile(target) == "\xEF\xBB\xBFname,value\r\n");
        CHECK(folder.entries() == std::vector<std::string>{"out.csv"});
    }
    SECTION("a writer destroyed without finish removes its temporary file")
    {
        {
            CsvWriter csv(target);
            REQUIRE(csv.begin(twoColumns()));
        }
        CHECK(folder.entries().empty());
    }
    SECTION("a missing folder is a clear error")
    {
        const fs::path missing = folder.path() / "no such folder" / "out.csv";
        CsvWriter csv(missing);
        CHECK_FALSE(csv.begin(twoColumns()));
        CHECK(csv.errorString().find("does not exist") != std::string::npos);
        CHECK(csv.errorString().find("no such folder") != std::string::npos);
        CHECK_FALSE(fs::exists(missing.parent_path()));
        CHECK(folder.entries().empty());
    }
    SECTION("a row of the wrong width fails the export")
    {
        CsvWriter csv(target);
        REQUIRE(csv.begin(twoColumns()));
        CHECK_FALSE(csv.writeRow(std::vector<TableCell>{std::string("only one")}));
        CHECK(csv.errorString().find("2 columns") != std::string::npos);
        CHECK_FALSE(csv.finish());
        CHECK(folder.entries().empty());
    }
    SECTION("cancel stops within a few hundred rows")
    {
        std::atomic<bool> cancel{false};
        CsvWriter csv(target);
        csv.setCancelFlag(&cancel);
        std::int64_t progressCalls = 0;
        csv.setProgressCallback([&](std::int64_t) { ++progressCalls; }, 100);
        REQUIRE(csv.begin(twoColumns()));
        int written = 0;
        for (int i = 0; i < 100000; ++i) {
            if (i == 1000)
                cancel = true;
            if (!csv.writeRow(std::vector<TableCell>{std::string("r"), std::int64_t{i}}))
                break;
            ++written;
        }
        CHECK(csv.wasCancelled());
        CHECK(csv.errorString() == "Export cancelled.");
        CHECK(written >= 1000);
        CHECK(written < 1000 + TableWriter::kCancelCheckRows + 1);
        CHECK(progressCalls == written / 100);
        CHECK_FALSE(csv.finish());
        CHECK(folder.entries().empty());
    }
    SECTION("a CSV holds one table")
    {
        CsvWriter csv(target);
        REQUIRE(csv.begin(twoColumns()));
        CHECK_FALSE(csv.begin(twoColumns(), "second"));
        CHECK(folder.entries().empty());
    }
    SECTION("finish without begin is an error, not an empty file")
    {
        CsvWriter csv(target);
        CHECK_FALSE(csv.finish());
        CHECK_FALSE(csv.errorString().empty());
        CHECK(folder.entries().empty());
    }
}

TEST_CASE("CSV to a C FILE stream", "[export]")
{
    ScratchFolder folder;
    const fs::path path = folder.path() / "stdout.csv";
#ifdef _WIN32
    // The wide API: the temp folder is in the user's profile, whose name may be Cyrillic.
    std::FILE *file = _wfopen(path.c_str(), L"wb");
#else
    std::FILE *file = std::fopen(path.c_str(), "wb");
#endif
    REQUIRE(file);
    CsvOptions options;
    options.byteOrderMark = false;
    options.lineBreak = "\n";
    CsvWriter csv(file, options);
    REQUIRE(csv.begin(twoColumns()));
    REQUIRE(csv.writeRow(std::vector<TableCell>{std::string("a"), std::int64_t{1}}));
    REQUIRE(csv.finish());
    std::fclose(file);
    CHECK(readFile(path) == "name,value\na,1\n");
}

TEST_CASE("paths from UTF-8 keep Cyrillic names on every platform", "[export]")
{
    ScratchFolder folder;
    const fs::path target = folder.path() / pathFromUtf8("Журнал проходов.csv");
    CsvWriter csv(target);
    REQUIRE(csv.begin(twoColumns()));
    REQUIRE(csv.finish());
    CHECK(folder.entries() == std::vector<std::string>{"Журнал проходов.csv"});
    CHECK(pathForDisplay(target.filename()) == "Журнал проходов.csv");
}
