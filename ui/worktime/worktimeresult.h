// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/plannedworktime.h"
#include "core/report/t13sheet.h"
#include "core/report/timesheet.h"
#include "core/report/worktimereport.h"

#include <QDateTime>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace attlog::ui {

// One calculated worktime report and its timesheet, shared read-only by the tab's models, the
// charts and export jobs on worker threads (hence immutable behind a shared_ptr to const).
struct WorktimeResult
{
    WorktimeReport report;
    Timesheet timesheet;
    std::int64_t eventsRead = 0; // passes read for it (the period plus the margins)

    // Under a work plan (issue 14): the report by the plan, and its T-13 sheet when the period
    // lies in one month. planError says why a chosen plan was not used.
    std::optional<PlannedWorktimeReport> planned;
    std::optional<T13Sheet> t13;
    std::string planError;
    // When the month's T-13 was printed before (db/plan/printedsheets.h): when, and the cells
    // that read differently now.
    QDateTime printedAt; // invalid: never printed
    std::vector<T13Change> changedSincePrinted;
    // The passes read, in time order: what every figure was made from (traceability).
    std::vector<AccessEvent> events;
};

using WorktimeResultPtr = std::shared_ptr<const WorktimeResult>;

// The passes behind one person's figures for the dates [first, last] of `result` (one scan of
// the passes read), the person by identity (personIdentity()). `byPlan` (the figures of the
// planned report): every pass inside one of those days' stays (a night shift's exit the next
// morning included) or at one of their stray exits; otherwise (the plain report) the person's
// passes on those calendar dates. In time order.
std::vector<AccessEvent> passesBehind(const WorktimeResult &result, const std::string &identity,
                                      Date first, Date last, bool byPlan);

} // namespace attlog::ui
