// SPDX-License-Identifier: MIT
// utf8::isValid() and utf8::isAscii() against a reference written from the Unicode standard's
// table of well-formed byte sequences, at every alignment of the 8-byte ASCII skip.
#include "core/text/utf8.h"

#include "tests/support/catch.h"

#include <cstdint>
#include <string>

namespace utf8 = attlog::text::utf8;

namespace {

// Table 3-7 of the Unicode standard, one row per lead byte range: [lo, hi] of the second byte;
// every further byte is 80..BF.
bool referenceValid(const std::string &text)
{
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char b = at(i);
        int length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (b <= 0x7F) {
            length = 1;
        } else if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b == 0xE0) {
            length = 3;
            lo = 0xA0;
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            length = 3;
        } else if (b == 0xED) {
            length = 3;
            hi = 0x9F;
        } else if (b == 0xF0) {
            length = 4;
            lo = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            length = 4;
        } else if (b == 0xF4) {
            length = 4;
            hi = 0x8F;
        } else {
            return false;
        }
        if (i + std::size_t(length) > text.size())
            return false;
        if (length > 1 && (at(i + 1) < lo || at(i + 1) > hi))
            return false;
        for (int k = 2; k < length; ++k)
            if (at(i + std::size_t(k)) < 0x80 || at(i + std::size_t(k)) > 0xBF)
                return false;
        i += std::size_t(length);
    }
    return true;
}

bool referenceAscii(const std::string &text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

} // namespace

TEST_CASE("Every 1- and 2-byte sequence and every 3-byte one after the lead bytes that matter is "
          "judged as the standard says, at every alignment",
          "[text]")
{
    // Lead bytes whose third byte matters: each row of the table, its edges, and invalid leads.
    const int threeByteLeads[] = {0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0,
                                  0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xC2, 0x80};
    std::size_t mismatches = 0;
    std::string t;
    const auto check = [&](std::size_t pad, int b0, int b1, int b2) {
        t.assign(pad, 'a');
        t += char(b0);
        if (b1 >= 0)
            t += char(b1);
        if (b2 >= 0)
            t += char(b2);
        t += "bcdefghij"; // ASCII after it, so the 8-byte skip runs past the sequence too
        if (utf8::isValid(t) != referenceValid(t) || utf8::isAscii(t) != referenceAscii(t)) {
            if (++mismatches <= 5)
                UNSCOPED_INFO("pad " << pad << " bytes " << b0 << ' ' << b1 << ' ' << b2);
        }
    };
    for (std::size_t pad = 0; pad < 9; ++pad)
        for (int b0 = 0; b0 < 256; ++b0)
            for (int b1 = -1; b1 < 256; ++b1)
                check(pad, b0, b1, -1);
    // The sequence inside one 8-byte word, and across the boundary between two.
    for (const std::size_t pad : {std::size_t(0), std::size_t(6), std::size_t(7)})
        for (const int b0 : threeByteLeads)
            for (int b1 = 0; b1 < 256; ++b1)
                for (int b2 = 0; b2 < 256; ++b2)
                    check(pad, b0, b1, b2);
    CHECK(mismatches == 0);
}

TEST_CASE("Random mixes of ASCII runs and multi-byte sequences match the reference", "[text]")
{
    std::uint64_t state = 42;
    const auto next = [&] {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    };
    // Valid pieces and single bytes that break them (lone continuation, truncated lead,
    // surrogate, overlong, beyond U+10FFFF).
    const char *pieces[] = {
        "abcdefgh", "x",    "\xD0\x9F", "\xD1\x8F",     "\xE2\x84\x96", "\xF0\x9F\x98\x80",
        "\x80",     "\xD0", "\xE2\x84", "\xED\xA0\x80", "\xC0\xAF",     "\xF4\x90\x80\x80",
        "\xC2\xA0"};
    std::size_t valid = 0;
    std::size_t mismatches = 0;
    for (int n = 0; n < 200000; ++n) {
        std::string text;
        const std::size_t count = next() % 12;
        for (std::size_t k = 0; k < count; ++k)
            text += pieces[next() % std::size(pieces)];
        const bool expected = referenceValid(text);
        valid += expected ? 1 : 0;
        if (utf8::isValid(text) != expected || utf8::isAscii(text) != referenceAscii(text))
            ++mismatches;
    }
    CHECK(mismatches == 0);
    // Both outcomes are exercised.
    CHECK(valid > 10000);
    CHECK(valid < 190000);
}

TEST_CASE("replaceControls turns C0, DEL and C1 controls into U+FFFD and keeps what is asked",
          "[text]")
{
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(utf8::replaceControls("plain Иванов") == "plain Иванов");
    CHECK(utf8::replaceControls("a\x1b[31mred\x07") == "a" + fffd + "[31mred" + fffd);
    CHECK(utf8::replaceControls(std::string("a\0b", 3)) == "a" + fffd + "b");
    CHECK(utf8::replaceControls("x\x7Fy") == "x" + fffd + "y");
    CHECK(utf8::replaceControls("x\xC2\x9B"
                                "2Jy") == "x" + fffd + "2Jy");              // C1 CSI
    CHECK(utf8::replaceControls("\xC2\xA0no-break") == "\xC2\xA0no-break"); // U+00A0 is a space
    CHECK(utf8::replaceControls("t\tr\rn\n", "\t\r\n") == "t\tr\rn\n");
    CHECK(utf8::replaceControls("t\tr\r", "\t") == "t\tr" + fffd);
    CHECK(utf8::replaceControls("end\xC2") == "end\xC2"); // a truncated lead byte is not C1
}

TEST_CASE("Bytes that are not UTF-8 become one U+FFFD per maximal subpart", "[text][utf8]")
{
    using attlog::text::utf8::sanitized;
    // Unicode's own example (chapter 3, "U+FFFD Substitution of Maximal Subparts").
    CHECK(sanitized("a\xF1\x80\x80\xE1\x80\xC2"
                    "b\x80"
                    "c\x80\xBF"
                    "d") == "a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd");
    // A stray continuation byte, a lead whose second byte is out of range, a cut-off end.
    CHECK(sanitized("\xD0\x9F\x80\xF4\x90\x80\x80\xE2\x82") ==
          "П\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");
    // Surrogates and overlong forms are not UTF-8.
    CHECK(sanitized("\xED\xA0\x80") == "\uFFFD\uFFFD\uFFFD");
    CHECK(sanitized("\xC0\xAF") == "\uFFFD\uFFFD");
    // Valid text, 4-byte characters included, is kept as it is.
    CHECK(sanitized("Иванов 😀") == "Иванов 😀");
    CHECK(sanitized("").empty());
}
