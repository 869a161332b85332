// SPDX-License-Identifier: MIT
#include "core/report/t13sheet.h"

#include "core/report/plannedformat.h"

#include <cstdio>
#include <map>

namespace attlog {

std::string t13Hours(std::int64_t minutes)
{
    const std::int64_t hundredths = (minutes * 100 + 30) / 60; // rounded to 0.01 h
    std::string text = std::to_string(hundredths / 100);
    const std::int64_t fraction = hundredths % 100;
    if (fraction != 0) {
        text += ',';
        text += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            text += char('0' + fraction % 10);
    }
    return text;
}

const T13Day *t13GridDay(const T13Person &person, int half, int column)
{
    if (half < 0 || half > 1 || column < 0 || column > 15 || (half == 0 && column == 15))
        return nullptr;
    const T13Day &day = person.days[std::size_t(half * 15 + column)];
    return day.inMonth ? &day : nullptr;
}

std::string t13Date(Date date)
{
    const CivilDate c = civilFromDate(date);
    char text[16];
    std::snprintf(text, sizeof text, "%02d.%02d.%04d", c.day, c.month, c.year);
    return text;
}

std::string t13PeriodTitle(int year, int month)
{
    static const char *const months[] = {"январь",   "февраль", "март",   "апрель",
                                         "май",      "июнь",    "июль",   "август",
                                         "сентябрь", "октябрь", "ноябрь", "декабрь"};
    if (month < 1 || month > 12)
        return {};
    return std::string("за ") + months[month - 1] + " " + std::to_string(year) + " г.";
}

std::optional<T13Sheet> makeT13Sheet(const PlannedWorktimeReport &report)
{
    const CivilDate first = civilFromDate(report.from);
    const CivilDate last = civilFromDate(report.to);
    if (report.to < report.from || first.year != last.year || first.month != last.month)
        return std::nullopt;
    T13Sheet sheet;
    sheet.year = first.year;
    sheet.month = first.month;
    sheet.from = report.from;
    sheet.to = report.to;
    const int monthLength = daysInMonth(first.year, first.month);
    sheet.people.resize(report.people.size());
    for (std::size_t i = 0; i < report.people.size(); ++i) {
        T13Person &person = sheet.people[i];
        person.number = report.people[i].employeeId;
        person.name = report.people[i].name;
        person.person = i;
        for (int d = 0; d < 31; ++d)
            person.days[std::size_t(d)].inMonth = d < monthLength;
    }
    for (const T13Row &row : t13Rows(report)) {
        T13Person &person = sheet.people[row.person];
        const int dayIndex = civilFromDate(row.date).day - 1;
        T13Day &day = person.days[std::size_t(dayIndex)];
        day.inPeriod = true;
        if (!day.codes.empty()) {
            day.codes += '/';
            day.hours += '/';
        }
        day.codes += row.code;
        if (row.minutes)
            day.hours += t13Hours(*row.minutes);
        const int half = dayIndex < 15 ? 0 : 1;
        if (row.code == kCodeWork || row.code == kCodeDayOffWork) {
            ++person.halfDays[std::size_t(half)];
            ++person.monthDays;
        }
        if (row.minutes) {
            person.halfMinutes[std::size_t(half)] += *row.minutes;
            person.monthMinutes += *row.minutes;
        }
    }
    for (std::size_t i = 0; i < report.totals.size(); ++i)
        sheet.people[report.totals[i].person].absences = report.totals[i].absences;
    return sheet;
}

std::vector<T13Change> t13Changes(const T13Sheet &printed, const T13Sheet &now)
{
    // People by personnel number, else by name (a person without an ID has nothing else).
    const auto keyOf = [](const T13Person &p) {
        return p.number.empty() ? "n:" + p.name : p.number;
    };
    std::map<std::string, std::pair<const T13Person *, const T13Person *>> people;
    for (const T13Person &p : printed.people)
        people[keyOf(p)].first = &p;
    for (const T13Person &p : now.people)
        people[keyOf(p)].second = &p;
    std::vector<T13Change> changes;
    static const T13Day kNothing;
    for (const auto &[key, pair] : people) {
        const T13Person &any = pair.second ? *pair.second : *pair.first;
        for (int d = 0; d < 31; ++d) {
            const T13Day &before = pair.first ? pair.first->days[std::size_t(d)] : kNothing;
            const T13Day &after = pair.second ? pair.second->days[std::size_t(d)] : kNothing;
            if (before.codes == after.codes && before.hours == after.hours)
                continue;
            changes.push_back({any.number, any.name, d + 1, before.codes, before.hours, after.codes,
                               after.hours});
        }
    }
    return changes;
}

} // namespace attlog
