// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/tablecell.h"
#include "core/export/tablewriter.h"
#include "core/report/anomalies.h"
#include "core/report/presenceboard.h"
#include "core/report/timesheet.h"
#include "core/report/worktimereport.h"

#include <string>
#include <string_view>
#include <vector>

namespace attlog {

// Report -> table layouts shared by CSV, XLSX and JSON. Column titles are the CLI's exact
// headers; JSON uses them as keys.
//
// Presence: employee_id,person,status,last_time,last_door,last_direction
//   status: inside|outside|unknown; last_direction: in|out|unknown.
// Worktime (daily): employee_id,person,date,first_in,last_out,inside_minutes,span_minutes,
//   worked_minutes,late_minutes,early_minutes,overtime_minutes,flags
//   minutes columns are ColumnType::Minutes (CSV/JSON: integers; XLSX: [h]:mm durations);
//   flags: "no_exit;no_entry;absent" subset; empty values are empty cells.
// JSON: an array of objects, one per row, keys as the titles, in the same order; empty values
//   are null, minutes are numbers, times "YYYY-MM-DDTHH:MM:SS", dates "YYYY-MM-DD", flags an
//   array of strings. Pretty-printed with a trailing newline.

std::vector<TableColumn> presenceColumns();
std::vector<TableCell> presenceCells(const PresenceRow &row);
std::string presenceJson(const std::vector<PresenceRow> &rows);
// begin(presenceColumns(), sheetName) and one row per person; the caller calls finish().
bool writePresence(TableWriter &writer, const std::vector<PresenceRow> &rows,
                   std::string_view sheetName = "Presence");

std::vector<TableColumn> worktimeColumns();
std::vector<TableCell> worktimeCells(const WorktimeReport &report, const WorktimeDay &day);
std::string worktimeJson(const WorktimeReport &report);
bool writeWorktime(TableWriter &writer, const WorktimeReport &report,
                   std::string_view sheetName = "Daily");

// Totals: employee_id,person,worked_minutes,inside_minutes,late_minutes,early_minutes,
//   overtime_minutes,days_present,days_late,days_absent,days_no_exit,days_no_entry
std::vector<TableColumn> worktimeTotalsColumns();
std::vector<TableCell> worktimeTotalsCells(const WorktimeReport &report,
                                           const WorktimeTotal &total);
bool writeWorktimeTotals(TableWriter &writer, const WorktimeReport &report,
                         std::string_view sheetName = "Totals");

// Timesheet: employee_id,person,<one column per date, titled YYYY-MM-DD>,total_minutes.
// A day cell holds the worked minutes; without them, the flags text ("absent", "no_exit"), else
// empty. Marks: Absent, else Incomplete (no_exit / no_entry), else Late.
std::vector<TableColumn> timesheetColumns(const Timesheet &sheet);
std::vector<TableCell> timesheetCells(const WorktimeReport &report, const TimesheetRow &row);
std::vector<CellMark> timesheetMarks(const TimesheetRow &row);
bool writeTimesheet(TableWriter &writer, const WorktimeReport &report, const Timesheet &sheet,
                    std::string_view sheetName = "Timesheet");

// Anomalies: kind,employee_id,person,first_time,second_time,door_first,door_second,detail
//   kind: report::anomalyKindName(); a single-pass anomaly has empty second_time and door_second.
std::vector<TableColumn> anomalyColumns();
std::vector<TableCell> anomalyCells(const report::AnomalyReport &report,
                                    const report::Anomaly &anomaly);
std::string anomaliesJson(const report::AnomalyReport &report);
bool writeAnomalies(TableWriter &writer, const report::AnomalyReport &report,
                    std::string_view sheetName = "Anomalies");

// The worktime workbook: sheets "Daily", "Totals", "Timesheet" (for a writer with several
// tables, i.e. XLSX); the caller calls finish().
bool writeWorktimeWorkbook(TableWriter &writer, const WorktimeReport &report);

} // namespace attlog
