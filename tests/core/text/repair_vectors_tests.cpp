// SPDX-License-Identifier: MIT
#include "core/text/repair.h"

#include "tests/core/text/vectors.h"
#include "tests/support/catch.h"

using attlog::text::repair;

TEST_CASE("repair restores every row of the shared mojibake vectors", "[text]")
{
    const auto rows = attlog::test::loadMojibakeVectors();
    REQUIRE(rows.size() >= 50);
    int passed = 0;
    for (const auto &row : rows) {
        INFO(row.note);
        INFO("original: " << row.original);
        const bool ok = repair(row.original) == row.original &&
                        repair(row.mojibakeWindows) == row.expectedRepair &&
                        repair(row.mojibakeLossy) == row.expectedRepair;
        CHECK(repair(row.original) == row.original);
        CHECK(repair(row.mojibakeWindows) == row.expectedRepair);
        CHECK(repair(row.mojibakeLossy) == row.expectedRepair);
        passed += ok ? 1 : 0;
    }
    CHECK(passed == static_cast<int>(rows.size()));
}
