// SPDX-License-Identifier: MIT
#include "core/text/repaircache.h"

#include "core/text/knownwords.h"

#include <algorithm>

namespace attlog::text {

RepairCache::RepairCache(std::size_t capacity)
    : m_generationSize(std::max<std::size_t>(capacity, 2) / 2)
{
    m_current.reserve(std::min<std::size_t>(m_generationSize, 4096));
}

const std::string &RepairCache::repaired(std::string_view raw)
{
    if (const std::uint64_t generation = knownWordsGeneration(); generation != m_knownWords) {
        // New known words (a table's dictionary was read): values with a lost letter may now
        // read otherwise; the cache forgets what it repaired before.
        m_knownWords = generation;
        m_current.clear();
        m_previous.clear();
    }
    if (const auto it = m_current.find(raw); it != m_current.end())
        return it->second;
    if (const auto it = m_previous.find(raw); it != m_previous.end()) {
        // Still in use: move it into the current generation, keeping its strings.
        auto node = m_previous.extract(it);
        rotateIfFull();
        return m_current.insert(std::move(node)).position->second;
    }
    rotateIfFull();
    std::string repaired;
    repaired.reserve(raw.size());
    m_repairer.repairInto(raw, repaired);
    return m_current.emplace(std::string(raw), std::move(repaired)).first->second;
}

void RepairCache::rotateIfFull()
{
    if (m_current.size() < m_generationSize)
        return;
    m_previous = std::move(m_current);
    m_current = Map();
    m_current.reserve(std::min<std::size_t>(m_generationSize, 4096));
}

std::size_t RepairCache::size() const
{
    return m_current.size() + m_previous.size();
}

} // namespace attlog::text
