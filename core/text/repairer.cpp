// SPDX-License-Identifier: MIT
#include "core/text/repairer.h"

#include "core/text/charclass.h"
#include "core/text/knownwords.h"
#include "core/text/lettermodel.h"
#include "core/text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>

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

// Signs that correct Latin text writes right after a letter: a no-break space (French spacing,
// "SELKÄ\u00A0EDELLÄ"), the apostrophe and closing quotes ("Ã’s" may be meant, "«MÄKELÄ»"), ™
// and ® ("AHÅ™"), the ellipsis. Read as Windows-1252 they are continuations, but a Latin letter
// made from one is no evidence: the accented capital before it is as likely meant. After 'Ã'
// (C3) the closing guillemet stays evidence: "Ã»" is û ("sÃ»r"), and no language ends a word in
// a capital Ã before a guillemet.
bool followsLetters1252(char32_t cp, int lead)
{
    if (cp == 0x00BB || cp == 0x203A)
        return lead != 0xC3;
    return cp == 0x00A0 || cp == 0x2019 || cp == 0x201D || cp == 0x2122 || cp == 0x00AE ||
           cp == 0x2026;
}

// Punctuation correct text writes right after a short word or a letter ("в – ", "в «", "№"), or
// a lost byte's '?': a pictograph whose first continuation is one of them is no believable
// repair.
bool followsWords(char32_t cp)
{
    switch (cp) {
    case 0x00A0:
    case 0x00AB:
    case 0x00BB:
    case 0x00B7:
    case 0x2013:
    case 0x2014:
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2022:
    case 0x2026:
    case 0x2116:
    case '?':
    case utf8::kReplacement:
        return true;
    default:
        return false;
    }
}

bool isAsciiUpper(char32_t cp)
{
    return cp >= 'A' && cp <= 'Z';
}

// A small letter of Latin-1 or Latin Extended-A (where small and capital pair up: ß, ÿ and ĸ
// are small; in Extended-A the small one is the odd code point, but for Ĳ..ĸ and Ŀ..ŉ even).
bool isLatinSmall(char32_t cp)
{
    if (cp >= 0x00DF && cp <= 0x00FF)
        return cp != 0x00F7;
    if (cp >= 0x0100 && cp <= 0x0137)
        return cp % 2 == 1;
    if (cp == 0x0138)
        return true;
    if (cp >= 0x0139 && cp <= 0x0148)
        return cp % 2 == 0;
    if (cp == 0x0149)
        return true;
    if (cp >= 0x014A && cp <= 0x0177)
        return cp % 2 == 1;
    if (cp >= 0x0179 && cp <= 0x017E)
        return cp % 2 == 0;
    return cp == 0x017F;
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

// 'Ð' 'Ñ' 'Ò' 'Ó': bytes D0..D3 read as Windows-1252, the leads of Cyrillic letters. Windows-1252
// leaves 81, 8D, 8F, 90 and 9D undefined, so a converter that drops them (or stores '?' or
// U+FFFD) loses the second byte of Ё А Н (D0 81/90/9D), с э я (D1 81/8D/8F), Ґ (D2 90).
bool isCyrillicLead1252(char32_t cp)
{
    return cp >= 0xD0 && cp <= 0xD3;
}

// A letter whose second byte was lost: a placeholder beyond the last code point, one per lead
// (0x110000 + lead - D0; no text holds such a value), until resolveLostLetters() chooses it.
constexpr char32_t kLostLetterBase = 0x110000;

bool isLostLetter(char32_t cp)
{
    return cp >= kLostLetterBase && cp <= kLostLetterBase + 3;
}

// "Ð " before more mojibake: 'Р' (D0 A0) whose no-break space became a plain space, or a lost
// letter of lead D0 (Ё А Н) at the end of a word. resolveLostLetters() decides, by the words
// either reading makes.
constexpr char32_t kSpaceOrEr = kLostLetterBase + 4;

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
            found = found || (f & kContStrong1252) ||
                    ((f & kContWeak1252) && m_asciiLetterBeforePrev) ||
                    (isCyrillicLead1252(m_prev) && (cp == '?' || cp == utf8::kReplacement));
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

// The characters one code page read makes of the bytes of UTF-8 text (charclass tables).
struct CodePage
{
    explicit CodePage(bool windows1251)
        : cp1251(windows1251)
        , lostLetters(!windows1251)
        , high(windows1251 ? charclass::kHigh1251 : charclass::kHigh1252)
        , contMask(windows1251 ? charclass::kCont1251 : charclass::kCont1252)
        , strongMask(windows1251 ? charclass::kContStrong1251 : charclass::kContStrong1252)
    {}

    // The byte the code page shows as `cp`; -1 when it shows no byte as `cp`.
    int byteOf(char32_t cp) const
    {
        const charclass::Info i = charclass::info(cp);
        if (i.flags & high)
            return cp1251 ? i.byte1251 : i.byte1252;
        return -1;
    }
    // Whether `cp` may belong to a mojibake run (a lost byte's U+FFFD too, in Windows-1251).
    bool inRun(char32_t cp) const
    {
        return (charclass::flags(cp) & high) || (cp1251 && cp == utf8::kReplacement);
    }

    bool cp1251;
    bool lostLetters; // Windows-1252 letters with a lost second byte are read (see below)
    std::uint8_t high;
    std::uint8_t contMask;
    std::uint8_t strongMask;
};

// One UTF-8 sequence read back from the characters at a position, with what its continuations
// say about it.
struct Sequence
{
    char bytes[4] = {};
    int lead = -1;
    int length = 0;               // the bytes the lead asks for; 0: not a lead
    std::size_t next = 0;         // the position after the sequence
    bool strong = false;          // a continuation no correct text puts there
    bool control = false;         // a C1 control as continuation: never found in correct text
    bool letterCont = false;      // a letter as continuation ("ÃŸ" = ß)
    bool signAfterLetter = false; // a continuation correct text writes after a letter (1252)
    char32_t firstCont = 0;       // the character read as the first continuation byte
    bool allStrong = true;
    bool lost = false;       // byte 0x98 rebuilt from '?' or U+FFFD
    bool dropped = false;    // byte 0x98 rebuilt where nothing was left of it
    bool lostLetter = false; // a Cyrillic letter whose second byte Windows-1252 lost
    bool spaceOrEr = false;  // ... "Ð " before more mojibake: that, or 'Р' (see kSpaceOrEr)
    bool truncated = false;  // the text ends inside the sequence
    bool broken = false;     // something else than a continuation inside the sequence
};

Sequence readSequence(const std::u32string &in, std::size_t pos, const CodePage &page)
{
    using namespace charclass;
    Sequence seq;
    seq.lead = page.byteOf(in[pos]);
    seq.length = leadLength(seq.lead);
    seq.next = pos + 1;
    if (seq.length == 0)
        return seq; // a continuation without a lead, or a byte UTF-8 never uses
    seq.bytes[0] = static_cast<char>(seq.lead);
    int have = 1;
    while (have < seq.length) {
        if (seq.next >= in.size()) {
            if (page.lostLetters && have == 1 && isCyrillicLead1252(in[pos])) {
                // Read as Windows-1252, a Cyrillic lead at the very end is a lost letter (-ая,
                // -ия end many words) rather than a half letter cut off.
                seq.bytes[have++] = '\x80';
                seq.lostLetter = seq.dropped = true;
                seq.allStrong = false;
                continue;
            }
            seq.truncated = true;
            return seq;
        }
        const char32_t c = in[seq.next];
        const std::uint8_t f = flags(c);
        if (have == 1)
            seq.firstCont = c;
        if (f & page.contMask) {
            seq.bytes[have++] = static_cast<char>(page.byteOf(c));
            ++seq.next;
            if (f & page.strongMask)
                seq.strong = true;
            else
                seq.allStrong = false;
            seq.control = seq.control || isC1Control(c);
            seq.letterCont = seq.letterCont || isLetterContinuation(c);
            seq.signAfterLetter =
                seq.signAfterLetter || (!page.cp1251 && followsLetters1252(c, seq.lead));
        } else if (page.cp1251 && !seq.lost && (c == '?' || c == utf8::kReplacement) &&
                   lostByteFits(seq.lead, have)) {
            // Byte 0x98 was lost and stored as '?' or U+FFFD: strong evidence, no correct text
            // puts them right after such a letter.
            seq.bytes[have++] = static_cast<char>(kLostByte);
            seq.lost = true;
            ++seq.next;
            seq.strong = true;
        } else if (page.cp1251 && !seq.lost && seq.length == 2 &&
                   (seq.lead == 0xD0 || seq.lead == 0xD3) && ((f & page.high) || c == '.')) {
            // Byte 0x98 was dropped: after D0 it can only have been 'И', after D3 'Ә'. Weak
            // evidence: the lead is simply followed by something else. Believed before another
            // code page character ("РРІР°РЅ") or a full stop (initials "Р.Р."), not before other
            // ASCII: "Р-1" is a correct label also inside a mojibake string.
            seq.bytes[have++] = static_cast<char>(kLostByte);
            seq.lost = true;
            seq.dropped = true;
            seq.allStrong = false;
        } else if (page.lostLetters && have == 1 && isCyrillicLead1252(in[pos]) &&
                   (c == '?' || c == utf8::kReplacement ||
                    ((f & page.high) && leadLength(page.byteOf(c)) > 0) ||
                    (c < 0x80 && !isAsciiLetter(c) && (c < '0' || c > '9')))) {
            // The second byte was one Windows-1252 leaves undefined: stored as '?' or U+FFFD,
            // or dropped (another lead, a space or a sign follows). Which letter it was is chosen
            // later, from the word around it.
            seq.bytes[have++] = '\x80';
            seq.lostLetter = true;
            if (c == '?' || c == utf8::kReplacement)
                ++seq.next;
            else
                seq.dropped = true;
            seq.allStrong = false;
            if (in[pos] == 0xD0 && c == ' ' && seq.next + 1 < in.size() &&
                (flags(in[seq.next + 1]) & page.high)) {
                seq.spaceOrEr = true;
                ++seq.next; // the space is decided on with the letter
            }
        } else {
            seq.broken = true;
            return seq;
        }
    }
    return seq;
}

utf8::Decoded decode(const Sequence &seq)
{
    if (seq.spaceOrEr)
        return utf8::Decoded{kSpaceOrEr, 2};
    if (seq.lostLetter)
        return utf8::Decoded{kLostLetterBase + char32_t(seq.lead - 0xD0), 2};
    // Two bytes (all of Cyrillic) are valid by construction: a lead C2..DF and a continuation;
    // longer sequences may still be overlong or surrogates.
    if (seq.length == 2)
        return utf8::Decoded{char32_t((seq.lead & 0x1F) << 6 | (seq.bytes[1] & 0x3F)), 2};
    return utf8::decodeAt(std::string_view(seq.bytes, std::size_t(seq.length)), 0);
}

// What the decoded characters of a run say about it, counted as they are decoded.
struct RunEvidence
{
    void count(const Sequence &seq, char32_t cp, Plausibility p, bool cp1251)
    {
        ++sequences;
        if (seq.lostLetter) {
            // A guess, not evidence; 'Ð'/'Ñ' with its byte lost is, beside a Cyrillic letter
            // (see selfSufficient). 'Ó' is not: Icelandic writes "ÞJÓÐ".
            if ((seq.lead == 0xD0 || seq.lead == 0xD1) && !seq.spaceOrEr)
                ++lostLetters;
            return;
        }
        // A letter from a sign correct text writes after a letter is no strong evidence ("Ð\u00A0"
        // is 'Р', but Icelandic writes it too); Cyrillic words have other letters that are.
        const bool strong = seq.strong && !seq.signAfterLetter;
        if (p == Plausibility::Letter && !seq.dropped && (isCyrillic(cp) || !cp1251)) {
            ++letters;
            if (isCyrillic(cp) && !seq.signAfterLetter)
                ++cyrillicLetters;
            if (strong)
                ++strongLetters;
        }
        if (seq.length >= 3 && seq.allStrong && seq.strong)
            strongSymbol = true;
        if (seq.length == 2 && isLatinLetter(cp)) {
            latinLetter = seq.signAfterLetter         ? LatinLetter::None
                          : strong && !seq.letterCont ? LatinLetter::Strong
                                                      : LatinLetter::Weak;
            latinCp = cp;
        }
        if (seq.control && p == Plausibility::Letter)
            controlLetter = true;
        if (seq.length == 3 && cp >= 0xFB00 && cp <= 0xFB06)
            ligature = true;
        // 'Â' and a Latin-1 sign ("Â£", "Â©", "Â°"): the classic Windows-1252 mojibake of a
        // sign; no language ends a word in 'Â' before one (see selfSufficient for the word).
        if (!cp1251 && seq.length == 2 && seq.lead == 0xC2 && cp >= 0x00A0 && cp <= 0x00BF)
            latin1Sign = true;
        // Read as Windows-1251 the lead is 'В', a word of its own ("В\u00A0Москве", "В«…»",
        // "В№3"): only the other signs count, and only alone next to a digit (selfSufficient).
        if (cp1251 && seq.length == 2 && seq.lead == 0xC2 && cp >= 0x00A1 && cp <= 0x00BF &&
            cp != 0x00AB && cp != 0x00BB && cp != 0x00B9 && cp != 0x00B7) // « » № ·
            cyrillicSign = true;
    }

    // Whether the run [begin, end) of `in` is repaired on its own evidence.
    bool selfSufficient(const std::u32string &in, std::size_t begin, std::size_t end) const
    {
        // One decoded character is never enough on its own ("Рё", "РЁ", "Р’" may be meant),
        // except a letter behind a C1 control (correct text holds none), a symbol whose every
        // continuation is strong ("в„–"), or a Latin letter inside a Latin word ("CafГ©",
        // "CrГЁme"): correct text does not put a Cyrillic letter and a sign there, nor two
        // Cyrillic letters amid Latin ones.
        const bool asciiBefore = begin > 0 && isAsciiLetter(in[begin - 1]);
        const bool asciiAfter = end < in.size() && isAsciiLetter(in[end]);
        // A small letter after capitals ("AHř" from "AHÅ™") is not how words are written.
        const bool smallAfterCapitals = begin >= 2 && isAsciiUpper(in[begin - 1]) &&
                                        isAsciiUpper(in[begin - 2]) && isLatinSmall(latinCp);
        const LatinLetter latin = smallAfterCapitals && latinLetter == LatinLetter::Strong
                                      ? LatinLetter::Weak
                                      : latinLetter;
        const bool latinWord =
            sequences == 1 && ((latin == LatinLetter::Strong && (asciiBefore || asciiAfter)) ||
                               (latin == LatinLetter::Weak && asciiBefore && asciiAfter));
        // Otherwise it takes two letters, one of them from strong continuations. Read as
        // Windows-1251 only Cyrillic letters count: Latin ones come from 'Г' + a sign, which
        // correct text writes ("Г\u00A0"); read as Windows-1252 any letter counts ("Ã©tÃ©").
        // Signs ("В\u00A0" is a no-break space) and letters rebuilt from a dropped byte do not
        // count.
        // A ligature inside a Latin word ("signiп¬Ѓcantly"), or 'Â' and a sign that no letter
        // comes right before ("Â£5.8bn", "10Â\u00A0000").
        const bool letterBefore =
            begin > 0 && (isAsciiLetter(in[begin - 1]) || isLatinLetter(in[begin - 1]));
        const bool inLatinWord = asciiBefore && asciiAfter;
        // "ВЈ" alone may be Serbian; "ВЈ5" is a price, "20В°" a temperature.
        const auto isDigit = [&](std::size_t at, int offset) {
            const std::size_t i = at + std::size_t(offset);
            return (offset >= 0 || at > 0) && i < in.size() && in[i] >= '0' && in[i] <= '9';
        };
        const bool letterAfter = end < in.size() && (isAsciiLetter(in[end]) ||
                                                     isCyrillic(in[end]) || isLatinLetter(in[end]));
        // A letter whose second byte was lost and another Cyrillic letter in one run ("Ð?Ð½" is
        // "Ан"): no Latin-script word puts two of these leads together.
        const bool lostBesideLetter = lostLetters >= 1 && cyrillicLetters >= 1;
        return (letters >= 2 && strongLetters >= 1) || (strongSymbol && sequences == 1) ||
               lostBesideLetter || latinWord || controlLetter ||
               (ligature && sequences == 1 && inLatinWord) ||
               (latin1Sign && sequences == 1 && !letterBefore) ||
               (cyrillicSign && sequences == 1 && end - begin == 2 && !letterAfter &&
                !letterBefore && (isDigit(begin, -1) || isDigit(end, 0)));
    }

    int sequences = 0;       // decoded characters
    int letters = 0;         // ... that are letters not rebuilt from a dropped byte 0x98
    int strongLetters = 0;   // ... of those, letters from strong continuations
    int cyrillicLetters = 0; // ... of those, Cyrillic ones not read from a sign after a letter
    int lostLetters = 0;     // decoded characters that are Ð/Ñ letters with a lost second byte
    bool strongSymbol = false; // a 3- or 4-byte sequence of only strong continuations (в„– = №)
    LatinLetter latinLetter = LatinLetter::None; // a 2-byte sequence giving a Latin letter
    char32_t latinCp = 0;                        // ... that letter
    bool controlLetter = false; // a letter whose continuation was a C1 control (Р + U+0098 = И)
    bool ligature = false;      // a 3-byte sequence giving a Latin ligature (ﬁ)
    bool latin1Sign = false;    // Windows-1252 'Â' and a continuation giving a Latin-1 sign
    bool cyrillicSign = false;  // Windows-1251 'В' and one ("ВЈ" is '£', "В°" is '°')
};

// The letters a lost second byte can have made, per lead (see isCyrillicLead1252): those of the
// languages the model knows. D3 makes none of them (Ӂ Ӎ ӏ Ӑ ӝ): such a letter stays U+FFFD.
std::u32string_view lostLetterCandidates(char32_t placeholder)
{
    switch (placeholder - kLostLetterBase) {
    case 0:
        return U"АНЁ";
    case 1:
        return U"сяэ";
    case 2:
        return U"Ґ";
    default:
        return {};
    }
}

// A head word of the word lists ("Станислав", not "Станиялав") is worth this much (quarter bits).
constexpr int kLexiconBonus = 40;

// A word the table itself spells elsewhere (KnownWords) is worth more than any other evidence.
constexpr int kKnownWordBonus = 160;

// The cost of a candidate spelling of a word (lettermodel.h): its letters' trigrams, less the
// lexicon bonus when it is a head word of the word lists, less the known-word bonus when the
// table's own values spell it.
int lostLetterCost(const std::u32string &word, const KnownWords *known)
{
    int cost = lettermodel::wordCost(word);
    if (lettermodel::inLexicon(word))
        cost -= kLexiconBonus;
    if (known && known->contains(word))
        cost -= kKnownWordBonus;
    return cost;
}

// How much more word-like (quarter bits) the chosen letter must make its word than any other
// candidate: 3 bits, eight times as likely.
constexpr int kLostLetterMargin = 12;
// ... and when the chosen spelling is no word of the lists or the table, only the letter model's
// guess: 5 bits, 32 times as likely. A foreign name ("Вэй") or a rare letter ("Ёлкин") then keeps
// U+FFFD rather than becoming a likelier word ("Вяй", "Алкин").
constexpr int kModelOnlyMargin = 20;
// Words with more candidate combinations than this keep U+FFFD for their lost letters.
constexpr std::size_t kMaxCombinations = 729;

} // namespace

void Repairer::resolveLostLetters(std::u32string &text)
{
    // Only values with a lost letter get here: the known words are fetched for them alone.
    const std::shared_ptr<const KnownWords> knownHolder = knownWords();
    const KnownWords *known = knownHolder.get();
    const auto lostLetterCost = [known](const std::u32string &word) {
        return text::lostLetterCost(word, known);
    };
    const auto inWord = [](char32_t cp) { return isLostLetter(cp) || lettermodel::knows(cp); };
    // First "Ð " before more mojibake: 'Р' joined to the letters around it, or a lost Ё А Н
    // ending the word before and a space, whichever makes the more word-like words.
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != kSpaceOrEr)
            continue;
        std::size_t begin = i;
        while (begin > 0 && inWord(text[begin - 1]))
            --begin;
        std::size_t end = i + 1;
        while (end < text.size() && inWord(text[end]))
            ++end;
        const std::u32string before(text, begin, i - begin);
        const std::u32string after(text, i + 1, end - i - 1);
        const int joined = lostLetterCost(before + U'Р' + after);
        int apart = std::numeric_limits<int>::max();
        for (const char32_t letter : lostLetterCandidates(kLostLetterBase))
            apart = std::min(apart, lostLetterCost(before + letter) + lostLetterCost(after));
        if (joined <= apart) {
            text[i] = U'Р';
        } else {
            text[i] = kLostLetterBase;
            text.insert(i + 1, 1, U' ');
        }
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isLostLetter(text[i]))
            continue;
        std::size_t begin = i;
        while (begin > 0 && inWord(text[begin - 1]))
            --begin;
        std::size_t end = i;
        while (end < text.size() && inWord(text[end]))
            ++end;
        // The lost letters of the word [begin, end) and their candidates.
        std::vector<std::size_t> lost;
        std::size_t combinations = 1;
        for (std::size_t k = begin; k < end; ++k) {
            if (!isLostLetter(text[k]))
                continue;
            lost.push_back(k);
            combinations *= std::max<std::size_t>(1, lostLetterCandidates(text[k]).size());
            if (combinations > kMaxCombinations)
                break;
        }
        std::u32string word(text, begin, end - begin);
        std::vector<int> choice(lost.size(), 0);
        std::vector<int> best(lost.size(), -1);
        std::vector<int> bestOther(lost.size(), std::numeric_limits<int>::max());
        int bestCost = std::numeric_limits<int>::max();
        std::vector<std::pair<int, std::vector<int>>> tried;
        std::u32string bestWord;
        // A lone letter ("А." of an initial) has no word around it to tell its candidates apart.
        const bool resolvable = end - begin > 1 && combinations <= kMaxCombinations &&
                                std::all_of(lost.begin(), lost.end(), [&](std::size_t k) {
                                    return !lostLetterCandidates(text[k]).empty();
                                });
        if (resolvable) {
            for (std::size_t n = 0; n < combinations; ++n) {
                std::size_t rest = n;
                for (std::size_t j = 0; j < lost.size(); ++j) {
                    const std::u32string_view candidates = lostLetterCandidates(text[lost[j]]);
                    choice[j] = int(rest % candidates.size());
                    rest /= candidates.size();
                    word[lost[j] - begin] = candidates[std::size_t(choice[j])];
                }
                const int cost = lostLetterCost(word);
                tried.emplace_back(cost, choice);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = choice;
                    bestWord = word;
                }
            }
            // Each letter's runner-up: the cheapest combination with another letter there.
            for (const auto &[cost, letters] : tried)
                for (std::size_t j = 0; j < lost.size(); ++j)
                    if (letters[j] != best[j])
                        bestOther[j] = std::min(bestOther[j], cost);
        }
        // A word the lists or the table know needs the usual margin; the letter model alone
        // (a surname no list holds) a wider one.
        const int margin = lettermodel::inLexicon(bestWord) || (known && known->contains(bestWord))
                               ? kLostLetterMargin
                               : kModelOnlyMargin;
        for (std::size_t j = 0; j < lost.size(); ++j) {
            const bool clear = resolvable && (bestOther[j] == std::numeric_limits<int>::max() ||
                                              bestOther[j] - bestCost >= margin);
            text[lost[j]] = clear ? lostLetterCandidates(text[lost[j]])[std::size_t(best[j])]
                                  : utf8::kReplacement;
        }
        i = end > i ? end - 1 : i;
    }
}

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
    m_lostLetters = false;
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
        // The chain first: read as Windows-1251 alone, its middle layer's signs would convince
        // that reading and leave the words, which need the second reading, as they were.
        if (!chainRound(in, next) && !repairRound(in, next, Encoding::Cp1251) &&
            !repairRound(in, next, Encoding::Cp1252))
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
    std::u32string &result = m_rounds[static_cast<std::size_t>(round)];
    m_lostLetters = std::any_of(result.begin(), result.end(),
                                [](char32_t cp) { return isLostLetter(cp) || cp == kSpaceOrEr; });
    if (m_lostLetters)
        resolveLostLetters(result);
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
    spliceRuns(in, out);
    return true;
}

void Repairer::spliceRuns(const std::u32string &in, std::u32string &out) const
{
    out.clear();
    std::size_t copied = 0;
    for (const Run &run : m_runs) {
        out.append(in, copied, run.begin - copied);
        out.append(m_decoded, run.decodedBegin, run.decodedEnd - run.decodedBegin);
        copied = run.end;
    }
    out.append(in, copied, std::u32string::npos);
}

bool Repairer::chainRound(const std::u32string &in, std::u32string &out)
{
    // Windows-1252 mojibake read as Windows-1251 holds 'Г' (C3, the lead of Ð Ñ Ã …) before a
    // continuation: without one, no chain (most text stops here, at the cost of one pass).
    bool chain = false;
    for (std::size_t i = 0; i + 1 < in.size() && !chain; ++i)
        chain = in[i] == U'Г' && (charclass::flags(in[i + 1]) & charclass::kCont1251);
    if (!chain)
        return false;
    // Every Windows-1251 run that decodes, evidence or not...
    m_runs.clear();
    m_decoded.clear();
    for (std::size_t i = 0; i < in.size();) {
        if (!(charclass::flags(in[i]) & charclass::kHigh1251) && in[i] != utf8::kReplacement) {
            ++i;
            continue;
        }
        const Run run = decodeRun(in, i, Encoding::Cp1251, true);
        if (run.ok)
            m_runs.push_back(run);
        i = run.end;
    }
    if (m_runs.empty() || std::any_of(m_decoded.begin(), m_decoded.end(), [](char32_t cp) {
            return !(charclass::flags(cp) & charclass::kHigh1252);
        }))
        return false; // ... must give Windows-1252 mojibake only: characters of its 80..FF
    spliceRuns(in, m_chain);
    // ... which the Windows-1252 reading then repairs on its own evidence.
    return repairRound(m_chain, out, Encoding::Cp1252);
}

Repairer::Run Repairer::decodeRun(const std::u32string &in, std::size_t begin, Encoding encoding,
                                  bool chainLayer)
{
    const CodePage page(encoding == Encoding::Cp1251);
    const std::uint8_t codePageMask = charclass::kHigh1251 | charclass::kHigh1252;
    Run run;
    run.begin = begin;
    run.decodedBegin = m_decoded.size();
    run.ok = true;
    RunEvidence evidence;
    std::size_t pos = begin;
    while (pos < in.size() && page.inRun(in[pos])) {
        const Sequence seq = readSequence(in, pos, page);
        pos = seq.next;
        if (seq.truncated)
            break; // cut off by a column length limit: the half character is dropped
        if (seq.length == 0 || seq.broken) {
            run.ok = false;
            continue;
        }
        const utf8::Decoded d = decode(seq);
        Plausibility p = seq.lostLetter           ? Plausibility::Letter
                         : d.length == seq.length ? charclass::plausibility(d.cp, seq.strong)
                                                  : Plausibility::No;
        if (chainLayer) // the middle of a chain: any character of Windows-1252 (ƒ, ˆ, C1)
            p = d.length == seq.length && (charclass::flags(d.cp) & charclass::kHigh1252)
                    ? Plausibility::Symbol
                    : Plausibility::No;
        if (p != Plausibility::No && charclass::isPictographic(d.cp) && followsWords(seq.firstCont))
            p = Plausibility::No; // "в– " is "в", a dash and a space, not '■'
        if (p == Plausibility::No && d.length == seq.length && isLostByteForm(d.cp) &&
            m_decoded.size() > run.decodedBegin &&
            (charclass::flags(m_decoded.back()) & codePageMask)) {
            // The middle layer of double mojibake: "Р" + U+0098 (or U+FFFD) read once more.
            p = Plausibility::Symbol;
            m_decodedControl = true;
        }
        if (p == Plausibility::No) {
            run.ok = false;
            continue;
        }
        m_decoded += d.cp;
        evidence.count(seq, d.cp, p, page.cp1251);
    }
    run.end = pos;
    if (!run.ok) {
        m_decoded.resize(run.decodedBegin);
        run.decodedEnd = run.decodedBegin;
        return run;
    }
    run.decodedEnd = m_decoded.size();
    run.selfSufficient = evidence.selfSufficient(in, begin, run.end);
    return run;
}

} // namespace attlog::text
