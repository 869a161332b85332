// SPDX-License-Identifier: MIT
#include "core/export/stagedfile.h"

#include "tests/support/catch.h"

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
