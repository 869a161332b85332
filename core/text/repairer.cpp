// SPDX-License-Identifier: MIT
#include "core/text/repairer.h"

#include "core/text/charclass.h"
#include "core/text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace attlog::text {
namespace {

using charclass::Plausibility;

// Double mojibake needs two rounds; more allow for text converted more often still. Every round
// must find its own evidence, so correct text never goes past the first.
constexpr int kMaxRounds = 4;

constexpr std::uint8_t kLostByte = 0x98; // the only byte Windows-1251 leaves undefined

bool isAsciiLetter(char32_t cp)
{
    return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
}

bool isLatinLetter(char32_t cp)
{
    return cp >= 0x00C0 && cp <= 0x017F && cp != 0x00D7 && cp != 0x00F7;
}

// Continuations that are letters themselves: Cyrillic ones of Windows-1251, Š š Œ œ Ž ž Ÿ ƒ ª º
// of Windows-1252. A Latin word holds them next to an accented capital ("ÃŠa") more readily
// than it holds a sign there.
bool isLetterContinuation(char32_t cp)
{
    switch (cp) {
    case 0x0152:
    case 0x0153:
    case 0x0160:
    case 0x0161:
    case 0x0178:
    case 0x017D:
    case 0x017E:
    case 0x0192:
    case 0x00AA:
    case 0x00BA:
        return true;
    default:
        return cp >= 0x0400 && cp <= 0x04FF;
    }
}

// Whether a run decoded to one Latin letter, and how strong the evidence behind it was.
enum class LatinLetter
{
    None,
    Weak,
    Strong,
};

bool isCyrillic(char32_t cp)
{
    return cp >= 0x0400 && cp <= 0x04FF;
}

// Finds, in one pass, the only patterns that can make a string repairable (see decodeRun): a
// lead character followed by a strong continuation, '?' or U+FFFD, or a lead and a weak
// continuation glued to a Latin word ("CrГЁme"). Text without them is passed through at once.
class CandidateScan
{
public:
    bool feed(char32_t cp)
    {
        using namespace charclass;
        const std::uint8_t f = flags(cp);
        bool found = false;
        if (m_prevFlags & kLead1251) {
            found = (f & kContStrong1251) || cp == '?' || cp == utf8::kReplacement ||
                    ((f & kContWeak1251) && m_asciiLetterBeforePrev);
        }
        if (m_prevFlags & kLead1252)
            found =
                found || (f & kContStrong1252) || ((f & kContWeak1252) && m_asciiLetterBeforePrev);
        m_asciiLetterBeforePrev = isAsciiLetter(m_prev);
        m_prev = cp;
        m_prevFlags = f;
        return found;
    }

private:
    char32_t m_prev = 0;
    std::uint8_t m_prevFlags = 0;
    bool m_asciiLetterBeforePrev = false;
};

bool mayNeedRepairU32(const std::u32string &text)
{
    CandidateScan scan;
    for (const char32_t cp : text) {
        if (scan.feed(cp))
            return true;
    }
    return false;
}

// U+0098 and the other C1 controls, and U+FFFD: what a lost byte leaves behind.
bool isLostByteForm(char32_t cp)
{
    return charclass::isC1Control(cp) || cp == utf8::kReplacement;
}

std::size_t countLostByteForms(const std::u32string &text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), isLostByteForm));
}

int leadLength(int byte)
{
    if (byte >= 0xC2 && byte <= 0xDF)
        return 2;
    if (byte >= 0xE0 && byte <= 0xEF)
        return 3;
    if (byte >= 0xF0 && byte <= 0xF4)
        return 4;
    return 0;
}

// Where a lost byte 0x98 is believed: the second byte of 'И' (D0), 'Ә' (D3), 'ј' (D1: in double
// mojibake, 'м' became "Рј" and 'ј' is D1 98) and U+0098 (C2, the middle layer of double
// mojibake), and inside 3-byte sequences (E2 80 98 is '‘'). Elsewhere it would turn ordinary
// text such as "Г?" into a Latin letter.
bool lostByteFits(int lead, int position)
{
    if (lead == 0xD0 || lead == 0xD1 || lead == 0xD3 || lead == 0xC2)
        return position == 1;
    return lead >= 0xE0 && lead <= 0xEF;
}

} // namespace

Repairer::Scan Repairer::scan(std::string_view utf8)
{
    // Pure ASCII, the most common case, is checked eight bytes at a time.
    std::size_t pos = 0;
    const std::size_t n = utf8.size();
    while (pos + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, utf8.data() + pos, 8);
        if (word & 0x8080808080808080ULL)
            break;
        pos += 8;
    }
    while (pos < n && static_cast<unsigned char>(utf8[pos]) < 0x80)
        ++pos;
    if (pos == n)
        return Scan::Clean;
    CandidateScan candidates;
    pos = pos > 0 ? pos - 1 : 0; // the ASCII character before the first other one matters
    while (pos < n) {
        const auto b = static_cast<unsigned char>(utf8[pos]);
        if (b < 0x80) {
            if (candidates.feed(b))
                return Scan::Candidate;
            ++pos;
            continue;
        }
        const utf8::Decoded d = utf8::decodeFastAt(utf8, pos);
        if (d.length == 0)
            return Scan::Invalid;
        if (candidates.feed(d.cp))
            return Scan::Candidate;
        pos += static_cast<std::size_t>(d.length);
    }
    return Scan::Clean;
}

RepairOutcome Repairer::repairInto(std::string_view utf8, std::string &out)
{
    const Scan scanned = scan(utf8);
    if (scanned != Scan::Candidate) {
        out.append(utf8);
        return scanned == Scan::Clean ? RepairOutcome::Unchanged : RepairOutcome::InvalidUtf8;
    }
    if (m_rounds.size() < kMaxRounds + 1)
        m_rounds.resize(kMaxRounds + 1);
    std::u32string &first = m_rounds[0];
    first.resize(utf8.size()); // at most one code point per byte
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const utf8::Decoded d = utf8::decodeFastAt(utf8, pos);
        if (d.length == 0) {
            out.append(utf8);
            return RepairOutcome::InvalidUtf8;
        }
        first[count++] = d.cp;
        pos += static_cast<std::size_t>(d.length);
    }
    first.resize(count);
    m_decodedControl = false;

    int round = 0;
    while (round < kMaxRounds) {
        const std::u32string &in = m_rounds[static_cast<std::size_t>(round)];
        std::u32string &next = m_rounds[static_cast<std::size_t>(round) + 1];
        if (!repairRound(in, next, Encoding::Cp1251) && !repairRound(in, next, Encoding::Cp1252))
            break;
        ++round;
        if (!mayNeedRepairU32(next))
            break;
    }
    // A round may decode a C1 control or U+FFFD only as the middle layer of double mojibake, for
    // the next round to consume. More of them at the end than at the start means a round misread
    // the text: fall back to the last round without.
    if (m_decodedControl) {
        const std::size_t inputForms = countLostByteForms(first);
        while (round > 0 &&
               countLostByteForms(m_rounds[static_cast<std::size_t>(round)]) > inputForms)
            --round;
    }
    if (round == 0) {
        out.append(utf8);
        return RepairOutcome::Unchanged;
    }
    const std::u32string &result = m_rounds[static_cast<std::size_t>(round)];
    const std::size_t start = out.size();
    out.resize(start + result.size() * 4);
    char *p = out.data() + start;
    for (const char32_t cp : result)
        p = utf8::write(p, cp);
    out.resize(static_cast<std::size_t>(p - out.data()));
    return RepairOutcome::Repaired;
}

bool Repairer::repairRound(const std::u32string &in, std::u32string &out, Encoding encoding)
{
    const std::uint8_t high =
        encoding == Encoding::Cp1251 ? charclass::kHigh1251 : charclass::kHigh1252;
    const bool lostBytes = encoding == Encoding::Cp1251;
    m_runs.clear();
    m_decoded.clear();
    bool evidence = false;
    for (std::size_t i = 0; i < in.size();) {
        const char32_t cp = in[i];
        if (!(charclass::flags(cp) & high) && !(lostBytes && cp == utf8::kReplacement)) {
            ++i;
            continue;
        }
        const Run run = decodeRun(in, i, encoding);
        evidence = evidence || run.selfSufficient;
        if (run.ok)
            m_runs.push_back(run);
        i = run.end;
    }
    if (!evidence)
        return false;
    // The string as a whole is mojibake: every run that decodes is repaired, including runs too
    // short to have convinced on their own ("РЎ." in "Р . РЎ. Р?РІР°РЅРѕРІ").
    out.clear();
    std::size_t copied = 0;
    for (const Run &run : m_runs) {
        out.append(in, copied, run.begin - copied);
        out.append(m_decoded, run.decodedBegin, run.decodedEnd - run.decodedBegin);
        copied = run.end;
    }
    out.append(in, copied, std::u32string::npos);
    return true;
}

Repairer::Run Repairer::decodeRun(const std::u32string &in, std::size_t begin, Encoding encoding)
{
    using namespace charclass;
    const bool cp1251 = encoding == Encoding::Cp1251;
    const std::uint8_t high = cp1251 ? kHigh1251 : kHigh1252;
    const std::uint8_t contMask = cp1251 ? kCont1251 : kCont1252;
    const std::uint8_t strongMask = cp1251 ? kContStrong1251 : kContStrong1252;
    const std::uint8_t codePageMask = kHigh1251 | kHigh1252;
    const auto byteOf = [cp1251](char32_t cp) -> int {
        const Info i = info(cp);
        if (i.flags & (cp1251 ? kHigh1251 : kHigh1252))
            return cp1251 ? i.byte1251 : i.byte1252;
        return -1;
    };
    const auto inRun = [&](char32_t cp) {
        return (flags(cp) & high) || (cp1251 && cp == utf8::kReplacement);
    };

    Run run;
    run.begin = begin;
    run.decodedBegin = m_decoded.size();
    run.ok = true;
    int sequences = 0;         // decoded characters
    int letters = 0;           // ... that are letters not rebuilt from a dropped byte 0x98
    int strongLetters = 0;     // ... of those, letters from strong continuations
    bool strongSymbol = false; // a 3- or 4-byte sequence of only strong continuations (в„– = №)
    LatinLetter latinLetter = LatinLetter::None; // a 2-byte sequence giving a Latin letter
    bool controlLetter = false; // a letter whose continuation was a C1 control (Р + U+0098 = И)

    const std::size_t n = in.size();
    std::size_t pos = begin;
    while (pos < n && inRun(in[pos])) {
        const int lead = byteOf(in[pos]);
        const int length = leadLength(lead);
        if (length == 0) {
            run.ok = false; // a continuation without a lead, or a byte UTF-8 never uses
            ++pos;
            continue;
        }
        char bytes[4] = {static_cast<char>(lead)};
        int have = 1;
        std::size_t next = pos + 1;
        bool strong = false;
        bool control = false;    // a C1 control as continuation: never found in correct text
        bool letterCont = false; // a letter as continuation ("ÃŸ" = ß)
        bool allStrong = true;
        bool lost = false;
        bool dropped = false;
        bool truncated = false;
        bool broken = false;
        while (have < length) {
            if (next >= n) {
                truncated = true;
                break;
            }
            const char32_t c = in[next];
            const std::uint8_t f = flags(c);
            if (f & contMask) {
                bytes[have++] = static_cast<char>(byteOf(c));
                ++next;
                if (f & strongMask)
                    strong = true;
                else
                    allStrong = false;
                control = control || isC1Control(c);
                letterCont = letterCont || isLetterContinuation(c);
            } else if (cp1251 && !lost && (c == '?' || c == utf8::kReplacement) &&
                       lostByteFits(lead, have)) {
                // Byte 0x98 was lost and stored as '?' or U+FFFD: strong evidence, no correct
                // text puts them right after such a letter.
                bytes[have++] = static_cast<char>(kLostByte);
                lost = true;
                ++next;
                strong = true;
            } else if (cp1251 && !lost && length == 2 && (lead == 0xD0 || lead == 0xD3) &&
                       ((f & high) || c == '.')) {
                // Byte 0x98 was dropped: after D0 it can only have been 'И', after D3 'Ә'.
                // Weak evidence: the lead is simply followed by something else. Believed before
                // another code page character ("РРІР°РЅ") or a full stop (initials "Р.Р."), not
                // before other ASCII: "Р-1" is a correct label also inside a mojibake string.
                bytes[have++] = static_cast<char>(kLostByte);
                lost = true;
                dropped = true;
                allStrong = false;
            } else {
                broken = true;
                break;
            }
        }
        if (truncated) {
            // Cut off by a column length limit: the half character is dropped.
            pos = next;
            break;
        }
        if (broken) {
            run.ok = false;
            pos = next;
            continue;
        }
        // Two bytes (all of Cyrillic) are valid by construction: a lead C2..DF and a
        // continuation; longer sequences may still be overlong or surrogates.
        const utf8::Decoded d =
            length == 2 ? utf8::Decoded{char32_t((lead & 0x1F) << 6 | (bytes[1] & 0x3F)), 2}
                        : utf8::decodeAt(std::string_view(bytes, length), 0);
        Plausibility p = d.length == length ? plausibility(d.cp, strong) : Plausibility::No;
        if (p == Plausibility::No && d.length == length && isLostByteForm(d.cp) &&
            m_decoded.size() > run.decodedBegin && (flags(m_decoded.back()) & codePageMask)) {
            // The middle layer of double mojibake: "Р" + U+0098 (or U+FFFD) read once more.
            p = Plausibility::Symbol;
            m_decodedControl = true;
        }
        if (p == Plausibility::No) {
            run.ok = false;
            pos = next;
            continue;
        }
        m_decoded += d.cp;
        ++sequences;
        if (p == Plausibility::Letter && !dropped && (isCyrillic(d.cp) || !cp1251)) {
            ++letters;
            if (strong)
                ++strongLetters;
        }
        if (length >= 3 && allStrong && strong)
            strongSymbol = true;
        if (length == 2 && isLatinLetter(d.cp))
            latinLetter = strong && !letterCont ? LatinLetter::Strong : LatinLetter::Weak;
        if (control && p == Plausibility::Letter)
            controlLetter = true;
        pos = next;
    }
    run.end = pos;
    if (!run.ok) {
        m_decoded.resize(run.decodedBegin);
        run.decodedEnd = run.decodedBegin;
        return run;
    }
    run.decodedEnd = m_decoded.size();
    // One decoded character is never enough on its own ("Рё", "РЁ", "Р’" may be meant), except
    // a letter behind a C1 control (correct text holds none), a symbol whose every continuation
    // is strong ("в„–"), or a Latin letter inside a Latin word ("CafГ©", "CrГЁme"): correct text
    // does not put a Cyrillic letter and a sign there, nor two Cyrillic letters amid Latin ones.
    const bool asciiBefore = begin > 0 && isAsciiLetter(in[begin - 1]);
    const bool asciiAfter = run.end < n && isAsciiLetter(in[run.end]);
    const bool latinWord =
        sequences == 1 && ((latinLetter == LatinLetter::Strong && (asciiBefore || asciiAfter)) ||
                           (latinLetter == LatinLetter::Weak && asciiBefore && asciiAfter));
    // Otherwise it takes two letters, one of them from strong continuations. Read as
    // Windows-1251 only Cyrillic letters count: Latin ones come from 'Г' + a sign, which correct
    // text writes ("Г\u00A0"); read as Windows-1252 any letter counts ("Ã©tÃ©"). Signs
    // ("В\u00A0" is a no-break space) and letters rebuilt from a dropped byte do not count.
    run.selfSufficient = (letters >= 2 && strongLetters >= 1) || (strongSymbol && sequences == 1) ||
                         latinWord || controlLetter;
    return run;
}

} // namespace attlog::text
