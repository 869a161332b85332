// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace attlog::text {

// Matches a user's search term against text as it is shown (already repaired): case-insensitive
// for Cyrillic (Russian, Ukrainian, Belarusian, Kazakh and other letters) and Latin, 'ё' equal to
// 'е', a no-break space equal to a space, and a substring anywhere in the text. Leading and
// trailing spaces of the term are ignored (the user typed them); nothing else is normalised.
// Immutable after construction: matches() may be called from several threads at once.
class TextMatcher
{
public:
    explicit TextMatcher(std::string_view term);

    // True when the term holds nothing to look for; an empty term matches every text.
    bool isEmpty() const { return m_folded.empty(); }

    // Whether the folded term occurs in the folded `repairedUtf8`. Invalid UTF-8 bytes in the
    // text are compared as they are.
    bool matches(std::string_view repairedUtf8) const;

    // The term as compared (folded UTF-8).
    const std::string &foldedTerm() const { return m_folded; }

private:
    std::string m_folded;
};

// The comparison form used by TextMatcher: lower case, 'ё' -> 'е', no-break space -> space.
std::string foldForMatch(std::string_view utf8);

} // namespace attlog::text
