// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

// How Cyrillic words are spelled, as a character trigram model learned at build time from the
// Russian, Ukrainian and Kazakh hunspell word lists (core/text/model/gen_letter_model.cpp): it
// chooses the letter whose byte a Windows-1252 reading lost. Thread-safe (constant tables).
namespace attlog::text::lettermodel {

// True for a letter the model knows (Cyrillic of Russian, Ukrainian, Belarusian, Kazakh; either
// case).
bool knows(char32_t letter);
// The small letter of a Cyrillic capital (other characters as they are).
char32_t toLower(char32_t letter);

// The cost of `word` (letters the model knows; anything else counts as a word edge) in quarter
// bits: -4·log2 of its probability, its edges included. Lower is more word-like.
int wordCost(std::u32string_view word);

// True when `word` (letters the model knows only, any case) is most probably a head word of the
// word lists: a first name, a noun, an adjective in its dictionary form ("Анна", "Станислав",
// "склад"). A Bloom filter: about one word in a hundred that is not there is said to be.
bool inLexicon(std::u32string_view word);

} // namespace attlog::text::lettermodel
