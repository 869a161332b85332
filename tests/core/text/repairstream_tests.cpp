// SPDX-License-Identifier: MIT
#include "core/text/mojibake.h"
#include "core/text/repair.h"
#include "core/text/repairstream.h"

#include "tests/support/catch.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using attlog::text::repairLines;
using attlog::text::toMojibake;

namespace {

// Runs repairLines from a temporary input file to temporary output and error files (binary
// mode, as `attlog repair` opens them) and removes the files afterwards.
struct StreamRun
{
    std::string out;
    std::string err;
    int rc = -1;
};

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

StreamRun runOn(const std::string &input)
{
    static int counter = 0;
    const auto dir = std::filesystem::temp_directory_path();
    const std::string stem = "attlog_repairstream_" + std::to_string(++counter) + "_";
    const auto inPath = dir / (stem + "in.txt");
    const auto outPath = dir / (stem + "out.txt");
    const auto errPath = dir / (stem + "err.txt");
    {
        std::ofstream write(inPath, std::ios::binary);
        write << input;
    }
    StreamRun run;
    std::FILE *in = std::fopen(inPath.string().c_str(), "rb");
    std::FILE *out = std::fopen(outPath.string().c_str(), "wb");
    std::FILE *err = std::fopen(errPath.string().c_str(), "wb");
    REQUIRE(in);
    REQUIRE(out);
    REQUIRE(err);
    run.rc = repairLines(in, out, err);
    std::fclose(in);
    std::fclose(out);
    std::fclose(err);
    run.out = readFile(outPath);
    run.err = readFile(errPath);
    std::filesystem::remove(inPath);
    std::filesystem::remove(outPath);
    std::filesystem::remove(errPath);
    return run;
}

int countLines(const std::string &s)
{
    int n = 0;
    for (const char c : s)
        n += c == '\n' ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("repairLines repairs each line and keeps LF and CRLF endings", "[text]")
{
    const std::string input = toMojibake("Проходная — КПП") + "\r\n" + "Main Entrance\n" +
                              toMojibake("Иванов Иван", attlog::text::LostByteForm::QuestionMark) +
                              "\r\n" + "\n" + "\r\n" + "Рёмин\n";
    const StreamRun run = runOn(input);
    CHECK(run.rc == 0);
    CHECK(run.err.empty());
    CHECK(run.out == "Проходная — КПП\r\nMain Entrance\nИванов Иван\r\n\n\r\nРёмин\n");
}

TEST_CASE("repairLines keeps a last line without newline without newline", "[text]")
{
    CHECK(runOn(toMojibake("Вход")).out == "Вход");
    CHECK(runOn("a\n" + toMojibake("Вход")).out == "a\nВход");
    CHECK(runOn("a\r").out == "a\r"); // a lone CR is data
    const StreamRun empty = runOn("");
    CHECK(empty.rc == 0);
    CHECK(empty.out.empty());
    CHECK(empty.err.empty());
}

TEST_CASE("repairLines passes invalid UTF-8 lines byte for byte and reports once", "[text]")
{
    const std::string bad1 = "\xCF\xF0\xEE\xF5\xEE\xE4\xED\xE0\xFF"; // "Проходная" in CP1251
    const std::string bad2 = std::string("\xD0\x98\xD0", 3) + "\r"; // cut inside a character
    const std::string input = toMojibake("Вход") + "\n" + bad1 + "\n" + "ok\n" + bad2 + "\n" +
                              toMojibake("Выход") + "\n" + bad1;
    const StreamRun run = runOn(input);
    CHECK(run.rc == 0);
    CHECK(run.out == "Вход\n" + bad1 + "\nok\n" + bad2 + "\nВыход\n" + bad1);
    CHECK(countLines(run.err) == 1);
    CHECK(run.err.find("line 2") != std::string::npos);
}

TEST_CASE("repairLines keeps the line count over buffer boundaries and long lines", "[text]")
{
    std::string input;
    std::string expected;
    const std::string names[] = {"Иванов Иван Иванович", "Главный вход", "Door 7", "Сёмин"};
    for (int i = 0; i < 60000; ++i) {
        const std::string &name = names[i % 4];
        input += (i % 3 == 0 ? name : toMojibake(name)) + (i % 5 == 0 ? "\r\n" : "\n");
        expected += name + (i % 5 == 0 ? "\r\n" : "\n");
    }
    // One line longer than the 1 MiB read buffer.
    std::string longLine;
    std::string longExpected;
    while (longLine.size() < (3u << 20) / 2) {
        longLine += toMojibake("Турникет №2 вход; ");
        longExpected += "Турникет №2 вход; ";
    }
    input += longLine + "\n" + toMojibake("Конец");
    expected += longExpected + "\n" + "Конец";

    const StreamRun run = runOn(input);
    CHECK(run.rc == 0);
    CHECK(run.err.empty());
    CHECK(countLines(run.out) == countLines(input));
    CHECK(run.out == expected);
}
