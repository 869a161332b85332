// SPDX-License-Identifier: MIT
#include "core/text/codepage.h"

#include <array>

namespace attlog::text::codepage {
namespace {

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

int unicodeToCp1251(char32_t cp)
{
    return lookup(kCp1251Reverse, cp);
}

int unicodeToCp1252OrLatin1(char32_t cp)
{
    return lookup(kCp1252Reverse, cp);
}

} // namespace attlog::text::codepage
