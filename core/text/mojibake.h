// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

// The FORWARD transform: how iVMS-4200 (or a driver on its way) turns correct text into mojibake.
// Used by tests and by the demo-data generator; the inverse is repair() in core/text/repair.h.
// Pure functions of their input, thread-safe, deterministic on every platform (own tables).
namespace attlog::text {

// What became of byte 0x98, the one byte Windows-1251 leaves undefined (it is the second byte of
// UTF-8 'И' D0 98 and Kazakh 'Ә' D3 98, and the last byte of '‘' E2 80 98).
enum class LostByteForm
{
    C1Control,       // U+0098, what Windows' own conversion stores
    QuestionMark,    // '?', a lossy converter's substitute
    ReplacementChar, // U+FFFD
    Dropped,         // the byte vanished
};

// The bytes of `utf8` read as Windows-1251, returned as UTF-8: "Проходная" becomes
// "РџСЂРѕС…РѕРґРЅР°СЏ". ASCII bytes stay as they are. The input is taken as bytes, so invalid
// UTF-8 is transformed too; the result is always valid UTF-8.
std::string toMojibake(std::string_view utf8, LostByteForm form = LostByteForm::C1Control);

// The bytes of `utf8` read as Windows-1252, returned as UTF-8: "Café" becomes "CafÃ©". The five
// bytes Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D) become what `form` says: by default
// the C1 control of the same value (as Windows' own conversion does), a form that loses nothing;
// the others lose the second byte of Cyrillic Ё А Н с э я Ґ, which repair() then guesses from
// the word (core/text/lettermodel.h).
std::string toCp1252Mojibake(std::string_view utf8, LostByteForm form = LostByteForm::C1Control);

} // namespace attlog::text
