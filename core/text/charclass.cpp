// SPDX-License-Identifier: MIT
#include "core/text/charclass.h"

#include "core/text/codepage.h"

#include <array>

namespace attlog::text::charclass {
namespace {

constexpr bool isWeak1251(char32_t cp)
{
    switch (cp) {
    case 0x0401: // Ё
    case 0x0451: // ё
    case 0x0404: // Є
    case 0x0454: // є
    case 0x0406: // І
    case 0x0456: // і
    case 0x0407: // Ї
    case 0x0457: // ї
    case 0x040E: // Ў
    case 0x045E: // ў
    case 0x0490: // Ґ
    case 0x0491: // ґ
        return true;
    default:
        return false;
    }
}

constexpr bool isWeak1252(char32_t cp)
{
    // Only the ordinal indicators: Š š Œ œ Ž ž Ÿ ƒ are letters too, but no language writes them
    // after an accented capital (the Windows-1252 leads), while Cyrillic mojibake does all the
    // time ('К' is "Ðš", 'П' is "ÐŸ").
    return cp == 0x00AA || cp == 0x00BA; // ª º
}

constexpr Info &at(Tables &t, char32_t cp)
{
    return cp < kLowLimit ? t.low[cp] : t.punct[cp - kPunctBase];
}

constexpr char32_t cp1251Of(int byte)
{
    const char16_t u = codepage::cp1251ToUnicode(static_cast<std::uint8_t>(byte));
    return u == codepage::kUndefined ? char32_t{0x98} : char32_t{u};
}

constexpr char32_t cp1252Of(int byte)
{
    return codepage::cp1252OrLatin1ToUnicode(static_cast<std::uint8_t>(byte));
}

constexpr bool isLeadByte(int byte)
{
    return byte >= 0xC2 && byte <= 0xF4;
}
constexpr bool isContByte(int byte)
{
    return byte >= 0x80 && byte <= 0xBF;
}

constexpr Tables makeTables()
{
    Tables t{};
    for (int b = 0x80; b < 0x100; ++b) {
        const auto byte = static_cast<std::uint8_t>(b);
        Info &u = at(t, cp1251Of(b));
        u.byte1251 = byte;
        u.flags |= kHigh1251;
        if (isLeadByte(b))
            u.flags |= kLead1251;
        else if (isContByte(b))
            u.flags |= isWeak1251(cp1251Of(b)) ? kContWeak1251 : kContStrong1251;
        Info &v = at(t, cp1252Of(b));
        v.byte1252 = byte;
        v.flags |= kHigh1252;
        if (isLeadByte(b))
            v.flags |= kLead1252;
        else if (isContByte(b))
            v.flags |= isWeak1252(cp1252Of(b)) ? kContWeak1252 : kContStrong1252;
    }
    // The C1 controls stand for their own byte too (Latin-1 reading), also where Windows-1252
    // has a special for it.
    for (int b = 0x80; b < 0xA0; ++b) {
        Info &c = at(t, static_cast<char32_t>(b));
        c.byte1252 = static_cast<std::uint8_t>(b);
        c.flags |= kContStrong1252 | kHigh1252;
    }
    return t;
}

constexpr Tables kBuiltTables = makeTables();

static_assert(kBuiltTables.low[0x0420].flags == (kLead1251 | kHigh1251)); // Р
static_assert(kBuiltTables.low[0x0420].byte1251 == 0xD0);
static_assert(kBuiltTables.low[0x00A0].flags ==
              (kContStrong1251 | kHigh1251 | kContStrong1252 | kHigh1252));   // NBSP
static_assert(kBuiltTables.low[0x0451].flags == (kContWeak1251 | kHigh1251)); // ё
static_assert(kBuiltTables.low[0x00D0].flags == (kLead1252 | kHigh1252));     // Ð
static_assert(kBuiltTables.low[0x0410].flags == kHigh1251); // А: byte C0, never a lead
static_assert(kBuiltTables.low[0x0098].byte1251 == 0x98 &&
              kBuiltTables.low[0x0098].byte1252 == 0x98);
static_assert(kBuiltTables.punct[0x2116 - kPunctBase].byte1251 == 0xB9); // №

constexpr bool isModernCyrillicExtension(char32_t cp)
{
    // Ґґ Ғғ Җҗ Ҙҙ Ққ Ңң Ҫҫ Үү Ұұ Ҳҳ Ҷҷ Һһ Әә Ӣӣ Өө Ӯӯ
    switch (cp & ~char32_t{1}) {
    case 0x0490:
    case 0x0492:
    case 0x0496:
    case 0x0498:
    case 0x049A:
    case 0x04A2:
    case 0x04AA:
    case 0x04AE:
    case 0x04B0:
    case 0x04B2:
    case 0x04B6:
    case 0x04BA:
    case 0x04D8:
    case 0x04E2:
    case 0x04E8:
    case 0x04EE:
        return true;
    default:
        return false;
    }
}

constexpr bool isBelievablePunctuation(char32_t cp)
{
    return (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x203A) || cp == 0x20AC ||
           cp == 0x20BD || cp == 0x2116 || cp == 0x2122 || cp == 0x2212 || cp == 0x2248 ||
           cp == 0x2260 || cp == 0x2264 || cp == 0x2265 || cp == 0x221E; // − ≈ ≠ ≤ ≥ ∞
}

} // namespace

const Tables kTables = kBuiltTables;

Plausibility plausibility(char32_t cp, bool strongEvidence)
{
    if ((cp >= 0x0400 && cp <= 0x045F) || isModernCyrillicExtension(cp))
        return Plausibility::Letter;
    if (cp >= 0x00C0 && cp <= 0x017F && cp != 0x00D7 && cp != 0x00F7)
        return Plausibility::Letter;
    if (cp >= 0xFB00 && cp <= 0xFB06) // the Latin ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ of typeset text
        return Plausibility::Letter;
    if (!strongEvidence)
        return Plausibility::No;
    if ((cp >= 0x00A0 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 ||
        isBelievablePunctuation(cp) || isPictographic(cp))
        return Plausibility::Symbol;
    return Plausibility::No;
}

} // namespace attlog::text::charclass
