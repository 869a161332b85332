// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"
#include "core/report/reportrules.h"
#include "core/report/worktimereport.h"

#include <QColor>
#include <QString>

class QWidget;

namespace attlog::ui {

// The Worktime tab's shared look: the highlight colours (the same meaning as the XLSX export's
// fills: late amber, absent red, a missing pass violet), short texts for flags and times, and the
// legend that explains them. GUI thread only.

QColor lateColor();
QColor absentColor();
QColor incompleteColor(); // no exit or no entry: a pass is missing
QColor nonWorkingDayColor();

// "No exit, Absent" (translated); empty when no flag is set.
QString flagsText(const WorktimeFlags &flags);
// A row of today whose only remark is a missing exit, with no exit at all: the person is most
// likely still inside, and the day is not over. The tables say "not out yet" instead of flagging
// it (the exports keep the report's no_exit).
bool isStillInsideToday(const WorktimeDay &day);
// The time of a pass on a report row of `date`: "08:03" on that date, "28.11 06:02" on another
// (a night shift's exit).
QString passTimeText(DateTime time, Date date);
// "Mon 03.11.2026"-style date with the weekday, from the user's locale.
QString dateWithWeekday(Date date);
// Whether `date` is a working day: by the schedule's working days when there is one, else
// Monday to Friday.
bool isWorkingDay(Date date, const WorktimeRules &rules);

// A row of coloured swatches with their meaning, for the timesheet.
QWidget *createTimesheetLegend(QWidget *parent);

} // namespace attlog::ui
