// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/workplan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace attlog::db {

// The work plan as one JSON file, the form the viewer imports and exports and `attlog --plan`
// reads (issue 14). Times "HH:MM", dates "YYYY-MM-DD", employee ids text (numbers are accepted):
//   {"shifts": [{"id": "D", "start": "08:00", "end": "20:00", "break_min": 60,
//                "grace_late_min": 5, "grace_early_min": 5, "overtime_after_min": 15},
//               {"id": "F", "flexible": true, "required_min": 480,
//                "window_start": "07:00", "window_end": "21:00"}],
//    "patterns": [{"id": "2/2", "days": ["D", "D", null, null], "anchor": "2026-01-01",
//                  "follows_calendar": false}],
//    "groups": {"Guards": ["1001", "1002"]},
//    "assignments": [{"employee_id": "1001", "pattern": "2/2", "from": "2026-01-01",
//                     "to": "2026-12-31"}, {"group": "Guards", "pattern": "2/2", "from": …}],
//    "overrides": [{"employee_id": "1001", "date": "2026-12-14", "shift": "N"},
//                  {"employee_id": "1001", "date": "2026-12-15", "shift": null}],
//    "calendar": {"base": "ru", "holidays": [dates], "days_off": [dates],
//                 "short_days": [dates], "working_days": [dates]},
//    "absences": [{"employee_id": "1001", "from": "2026-12-01", "to": "2026-12-05",
//                  "code": "Б"}]}
// Every member may be left out (its default: no shifts, …). The calendar's lists are added to
// its base: "ru" (the default) is russianProductionCalendar(2025, 2030), "none" is Saturdays and
// Sundays alone; a working day listed beats a base day off. fromJson() refuses what it cannot
// read exactly (a wrong type, a bad time or date, an unknown code or name) with a message that
// says where, and a plan that workPlanProblems() finds fault with.
QByteArray workPlanToJson(const WorkPlan &plan);
std::optional<WorkPlan> workPlanFromJson(const QByteArray &json, QString *error);

// Reads a plan file; the message names the file.
std::optional<WorkPlan> readWorkPlanFile(const QString &path, QString *error);

// The calendar "base": "ru" gives these years.
inline constexpr int kBaseCalendarFirstYear = 2025;
inline constexpr int kBaseCalendarLastYear = 2030;

} // namespace attlog::db
