// SPDX-License-Identifier: MIT
#include "core/text/textmatcher.h"

#include "core/text/utf8.h"

namespace attlog::text {
namespace {

// Simple (one-to-one) lower-case mapping for the scripts names and door labels use.
char32_t lower(char32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + 0x20 : cp;
    if (cp >= 0x00C0 && cp <= 0x00DE && cp != 0x00D7)
        return cp + 0x20;
    if (cp >= 0x0100 && cp <= 0x017F) {
        if (cp == 0x0130)
            return 'i'; // İ
        if (cp == 0x0178)
            return 0x00FF; // Ÿ
        if ((cp >= 0x0139 && cp <= 0x0148) || (cp >= 0x0179 && cp <= 0x017E))
            return (cp & 1) ? cp + 1 : cp;
        if (cp == 0x0138 || cp == 0x0149 || cp == 0x017F)
            return cp;
        return (cp & 1) ? cp : cp + 1;
    }
    if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2)
        return cp + 0x20; // Greek capitals
    if (cp >= 0x0400 && cp <= 0x040F)
        return cp + 0x50; // Ѐ..Џ (Ё, Є, І, Ї, Ў, ...)
    if (cp >= 0x0410 && cp <= 0x042F)
        return cp + 0x20; // А..Я
    if ((cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) ||
        (cp >= 0x04D0 && cp <= 0x04FF))
        return (cp & 1) ? cp : cp + 1; // pairs: Ґґ Ғғ Ққ Ңң Үү Ұұ Һһ Әә Өө ...
    if (cp == 0x04C0)
        return 0x04CF; // Ӏ
    if (cp >= 0x04C1 && cp <= 0x04CE)
        return (cp & 1) ? cp + 1 : cp;
    return cp;
}

char32_t fold(char32_t cp)
{
    if (cp == 0x00A0)
        return ' ';
    const char32_t l = lower(cp);
    return l == 0x0451 ? char32_t{0x0435} : l; // ё -> е
}

// Writes the folded form of `utf8Text` to `out` and returns its length. Folding never makes a
// character longer, so `out` needs room for utf8Text.size() bytes.
std::size_t foldTo(std::string_view utf8Text, char *out)
{
    char *p = out;
    for (std::size_t pos = 0; pos < utf8Text.size();) {
        const auto b = static_cast<unsigned char>(utf8Text[pos]);
        if (b < 0x80) {
            *p++ = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 0x20 : b);
            ++pos;
            continue;
        }
        const utf8::Decoded d = utf8::decodeAt(utf8Text, pos);
        if (d.length == 0) {
            *p++ = static_cast<char>(b);
            ++pos;
            continue;
        }
        p = utf8::write(p, fold(d.cp));
        pos += static_cast<std::size_t>(d.length);
    }
    return static_cast<std::size_t>(p - out);
}

void foldInto(std::string_view utf8Text, std::string &out)
{
    out.resize(utf8Text.size());
    out.resize(foldTo(utf8Text, out.data()));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

std::string foldForMatch(std::string_view utf8Text)
{
    std::string out;
    foldInto(utf8Text, out);
    return out;
}

TextMatcher::TextMatcher(std::string_view term)
{
    foldInto(term, m_folded);
    // Folding turned no-break spaces into spaces, so one trim covers both.
    std::size_t begin = 0;
    std::size_t end = m_folded.size();
    while (begin < end && isSpace(m_folded[begin]))
        ++begin;
    while (end > begin && isSpace(m_folded[end - 1]))
        --end;
    m_folded = m_folded.substr(begin, end - begin);
}

bool TextMatcher::matches(std::string_view repairedUtf8) const
{
    if (m_folded.empty())
        return true;
    if (repairedUtf8.size() < m_folded.size() / 2)
        return false; // folding changes a character's length by at most a factor of two
    // Values (names, doors) are short: folded on the stack, no allocation per row.
    constexpr std::size_t kStackBytes = 512;
    if (repairedUtf8.size() <= kStackBytes) {
        char buffer[kStackBytes];
        const std::string_view folded(buffer, foldTo(repairedUtf8, buffer));
        return folded.find(m_folded) != std::string_view::npos;
    }
    std::string folded;
    foldInto(repairedUtf8, folded);
    return folded.find(m_folded) != std::string::npos;
}

} // namespace attlog::text
