// SPDX-License-Identifier: MIT
#include "core/report/reportformat.h"

#include "core/export/jsonwriter.h"
#include "core/report/reportcells.h"

#include <optional>

namespace attlog {

namespace {

void jsonTime(JsonWriter &json, const std::optional<DateTime> &time)
{
    if (time)
        json.value(formatIsoDateTime(*time));
    else
        json.null();
}

void jsonMinutes(JsonWriter &json, const std::optional<std::int64_t> &minutes)
{
    if (minutes)
        json.value(*minutes);
    else
        json.null();
}

} // namespace

std::vector<TableColumn> presenceColumns()
{
    return {{"employee_id", ColumnType::Text}, {"person", ColumnType::Text},
            {"status", ColumnType::Text},      {"last_time", ColumnType::DateTime},
            {"last_door", ColumnType::Text},   {"last_direction", ColumnType::Text}};
}

std::vector<TableCell> presenceCells(const PresenceRow &row)
{
    return {
        reportcells::textOrEmpty(row.employeeId),    reportcells::textOrEmpty(row.person),
        std::string(presenceStatusName(row.status)), row.lastTime,
        reportcells::textOrEmpty(row.lastDoor),      std::string(directionName(row.lastDirection))};
}

std::string presenceJson(const std::vector<PresenceRow> &rows)
{
    JsonWriter json(true);
    json.beginArray();
    for (const PresenceRow &row : rows) {
        json.beginObject();
        json.key("employee_id").value(row.employeeId);
        json.key("person").value(row.person);
        json.key("status").value(presenceStatusName(row.status));
        json.key("last_time").value(formatIsoDateTime(row.lastTime));
        json.key("last_door").value(row.lastDoor);
        json.key("last_direction").value(directionName(row.lastDirection));
        json.endObject();
    }
    json.endArray();
    return json.takeText();
}

bool writePresence(TableWriter &writer, const std::vector<PresenceRow> &rows,
                   std::string_view sheetName)
{
    return reportcells::writeRows(writer, presenceColumns(), sheetName, rows.size(),
                                  [&](std::size_t i) { return presenceCells(rows[i]); });
}

std::vector<TableColumn> anomalyColumns()
{
    return {{"kind", ColumnType::Text},
            {"employee_id", ColumnType::Text},
            {"person", ColumnType::Text},
            {"first_time", ColumnType::DateTime},
            {"second_time", ColumnType::DateTime},
            {"door_first", ColumnType::Text},
            {"door_second", ColumnType::Text},
            {"detail", ColumnType::Text}};
}

std::vector<TableCell> anomalyCells(const report::AnomalyReport &report,
                                    const report::Anomaly &anomaly)
{
    const PersonRecord &person = report.people[anomaly.person];
    return {std::string(report::anomalyKindName(anomaly.kind)),
            reportcells::textOrEmpty(person.employeeId),
            reportcells::textOrEmpty(person.name),
            anomaly.firstTime,
            reportcells::optionalTime(anomaly.secondTime),
            reportcells::textOrEmpty(anomaly.doorFirst),
            reportcells::textOrEmpty(anomaly.doorSecond),
            reportcells::textOrEmpty(anomaly.detail)};
}

std::string anomaliesJson(const report::AnomalyReport &report)
{
    JsonWriter json(true);
    const auto textOrNull = [&json](const std::string &text) -> JsonWriter & {
        return text.empty() ? json.null() : json.value(text);
    };
    json.beginArray();
    for (const report::Anomaly &anomaly : report.anomalies) {
        const PersonRecord &person = report.people[anomaly.person];
        json.beginObject();
        json.key("kind").value(report::anomalyKindName(anomaly.kind));
        json.key("employee_id");
        textOrNull(person.employeeId);
        json.key("person");
        textOrNull(person.name);
        json.key("first_time").value(formatIsoDateTime(anomaly.firstTime));
        json.key("second_time");
        jsonTime(json, anomaly.secondTime);
        json.key("door_first");
        textOrNull(anomaly.doorFirst);
        json.key("door_second");
        textOrNull(anomaly.doorSecond);
        json.key("detail");
        textOrNull(anomaly.detail);
        json.endObject();
    }
    json.endArray();
    return json.takeText();
}

bool writeAnomalies(TableWriter &writer, const report::AnomalyReport &report,
                    std::string_view sheetName)
{
    return reportcells::writeRows(
        writer, anomalyColumns(), sheetName, report.anomalies.size(),
        [&](std::size_t i) { return anomalyCells(report, report.anomalies[i]); });
}

std::vector<TableColumn> worktimeColumns()
{
    return {{"employee_id", ColumnType::Text},
            {"person", ColumnType::Text},
            {"date", ColumnType::Date},
            {"first_in", ColumnType::DateTime},
            {"last_out", ColumnType::DateTime},
            {"inside_minutes", ColumnType::Minutes},
            {"span_minutes", ColumnType::Minutes},
            {"worked_minutes", ColumnType::Minutes},
            {"late_minutes", ColumnType::Minutes},
            {"early_minutes", ColumnType::Minutes},
            {"overtime_minutes", ColumnType::Minutes},
            {"flags", ColumnType::Text}};
}

std::vector<TableCell> worktimeCells(const WorktimeReport &report, const WorktimeDay &day)
{
    const WorktimePerson &person = report.people[day.person];
    return {reportcells::textOrEmpty(person.employeeId),
            reportcells::textOrEmpty(person.name),
            day.date,
            reportcells::optionalTime(day.firstIn),
            reportcells::optionalTime(day.lastOut),
            Minutes{day.insideMinutes},
            reportcells::optionalMinutes(day.spanMinutes),
            reportcells::optionalMinutes(day.workedMinutes),
            reportcells::optionalMinutes(day.lateMinutes),
            reportcells::optionalMinutes(day.earlyMinutes),
            reportcells::optionalMinutes(day.overtimeMinutes),
            reportcells::textOrEmpty(worktimeFlagsText(day.flags))};
}

std::string worktimeJson(const WorktimeReport &report)
{
    JsonWriter json(true);
    json.beginArray();
    for (const WorktimeDay &day : report.days) {
        const WorktimePerson &person = report.people[day.person];
        json.beginObject();
        json.key("employee_id").value(person.employeeId);
        json.key("person").value(person.name);
        json.key("date").value(formatIsoDate(day.date));
        json.key("first_in");
        jsonTime(json, day.firstIn);
        json.key("last_out");
        jsonTime(json, day.lastOut);
        json.key("inside_minutes").value(day.insideMinutes);
        json.key("span_minutes");
        jsonMinutes(json, day.spanMinutes);
        json.key("worked_minutes");
        jsonMinutes(json, day.workedMinutes);
        json.key("late_minutes");
        jsonMinutes(json, day.lateMinutes);
        json.key("early_minutes");
        jsonMinutes(json, day.earlyMinutes);
        json.key("overtime_minutes");
        jsonMinutes(json, day.overtimeMinutes);
        json.key("flags").beginArray();
        if (day.flags.noExit)
            json.value("no_exit");
        if (day.flags.noEntry)
            json.value("no_entry");
        if (day.flags.absent)
            json.value("absent");
        json.endArray();
        json.endObject();
    }
    json.endArray();
    return json.takeText();
}

bool writeWorktime(TableWriter &writer, const WorktimeReport &report, std::string_view sheetName)
{
    return reportcells::writeRows(
        writer, worktimeColumns(), sheetName, report.days.size(),
        [&](std::size_t i) { return worktimeCells(report, report.days[i]); });
}

std::vector<TableColumn> worktimeTotalsColumns()
{
    return {{"employee_id", ColumnType::Text},         {"person", ColumnType::Text},
            {"worked_minutes", ColumnType::Minutes},   {"inside_minutes", ColumnType::Minutes},
            {"late_minutes", ColumnType::Minutes},     {"early_minutes", ColumnType::Minutes},
            {"overtime_minutes", ColumnType::Minutes}, {"days_present", ColumnType::Integer},
            {"days_late", ColumnType::Integer},        {"days_absent", ColumnType::Integer},
            {"days_no_exit", ColumnType::Integer},     {"days_no_entry", ColumnType::Integer}};
}

std::vector<TableCell> worktimeTotalsCells(const WorktimeReport &report, const WorktimeTotal &total)
{
    const WorktimePerson &person = report.people[total.person];
    return {reportcells::textOrEmpty(person.employeeId),
            reportcells::textOrEmpty(person.name),
            Minutes{total.workedMinutes},
            Minutes{total.insideMinutes},
            Minutes{total.lateMinutes},
            Minutes{total.earlyMinutes},
            Minutes{total.overtimeMinutes},
            std::int64_t{total.daysPresent},
            std::int64_t{total.daysLate},
            std::int64_t{total.daysAbsent},
            std::int64_t{total.daysNoExit},
            std::int64_t{total.daysNoEntry}};
}

bool writeWorktimeTotals(TableWriter &writer, const WorktimeReport &report,
                         std::string_view sheetName)
{
    return reportcells::writeRows(
        writer, worktimeTotalsColumns(), sheetName, report.totals.size(),
        [&](std::size_t i) { return worktimeTotalsCells(report, report.totals[i]); });
}

std::vector<TableColumn> timesheetColumns(const Timesheet &sheet)
{
    std::vector<TableColumn> columns{{"employee_id", ColumnType::Text},
                                     {"person", ColumnType::Text}};
    for (const Date date : sheet.dates)
        columns.push_back({formatIsoDate(date), ColumnType::Minutes});
    columns.push_back({"total_minutes", ColumnType::Minutes});
    return columns;
}

std::vector<TableCell> timesheetCells(const WorktimeReport &report, const TimesheetRow &row)
{
    const WorktimePerson &person = report.people[row.person];
    std::vector<TableCell> cells{reportcells::textOrEmpty(person.employeeId),
                                 reportcells::textOrEmpty(person.name)};
    for (const TimesheetCell &cell : row.cells) {
        if (cell.workedMinutes)
            cells.emplace_back(Minutes{*cell.workedMinutes});
        else
            cells.push_back(reportcells::textOrEmpty(worktimeFlagsText(cell.flags)));
    }
    cells.emplace_back(Minutes{row.totalWorkedMinutes});
    return cells;
}

std::vector<CellMark> timesheetMarks(const TimesheetRow &row)
{
    std::vector<CellMark> marks{CellMark::None, CellMark::None};
    for (const TimesheetCell &cell : row.cells) {
        if (cell.flags.absent)
            marks.push_back(CellMark::Absent);
        else if (cell.flags.noExit || cell.flags.noEntry)
            marks.push_back(CellMark::Incomplete);
        else if (cell.late)
            marks.push_back(CellMark::Late);
        else
            marks.push_back(CellMark::None);
    }
    marks.push_back(CellMark::None);
    return marks;
}

bool writeTimesheet(TableWriter &writer, const WorktimeReport &report, const Timesheet &sheet,
                    std::string_view sheetName)
{
    if (!writer.begin(timesheetColumns(sheet), sheetName))
        return false;
    for (const TimesheetRow &row : sheet.rows) {
        const std::vector<TableCell> cells = timesheetCells(report, row);
        const std::vector<CellMark> marks = timesheetMarks(row);
        if (!writer.writeRow(cells, marks))
            return false;
    }
    return true;
}

bool writeWorktimeWorkbook(TableWriter &writer, const WorktimeReport &report)
{
    return writeWorktime(writer, report, "Daily") &&
           writeWorktimeTotals(writer, report, "Totals") &&
           writeTimesheet(writer, report, makeTimesheet(report), "Timesheet");
}

} // namespace attlog
