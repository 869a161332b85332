// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

// The project's own single-byte code page tables. They are fixed data, not a platform codec
// (no ICU, iconv or QTextCodec), so text repair gives identical results on every platform.
// The tables were cross-checked against GNU iconv (tests/core/text/gen_codepage_reference.sh
// writes the reference that codepage_tests.cpp compares with).
namespace attlog::text::codepage {

// Marks a byte the code page leaves undefined.
inline constexpr char16_t kUndefined = 0xFFFF;

// Unicode of a byte read as Windows-1251. Bytes below 0x80 are ASCII. 0x98 is the only undefined
// byte: Windows itself turns it into U+0098 when it reads it, other readers into '?' or U+FFFD.
char16_t cp1251ToUnicode(std::uint8_t byte);

// Unicode of a byte read as Windows-1252. The five bytes Windows-1252 leaves undefined (0x81,
// 0x8D, 0x8F, 0x90, 0x9D) are returned as kUndefined; cp1252OrLatin1ToUnicode() maps them to the
// C1 control of the same value, which is what Windows' own conversion produces.
char16_t cp1252ToUnicode(std::uint8_t byte);
char16_t cp1252OrLatin1ToUnicode(std::uint8_t byte);

// The Windows-1251 byte of a code point, or -1 when the code point is not in the code page.
// U+0098 is accepted as byte 0x98 (the form Windows stores for it).
int unicodeToCp1251(char32_t cp);

// The byte of a code point read as Windows-1252 or Latin-1: U+0000..U+00FF give their own value
// (so the C1 controls stand for the bytes Windows-1252 leaves undefined), the 27 Windows-1252
// specials give 0x80..0x9F; anything else gives -1.
int unicodeToCp1252OrLatin1(char32_t cp);

} // namespace attlog::text::codepage
