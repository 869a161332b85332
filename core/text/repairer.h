// SPDX-License-Identifier: MIT
#pragma once

#include "core/text/repair.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace attlog::text {

// The mojibake repair engine behind repair() (core/text/repair.h, which states what is repaired).
//
// How it decides, per round (one layer of mojibake), first reading the text as Windows-1251,
// then, if that finds nothing, as Windows-1252/Latin-1:
// 1. A "run" is a maximal stretch of characters the code page holds as bytes 80..FF (plus a '?'
//    or U+FFFD where a lost byte 0x98 belongs). ASCII and characters outside the code page end a
//    run: in mojibake every ASCII byte stayed itself, so runs are independent.
// 2. A run "decodes" when all of its bytes form valid UTF-8 (rebuilding a lost 0x98, dropping a
//    half character cut off at the very end of the string) and every character it gives is
//    believable (charclass::plausibility: modern Cyrillic, Latin letters; signs only from strong
//    evidence). One character that does not fit leaves the whole run alone.
// 3. A run is "convincing" when it gives at least two Cyrillic letters, one of them from strong
//    continuations (punctuation, signs, no-break space, C1 controls, Serbian-only letters: what
//    correct text never puts right after such a letter), or a letter behind a C1 control, or a
//    3-byte sign from strong continuations only ("в„–"), or one Latin letter inside a Latin word.
// 4. Only a string with a convincing run is repaired, and then every run of it that decodes.
// 5. Read as Windows-1252, a Cyrillic lead (Ð Ñ Ò Ó) followed by '?', U+FFFD, another lead, a
//    sign or a space, or at the very end, is a letter whose second byte the converter lost (81,
//    8D, 8F, 90, 9D are undefined in Windows-1252): it decodes as a placeholder, counts as no
//    evidence, and once the string is repaired the letter model chooses it among the letters of
//    that lead (Ё А Н, с я э, Ґ) — the most word-like spelling of its word, by the words the
//    table spells elsewhere (knownwords.h), the lexicon of head words and trigram cost; U+FFFD
//    when no candidate is clearly best (resolveLostLetters).
// Strings without any lead character followed by a strong continuation (scan()) are passed
// through after one pass, which is most correct text.
//
// It keeps its scratch buffers between calls, so repairing many strings allocates next to nothing.
// Not thread-safe: use one Repairer per thread.
class Repairer
{
public:
    // Appends the repaired form of `utf8` to `out`. Text that needs no repair, and input that is
    // not valid UTF-8, are appended unchanged.
    RepairOutcome repairInto(std::string_view utf8, std::string &out);

    // The one-pass fast path: Clean for valid text in which no code-page lead character is
    // followed by a strong continuation, '?' or U+FFFD (nothing to repair); Candidate when the
    // text must be looked at closely (it may still turn out invalid); Invalid for invalid UTF-8.
    enum class Scan
    {
        Clean,
        Candidate,
        Invalid,
    };
    static Scan scan(std::string_view utf8);

    // True when the last repairInto() chose letters whose byte was lost (see 5. above): its
    // result is a guess in those letters, and no evidence for KnownWords.
    bool lastGuessedLostLetters() const { return m_lostLetters; }

private:
    enum class Encoding
    {
        Cp1251,
        Cp1252,
    };

    struct Run
    {
        std::size_t begin = 0; // [begin, end) in the round's input
        std::size_t end = 0;
        std::size_t decodedBegin = 0; // [decodedBegin, decodedEnd) in m_decoded
        std::size_t decodedEnd = 0;
        bool ok = false;             // the whole run decodes into believable text
        bool selfSufficient = false; // ... with evidence enough to repair it on its own
    };

    bool repairRound(const std::u32string &in, std::u32string &out, Encoding encoding);
    // UTF-8 read as Windows-1252 and that read once more as Windows-1251 ("Г‚ВЈ" for "£"): two
    // layers at once, for the first reading holds no evidence of its own; true when the
    // Windows-1252 reading of the Windows-1251 one finds its evidence.
    bool chainRound(const std::u32string &in, std::u32string &out);
    // `in` with each run of m_runs replaced by its decoded characters, into `out`.
    void spliceRuns(const std::u32string &in, std::u32string &out) const;
    // Chooses each lost letter's most word-like candidate (lettermodel.h); U+FFFD where none is
    // clearly the most word-like.
    void resolveLostLetters(std::u32string &text);
    // `chainLayer`: any character of Windows-1252 is believable (chainRound()'s middle layer).
    Run decodeRun(const std::u32string &in, std::size_t begin, Encoding encoding,
                  bool chainLayer = false);

    std::vector<std::u32string> m_rounds;
    std::u32string m_decoded;
    std::u32string m_chain; // chainRound()'s Windows-1251 reading
    bool m_lostLetters = false;
    std::vector<Run> m_runs;
    bool m_decodedControl = false; // a round decoded a C1 control (double mojibake's middle layer)
};

} // namespace attlog::text
