// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <vector>

// The text tests' own corpus of correct strings: names (Russian, Ukrainian, Kazakh, foreign) and
// door labels as operators type them into iVMS-4200.
namespace attlog::test::corpus {

// Full names "Surname Given Patronymic" and shorter forms, in the nominative.
std::vector<std::string> names();

// Every surname, given name and patronymic in three grammatical cases (nominative, genitive,
// dative), each as written, in UPPER CASE and in lower case.
std::vector<std::string> nameWordForms();

// Door, reader and device labels (Cyrillic, Latin, digits, punctuation).
std::vector<std::string> doorLabels();

// Calls `f` with every string of 1 to `maxLength` letters over the Russian, Ukrainian,
// Belarusian and Kazakh alphabets (upper and lower case), optionally with punctuation, digits and
// (no-break) spaces among the "letters". Returns how many strings there were.
long forEachShortString(int maxLength, bool withPunctuation,
                        const std::function<void(const std::string &)> &f);

} // namespace attlog::test::corpus
