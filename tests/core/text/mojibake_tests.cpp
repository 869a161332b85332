// SPDX-License-Identifier: MIT
#include "core/text/mojibake.h"

#include "tests/core/text/vectors.h"
#include "tests/support/catch.h"

using attlog::text::LostByteForm;
using attlog::text::toCp1252Mojibake;
using attlog::text::toMojibake;

TEST_CASE("toMojibake reproduces the stored forms of the shared vectors", "[text]")
{
    const auto rows = attlog::test::loadMojibakeVectors();
    REQUIRE(rows.size() >= 50);
    for (const auto &row : rows) {
        INFO(row.note);
        CHECK(toMojibake(row.original) == row.mojibakeWindows);
        CHECK(toMojibake(row.original, LostByteForm::QuestionMark) == row.mojibakeLossy);
    }
}

TEST_CASE("toMojibake writes byte 0x98 in each lost form", "[text]")
{
    // 'И' is D0 98; 'Р' is the Windows-1251 reading of D0.
    CHECK(toMojibake("Ия") == "Р\u0098СЏ");
    CHECK(toMojibake("Ия", LostByteForm::QuestionMark) == "Р?СЏ");
    CHECK(toMojibake("Ия", LostByteForm::ReplacementChar) == "Р\uFFFDСЏ");
    CHECK(toMojibake("Ия", LostByteForm::Dropped) == "РСЏ");
    CHECK(toMojibake("Main Entrance 1") == "Main Entrance 1");
    CHECK(toMojibake("") == "");
}

TEST_CASE("toCp1252Mojibake reads UTF-8 bytes as Windows-1252", "[text]")
{
    CHECK(toCp1252Mojibake("Café") == "CafÃ©");
    // 'П' = D0 9F -> 'Ð' 'Ÿ'; 'А' = D0 90: 0x90 is undefined in Windows-1252 -> U+0090.
    CHECK(toCp1252Mojibake("П") == "ÐŸ");
    CHECK(toCp1252Mojibake("А") == "Ð\u0090");
    CHECK(toCp1252Mojibake("—") == "â€”");
}
