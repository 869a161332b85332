// SPDX-License-Identifier: MIT
#include "core/report/plannedformat.h"

#include "core/export/jsonwriter.h"
#include "core/report/reportcells.h"

#include <algorithm>

namespace attlog {

namespace {

// "no_exit;no_entry;absent;absence_passes", the set ones.
std::string flagsText(const PlannedWorkDay &day)
{
    std::string text;
    const auto add = [&text](bool set, const char *name) {
        if (!set)
            return;
        if (!text.empty())
            text += ';';
        text += name;
    };
    add(day.noExit, "no_exit");
    add(day.noEntry, "no_entry");
    add(day.code == kCodeUnexplained, "absent");
    add(day.passesDuringAbsence, "absence_passes");
    return text;
}

std::string absencesText(const PlannedWorkTotal &total)
{
    std::string text;
    for (const auto &[code, days] : total.absences)
        text += (text.empty() ? "" : ";") + code + ":" + std::to_string(days);
    return text;
}

} // namespace

std::vector<TableColumn> plannedDailyColumns()
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
            {"flags", ColumnType::Text},
            {"planned_shift", ColumnType::Text},
            {"planned_min", ColumnType::Minutes},
            {"late_min", ColumnType::Minutes},
            {"early_min", ColumnType::Minutes},
            {"overtime_before_min", ColumnType::Minutes},
            {"overtime_after_min", ColumnType::Minutes},
            {"night_min", ColumnType::Minutes},
            {"holiday_min", ColumnType::Minutes},
            {"code", ColumnType::Text}};
}

std::vector<TableCell> plannedDailyCells(const PlannedWorktimeReport &report,
                                         const PlannedWorkDay &day)
{
    const WorktimePerson &person = report.people[day.person];
    const Minutes overtime{day.overtimeBeforeMinutes + day.overtimeAfterMinutes};
    return {reportcells::textOrEmpty(person.employeeId),
            reportcells::textOrEmpty(person.name),
            day.date,
            reportcells::optionalTime(day.firstIn),
            reportcells::optionalTime(day.lastOut),
            Minutes{day.insideMinutes},
            reportcells::optionalMinutes(day.spanMinutes),
            Minutes{day.workedMinutes},
            Minutes{day.lateMinutes},
            Minutes{day.earlyMinutes},
            overtime,
            reportcells::textOrEmpty(flagsText(day)),
            reportcells::textOrEmpty(day.plannedShift),
            Minutes{day.plannedMinutes},
            Minutes{day.lateMinutes},
            Minutes{day.earlyMinutes},
            Minutes{day.overtimeBeforeMinutes},
            Minutes{day.overtimeAfterMinutes},
            Minutes{day.nightMinutes},
            Minutes{day.holidayMinutes},
            day.code};
}

std::string plannedDailyJson(const PlannedWorktimeReport &report)
{
    const std::vector<TableColumn> columns = plannedDailyColumns();
    JsonWriter json(true);
    json.beginArray();
    for (const PlannedWorkDay &day : report.days) {
        const std::vector<TableCell> cells = plannedDailyCells(report, day);
        json.beginObject();
        for (std::size_t i = 0; i < columns.size(); ++i) {
            json.key(columns[i].title);
            const TableCell &cell = cells[i];
            if (columns[i].title == "flags") {
                json.beginArray();
                std::string flags = flagsText(day);
                for (std::size_t start = 0; start < flags.size();) {
                    const std::size_t end = std::min(flags.find(';', start), flags.size());
                    json.value(flags.substr(start, end - start));
                    start = end + 1;
                }
                json.endArray();
            } else if (std::holds_alternative<std::monostate>(cell)) {
                json.null();
            } else if (const auto *text = std::get_if<std::string>(&cell)) {
                json.value(*text);
            } else if (const auto *minutes = std::get_if<Minutes>(&cell)) {
                json.value(minutes->count);
            } else if (const auto *time = std::get_if<DateTime>(&cell)) {
                json.value(formatIsoDateTime(*time));
            } else if (const auto *date = std::get_if<Date>(&cell)) {
                json.value(formatIsoDate(*date));
            }
        }
        json.endObject();
    }
    json.endArray();
    return json.takeText();
}

bool writePlannedDaily(TableWriter &writer, const PlannedWorktimeReport &report,
                       std::string_view sheetName)
{
    return reportcells::writeRows(
        writer, plannedDailyColumns(), sheetName, report.days.size(),
        [&](std::size_t i) { return plannedDailyCells(report, report.days[i]); });
}

std::vector<TableColumn> plannedTotalsColumns()
{
    return {{"employee_id", ColumnType::Text},
            {"person", ColumnType::Text},
            {"planned_minutes", ColumnType::Minutes},
            {"worked_minutes", ColumnType::Minutes},
            {"balance_minutes", ColumnType::Minutes},
            {"late_count", ColumnType::Integer},
            {"late_minutes", ColumnType::Minutes},
            {"early_count", ColumnType::Integer},
            {"early_minutes", ColumnType::Minutes},
            {"overtime_before_minutes", ColumnType::Minutes},
            {"overtime_after_minutes", ColumnType::Minutes},
            {"night_minutes", ColumnType::Minutes},
            {"holiday_minutes", ColumnType::Minutes},
            {"days_worked", ColumnType::Integer},
            {"days_unexplained", ColumnType::Integer},
            {"absences", ColumnType::Text}};
}

std::vector<TableCell> plannedTotalsCells(const PlannedWorktimeReport &report,
                                          const PlannedWorkTotal &total)
{
    const WorktimePerson &person = report.people[total.person];
    return {reportcells::textOrEmpty(person.employeeId),
            reportcells::textOrEmpty(person.name),
            Minutes{total.plannedMinutes},
            Minutes{total.workedMinutes},
            Minutes{total.balanceMinutes},
            std::int64_t{total.lateCount},
            Minutes{total.lateMinutes},
            std::int64_t{total.earlyCount},
            Minutes{total.earlyMinutes},
            Minutes{total.overtimeBeforeMinutes},
            Minutes{total.overtimeAfterMinutes},
            Minutes{total.nightMinutes},
            Minutes{total.holidayMinutes},
            std::int64_t{total.daysWorked},
            std::int64_t{total.daysUnexplained},
            reportcells::textOrEmpty(absencesText(total))};
}

bool writePlannedTotals(TableWriter &writer, const PlannedWorktimeReport &report,
                        std::string_view sheetName)
{
    return reportcells::writeRows(
        writer, plannedTotalsColumns(), sheetName, report.totals.size(),
        [&](std::size_t i) { return plannedTotalsCells(report, report.totals[i]); });
}

bool writePlannedWorkbook(TableWriter &writer, const PlannedWorktimeReport &report)
{
    return writePlannedDaily(writer, report) && writePlannedTotals(writer, report);
}

std::vector<T13Row> t13Rows(const PlannedWorktimeReport &report)
{
    std::vector<T13Row> rows;
    rows.reserve(report.days.size());
    for (const PlannedWorkDay &day : report.days) {
        if (day.code.empty())
            continue; // a date outside the person's assignments
        const bool hours = day.code == kCodeWork || day.code == kCodeDayOffWork;
        if (!hours) {
            rows.push_back({day.person, day.date, day.code, std::nullopt});
            continue;
        }
        // Overtime comes off the day-time minutes first, then off the night ones.
        const std::int64_t worked = day.workedMinutes;
        const std::int64_t night = std::min(day.nightMinutes, worked);
        const std::int64_t overtime =
            std::min(day.overtimeBeforeMinutes + day.overtimeAfterMinutes, worked);
        const std::int64_t dayTime = std::max<std::int64_t>(0, worked - night - overtime);
        const std::int64_t nightLeft = worked - overtime - dayTime;
        rows.push_back({day.person, day.date, day.code, dayTime});
        if (nightLeft > 0)
            rows.push_back({day.person, day.date, kCodeNight, nightLeft});
        if (overtime > 0)
            rows.push_back({day.person, day.date, kCodeOvertime, overtime});
    }
    return rows;
}

std::vector<TableColumn> t13Columns()
{
    return {{"employee_id", ColumnType::Text},
            {"person", ColumnType::Text},
            {"date", ColumnType::Date},
            {"code", ColumnType::Text},
            {"minutes", ColumnType::Integer}};
}

bool writeT13Table(TableWriter &writer, const PlannedWorktimeReport &report,
                   std::string_view sheetName)
{
    const std::vector<T13Row> rows = t13Rows(report);
    return reportcells::writeRows(writer, t13Columns(), sheetName, rows.size(), [&](std::size_t i) {
        const T13Row &row = rows[i];
        const WorktimePerson &person = report.people[row.person];
        return std::vector<TableCell>{reportcells::textOrEmpty(person.employeeId),
                                      reportcells::textOrEmpty(person.name), row.date, row.code,
                                      row.minutes ? TableCell{*row.minutes}
                                                  : TableCell{std::monostate{}}};
    });
}

} // namespace attlog
