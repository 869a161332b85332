// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/tablewriter.h"
#include "core/report/plannedworktime.h"

#include <string>
#include <string_view>
#include <vector>

namespace attlog {

// Worktime under a plan as tables (CSV, XLSX) and JSON; the layout rules of reportformat.h.
//
// Daily: the worktime daily columns (employee_id,person,date,first_in,last_out,inside_minutes,
//   span_minutes,worked_minutes,late_minutes,early_minutes,overtime_minutes,flags) and then
//   planned_shift,planned_min,late_min,early_min,overtime_before_min,overtime_after_min,
//   night_min,holiday_min,code. One row per person and date. overtime_minutes is before + after;
//   flags adds "absent" on НН days and "absence_passes" where an absence covers passes.
std::vector<TableColumn> plannedDailyColumns();
std::vector<TableCell> plannedDailyCells(const PlannedWorktimeReport &report,
                                         const PlannedWorkDay &day);
std::string plannedDailyJson(const PlannedWorktimeReport &report);
bool writePlannedDaily(TableWriter &writer, const PlannedWorktimeReport &report,
                       std::string_view sheetName = "Daily");

// Totals: employee_id,person,planned_minutes,worked_minutes,balance_minutes,late_count,
//   late_minutes,early_count,early_minutes,overtime_before_minutes,overtime_after_minutes,
//   night_minutes,holiday_minutes,days_worked,days_unexplained,absences
//   (absences: "Б:2;ОТ:5", codes by first occurrence). Planned minutes leave out days covered
//   by an absence.
std::vector<TableColumn> plannedTotalsColumns();
std::vector<TableCell> plannedTotalsCells(const PlannedWorktimeReport &report,
                                          const PlannedWorkTotal &total);
bool writePlannedTotals(TableWriter &writer, const PlannedWorktimeReport &report,
                        std::string_view sheetName = "Totals");

// The workbook: "Daily" and "Totals".
bool writePlannedWorkbook(TableWriter &writer, const PlannedWorktimeReport &report);

// The T-13 timesheet for payroll import: employee_id,person,date,code,minutes. One row per person
// and date with the day's code; a day with work has the code Я (or РВ on a day off) with its
// day-time minutes, a second row Н with the night minutes when there are any, and a further row
// С with the overtime minutes when there are any (Я + Н + С is the worked time after the break;
// overtime is taken from the day-time minutes first). Codes without hours (В, НН, absences) have
// an empty `minutes`. A date no assignment of the person covers has no row.
struct T13Row
{
    std::size_t person = 0;
    Date date;
    std::string code;
    std::optional<std::int64_t> minutes;
};
std::vector<T13Row> t13Rows(const PlannedWorktimeReport &report);
std::vector<TableColumn> t13Columns();
bool writeT13Table(TableWriter &writer, const PlannedWorktimeReport &report,
                   std::string_view sheetName = "T-13");

} // namespace attlog
