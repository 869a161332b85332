// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/worktimereport.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace attlog {

struct TimesheetCell
{
    std::optional<std::int64_t> workedMinutes; // empty where the person has no row or no value
    WorktimeFlags flags;
    bool late = false; // late_minutes > 0
};

struct TimesheetRow
{
    std::size_t person = 0;           // index into WorktimeReport::people
    std::vector<TimesheetCell> cells; // one per Timesheet::dates
    std::int64_t totalWorkedMinutes = 0;
};

// The person × day matrix (the monthly timesheet): one row per person of the report, in the
// report's order, one column per date of [report.from, report.to].
struct Timesheet
{
    std::vector<Date> dates;
    std::vector<TimesheetRow> rows;
};

Timesheet makeTimesheet(const WorktimeReport &report);

} // namespace attlog
