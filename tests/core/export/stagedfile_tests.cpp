// SPDX-License-Identifier: MIT
#include "core/export/stagedfile.h"

#include "tests/support/catch.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#ifndef _WIN32
#include <sys/stat.h>
#include <unistd.h>
#endif

using attlog::isWindowsDeviceName;

TEST_CASE("Windows device names are recognised in every spelling", "[export]")
{
    for (const char *name :
         {"NUL", "nul", "Nul", "CON", "con.csv", "PRN", "AUX.xlsx", "COM1", "com9.txt", "LPT1",
          "lpt0", "CONIN$", "conout$", "NUL ", "nul .csv", "CON.", "COM3.tar.gz"})
        CHECK(isWindowsDeviceName(name));
}

TEST_CASE("Ordinary file names are not Windows devices", "[export]")
{
    for (const char *name :
         {"", "nul1", "NULL", "console.csv", "CONS", "COM", "COM10", "LPT", "LPTX", "xCON",
          "report-NUL.csv", ".nul", "AUXILIARY.csv", "проходы.csv", "con_out.csv", "COM1x"})
        CHECK_FALSE(isWindowsDeviceName(name));
}

#ifndef _WIN32
namespace {

namespace fs = std::filesystem;

// A fresh folder under the system's temporary folder, removed with everything in it.
struct TempFolder
{
    TempFolder()
        : path(fs::temp_directory_path() /
               ("attlog-staged-" + std::to_string(::getpid()) + "-" + std::to_string(++count)))
    {
        fs::create_directories(path);
    }
    ~TempFolder()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    fs::path path;
    static inline int count = 0;
};

bool stage(const fs::path &target, const std::string &content, std::string *error = nullptr)
{
    attlog::StagedFile file(target);
    if (!file.prepare()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    std::ofstream(file.tempPath()) << content;
    return file.commit();
}

std::string contentOf(const fs::path &path)
{
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

TEST_CASE("A staged file never replaces a pipe or a device", "[export]")
{
    TempFolder folder;
    const fs::path fifo = folder.path / "pipe.csv";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string error;
    CHECK_FALSE(stage(fifo, "data", &error));
    CHECK(error.find("device, pipe or socket") != std::string::npos);
    CHECK(fs::is_fifo(fifo));
    // Nor through a link that names one.
    const fs::path link = folder.path / "link.csv";
    fs::create_symlink(fifo, link);
    CHECK_FALSE(stage(link, "data"));
    CHECK(fs::is_fifo(fifo));
    CHECK(fs::is_symlink(link));
    // Nothing is left behind.
    CHECK(std::distance(fs::directory_iterator(folder.path), fs::directory_iterator()) == 2);
}

TEST_CASE("A staged file through a link replaces the file the link names", "[export]")
{
    TempFolder folder;
    fs::create_directories(folder.path / "real");
    const fs::path real = folder.path / "real" / "report.csv";
    std::ofstream(real) << "old";
    const fs::path link = folder.path / "report.csv";
    fs::create_symlink(real, link);
    REQUIRE(stage(link, "new"));
    CHECK(fs::is_symlink(link));
    CHECK(contentOf(real) == "new");
    // A link to a file not written yet: the file is made where the link points.
    const fs::path dangling = folder.path / "later.csv";
    fs::create_symlink(folder.path / "real" / "later.csv", dangling);
    REQUIRE(stage(dangling, "first"));
    CHECK(fs::is_symlink(dangling));
    CHECK(contentOf(folder.path / "real" / "later.csv") == "first");
}

TEST_CASE("A new staged file is for its owner only and a replaced one keeps its mode", "[export]")
{
    TempFolder folder;
    const fs::path fresh = folder.path / "new.csv";
    REQUIRE(stage(fresh, "names and times"));
    CHECK((fs::status(fresh).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));

    const fs::path shared = folder.path / "shared.csv";
    std::ofstream(shared) << "old";
    fs::permissions(shared, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read,
                    fs::perm_options::replace);
    REQUIRE(stage(shared, "new"));
    CHECK((fs::status(shared).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    CHECK(contentOf(shared) == "new");
}

TEST_CASE("writeStagedFile writes the bytes whole or says why and leaves nothing", "[export]")
{
    TempFolder folder;
    const fs::path target = folder.path / "plan.json";
    const std::string bytes("{\"a\": 1}\r\n\0end", 14);
    std::string error;
    REQUIRE(attlog::writeStagedFile(target, bytes, &error));
    CHECK(contentOf(target) == bytes);
    REQUIRE(attlog::writeStagedFile(target, "short", &error));
    CHECK(contentOf(target) == "short");
    // A folder is never replaced; a missing folder is not created; no temporary file is left.
    CHECK_FALSE(attlog::writeStagedFile(folder.path, "x", &error));
    CHECK_FALSE(error.empty());
    CHECK(fs::is_directory(folder.path));
    error.clear();
    CHECK_FALSE(attlog::writeStagedFile(folder.path / "missing" / "f.json", "x", &error));
    CHECK_FALSE(error.empty());
    CHECK(std::distance(fs::directory_iterator(folder.path), fs::directory_iterator()) == 1);
}
#endif
