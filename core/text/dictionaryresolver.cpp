// SPDX-License-Identifier: MIT
#include "core/text/dictionaryresolver.h"

namespace attlog::text {

std::vector<std::string> resolveRawValues(const std::vector<std::string> &distinctRawValues,
                                          const TextMatcher &matcher, RepairCache &cache)
{
    std::vector<std::string> matching;
    for (const std::string &raw : distinctRawValues) {
        if (matcher.matches(cache.repaired(raw)))
            matching.push_back(raw);
    }
    return matching;
}

} // namespace attlog::text
