// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

// The words the table's own values spell: when a letter whose byte was lost could be one of
// several, the spelling the table holds elsewhere in a lossless form ("Ёлкина" in another row)
// decides before the letter model does (see resolveLostLetters in repairer.cpp).
namespace attlog::text {

class KnownWords
{
public:
    // Adds every word (a run of letters the letter model knows, lower-cased) of `utf8`.
    void addText(std::string_view utf8);
    // `word`: letters only, any case.
    bool contains(std::u32string_view word) const;
    std::size_t size() const { return m_words.size(); }
    bool operator==(const KnownWords &other) const { return m_words == other.m_words; }

private:
    std::unordered_set<std::u32string> m_words;
};

// The known words of the process: every repair consults them (thread-safe). Installing new ones
// (the dictionary of a table was read) moves the generation on, so caches of repaired values
// forget what they repaired without them.
void installKnownWords(std::shared_ptr<const KnownWords> words);
std::shared_ptr<const KnownWords> knownWords();
std::uint64_t knownWordsGeneration();

} // namespace attlog::text
