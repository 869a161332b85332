// SPDX-License-Identifier: MIT
// Random input never crashes repair() and never yields invalid output.
#include "core/text/mojibake.h"
#include "core/text/repair.h"
#include "core/text/utf8.h"

#include "tests/support/catch.h"

#include <cstdint>
#include <string>
#include <vector>

using attlog::text::repair;
namespace utf8 = attlog::text::utf8;

namespace {

// A fixed generator (splitmix64), so a failure reproduces on every platform.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t m_state;
};

// Code points that matter to repair: leads and continuations of both code pages, lost-byte
// forms, controls, ASCII, and things no code page holds (Kazakh, CJK, emoji, noncharacters).
const std::vector<char32_t> kPool = {
    'a',    'Z',    '0',    ' ',    '.',    '-',     '?',     '\t',   '\r',   '\n',   0x00,
    0x01,   0x1F,   0x7F,   0x0080, 0x0081, 0x008D,  0x0090,  0x0098, 0x009F, 0x00A0, 0x00A9,
    0x00AD, 0x00AB, 0x00BB, 0x00C2, 0x00C3, 0x00D0,  0x00D1,  0x00E2, 0x00E9, 0x00F0, 0x00FF,
    0x0152, 0x0160, 0x0178, 0x0192, 0x02C6, 0x02DC,  0x0401,  0x0402, 0x0405, 0x0406, 0x0408,
    0x040E, 0x0410, 0x0411, 0x0412, 0x041F, 0x0420,  0x0421,  0x0422, 0x0423, 0x0424, 0x042F,
    0x0430, 0x043F, 0x0440, 0x0441, 0x0444, 0x0445,  0x044F,  0x0451, 0x0452, 0x0456, 0x0457,
    0x045F, 0x0490, 0x0491, 0x04D8, 0x04D9, 0x2013,  0x2014,  0x2018, 0x2019, 0x201A, 0x201C,
    0x201D, 0x201E, 0x2020, 0x2021, 0x2022, 0x2026,  0x2030,  0x2039, 0x203A, 0x20AC, 0x2116,
    0x2122, 0x3042, 0xFEFF, 0xFFFD, 0xFFFF, 0x1F600, 0x10FFFF};

bool isValidUtf16(const std::u16string &s)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char16_t u = s[i];
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 1 >= s.size() || s[i + 1] < 0xDC00 || s[i + 1] > 0xDFFF)
                return false;
            ++i;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("Random code point strings give valid UTF-8", "[text]")
{
    Random random(1);
    for (int i = 0; i < 100000; ++i) {
        std::string s;
        const std::size_t length = random.below(24);
        for (std::size_t k = 0; k < length; ++k)
            utf8::append(s, kPool[random.below(kPool.size())]);
        // Half of them pass through the forward transform first, so mojibake-like runs abound.
        if (random.below(2) == 0)
            s = attlog::text::toMojibake(s,
                                         static_cast<attlog::text::LostByteForm>(random.below(4)));
        const std::string repaired = repair(s);
        if (!utf8::isValid(repaired)) {
            INFO("input: " << s);
            FAIL("invalid UTF-8 out");
        }
    }
}

TEST_CASE("Random bytes: invalid UTF-8 comes back unchanged, valid gives valid", "[text]")
{
    Random random(2);
    int valid = 0;
    for (int i = 0; i < 100000; ++i) {
        std::string s;
        const std::size_t length = random.below(16);
        for (std::size_t k = 0; k < length; ++k) {
            // Bias towards bytes of Cyrillic UTF-8 and of mojibake.
            static const unsigned char kBytes[] = {0xD0, 0xD1, 0xD3, 0xC2, 0xE2, 0x80, 0x98, 0xA0,
                                                   0xB8, 0xBF, 0x3F, 0x20, 0x41, 0xF0, 0xFF};
            s += static_cast<char>(random.below(3) == 0 ? random.below(256)
                                                        : kBytes[random.below(sizeof kBytes)]);
        }
        const std::string repaired = repair(s);
        if (utf8::isValid(s)) {
            ++valid;
            if (!utf8::isValid(repaired)) {
                INFO("input: " << s);
                FAIL("invalid UTF-8 out of valid UTF-8 in");
            }
        } else if (repaired != s) {
            INFO("input: " << s);
            FAIL("invalid UTF-8 was changed");
        }
    }
    CHECK(valid > 1000);
}

TEST_CASE("Random UTF-16 with lone surrogates gives valid UTF-16", "[text]")
{
    Random random(3);
    for (int i = 0; i < 50000; ++i) {
        std::u16string s;
        const std::size_t length = random.below(20);
        for (std::size_t k = 0; k < length; ++k) {
            switch (random.below(4)) {
            case 0:
                s += static_cast<char16_t>(0xD800 + random.below(0x800)); // any surrogate
                break;
            case 1:
                s += static_cast<char16_t>(random.below(0x10000));
                break;
            default: {
                const char32_t cp = kPool[random.below(kPool.size())];
                if (cp >= 0x10000) {
                    s += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
                    s += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
                } else {
                    s += static_cast<char16_t>(cp);
                }
            }
            }
        }
        const std::u16string repaired = repair(std::u16string_view(s));
        if (!isValidUtf16(repaired))
            FAIL("invalid UTF-16 out, case " << i);
        if (isValidUtf16(s) && repaired.size() > s.size())
            FAIL("repair made text longer, case " << i);
    }
}

TEST_CASE("UTF-16 repair matches UTF-8 repair", "[text]")
{
    CHECK(repair(u"РџСЂРѕС…РѕРґРЅР°СЏ") == u"Проходная");
    CHECK(repair(u"Р\u0098РІР°РЅРѕРІ") == u"Иванов");
    CHECK(repair(u"Рёмин") == u"Рёмин");
    CHECK(repair(u"Main") == u"Main");
    CHECK(repair(u"") == u"");
    // Lone surrogates become U+FFFD; a pair (emoji) is kept.
    CHECK(repair(std::u16string(u"A\xD800"
                                u"B")) == u"A\uFFFDB");
    CHECK(repair(std::u16string(u"\xDC00")) == u"\uFFFD");
    CHECK(repair(u"Вход \U0001F600") == u"Вход \U0001F600");
}
