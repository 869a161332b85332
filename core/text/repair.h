// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

// Undoing mojibake: text whose UTF-8 bytes were read as Windows-1251 (or Windows-1252/Latin-1)
// and stored as characters, as iVMS-4200 does with Russian, Ukrainian and Kazakh names
// ("РџСЂРѕС…РѕРґРЅР°СЏ" is repaired to "Проходная").
//
// Contract:
// - Correct text is never changed, including text that merely looks suspicious ("Рёмин",
//   "РЁВА", "Рівне", "СССР", one-letter strings). A run of characters is decoded only when all
//   of it is valid UTF-8 once read back through the code page, every result is a believable
//   letter or sign, and the string holds strong evidence (see repairer.h). The price: a string
//   whose every word is ONE letter ("Р®" for "Ю") is left as it is, since "Р®" may be meant.
// - Byte 0x98 (undefined in Windows-1251: the second byte of 'И' and Kazakh 'Ә') is recovered
//   from any stored form: U+0098, '?', U+FFFD, or dropped (deduced after 'Р' (D0) and 'У' (D3)
//   when another mojibake character or a full stop follows).
// - Double mojibake is undone (up to four layers; byte 0x98 as U+0098, '?' or U+FFFD in both),
//   and Windows-1252/Latin-1 mojibake: lossless (undefined bytes kept as C1 controls), or with
//   the undefined bytes lost ('?', U+FFFD, dropped), where a Cyrillic letter's lost second byte
//   is chosen by the letter model (core/text/lettermodel.h) or, when it cannot tell, left U+FFFD.
// - Strings mixing mojibake with clean parts are repaired run by run; a half character cut off
//   at the end (a column length limit) is dropped. A lone lead at the very end of a Dropped-form
//   string is read as such a cut, never as a lost 'И'.
// - Nothing that is not repaired is touched: no trimming, case change or normalisation.
// - Windows-1251 text read as UTF-8 (runs of U+FFFD) is unrecoverable and left as it is.
// Own code page tables, so results are identical on every platform. Thread-safe: each call uses
// an engine of its own, which allocates only for a value that looks like mojibake. For many values
// keep an engine (Repairer, core/text/repairer.h) or, for repeated values, a RepairCache
// (core/text/repaircache.h). No engine is kept per thread: MinGW-w64 runs a thread_local object's
// destructor after freeing its storage, which corrupts the heap when a worker thread ends.
namespace attlog::text {

// UTF-8 in, UTF-8 out. Input that is not valid UTF-8 is returned unchanged.
std::string repair(std::string_view utf8);

// UTF-16 in, UTF-16 out. Unpaired surrogates become U+FFFD, so the result is always valid UTF-16.
std::u16string repair(std::u16string_view utf16);

enum class RepairOutcome
{
    Unchanged,   // appended as it was: correct text, or nothing recoverable
    Repaired,    // appended repaired
    InvalidUtf8, // appended as it was: the input is not valid UTF-8
};

// Appends the repaired form of `utf8` to `out` (unchanged when it is not valid UTF-8) and says
// which it was. Streaming uses Repairer::repairInto, which keeps its buffers between calls.
RepairOutcome repairInto(std::string_view utf8, std::string &out);

} // namespace attlog::text
