// SPDX-License-Identifier: MIT
#pragma once

#include "core/text/repaircache.h"
#include "core/text/textmatcher.h"

#include <string>
#include <vector>

namespace attlog::text {

// Search that matches what the user sees (DESIGN.md): given the distinct raw values stored in a
// column (SELECT DISTINCT personName ...), returns those whose REPAIRED text matches the term, in
// their raw form and input order, so the query can ask for them exactly (`IN (?, ?, ...)`). This
// is exact under any collation: "Сомов" finds every stored form of "Сомов" (correct, mojibake,
// lossy) and never "Томов". An empty matcher returns every value.
// Runs on the caller's thread; `cache` belongs to that thread (see RepairCache).
std::vector<std::string> resolveRawValues(const std::vector<std::string> &distinctRawValues,
                                          const TextMatcher &matcher, RepairCache &cache);

} // namespace attlog::text
