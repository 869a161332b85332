// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/t13sheet.h"

#include <QString>

namespace attlog::print {

// Writes the T-13 timesheet as a PDF laid out as the official form, the same cells as the XLSX
// writer: the form's head on the first page; on every page the table header (number, name,
// personnel number, the days in two half-month rows, worked days and hours per half and for the
// month, absences by code) and a footer "<period> · Страница i из n"; four rows per person (codes
// above hours, days 1-15 and then 16-31, "X" where the month has no such day), never split over
// a page; the signatures after the last person. A4 landscape. Needs a QGuiApplication (fonts).
// Written to a temporary name beside `target` and renamed when complete (a target that is a
// device, a pipe or a folder is refused); on failure `error` says why and no file is left.
bool writeT13Pdf(const QString &target, const T13Sheet &sheet, const T13Header &header,
                 QString *error);

// The number of pages writeT13Pdf lays `sheet` out on (independent of fonts: rows have fixed
// heights).
int t13PdfPageCount(const T13Sheet &sheet);

} // namespace attlog::print
