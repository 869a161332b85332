// SPDX-License-Identifier: MIT
// Build-time tool: the letter model that chooses a Cyrillic letter whose byte was lost
// (core/text/lettermodel.h), learned from word lists.
//
//   gen_letter_model OUT.inc [--forms] LIST...
//
// Each LIST is a hunspell dictionary (.dic: a count on the first line, then one word per line,
// "word/FLAGS" or "word<TAB>fields"; a UTF-8 byte order mark and CR line ends are accepted) or a
// plain list of words or phrases, one per line ('#' starts a comment). A dictionary's words are
// counted in every form its .aff file's suffix rules (SFX, one-character flags) make of them:
// the stems alone would teach that Russian words seldom end in "-ая". Every maximal stretch of
// the model's letters is a word; its trigrams of lower-case letters, with the word's edges as a
// letter of their own, are counted, and OUT.inc receives the cost of each trigram: -log2 of the
// letter's probability after the two before it (add-k smoothed), in quarter bits, as C++ source.
// OUT.inc also receives the lexicon, a Bloom filter of the dictionaries' head words; --forms
// before a dictionary puts every form of its words there ("сборки", not only "сборка"), at about
// ten times the size.
// Standard C++ only, so a cross build can compile it for the build machine.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

// The letters the model knows, lower case: Russian, Ukrainian, Belarusian and Kazakh. Index 0 is
// the word's edge. Must match kLetters in lettermodel.cpp (the generated file says so too).
const char32_t kAlphabet[] = {
    U'а', U'б', U'в', U'г', U'д', U'е', U'ж', U'з', U'и', U'й', U'к', U'л', U'м', U'н', U'о', U'п',
    U'р', U'с', U'т', U'у', U'ф', U'х', U'ц', U'ч', U'ш', U'щ', U'ъ', U'ы', U'ь', U'э', U'ю', U'я',
    U'ё', U'є', U'і', U'ї', U'ґ', U'ў', U'ә', U'ғ', U'қ', U'ң', U'ө', U'ұ', U'ү', U'һ'};
constexpr int kLetters = int(sizeof kAlphabet / sizeof kAlphabet[0]) + 1; // + the edge

char32_t lower(char32_t c)
{
    if (c >= 0x0410 && c <= 0x042F)
        return c + 0x20;
    if (c >= 0x0400 && c <= 0x040F)
        return c + 0x50;
    if (c >= 0x0460 && c <= 0x04FF && c % 2 == 0 && (c < 0x04C0 || c >= 0x04D0))
        return c + 1; // the extended Cyrillic pairs: upper case even, lower case odd
    return c;
}

int letterIndex(char32_t c)
{
    c = lower(c);
    for (int i = 0; i + 1 < kLetters; ++i)
        if (kAlphabet[i] == c)
            return i + 1;
    return 0;
}

// UTF-8 to code points; an invalid byte becomes 0 (a word edge).
std::u32string decode(const std::string &s)
{
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        int n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + std::size_t(n) > s.size()) {
            out += char32_t(0);
            ++i;
            continue;
        }
        char32_t c = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
        for (int k = 1; k < n; ++k)
            c = c << 6 | (static_cast<unsigned char>(s[i + std::size_t(k)]) & 0x3F);
        out += c;
        i += std::size_t(n);
    }
    return out;
}

// The lexicon's hash of a word (lower-case letters of the model, as indexes): FNV-1a, 64 bits.
// Must match lexiconHash() in lettermodel.cpp.
std::uint64_t lexiconHash(const std::vector<int> &letters)
{
    std::uint64_t h = 14695981039346656037ull;
    for (const int x : letters) {
        h ^= std::uint64_t(x);
        h *= 1099511628211ull;
    }
    return h;
}

std::string trimmedLine(std::string line)
{
    if (line.compare(0, 3, "\xEF\xBB\xBF") == 0)
        line.erase(0, 3);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.pop_back();
    return line;
}

std::vector<std::string> fields(const std::string &line)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (true) {
        pos = line.find_first_not_of(" \t", pos);
        if (pos == std::string::npos)
            return out;
        const std::size_t end = line.find_first_of(" \t", pos);
        out.push_back(line.substr(pos, end == std::string::npos ? end : end - pos));
        if (end == std::string::npos)
            return out;
        pos = end;
    }
}

// One suffix rule: strip `strip` from the word's end, add `add`, where the word ends as
// `condition` says (one element per character: a letter, '.', or a [class] / [^class]).
struct Suffix
{
    std::u32string strip;
    std::u32string add;
    std::vector<std::pair<bool, std::u32string>> condition; // (negated, letters); "" = any
};

bool matches(const Suffix &rule, const std::u32string &word)
{
    if (word.size() < rule.condition.size() || word.size() < rule.strip.size() ||
        word.compare(word.size() - rule.strip.size(), rule.strip.size(), rule.strip) != 0)
        return false;
    const std::size_t start = word.size() - rule.condition.size();
    for (std::size_t i = 0; i < rule.condition.size(); ++i) {
        const auto &[negated, letters] = rule.condition[i];
        if (letters.empty())
            continue;
        const bool in = letters.find(word[start + i]) != std::u32string::npos;
        if (in == negated)
            return false;
    }
    return true;
}

std::map<char, std::vector<Suffix>> readSuffixes(const std::string &affPath)
{
    std::map<char, std::vector<Suffix>> rules;
    std::ifstream in(affPath, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
        const std::vector<std::string> f = fields(trimmedLine(line));
        if (f.size() < 5 || f[0] != "SFX" || f[1].size() != 1)
            continue; // the header line has four fields
        Suffix rule;
        rule.strip = f[2] == "0" ? std::u32string{} : decode(f[2]);
        const std::string add = f[3].substr(0, f[3].find('/'));
        rule.add = add == "0" ? std::u32string{} : decode(add);
        const std::u32string condition = decode(f[4]);
        for (std::size_t i = 0; i < condition.size(); ++i) {
            if (condition[i] == U'[') {
                const std::size_t close = condition.find(U']', i);
                if (close == std::u32string::npos)
                    break;
                const bool negated = i + 1 < close && condition[i + 1] == U'^';
                rule.condition.emplace_back(
                    negated,
                    condition.substr(i + (negated ? 2 : 1), close - i - (negated ? 2 : 1)));
                i = close;
            } else if (condition[i] == U'.') {
                rule.condition.emplace_back(false, std::u32string{});
            } else {
                rule.condition.emplace_back(false, std::u32string(1, condition[i]));
            }
        }
        rules[f[1][0]].push_back(std::move(rule));
    }
    return rules;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: gen_letter_model OUT.inc LIST...\n";
        return 2;
    }
    const std::size_t cells = std::size_t(kLetters) * kLetters * kLetters;
    std::vector<double> counts(cells, 0.0);
    long words = 0;
    std::vector<std::u32string> lexicon; // the dictionaries' head words
    const auto count = [&](const std::u32string &text) {
        int prev2 = 0;
        int prev1 = 0;
        bool inWord = false;
        for (const char32_t c : text + char32_t(0)) {
            const int x = letterIndex(c);
            if (x == 0 && !inWord)
                continue;
            counts[(std::size_t(prev2) * kLetters + prev1) * kLetters + x] += 1.0;
            if (x == 0) {
                ++words;
                prev2 = prev1 = 0;
                inWord = false;
            } else {
                prev2 = prev1;
                prev1 = x;
                inWord = true;
            }
        }
    };
    bool allForms = false;
    for (int a = 2; a < argc; ++a) {
        if (std::string(argv[a]) == "--forms") {
            allForms = true;
            continue;
        }
        const bool formsInLexicon = allForms;
        allForms = false;
        std::ifstream in(argv[a], std::ios::binary);
        if (!in) {
            std::cerr << "gen_letter_model: cannot read " << argv[a] << "\n";
            return 1;
        }
        const std::string path = argv[a];
        const bool dic = path.size() > 4 && path.compare(path.size() - 4, 4, ".dic") == 0;
        const auto suffixes = dic ? readSuffixes(path.substr(0, path.size() - 4) + ".aff")
                                  : std::map<char, std::vector<Suffix>>{};
        std::string line;
        bool first = true;
        std::vector<std::u32string> forms;
        while (std::getline(in, line)) {
            line = trimmedLine(line);
            const bool countLine = first && dic;
            first = false;
            if (countLine || line.empty() || line[0] == '#')
                continue;
            forms.clear();
            if (dic) {
                const std::size_t end = line.find_first_of("/\t ");
                const std::u32string stem = decode(line.substr(0, end));
                forms.push_back(stem);
                lexicon.push_back(stem);
                if (end != std::string::npos && line[end] == '/') {
                    const std::string flags =
                        line.substr(end + 1, line.find_first_of("\t ", end) - end - 1);
                    for (const char flag : flags) {
                        const auto found = suffixes.find(flag);
                        if (found == suffixes.end())
                            continue;
                        for (const Suffix &rule : found->second)
                            if (matches(rule, stem))
                                forms.push_back(stem.substr(0, stem.size() - rule.strip.size()) +
                                                rule.add);
                    }
                }
            } else {
                forms.push_back(decode(line));
            }
            for (const std::u32string &form : forms)
                count(form);
            if (formsInLexicon && forms.size() > 1)
                lexicon.insert(lexicon.end(), forms.begin() + 1, forms.end());
        }
    }
    if (words == 0) {
        std::cerr << "gen_letter_model: no words in the lists\n";
        return 1;
    }
    std::ofstream out(argv[1], std::ios::binary);
    out << "// Generated by gen_letter_model from " << words << " words. Do not edit.\n";
    out << "constexpr int kModelLetters = " << kLetters << ";\n";
    out << "constexpr unsigned char kTrigramCost[] = {\n";
    constexpr double kSmoothing = 0.05;
    for (std::size_t context = 0; context < cells / kLetters; ++context) {
        double total = 0;
        for (int x = 0; x < kLetters; ++x)
            total += counts[context * kLetters + std::size_t(x)];
        for (int x = 0; x < kLetters; ++x) {
            const double p = (counts[context * kLetters + std::size_t(x)] + kSmoothing) /
                             (total + kSmoothing * kLetters);
            const long quarterBits = std::lround(-std::log2(p) * 4.0);
            out << (quarterBits > 255 ? 255 : quarterBits) << (x + 1 < kLetters ? "," : ",\n");
        }
    }
    out << "};\n";

    // The lexicon: a Bloom filter of the head words (names among them), 10 bits a word, 7 hashes.
    std::sort(lexicon.begin(), lexicon.end());
    lexicon.erase(std::unique(lexicon.begin(), lexicon.end()), lexicon.end());
    std::size_t bits = lexicon.size() * 10;
    bits = (bits + 63) / 64 * 64;
    std::vector<std::uint64_t> filter(bits / 64, 0);
    for (const std::u32string &word : lexicon) {
        std::vector<int> letters;
        bool ok = !word.empty();
        for (const char32_t c : word) {
            const int x = letterIndex(c);
            ok = ok && x != 0;
            letters.push_back(x);
        }
        if (!ok)
            continue; // a head word with other characters (a hyphen, Latin): not needed
        const std::uint64_t h = lexiconHash(letters);
        const std::uint64_t h1 = h & 0xFFFFFFFFu;
        const std::uint64_t h2 = (h >> 32) | 1u;
        for (std::uint64_t i = 0; i < 7; ++i) {
            const std::uint64_t bit = (h1 + i * h2) % bits;
            filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
        }
    }
    out << "constexpr int kLexiconHashes = 7;\n";
    out << "constexpr unsigned long long kLexiconFilter[] = {\n";
    for (std::size_t i = 0; i < filter.size(); ++i)
        out << filter[i] << "ull" << (i % 8 == 7 ? ",\n" : ",");
    out << "};\n";
    if (!out) {
        std::cerr << "gen_letter_model: cannot write " << argv[1] << "\n";
        return 1;
    }
    return 0;
}
