// SPDX-License-Identifier: MIT
#include "core/text/lettermodel.h"

#include <cstdint>

namespace attlog::text::lettermodel {
namespace {

#include "lettermodel.inc" // kModelLetters, kTrigramCost (generated at build time)

// The model's letters, lower case, in the generator's order (index + 1; 0 is a word edge).
constexpr char32_t kAlphabet[] = {
    U'а', U'б', U'в', U'г', U'д', U'е', U'ж', U'з', U'и', U'й', U'к', U'л', U'м', U'н', U'о', U'п',
    U'р', U'с', U'т', U'у', U'ф', U'х', U'ц', U'ч', U'ш', U'щ', U'ъ', U'ы', U'ь', U'э', U'ю', U'я',
    U'ё', U'є', U'і', U'ї', U'ґ', U'ў', U'ә', U'ғ', U'қ', U'ң', U'ө', U'ұ', U'ү', U'һ'};
static_assert(sizeof kAlphabet / sizeof kAlphabet[0] + 1 == kModelLetters,
              "the generated model has another alphabet");
static_assert(sizeof kTrigramCost == kModelLetters * kModelLetters * kModelLetters);

char32_t lower(char32_t c)
{
    if (c >= 0x0410 && c <= 0x042F)
        return c + 0x20;
    if (c >= 0x0400 && c <= 0x040F)
        return c + 0x50;
    if (c >= 0x0460 && c <= 0x04FF && c % 2 == 0 && (c < 0x04C0 || c >= 0x04D0))
        return c + 1;
    return c;
}

int indexOf(char32_t c)
{
    c = lower(c);
    if (c >= U'а' && c <= U'я')
        return int(c - U'а') + 1;
    for (int i = 32; i < kModelLetters - 1; ++i)
        if (kAlphabet[i] == c)
            return i + 1;
    return 0;
}

} // namespace

bool inLexicon(std::u32string_view word)
{
    if (word.empty())
        return false;
    std::uint64_t h = 14695981039346656037ull; // FNV-1a over the letters' indexes
    for (const char32_t c : word) {
        const int x = indexOf(c);
        if (x == 0)
            return false;
        h ^= std::uint64_t(x);
        h *= 1099511628211ull;
    }
    const std::uint64_t bits = sizeof kLexiconFilter * 8;
    const std::uint64_t h1 = h & 0xFFFFFFFFu;
    const std::uint64_t h2 = (h >> 32) | 1u;
    for (std::uint64_t i = 0; i < kLexiconHashes; ++i) {
        const std::uint64_t bit = (h1 + i * h2) % bits;
        if (!(kLexiconFilter[bit / 64] >> (bit % 64) & 1u))
            return false;
    }
    return true;
}

char32_t toLower(char32_t letter)
{
    return lower(letter);
}

bool knows(char32_t letter)
{
    return indexOf(letter) != 0;
}

int wordCost(std::u32string_view word)
{
    int cost = 0;
    int prev2 = 0;
    int prev1 = 0;
    bool inWord = false;
    const auto step = [&](int x) {
        cost += kTrigramCost[(prev2 * kModelLetters + prev1) * kModelLetters + x];
        prev2 = x == 0 ? 0 : prev1;
        prev1 = x;
    };
    for (const char32_t c : word) {
        const int x = indexOf(c);
        if (x == 0 && !inWord)
            continue;
        step(x);
        if (x == 0)
            prev2 = prev1 = 0;
        inWord = x != 0;
    }
    if (inWord)
        step(0);
    return cost;
}

} // namespace attlog::text::lettermodel
