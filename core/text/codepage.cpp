// SPDX-License-Identifier: MIT
#include "core/text/codepage.h"

#include <array>

namespace attlog::text::codepage {
namespace {

// 0x80..0xBF of Windows-1251 (0xC0..0xFF are U+0410..U+044F in order).
constexpr std::array<char16_t, 64> kCp1251High = {
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
constexpr std::array<char16_t, 32> kCp1252Specials = {
    0x20AC,     kUndefined, 0x201A, 0x0192, 0x201E, 0x2026,     0x2020, 0x2021,     // 80
    0x02C6,     0x2030,     0x0160, 0x2039, 0x0152, kUndefined, 0x017D, kUndefined, // 88
    kUndefined, 0x2018,     0x2019, 0x201C, 0x201D, 0x2022,     0x2013, 0x2014,     // 90
    0x02DC,     0x2122,     0x0161, 0x203A, 0x0153, kUndefined, 0x017E, 0x0178,     // 98
};

// Reverse lookups, built at compile time from the forward tables. Code points below U+0500 are
// looked up directly; the few Windows-1251/1252 characters above (punctuation, euro, numero,
// trade mark) live in U+2000..U+212F.
constexpr char32_t kLowLimit = 0x0500;
constexpr char32_t kPunctBase = 0x2000;
constexpr char32_t kPunctLimit = 0x2130;

struct Reverse
{
    std::array<std::int16_t, kLowLimit> low{};
    std::array<std::int16_t, kPunctLimit - kPunctBase> punct{};
};

constexpr void put(Reverse &r, char32_t cp, int byte)
{
    if (cp < kLowLimit)
        r.low[cp] = static_cast<std::int16_t>(byte);
    else if (cp >= kPunctBase && cp < kPunctLimit)
        r.punct[cp - kPunctBase] = static_cast<std::int16_t>(byte);
}

constexpr Reverse makeCp1251Reverse()
{
    Reverse r{};
    r.low.fill(-1);
    r.punct.fill(-1);
    for (int b = 0; b < 0x80; ++b)
        put(r, static_cast<char32_t>(b), b);
    for (int b = 0x80; b < 0xC0; ++b) {
        const char16_t u = kCp1251High[b - 0x80];
        put(r, u == kUndefined ? char32_t{0x98} : char32_t{u}, b);
    }
    for (int b = 0xC0; b < 0x100; ++b)
        put(r, static_cast<char32_t>(0x0410 + (b - 0xC0)), b);
    return r;
}

constexpr Reverse makeCp1252Reverse()
{
    Reverse r{};
    r.low.fill(-1);
    r.punct.fill(-1);
    for (int b = 0; b < 0x100; ++b)
        put(r, static_cast<char32_t>(b), b);
    for (int b = 0x80; b < 0xA0; ++b) {
        const char16_t u = kCp1252Specials[b - 0x80];
        if (u != kUndefined)
            put(r, u, b);
    }
    return r;
}

constexpr Reverse kCp1251Reverse = makeCp1251Reverse();
constexpr Reverse kCp1252Reverse = makeCp1252Reverse();

int lookup(const Reverse &r, char32_t cp)
{
    if (cp < kLowLimit)
        return r.low[cp];
    if (cp >= kPunctBase && cp < kPunctLimit)
        return r.punct[cp - kPunctBase];
    return -1;
}

} // namespace

char16_t cp1251ToUnicode(std::uint8_t byte)
{
    if (byte < 0x80)
        return byte;
    if (byte >= 0xC0)
        return static_cast<char16_t>(0x0410 + (byte - 0xC0));
    return kCp1251High[byte - 0x80];
}

char16_t cp1252ToUnicode(std::uint8_t byte)
{
    if (byte >= 0x80 && byte < 0xA0)
        return kCp1252Specials[byte - 0x80];
    return byte;
}

char16_t cp1252OrLatin1ToUnicode(std::uint8_t byte)
{
    const char16_t u = cp1252ToUnicode(byte);
    return u == kUndefined ? char16_t{byte} : u;
}

int unicodeToCp1251(char32_t cp)
{
    return lookup(kCp1251Reverse, cp);
}

int unicodeToCp1252OrLatin1(char32_t cp)
{
    return lookup(kCp1252Reverse, cp);
}

} // namespace attlog::text::codepage
