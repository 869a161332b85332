// SPDX-License-Identifier: MIT
#include "core/report/passlog.h"

#include <algorithm>
#include <tuple>

namespace attlog {

namespace {

bool timeOrder(const LoggedPass &a, const LoggedPass &b)
{
    return std::tie(a.time, a.key) < std::tie(b.time, b.key);
}

} // namespace

void PassLog::normalize(std::size_t personCount)
{
    if (isNormalized() && m_offsets.size() == personCount + 1)
        return;

    // A stable counting sort by person: two sequential passes, no comparisons. Within a person
    // the passes keep their arrival order, which is time order except for late rows.
    std::vector<std::size_t> offsets(personCount + 1, 0);
    for (const LoggedPass &pass : m_passes)
        ++offsets[pass.person + 1];
    for (std::size_t p = 0; p < personCount; ++p)
        offsets[p + 1] += offsets[p];
    std::vector<LoggedPass> sorted(m_passes.size());
    {
        std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
        for (const LoggedPass &pass : m_passes)
            sorted[next[pass.person]++] = pass;
    }

    // Order each person's passes by time (rarely needed) and drop repeated events.
    std::size_t write = 0;
    for (std::size_t p = 0; p < personCount; ++p) {
        const auto begin = sorted.begin() + static_cast<std::ptrdiff_t>(offsets[p]);
        const auto end = sorted.begin() + static_cast<std::ptrdiff_t>(offsets[p + 1]);
        if (!std::is_sorted(begin, end, timeOrder))
            std::sort(begin, end, timeOrder);
        offsets[p] = write;
        for (auto it = begin; it != end; ++it) {
            if (write > offsets[p] && sorted[write - 1].time == it->time &&
                sorted[write - 1].key == it->key)
                continue; // the same event delivered twice
            sorted[write++] = *it;
        }
    }
    offsets[personCount] = write;
    sorted.resize(write);
    m_passes = std::move(sorted);
    m_offsets = std::move(offsets);
    m_normalized = m_passes.size();
}

void PassLog::removeBefore(DateTime time, std::size_t personCount)
{
    m_passes.erase(std::remove_if(m_passes.begin(), m_passes.end(),
                                  [time](const LoggedPass &pass) { return pass.time < time; }),
                   m_passes.end());
    m_normalized = static_cast<std::size_t>(-1); // force a rebuild of the offsets
    normalize(personCount);
}

void PassLog::remapPersons(const std::vector<std::uint32_t> &remap, std::size_t personCount)
{
    for (LoggedPass &pass : m_passes)
        pass.person = remap[pass.person];
    m_normalized = static_cast<std::size_t>(-1);
    normalize(personCount);
}

std::vector<bool> PassLog::peopleWithPasses(std::size_t personCount)
{
    normalize(personCount);
    std::vector<bool> result(personCount, false);
    for (std::size_t p = 0; p < personCount; ++p)
        result[p] = m_offsets[p + 1] > m_offsets[p];
    return result;
}

void PassLog::clear()
{
    m_passes.clear();
    m_offsets.clear();
    m_normalized = 0;
}

} // namespace attlog
