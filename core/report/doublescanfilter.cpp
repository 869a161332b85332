// SPDX-License-Identifier: MIT
#include "core/report/doublescanfilter.h"

namespace attlog {

DoubleScanFilter::DoubleScanFilter(std::int64_t windowSeconds)
    : m_window(windowSeconds)
{}

bool DoubleScanFilter::accept(std::string_view identity, Direction direction, DateTime time)
{
    auto it = m_last.find(std::string(identity));
    if (it == m_last.end()) {
        m_last.emplace(std::string(identity), Last{direction, time});
        return true;
    }
    if (isDoubleScan(it->second.direction, it->second.time, direction, time, m_window))
        return false;
    it->second = Last{direction, time};
    return true;
}

bool DoubleScanFilter::accept(const AccessEvent &event)
{
    if (!event.time)
        return true;
    return accept(personIdentity(event), event.direction, *event.time);
}

} // namespace attlog
