// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>

// The project's own single-byte code page tables. They are fixed data, not a platform codec
// (no ICU, iconv or QTextCodec), so text repair gives identical results on every platform.
// The tables were cross-checked against GNU iconv (tests/core/text/gen_codepage_reference.sh
// writes the reference that codepage_tests.cpp compares with).
namespace attlog::text::codepage {

// Marks a byte the code page leaves undefined.
inline constexpr char16_t kUndefined = 0xFFFF;

// 0x80..0xBF of Windows-1251 (0xC0..0xFF are U+0410..U+044F in order).
inline constexpr std::array<char16_t, 64> kCp1251High = {
    0x0402,     0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0x20AC,     0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 88
    0x0452,     0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    kUndefined, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 98
    0x00A0,     0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // A0
    0x0401,     0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // A8
    0x00B0,     0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // B0
    0x0451,     0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // B8
};

// 0x80..0x9F of Windows-1252 (0xA0..0xFF are Latin-1).
inline constexpr std::array<char16_t, 32> kCp1252Specials = {
    0x20AC,     kUndefined, 0x201A, 0x0192, 0x201E, 0x2026,     0x2020, 0x2021,     // 80
    0x02C6,     0x2030,     0x0160, 0x2039, 0x0152, kUndefined, 0x017D, kUndefined, // 88
    kUndefined, 0x2018,     0x2019, 0x201C, 0x201D, 0x2022,     0x2013, 0x2014,     // 90
    0x02DC,     0x2122,     0x0161, 0x203A, 0x0153, kUndefined, 0x017E, 0x0178,     // 98
};

// Unicode of a byte read as Windows-1251. Bytes below 0x80 are ASCII. 0x98 is the only undefined
// byte: Windows itself turns it into U+0098 when it reads it, other readers into '?' or U+FFFD.
constexpr char16_t cp1251ToUnicode(std::uint8_t byte)
{
    if (byte < 0x80)
        return byte;
    if (byte >= 0xC0)
        return static_cast<char16_t>(0x0410 + (byte - 0xC0));
    return kCp1251High[byte - 0x80];
}

// Unicode of a byte read as Windows-1252. The five bytes Windows-1252 leaves undefined (0x81,
// 0x8D, 0x8F, 0x90, 0x9D) are returned as kUndefined; cp1252OrLatin1ToUnicode() maps them to the
// C1 control of the same value, which is what Windows' own conversion produces.
constexpr char16_t cp1252ToUnicode(std::uint8_t byte)
{
    if (byte >= 0x80 && byte < 0xA0)
        return kCp1252Specials[byte - 0x80];
    return byte;
}
constexpr char16_t cp1252OrLatin1ToUnicode(std::uint8_t byte)
{
    const char16_t u = cp1252ToUnicode(byte);
    return u == kUndefined ? char16_t{byte} : u;
}

// The Windows-1251 byte of a code point, or -1 when the code point is not in the code page.
// U+0098 is accepted as byte 0x98 (the form Windows stores for it).
int unicodeToCp1251(char32_t cp);

// The byte of a code point read as Windows-1252 or Latin-1: U+0000..U+00FF give their own value
// (so the C1 controls stand for the bytes Windows-1252 leaves undefined), the 27 Windows-1252
// specials give 0x80..0x9F; anything else gives -1.
int unicodeToCp1252OrLatin1(char32_t cp);

} // namespace attlog::text::codepage
