// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/timesheet.h"
#include "core/report/worktimereport.h"

#include <cstdint>
#include <memory>

namespace attlog::ui {

// One calculated worktime report and its timesheet, shared read-only by the tab's models, the
// charts and export jobs on worker threads (hence immutable behind a shared_ptr to const).
struct WorktimeResult
{
    WorktimeReport report;
    Timesheet timesheet;
    std::int64_t eventsRead = 0; // passes read for it (the period plus the 20 h margins)
};

using WorktimeResultPtr = std::shared_ptr<const WorktimeResult>;

} // namespace attlog::ui
