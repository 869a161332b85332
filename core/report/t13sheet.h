// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/plannedworktime.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace attlog {

// The unified form T-13 (form 0301008) of one month as its cells read: per person, per day of
// the month the codes and the hours, the days and hours per half month and for the month, and the
// absences by code. Layout-free: the XLSX and PDF writers place it.
struct T13Day
{
    bool inMonth = false;  // the month has this day (day 31 of November does not)
    bool inPeriod = false; // ... and the report covers it
    std::string codes;     // "Я", "Я/Н", "В", "Б", ... ("/" between a day's codes)
    std::string hours;     // "8", "3/8", "7,5", ... (empty for codes without hours)
};

struct T13Person
{
    std::string number; // personnel number: the employee ID
    std::string name;
    std::array<T13Day, 31> days;
    // Days with work (Я or РВ) and their worked hours, per half (1..15, 16..end) and the month.
    std::array<int, 2> halfDays{};
    std::array<std::int64_t, 2> halfMinutes{};
    int monthDays = 0;
    std::int64_t monthMinutes = 0;
    std::vector<std::pair<std::string, int>> absences; // code -> days, by first occurrence
};

struct T13Sheet
{
    int year = 0;
    int month = 0; // 1..12
    Date from;     // the report's period, inside the month
    Date to;
    std::vector<T13Person> people; // in the report's order
};

// Hours as the form writes them: minutes / 60 with at most two decimals and a decimal comma
// ("8", "7,5", "8,08").
std::string t13Hours(std::int64_t minutes);

// The sheet of `report`, whose period must lie in one calendar month (nullopt otherwise).
std::optional<T13Sheet> makeT13Sheet(const PlannedWorktimeReport &report);

// One cell of a printed sheet that reads differently now (rows back-filled late, a plan edited):
// the person (by personnel number, else name), the day of the month, and the codes and hours
// then and now. A person on only one of the sheets shows every day they have there.
struct T13Change
{
    std::string number;
    std::string name;
    int day = 0; // 1..31
    std::string codesBefore;
    std::string hoursBefore;
    std::string codesNow;
    std::string hoursNow;
};

// What changed between the sheet as printed and the sheet now, by person and day.
std::vector<T13Change> t13Changes(const T13Sheet &printed, const T13Sheet &now);

} // namespace attlog
