// SPDX-License-Identifier: MIT
#include "core/report/timesheet.h"

namespace attlog {

Timesheet makeTimesheet(const WorktimeReport &report)
{
    Timesheet sheet;
    if (report.to < report.from)
        return sheet;
    for (Date d = report.from; d <= report.to; d = addDays(d, 1))
        sheet.dates.push_back(d);
    sheet.rows.resize(report.people.size());
    for (std::size_t i = 0; i < sheet.rows.size(); ++i) {
        sheet.rows[i].person = i;
        sheet.rows[i].cells.resize(sheet.dates.size());
    }
    for (const WorktimeDay &day : report.days) {
        TimesheetRow &row = sheet.rows[day.person];
        TimesheetCell &cell = row.cells[static_cast<std::size_t>(day.date.days - report.from.days)];
        cell.workedMinutes = day.workedMinutes;
        cell.flags = day.flags;
        cell.late = day.lateMinutes.value_or(0) > 0;
        row.totalWorkedMinutes += day.workedMinutes.value_or(0);
    }
    return sheet;
}

} // namespace attlog
