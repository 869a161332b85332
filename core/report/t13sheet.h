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
    std::size_t person = 0; // index into the report's people (PlannedWorktimeReport::people)
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
    std::vector<T13Person> people; // in the report's order (see db/plan/t13order.h)
};

// Hours as the form writes them: minutes / 60 with at most two decimals and a decimal comma
// ("8", "7,5", "8,08").
std::string t13Hours(std::int64_t minutes);

// What the form's head says besides the sheet: the organisation and department, the document's
// number and the date it is drawn up.
struct T13Header
{
    std::string organization;
    std::string department;
    std::string documentNumber = "1";
    Date drawnUp;
};

// The form's fixed words, shared by its writers (XLSX, PDF) so every copy reads the same.
namespace t13form {
inline constexpr const char *kFormName = "Унифицированная форма № Т-13";
inline constexpr const char *kApproval =
    "Утверждена постановлением Госкомстата России от 05.01.2004 № 1";
inline constexpr const char *kOrganizationCaption = "(наименование организации)";
inline constexpr const char *kDepartmentCaption = "(структурное подразделение)";
inline constexpr const char *kTitle = "ТАБЕЛЬ";
inline constexpr const char *kSubtitle = "учета рабочего времени";
inline constexpr const char *kDocumentNumber = "Номер документа";
inline constexpr const char *kDrawnUp = "Дата составления";
inline constexpr const char *kPeriod = "Отчетный период";
inline constexpr const char *kNumber = "Номер по порядку";
inline constexpr const char *kName = "Фамилия, инициалы, должность (специальность, профессия)";
inline constexpr const char *kPersonnelNumber = "Табельный номер";
inline constexpr const char *kMarks = "Отметки о явках и неявках на работу по числам месяца";
inline constexpr const char *kWorked = "Отработано за";
inline constexpr const char *kAbsences = "Неявки по причинам";
inline constexpr const char *kHalf = "половину месяца (I, II)";
inline constexpr const char *kMonth = "месяц";
inline constexpr const char *kDaysHours = "дни (часы)";
inline constexpr const char *kCode = "код";
inline constexpr const char *kSignatures[] = {
    "Ответственное лицо", "Руководитель структурного подразделения", "Работник кадровой службы"};
inline constexpr const char *kSignatureCaptions[] = {"(должность)", "(личная подпись)",
                                                     "(расшифровка подписи)"};
} // namespace t13form

// The day in the form's grid of 2 x 16 cells: half 0 holds days 1-15 and an "X" cell, half 1 days
// 16-31. nullptr where the form prints "X" (that cell, and days the month does not have).
const T13Day *t13GridDay(const T13Person &person, int half, int column);

// "dd.mm.yyyy", as the form writes dates.
std::string t13Date(Date date);
// "за ноябрь 2026 г.": after "за" a month standing alone takes the accusative, which for the
// month names is the nominative (not the genitive of "1 ноября").
std::string t13PeriodTitle(int year, int month);

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
