// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

// Small UTF-8 / UTF-16 helpers shared by the text code. Strict: overlong forms, surrogates and
// code points above U+10FFFF are invalid, as in the Unicode standard.
namespace attlog::text::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded
{
    char32_t cp = 0;
    int length = 0; // bytes consumed; 0 when the bytes at the position are not valid UTF-8
};

// Decodes the code point starting at text[pos] (pos < text.size()).
inline Decoded decodeAt(std::string_view text, std::size_t pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(pos);
    if (b0 < 0x80)
        return {b0, 1};
    const std::size_t left = text.size() - pos;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (left < 2 || (byte(pos + 1) & 0xC0) != 0x80)
            return {};
        return {char32_t((b0 & 0x1F) << 6 | (byte(pos + 1) & 0x3F)), 2};
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (left < 3)
            return {};
        const unsigned char b1 = byte(pos + 1);
        const unsigned char b2 = byte(pos + 2);
        const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
        if (b1 < lo || b1 > hi || (b2 & 0xC0) != 0x80)
            return {};
        return {char32_t((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)), 3};
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (left < 4)
            return {};
        const unsigned char b1 = byte(pos + 1);
        const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
        if (b1 < lo || b1 > hi || (byte(pos + 2) & 0xC0) != 0x80 || (byte(pos + 3) & 0xC0) != 0x80)
            return {};
        return {char32_t((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (byte(pos + 2) & 0x3F) << 6 |
                         (byte(pos + 3) & 0x3F)),
                4};
    }
    return {};
}

// decodeAt() with the common cases (ASCII, 2-byte sequences: Cyrillic, Latin-1) inline.
inline Decoded decodeFastAt(std::string_view text, std::size_t pos)
{
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80)
        return {b0, 1};
    if (b0 >= 0xC2 && b0 <= 0xDF && pos + 1 < text.size()) {
        const auto b1 = static_cast<unsigned char>(text[pos + 1]);
        if ((b1 & 0xC0) == 0x80)
            return {char32_t((b0 & 0x1F) << 6 | (b1 & 0x3F)), 2};
        return {};
    }
    return decodeAt(text, pos);
}

// Writes the UTF-8 form of a valid code point at `p` and returns the position after it.
inline char *write(char *p, char32_t cp)
{
    if (cp < 0x80) {
        *p++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *p++ = static_cast<char>(0xC0 | (cp >> 6));
        *p++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *p++ = static_cast<char>(0xE0 | (cp >> 12));
        *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *p++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *p++ = static_cast<char>(0xF0 | (cp >> 18));
        *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *p++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return p;
}

// True when the first 8 bytes at `p` are all ASCII.
inline bool isAscii8(const char *p)
{
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return (word & 0x8080808080808080ull) == 0;
}

// True when `text` is pure ASCII (no byte >= 0x80).
inline bool isAscii(std::string_view text)
{
    std::size_t pos = 0;
    for (; pos + 8 <= text.size(); pos += 8)
        if (!isAscii8(text.data() + pos))
            return false;
    for (; pos < text.size(); ++pos)
        if (static_cast<unsigned char>(text[pos]) >= 0x80)
            return false;
    return true;
}

// True when `text` is well-formed UTF-8. Called for every text value a reader hands over, so
// ASCII runs are skipped 8 bytes at a time and 2-byte sequences (Cyrillic) are checked inline.
inline bool isValid(std::string_view text)
{
    const std::size_t size = text.size();
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    std::size_t pos = 0;
    while (pos < size) {
        if (pos + 8 <= size && isAscii8(text.data() + pos)) {
            pos += 8;
            continue;
        }
        // Byte by byte until the next ASCII word: mostly letters of two bytes.
        const std::size_t stop = std::min(size, pos + 8);
        while (pos < stop) {
            const unsigned char b0 = byte(pos);
            if (b0 < 0x80) {
                ++pos;
            } else if (b0 >= 0xC2 && b0 <= 0xDF) {
                if (pos + 1 >= size || (byte(pos + 1) & 0xC0) != 0x80)
                    return false;
                pos += 2;
            } else {
                const Decoded d = decodeAt(text, pos);
                if (d.length == 0)
                    return false;
                pos += static_cast<std::size_t>(d.length);
            }
        }
    }
    return true;
}

// Length of the ill-formed sequence starting at text[pos], where decodeAt() found no valid code
// point: its "maximal subpart" (Unicode, chapter 3, "U+FFFD Substitution of Maximal Subparts"),
// i.e. the longest start of a valid sequence, at least one byte. Each such run becomes one U+FFFD.
inline std::size_t invalidLengthAt(std::string_view text, std::size_t pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(pos);
    std::size_t need = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 3;
        lo = b0 == 0xE0 ? 0xA0 : 0x80;
        hi = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 4;
        lo = b0 == 0xF0 ? 0x90 : 0x80;
        hi = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 1;
    }
    if (pos + 1 >= text.size() || byte(pos + 1) < lo || byte(pos + 1) > hi)
        return 1;
    std::size_t length = 2;
    while (length < need && pos + length < text.size() && (byte(pos + length) & 0xC0) == 0x80)
        ++length;
    return length;
}

// The one rule by which stored bytes become text, in every reader: valid UTF-8 is kept as it is,
// each ill-formed run (see invalidLengthAt) becomes one U+FFFD. Writes into `out`, reusing its
// buffer (`out` must not alias `bytes`).
inline void assignValid(std::string &out, std::string_view bytes)
{
    if (isValid(bytes)) {
        out.assign(bytes);
        return;
    }
    out.clear();
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const Decoded decoded = decodeAt(bytes, pos);
        if (decoded.length == 0) {
            out += "\xEF\xBF\xBD";
            pos += invalidLengthAt(bytes, pos);
        } else {
            out.append(bytes.substr(pos, static_cast<std::size_t>(decoded.length)));
            pos += static_cast<std::size_t>(decoded.length);
        }
    }
}

// assignValid() into a new string.
inline std::string sanitized(std::string_view bytes)
{
    std::string out;
    assignValid(out, bytes);
    return out;
}

// Appends the UTF-8 form of a valid code point (not a surrogate, at most U+10FFFF).
inline void append(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Length in bytes of a control character starting at `pos` of UTF-8 `text`, 0 when there is none:
// C0 controls (U+0000-U+001F) and DEL (U+007F) are one byte, C1 controls (U+0080-U+009F) two.
// These are what a terminal or a spreadsheet may act on instead of showing.
inline int controlLengthAt(std::string_view text, std::size_t pos)
{
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x20 || b == 0x7F)
        return 1;
    if (b == 0xC2 && pos + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[pos + 1]);
        if (next >= 0x80 && next <= 0x9F)
            return 2;
    }
    return 0;
}

// `text` with every control character (see controlLengthAt) replaced by U+FFFD, except the
// one-byte ones listed in `keep` (e.g. "\t\r\n" for a CSV field, which quotes them). Used by the
// text exports so a stored value cannot carry terminal escapes or hidden bytes into them.
inline std::string replaceControls(std::string_view text, std::string_view keep = {})
{
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t pos = 0; pos < text.size();) {
        const int length = controlLengthAt(text, pos);
        if (length == 0 || (length == 1 && keep.find(text[pos]) != std::string_view::npos)) {
            out += text[pos++];
            continue;
        }
        out += "\xEF\xBF\xBD";
        pos += static_cast<std::size_t>(length);
    }
    return out;
}

} // namespace attlog::text::utf8
