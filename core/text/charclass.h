// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

// How one code point can take part in mojibake, seen through the two code pages repair() undoes.
// In mojibake every UTF-8 lead byte (C2..F4) became a "lead" character and every continuation byte
// (80..BF) a "continuation" character of the code page. Continuations are "strong" evidence when a
// correct Russian, Ukrainian, Belarusian or Kazakh text would not put them right after a letter
// (punctuation, symbols, no-break space, soft hyphen, C1 controls, Serbian/Macedonian-only letters)
// and "weak" when they are letters such text uses (Ё ё Є є І і Ї ї Ў ў Ґ ґ).
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

// Flags of a code point (0 for ASCII and for anything neither code page holds). U+FFFD has none:
// callers treat it as a lost byte themselves.
std::uint8_t flags(char32_t cp);

// Whether a code point is a believable result of undoing mojibake: the letters of the Cyrillic
// alphabets in use today (Russian, Ukrainian, Belarusian, Kazakh, Uzbek, Tatar, Bashkir, Kyrgyz,
// Tajik, Mongolian), Latin-1 and Latin Extended-A letters. Symbols (Latin-1 signs, dashes, quotes,
// №, €, ™) are believable only when `strongEvidence` (the continuation bytes behind them were
// strong). Archaic Cyrillic, Greek, Armenian, Hebrew, CJK, private use and the like are not.
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
