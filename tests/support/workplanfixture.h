// SPDX-License-Identifier: MIT
#pragma once

namespace attlog::test {

// A work plan (db/plan/workplanjson.h) for the tests' small week of passes: Иванов Пётр (E1) in an
// office week (09:00-18:00, an hour's break, 5 minutes' grace; Monday to Friday from Monday
// 2.11.2026), Петров Олег (E2) on nights (20:00-08:00) every day.
inline constexpr const char *kOfficeAndNightsPlan = R"({
  "shifts": [
    {"id": "office", "start": "09:00", "end": "18:00", "break_min": 60, "grace_late_min": 5},
    {"id": "N", "start": "20:00", "end": "08:00", "break_min": 60}
  ],
  "patterns": [
    {"id": "5/2", "days": ["office", "office", "office", "office", "office", null, null],
     "anchor": "2026-11-02"},
    {"id": "nights", "days": ["N"], "anchor": "2026-11-01"}
  ],
  "assignments": [
    {"employee_id": "E1", "pattern": "5/2", "from": "2026-01-01"},
    {"employee_id": "E2", "pattern": "nights", "from": "2026-01-01"}
  ]
})";

} // namespace attlog::test
