// SPDX-License-Identifier: MIT
#pragma once

#include "core/text/repairer.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace attlog::text {

// Remembers repair() results by raw string, so a value that repeats millions of times (person
// names, door names) is repaired once. Bounded: it holds at most capacity() values. Eviction is
// generational: values are kept in a current and a previous generation of capacity()/2 each;
// when the current one is full, the previous one is dropped and the current one takes its place,
// and a value found in the previous generation moves back to the current one. So values in use
// stay, and values not seen for a while go, at O(1) cost per lookup. When new known words are
// installed (core/text/knownwords.h) it starts afresh.
//
// NOT thread-safe: use one cache per thread (each worker owns its own).
class RepairCache
{
public:
    // Capacities below 2 are raised to 2.
    explicit RepairCache(std::size_t capacity = 1 << 16);

    // The repaired form of `raw` (see repair() in core/text/repair.h). The reference stays valid
    // until the next call on this cache.
    const std::string &repaired(std::string_view raw);

    // Number of raw values held now (at most capacity()).
    std::size_t size() const;
    std::size_t capacity() const { return m_generationSize * 2; }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    using Map = std::unordered_map<std::string, std::string, Hash, std::equal_to<>>;

    // Drops the previous generation and makes the current one previous when it is full.
    void rotateIfFull();

    std::size_t m_generationSize;
    Repairer m_repairer;            // its buffers are reused from value to value
    std::uint64_t m_knownWords = 0; // the knownWordsGeneration() the values were repaired with
    Map m_current;
    Map m_previous;
};

} // namespace attlog::text
