// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

class QTableWidget;

namespace attlog::ui {

// The work plan's sections as editable tables, one row per item, each column one JSON member
// (db/plan/workplanjson.h names them): the tables are a view of the plan's JSON, and the JSON
// reader checks what was typed (its messages name the section and the item's number, the row).
// Empty cells are members left out; lists are written with commas ("D, D, -, -": "-" is a day
// off); a group is a row (name, members); the calendar a row per date with its kind. GUI thread.
enum class PlanSection
{
    Shifts,
    Patterns,
    Groups,
    Assignments,
    Overrides,
    Calendar,
    Absences
};
inline constexpr int kPlanSectionCount = 7;

// A table with the section's columns and no rows.
QTableWidget *createPlanTable(PlanSection section, QWidget *parent);
// Replaces the table's rows with the section of `plan` (a plan's JSON object).
void fillPlanTable(QTableWidget *table, PlanSection section, const QJsonObject &plan);
// Writes the table's rows into `plan` as the section's member (rows with every cell empty are
// left out).
void readPlanTable(const QTableWidget *table, PlanSection section, QJsonObject *plan);
// Appends an empty row (the calendar's kind a holiday, booleans unchecked) and returns it.
int addPlanRow(QTableWidget *table, PlanSection section);

// The calendar kinds as the table names them.
QString calendarKindText(const QString &jsonKey);

} // namespace attlog::ui
