// SPDX-License-Identifier: MIT
#include "db/live/keygaptracker.h"

#include <algorithm>
#include <limits>

namespace attlog::db {

KeyGapTracker::KeyGapTracker(std::size_t maxGaps)
    : m_maxGaps(std::max<std::size_t>(maxGaps, 1))
{}

void KeyGapTracker::reset(std::int64_t watermark)
{
    m_gaps.clear();
    m_watermark = watermark;
}

std::vector<std::int64_t> KeyGapTracker::acceptForward(std::span<const std::int64_t> ascendingKeys,
                                                       TimePoint now)
{
    std::vector<std::int64_t> accepted;
    accepted.reserve(ascendingKeys.size());
    for (const std::int64_t key : ascendingKeys) {
        if (key <= m_watermark)
            continue;
        if (key > m_watermark + 1)
            m_gaps.push_back(Gap{m_watermark + 1, key - 1, now});
        m_watermark = key;
        accepted.push_back(key);
    }
    if (m_gaps.size() > m_maxGaps) {
        // Gaps are opened in key order, so the lowest are also the oldest.
        const auto excess = static_cast<std::ptrdiff_t>(m_gaps.size() - m_maxGaps);
        m_gaps.erase(m_gaps.begin(), m_gaps.begin() + excess);
        m_droppedGaps += static_cast<std::size_t>(excess);
    }
    return accepted;
}

bool KeyGapTracker::fillGap(std::int64_t key)
{
    auto it = std::upper_bound(m_gaps.begin(), m_gaps.end(), key,
                               [](std::int64_t k, const Gap &gap) { return k < gap.first; });
    if (it == m_gaps.begin())
        return false;
    --it;
    if (key > it->last)
        return false;
    if (it->first == it->last) {
        m_gaps.erase(it);
    } else if (key == it->first) {
        ++it->first;
    } else if (key == it->last) {
        --it->last;
    } else {
        const Gap upper{key + 1, it->last, it->openedAt};
        it->last = key - 1;
        m_gaps.insert(it + 1, upper);
    }
    return true;
}

std::vector<KeyGapTracker::Gap> KeyGapTracker::expire(TimePoint now,
                                                      std::chrono::steady_clock::duration grace)
{
    std::vector<Gap> expired;
    std::erase_if(m_gaps, [&](const Gap &gap) {
        if (now - gap.openedAt < grace)
            return false;
        expired.push_back(gap);
        return true;
    });
    return expired;
}

std::int64_t KeyGapTracker::missingKeyCount() const
{
    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    std::uint64_t count = 0;
    for (const Gap &gap : m_gaps)
        count = gap.size() > kMax - count ? kMax : count + gap.size();
    return static_cast<std::int64_t>(count);
}

} // namespace attlog::db
