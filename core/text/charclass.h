// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>

// How one code point can take part in mojibake, seen through the two code pages repair() undoes.
// In mojibake every UTF-8 lead byte (C2..F4) became a "lead" character and every continuation byte
// (80..BF) a "continuation" character of the code page. Continuations are "strong" evidence when a
// correct Russian, Ukrainian, Belarusian or Kazakh text would not put them right after a letter
// (punctuation, symbols, no-break space, soft hyphen, C1 controls, Serbian/Macedonian-only letters)
// and "weak" when they are letters such text uses (Ё ё Є є І і Ї ї Ў ў Ґ ґ; in Windows-1252
// the ordinal indicators ª º).
namespace attlog::text::charclass {

enum Flag : std::uint8_t
{
    kLead1251 = 1 << 0,       // the code page byte is C2..F4
    kContStrong1251 = 1 << 1, // 80..BF, strong evidence
    kContWeak1251 = 1 << 2,   // 80..BF, weak evidence
    kHigh1251 = 1 << 3,       // any byte 80..FF (leads, continuations, and C0, C1, F5..FF)
    kLead1252 = 1 << 4,
    kContStrong1252 = 1 << 5,
    kContWeak1252 = 1 << 6,
    kHigh1252 = 1 << 7,
};

inline constexpr std::uint8_t kCont1251 = kContStrong1251 | kContWeak1251;
inline constexpr std::uint8_t kCont1252 = kContStrong1252 | kContWeak1252;

// What the repair engine needs to know of a code point, looked up once: its flags and its byte
// in each code page (0 when it is ASCII or not in that code page).
struct Info
{
    std::uint8_t flags = 0;
    std::uint8_t byte1251 = 0;
    std::uint8_t byte1252 = 0;
};

// The lookup tables cover U+0000..U+04FF and U+2000..U+212F, where every non-ASCII character of
// both code pages lives; everything else has no flags and no byte.
inline constexpr char32_t kLowLimit = 0x0500;
inline constexpr char32_t kPunctBase = 0x2000;
inline constexpr char32_t kPunctLimit = 0x2130;

struct Tables
{
    std::array<Info, kLowLimit> low{};
    std::array<Info, kPunctLimit - kPunctBase> punct{};
};
extern const Tables kTables;

// Info of a code point. U+FFFD has none: callers treat it as a lost byte themselves.
inline Info info(char32_t cp)
{
    if (cp < kLowLimit)
        return kTables.low[cp];
    if (cp - kPunctBase < kPunctLimit - kPunctBase)
        return kTables.punct[cp - kPunctBase];
    return {};
}

inline std::uint8_t flags(char32_t cp)
{
    return info(cp).flags;
}

// Symbols people put into names and notes: arrows, technical signs, geometric shapes, the
// miscellaneous symbols and dingbats (❤ ✓ ★ ☎), the emoji blocks, and the variation selector
// that asks for an emoji's colour form.
constexpr bool isPictographic(char32_t cp)
{
    return (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2300 && cp <= 0x23FF) ||
           (cp >= 0x25A0 && cp <= 0x27BF) || (cp >= 0x1F300 && cp <= 0x1F6FF) ||
           (cp >= 0x1F900 && cp <= 0x1FAFF) || cp == 0xFE0F;
}

// Whether a code point is a believable result of undoing mojibake: the letters of the Cyrillic
// alphabets in use today (Russian, Ukrainian, Belarusian, Kazakh, Uzbek, Tatar, Bashkir, Kyrgyz,
// Tajik, Mongolian), Latin-1 and Latin Extended-A letters, the Latin ligatures (ﬁ). Symbols
// (Latin-1 signs, dashes, quotes, №, €, ™, arrows, dingbats such as ❤, emoji) are believable only
// when `strongEvidence` (the continuation bytes behind them were strong). Archaic Cyrillic,
// Greek, Armenian, Hebrew, CJK, private use and the like are not.
enum class Plausibility
{
    No,
    Letter,
    Symbol,
};
Plausibility plausibility(char32_t cp, bool strongEvidence);

inline bool isC1Control(char32_t cp)
{
    return cp >= 0x80 && cp <= 0x9F;
}

} // namespace attlog::text::charclass
