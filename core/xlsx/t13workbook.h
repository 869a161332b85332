// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/t13sheet.h"

#include <filesystem>
#include <string>

namespace attlog {

// Writes the T-13 timesheet as the official form lays it out: the form's name and approval, the
// organisation, department, document number, date and period; the table header (number, name,
// personnel number, the days of the month in two half-month rows, worked days and hours per half
// and for the month, absences by code) repeated on every printed page; four rows per person
// (codes above hours, days 1-15 and then 16-31, "X" where the month has no such day); the
// signatures. A4 landscape, fitted to the page width. Written to a temporary name beside
// `target` and renamed when complete; on failure `error` says why and no file is left.
bool writeT13Workbook(const std::filesystem::path &target, const T13Sheet &sheet,
                      const T13Header &header, std::string *error);

} // namespace attlog
