// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"

#include <cstdint>
#include <optional>

namespace attlog {

// What the demo database generator makes. The output is a pure function of this value: the same
// configuration gives byte-identical rows on every platform and standard library.
struct DemoConfig
{
    // Days of history ending with endDate (inclusive). Clamped to 1..kMaxDemoDays.
    int days = 60;
    // Distinct people (cards). Clamped to 1..kMaxDemoPeople. Every kind of realism listed in
    // demogenerator.h occurs from 20 people and 10 days on (tested over many seeds); the showcase
    // names (see demoworld.h) need 11 people.
    int people = 300;
    std::uint64_t seed = 1;
    // The last day generated. The default (1970-01-01) is a marker: createDemoDatabase() turns it
    // into today with cutoff = the current local time. generateDemoRows() uses it as given.
    Date endDate;
    // When set, nothing later than this moment is in the table (exclusive), as if the data were
    // read at that moment: the viewer passes "now", so the file ends at the present and the
    // simulated writer carries on from there. Empty: every pass up to the end of endDate.
    std::optional<DateTime> cutoff;
};

inline constexpr int kMaxDemoDays = 3660;
inline constexpr int kMaxDemoPeople = 100000;

} // namespace attlog
