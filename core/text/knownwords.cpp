// SPDX-License-Identifier: MIT
#include "core/text/knownwords.h"

#include "core/text/lettermodel.h"
#include "core/text/utf8.h"

#include <atomic>
#include <mutex>

namespace attlog::text {
namespace {

std::mutex g_mutex;
std::shared_ptr<const KnownWords> g_words;
std::atomic<std::uint64_t> g_generation{0};

std::u32string lowered(std::u32string_view word)
{
    std::u32string out;
    out.reserve(word.size());
    for (const char32_t c : word)
        out += lettermodel::toLower(c);
    return out;
}

} // namespace

void KnownWords::addText(std::string_view utf8)
{
    std::u32string word;
    const auto flush = [&] {
        if (!word.empty())
            m_words.insert(lowered(word));
        word.clear();
    };
    for (std::size_t pos = 0; pos < utf8.size();) {
        const utf8::Decoded d = utf8::decodeAt(utf8, pos);
        if (d.length == 0) {
            flush();
            ++pos;
            continue;
        }
        if (lettermodel::knows(d.cp))
            word += d.cp;
        else
            flush();
        pos += std::size_t(d.length);
    }
    flush();
}

bool KnownWords::contains(std::u32string_view word) const
{
    return m_words.count(lowered(word)) != 0;
}

void installKnownWords(std::shared_ptr<const KnownWords> words)
{
    const std::lock_guard lock(g_mutex);
    g_words = std::move(words);
    g_generation.fetch_add(1, std::memory_order_release);
}

std::shared_ptr<const KnownWords> knownWords()
{
    const std::lock_guard lock(g_mutex);
    return g_words;
}

std::uint64_t knownWordsGeneration()
{
    return g_generation.load(std::memory_order_acquire);
}

} // namespace attlog::text
