// SPDX-License-Identifier: MIT
#include "core/text/codepage.h"

#include "tests/support/catch.h"

namespace {
#include "tests/core/text/codepage_reference.inc"
}

using namespace attlog::text::codepage;

TEST_CASE("Windows-1251 table agrees with iconv on every byte", "[text]")
{
    for (int b = 0x80; b < 0x100; ++b) {
        INFO("byte " << b);
        const long expected = kCp1251ByIconv[b - 0x80];
        const char16_t ours = cp1251ToUnicode(static_cast<std::uint8_t>(b));
        if (expected < 0) {
            CHECK(ours == kUndefined);
            CHECK(b == 0x98); // the only undefined byte
        } else {
            CHECK(long{ours} == expected);
            CHECK(unicodeToCp1251(ours) == b);
        }
    }
    for (int b = 0; b < 0x80; ++b)
        CHECK(unicodeToCp1251(static_cast<char32_t>(b)) == b);
    CHECK(unicodeToCp1251(0x0098) == 0x98); // how Windows stores the undefined byte
}

TEST_CASE("Windows-1252 table agrees with iconv on every byte", "[text]")
{
    int undefined = 0;
    for (int b = 0x80; b < 0x100; ++b) {
        INFO("byte " << b);
        const long expected = kCp1252ByIconv[b - 0x80];
        const char16_t ours = cp1252ToUnicode(static_cast<std::uint8_t>(b));
        if (expected < 0) {
            ++undefined;
            CHECK(ours == kUndefined);
            // Windows' own reading: the C1 control of the same value, which maps back.
            CHECK(cp1252OrLatin1ToUnicode(static_cast<std::uint8_t>(b)) == b);
            CHECK(unicodeToCp1252OrLatin1(static_cast<char32_t>(b)) == b);
        } else {
            CHECK(long{ours} == expected);
            CHECK(unicodeToCp1252OrLatin1(ours) == b);
        }
    }
    CHECK(undefined == 5);
}

TEST_CASE("Code points outside the code pages have no byte", "[text]")
{
    for (const char32_t cp :
         {char32_t{0x04D8}, char32_t{0x3042}, char32_t{0xFFFD}, char32_t{0x1F600}}) {
        CHECK(unicodeToCp1251(cp) == -1);
        CHECK(unicodeToCp1252OrLatin1(cp) == -1);
    }
    CHECK(unicodeToCp1251(0x00E9) == -1);         // é: Windows-1252 only
    CHECK(unicodeToCp1252OrLatin1(0x0420) == -1); // Р: Windows-1251 only
}
