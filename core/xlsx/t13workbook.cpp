// SPDX-License-Identifier: MIT
#include "core/xlsx/t13workbook.h"

#include "core/export/stagedfile.h"

#include <xlsxwriter.h>

namespace attlog {

namespace {

// Columns of the table (0-based): number, name, personnel number, 16 day columns, worked per
// half and per month, absence code and days.
constexpr lxw_col_t kNumberCol = 0;
constexpr lxw_col_t kNameCol = 1;
constexpr lxw_col_t kPersonnelCol = 2;
constexpr lxw_col_t kFirstDayCol = 3;
constexpr lxw_col_t kHalfCol = kFirstDayCol + 16;
constexpr lxw_col_t kMonthCol = kHalfCol + 1;
constexpr lxw_col_t kAbsenceCodeCol = kMonthCol + 1;
constexpr lxw_col_t kAbsenceDaysCol = kAbsenceCodeCol + 1;
constexpr lxw_col_t kLastCol = kAbsenceDaysCol;

constexpr lxw_row_t kTableHeaderRow = 9; // four header rows: titles, days 1-15, 16-31, numbers
constexpr lxw_row_t kFirstPersonRow = kTableHeaderRow + 4;

struct Formats
{
    lxw_format *cell = nullptr;   // bordered, centred, wrapped, 8 pt
    lxw_format *name = nullptr;   // bordered, left, wrapped
    lxw_format *header = nullptr; // bordered, centred, wrapped, 7 pt
    lxw_format *title = nullptr;  // bold, 12 pt, centred
    lxw_format *small = nullptr;  // 7 pt, centred, top border (a caption under a line)
    lxw_format *line = nullptr;   // bottom border: a line to write on
    lxw_format *right = nullptr;  // 7 pt, right
};

Formats makeFormats(lxw_workbook *workbook)
{
    Formats f;
    const auto base = [workbook](int size) {
        lxw_format *format = workbook_add_format(workbook);
        format_set_font_name(format, "Arial");
        format_set_font_size(format, size);
        format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(format);
        return format;
    };
    f.cell = base(8);
    format_set_align(f.cell, LXW_ALIGN_CENTER);
    format_set_border(f.cell, LXW_BORDER_THIN);
    f.name = base(8);
    format_set_border(f.name, LXW_BORDER_THIN);
    f.header = base(7);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.title = base(12);
    format_set_bold(f.title);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    f.small = base(7);
    format_set_align(f.small, LXW_ALIGN_CENTER);
    format_set_top(f.small, LXW_BORDER_THIN);
    f.line = base(9);
    format_set_bottom(f.line, LXW_BORDER_THIN);
    f.right = base(7);
    format_set_align(f.right, LXW_ALIGN_RIGHT);
    return f;
}

// Writes the sheet; returns the first library error.
lxw_error writeSheet(lxw_workbook *workbook, const T13Sheet &sheet, const T13Header &header)
{
    lxw_worksheet *ws = workbook_add_worksheet(workbook, "Т-13");
    const Formats f = makeFormats(workbook);
    lxw_error error = LXW_NO_ERROR;
    const auto check = [&error](lxw_error e) {
        if (error == LXW_NO_ERROR)
            error = e;
    };
    const auto merge = [&](lxw_row_t r1, lxw_col_t c1, lxw_row_t r2, lxw_col_t c2,
                           const std::string &text, lxw_format *format) {
        if (r1 == r2 && c1 == c2)
            check(worksheet_write_string(ws, r1, c1, text.c_str(), format));
        else
            check(worksheet_merge_range(ws, r1, c1, r2, c2, text.c_str(), format));
    };
    const auto text = [&](lxw_row_t r, lxw_col_t c, const std::string &value, lxw_format *format) {
        check(worksheet_write_string(ws, r, c, value.c_str(), format));
    };
    const auto number = [&](lxw_row_t r, lxw_col_t c, double value, lxw_format *format) {
        check(worksheet_write_number(ws, r, c, value, format));
    };

    // Page: A4 landscape, one page wide, the table header on every page.
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_set_margins(ws, 0.3, 0.3, 0.4, 0.4);
    worksheet_fit_to_pages(ws, 1, 0);
    check(worksheet_repeat_rows(ws, kTableHeaderRow, kFirstPersonRow - 1));
    worksheet_set_column(ws, kNumberCol, kNumberCol, 4.5, nullptr);
    worksheet_set_column(ws, kNameCol, kNameCol, 26, nullptr);
    worksheet_set_column(ws, kPersonnelCol, kPersonnelCol, 9, nullptr);
    worksheet_set_column(ws, kFirstDayCol, kHalfCol - 1, 4.6, nullptr);
    worksheet_set_column(ws, kHalfCol, kMonthCol, 8, nullptr);
    worksheet_set_column(ws, kAbsenceCodeCol, kAbsenceCodeCol, 6, nullptr);
    worksheet_set_column(ws, kAbsenceDaysCol, kAbsenceDaysCol, 8, nullptr);

    // The form's head.
    merge(0, kHalfCol, 0, kLastCol, t13form::kFormName, f.right);
    merge(1, kHalfCol, 1, kLastCol, t13form::kApproval, f.right);
    merge(2, kNumberCol, 2, kHalfCol - 1, header.organization, f.line);
    merge(3, kNumberCol, 3, kHalfCol - 1, t13form::kOrganizationCaption, f.small);
    merge(4, kNumberCol, 4, kHalfCol - 1, header.department, f.line);
    merge(5, kNumberCol, 5, kHalfCol - 1, t13form::kDepartmentCaption, f.small);
    merge(6, kNameCol, 6, kFirstDayCol + 6, t13form::kTitle, f.title);
    merge(7, kNameCol, 7, kFirstDayCol + 6, t13form::kSubtitle, f.title);
    merge(6, kFirstDayCol + 7, 6, kFirstDayCol + 9, t13form::kDocumentNumber, f.header);
    merge(6, kFirstDayCol + 10, 6, kFirstDayCol + 12, t13form::kDrawnUp, f.header);
    merge(6, kFirstDayCol + 13, 6, kMonthCol, t13form::kPeriod, f.header);
    merge(7, kFirstDayCol + 7, 7, kFirstDayCol + 9, header.documentNumber, f.cell);
    merge(7, kFirstDayCol + 10, 7, kFirstDayCol + 12, t13Date(header.drawnUp), f.cell);
    merge(7, kFirstDayCol + 13, 7, kFirstDayCol + 15, "с " + t13Date(sheet.from), f.cell);
    merge(7, kHalfCol, 7, kMonthCol, "по " + t13Date(sheet.to), f.cell);
    merge(8, kNameCol, 8, kFirstDayCol + 6, t13PeriodTitle(sheet.year, sheet.month), f.right);

    // The table header.
    const lxw_row_t h = kTableHeaderRow;
    merge(h, kNumberCol, h + 2, kNumberCol, t13form::kNumber, f.header);
    merge(h, kNameCol, h + 2, kNameCol, t13form::kName, f.header);
    merge(h, kPersonnelCol, h + 2, kPersonnelCol, t13form::kPersonnelNumber, f.header);
    merge(h, kFirstDayCol, h, kHalfCol - 1, t13form::kMarks, f.header);
    merge(h, kHalfCol, h, kMonthCol, t13form::kWorked, f.header);
    merge(h, kAbsenceCodeCol, h, kAbsenceDaysCol, t13form::kAbsences, f.header);
    for (int d = 0; d < 16; ++d) {
        const lxw_col_t c = kFirstDayCol + lxw_col_t(d);
        text(h + 1, c, d < 15 ? std::to_string(d + 1) : "X", f.header);
        text(h + 2, c, std::to_string(d + 16), f.header);
    }
    merge(h + 1, kHalfCol, h + 2, kHalfCol, t13form::kHalf, f.header);
    text(h + 1, kMonthCol, t13form::kMonth, f.header);
    text(h + 2, kMonthCol, t13form::kDaysHours, f.header);
    merge(h + 1, kAbsenceCodeCol, h + 2, kAbsenceCodeCol, t13form::kCode, f.header);
    merge(h + 1, kAbsenceDaysCol, h + 2, kAbsenceDaysCol, t13form::kDaysHours, f.header);
    // The form's column numbers.
    text(h + 3, kNumberCol, "1", f.header);
    text(h + 3, kNameCol, "2", f.header);
    text(h + 3, kPersonnelCol, "3", f.header);
    merge(h + 3, kFirstDayCol, h + 3, kHalfCol - 1, "4", f.header);
    text(h + 3, kHalfCol, "5", f.header);
    text(h + 3, kMonthCol, "6", f.header);
    text(h + 3, kAbsenceCodeCol, "7", f.header);
    text(h + 3, kAbsenceDaysCol, "8", f.header);

    // Four rows per person: codes and hours of days 1-15, then of days 16-31.
    lxw_row_t r = kFirstPersonRow;
    for (std::size_t i = 0; i < sheet.people.size(); ++i, r += 4) {
        const T13Person &p = sheet.people[i];
        merge(r, kNumberCol, r + 3, kNumberCol, std::to_string(i + 1), f.cell);
        merge(r, kNameCol, r + 3, kNameCol, p.name, f.name);
        merge(r, kPersonnelCol, r + 3, kPersonnelCol, p.number, f.cell);
        for (int half = 0; half < 2; ++half) {
            const lxw_row_t codes = r + lxw_row_t(2 * half);
            for (int k = 0; k < 16; ++k) {
                const lxw_col_t c = kFirstDayCol + lxw_col_t(k);
                const T13Day *cell = t13GridDay(p, half, k);
                text(codes, c, cell ? cell->codes : "X", f.cell);
                text(codes + 1, c, cell ? cell->hours : "X", f.cell);
            }
            number(codes, kHalfCol, p.halfDays[std::size_t(half)], f.cell);
            text(codes + 1, kHalfCol, t13Hours(p.halfMinutes[std::size_t(half)]), f.cell);
        }
        merge(r, kMonthCol, r + 1, kMonthCol, std::to_string(p.monthDays), f.cell);
        merge(r + 2, kMonthCol, r + 3, kMonthCol, t13Hours(p.monthMinutes), f.cell);
        for (lxw_row_t k = 0; k < 4; ++k) {
            const bool has = k < p.absences.size();
            text(r + k, kAbsenceCodeCol, has ? p.absences[k].first : "", f.cell);
            text(r + k, kAbsenceDaysCol, has ? std::to_string(p.absences[k].second) : "", f.cell);
        }
    }

    // Signatures.
    r += 1;
    for (const char *role : t13form::kSignatures) {
        merge(r, kNumberCol, r, kNameCol, role, f.right);
        merge(r, kPersonnelCol, r, kFirstDayCol + 3, "", f.line);
        merge(r, kFirstDayCol + 5, r, kFirstDayCol + 8, "", f.line);
        merge(r, kFirstDayCol + 10, r, kFirstDayCol + 15, "", f.line);
        merge(r + 1, kPersonnelCol, r + 1, kFirstDayCol + 3, t13form::kSignatureCaptions[0],
              f.small);
        merge(r + 1, kFirstDayCol + 5, r + 1, kFirstDayCol + 8, t13form::kSignatureCaptions[1],
              f.small);
        merge(r + 1, kFirstDayCol + 10, r + 1, kFirstDayCol + 15, t13form::kSignatureCaptions[2],
              f.small);
        r += 3;
    }
    return error;
}

} // namespace

bool writeT13Workbook(const std::filesystem::path &target, const T13Sheet &sheet,
                      const T13Header &header, std::string *error)
{
    StagedFile staged(target);
    if (!staged.prepare()) {
        *error = staged.errorString();
        return false;
    }
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE; // merged cells across rows: the normal mode
    // Scratch files beside the target, as XlsxWriter keeps them (tmpfile() may be refused on
    // Windows).
    const std::filesystem::path folder = staged.tempPath().parent_path();
    std::string tmpdir = pathForDisplay(folder.empty() ? std::filesystem::path(".") : folder);
    options.tmpdir = tmpdir.data();
    const std::string temp = pathForDisplay(staged.tempPath());
    lxw_workbook *workbook = workbook_new_opt(temp.c_str(), &options);
    if (!workbook) {
        *error = "Cannot create the workbook \"" + pathForDisplay(target) + "\".";
        staged.discard();
        return false;
    }
    const lxw_error written = writeSheet(workbook, sheet, header);
    const lxw_error closed = workbook_close(workbook);
    const lxw_error failed = written != LXW_NO_ERROR ? written : closed;
    if (failed != LXW_NO_ERROR) {
        *error = "Cannot write \"" + pathForDisplay(target) + "\": " + lxw_strerror(failed);
        staged.discard();
        return false;
    }
    if (!staged.commit()) {
        *error = staged.errorString();
        return false;
    }
    return true;
}

} // namespace attlog
