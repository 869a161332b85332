// SPDX-License-Identifier: MIT
#include "core/xlsx/xlsxwriter.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <string>
#include <utility>

namespace attlog {

namespace {

// Excel's limits.
constexpr lxw_row_t kMaxRows = 1048576;
constexpr lxw_col_t kMaxColumns = 16384;
constexpr std::size_t kMaxStringBytes = 32767;
constexpr double kMaxColumnWidth = 60;
// Days from Excel's epoch (1899-12-30, the 1900 system with its leap-year quirk folded in) to
// 1970-01-01, the epoch of attlog's Date and DateTime.
constexpr double kExcelUnixEpoch = 25569.0;

// The number format a cell kind needs; the index into the format cache.
enum class CellKind : std::uint8_t
{
    General,
    Date,
    DateTime,
    Duration,
    Count
};

constexpr std::array<std::uint32_t, 4> kMarkColours = {
    0,        // CellMark::None
    0xFFD966, // Late: amber
    0xF4A6A6, // Absent: red
    0xC9B3E6, // Incomplete: violet
};

std::size_t utf8Length(std::string_view text)
{
    std::size_t length = 0;
    for (const char c : text)
        length += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return length;
}

// Cuts to at most `bytes` bytes without splitting a UTF-8 sequence.
std::string_view cutUtf8(std::string_view text, std::size_t bytes)
{
    if (text.size() <= bytes)
        return text;
    std::size_t end = bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

std::string libraryError(lxw_error error)
{
    return lxw_strerror(error);
}

} // namespace

struct XlsxWriter::State
{
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    std::string tmpdir;
    std::string sheetBaseName;
    std::set<std::string> sheetNames;
    int sheetCount = 0;
    int continuation = 0; // sheets continuing one table past Excel's row limit
    lxw_row_t row = 0;    // the next row to write in `sheet`
    std::vector<TableColumn> columns;
    std::vector<double> widths;
    lxw_format *header = nullptr;
    std::array<std::array<lxw_format *, kMarkColours.size()>,
               static_cast<std::size_t>(CellKind::Count)>
        formats{};

    ~State()
    {
        if (!workbook)
            return;
        // lxw_workbook_free() drops everything without writing the file, but leaves each
        // constant-memory sheet's scratch file open: a leaked handle, and on Windows a file that
        // stays beside the target until the process ends. Close them first.
        for (const std::string &name : sheetNames) {
            lxw_worksheet *ws = workbook_get_worksheet_by_name(workbook, name.c_str());
            if (ws && ws->optimize_tmpfile) {
                std::fclose(ws->optimize_tmpfile);
                ws->optimize_tmpfile = nullptr;
                ws->file = nullptr;
            }
        }
        lxw_workbook_free(workbook);
    }

    lxw_format *format(CellKind kind, CellMark mark)
    {
        const auto k = static_cast<std::size_t>(kind);
        const auto m = static_cast<std::size_t>(mark);
        if (kind == CellKind::General && mark == CellMark::None)
            return nullptr;
        lxw_format *&slot = formats[k][m];
        if (slot)
            return slot;
        slot = workbook_add_format(workbook);
        switch (kind) {
        case CellKind::Date:
            format_set_num_format(slot, "yyyy-mm-dd");
            break;
        case CellKind::DateTime:
            format_set_num_format(slot, "yyyy-mm-dd hh:mm:ss");
            break;
        case CellKind::Duration:
            format_set_num_format(slot, "[h]:mm");
            break;
        case CellKind::General:
        case CellKind::Count:
            break;
        }
        if (mark != CellMark::None) {
            format_set_pattern(slot, LXW_PATTERN_SOLID);
            format_set_bg_color(slot, kMarkColours[m]);
        }
        return slot;
    }

    std::string uniqueSheetName(std::string_view wanted)
    {
        // Excel: at most 31 characters, none of []:*?/\ and unique (case-insensitively; the
        // names used here differ in more than case).
        std::string name;
        for (const char c : wanted)
            name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
        if (name.empty())
            name = "Sheet" + std::to_string(sheetCount + 1);
        const auto fit = [](const std::string &text, std::size_t characters) {
            std::size_t bytes = 0;
            for (std::size_t n = 0; bytes < text.size() && n < characters; ++n) {
                ++bytes;
                while (bytes < text.size() &&
                       (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80)
                    ++bytes;
            }
            return text.substr(0, bytes);
        };
        std::string candidate = fit(name, 31);
        for (int n = 2; sheetNames.count(candidate); ++n) {
            const std::string suffix = " (" + std::to_string(n) + ")";
            candidate = fit(name, 31 - suffix.size()) + suffix;
        }
        sheetNames.insert(candidate);
        return candidate;
    }
};

XlsxWriter::XlsxWriter(std::filesystem::path target)
    : m_staged(std::move(target))
{}

XlsxWriter::~XlsxWriter()
{
    if (!isFinished())
        doAbort();
}

bool XlsxWriter::doBegin(const std::vector<TableColumn> &columns, std::string_view sheetName)
{
    if (columns.size() > kMaxColumns) {
        setError("An Excel sheet holds at most 16384 columns.");
        return false;
    }
    if (!m_state) {
        if (!m_staged.prepare()) {
            setError(m_staged.errorString());
            return false;
        }
        m_state = std::make_unique<State>();
        // Scratch files beside the target: the system temp folder may be small or memory-backed,
        // and on Windows tmpfile() may not be allowed at all.
        std::filesystem::path folder = m_staged.tempPath().parent_path();
        m_state->tmpdir = pathForDisplay(folder.empty() ? std::filesystem::path(".") : folder);
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_state->tmpdir.data();
        options.use_zip64 = LXW_FALSE;
        const std::string temp = pathForDisplay(m_staged.tempPath());
        m_state->workbook = workbook_new_opt(temp.c_str(), &options);
        if (!m_state->workbook) {
            setError("Cannot create the workbook \"" + pathForDisplay(m_staged.target()) + "\".");
            return false;
        }
        m_state->header = workbook_add_format(m_state->workbook);
        format_set_bold(m_state->header);
    } else {
        closeSheet();
    }
    m_state->columns = columns;
    m_state->sheetBaseName = std::string(sheetName);
    m_state->continuation = 0;
    return startSheet();
}

bool XlsxWriter::startSheet()
{
    State &s = *m_state;
    std::string wanted = s.sheetBaseName;
    if (s.continuation > 0)
        wanted = (wanted.empty() ? "Sheet" : wanted) + " " + std::to_string(s.continuation + 1);
    const std::string name = s.uniqueSheetName(wanted);
    s.sheet = workbook_add_worksheet(s.workbook, name.c_str());
    if (!s.sheet) {
        setError("Cannot add the sheet \"" + name + "\" to the workbook.");
        return false;
    }
    ++s.sheetCount;
    s.row = 0;
    s.widths.assign(s.columns.size(), 0.0);
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
        const TableColumn &column = s.columns[c];
        double width = static_cast<double>(utf8Length(column.title)) + 2;
        switch (column.type) {
        case ColumnType::DateTime:
            width = std::max(width, 20.0);
            break;
        case ColumnType::Date:
            width = std::max(width, 11.0);
            break;
        default:
            width = std::max(width, 8.0);
        }
        s.widths[c] = width;
        const std::string_view title = cutUtf8(column.title, kMaxStringBytes);
        const lxw_error error = worksheet_write_string(s.sheet, 0, static_cast<lxw_col_t>(c),
                                                       std::string(title).c_str(), s.header);
        if (error != LXW_NO_ERROR) {
            setError("Cannot write the header: " + libraryError(error));
            return false;
        }
    }
    worksheet_freeze_panes(s.sheet, 1, 0);
    s.row = 1;
    return true;
}

void XlsxWriter::closeSheet()
{
    State &s = *m_state;
    if (!s.sheet)
        return;
    const auto lastColumn = static_cast<lxw_col_t>(s.columns.size() - 1);
    worksheet_autofilter(s.sheet, 0, 0, s.row - 1, lastColumn);
    for (std::size_t c = 0; c < s.widths.size(); ++c) {
        worksheet_set_column(s.sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             std::min(s.widths[c], kMaxColumnWidth), nullptr);
    }
    s.sheet = nullptr;
}

bool XlsxWriter::doWriteRow(std::span<const TableCell> cells, std::span<const CellMark> marks)
{
    State &s = *m_state;
    if (s.row >= kMaxRows) {
        // Excel stops at 1,048,576 rows: the table goes on in a new sheet with its own header.
        closeSheet();
        ++s.continuation;
        if (!startSheet())
            return false;
    }
    const lxw_row_t row = s.row;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const CellMark mark = marks.empty() ? CellMark::None : marks[c];
        const auto column = static_cast<lxw_col_t>(c);
        lxw_error error = LXW_NO_ERROR;
        double width = 0;
        const TableCell &cell = cells[c];
        if (const auto *text = std::get_if<std::string>(&cell)) {
            const std::string_view cut = cutUtf8(*text, kMaxStringBytes);
            // libxlsxwriter takes C strings: text with an embedded NUL ends there.
            if (cut.size() == text->size()) {
                error = worksheet_write_string(s.sheet, row, column, text->c_str(),
                                               s.format(CellKind::General, mark));
            } else {
                error = worksheet_write_string(s.sheet, row, column, std::string(cut).c_str(),
                                               s.format(CellKind::General, mark));
            }
            width = static_cast<double>(utf8Length(cut)) + 2;
        } else if (const auto *integer = std::get_if<std::int64_t>(&cell)) {
            error = worksheet_write_number(s.sheet, row, column, static_cast<double>(*integer),
                                           s.format(CellKind::General, mark));
            width = static_cast<double>(std::to_string(*integer).size()) + 2;
        } else if (const auto *real = std::get_if<double>(&cell)) {
            error = worksheet_write_number(s.sheet, row, column, *real,
                                           s.format(CellKind::General, mark));
            width = 12;
        } else if (const auto *dateTime = std::get_if<DateTime>(&cell)) {
            const double serial =
                kExcelUnixEpoch + static_cast<double>(dateTime->seconds) / kSecondsPerDay;
            error = worksheet_write_number(s.sheet, row, column, serial,
                                           s.format(CellKind::DateTime, mark));
        } else if (const auto *date = std::get_if<Date>(&cell)) {
            error = worksheet_write_number(s.sheet, row, column, kExcelUnixEpoch + date->days,
                                           s.format(CellKind::Date, mark));
        } else if (const auto *minutes = std::get_if<Minutes>(&cell)) {
            error = worksheet_write_number(s.sheet, row, column,
                                           static_cast<double>(minutes->count) / (24 * 60),
                                           s.format(CellKind::Duration, mark));
        } else if (mark != CellMark::None) {
            error = worksheet_write_blank(s.sheet, row, column, s.format(CellKind::General, mark));
        }
        if (error != LXW_NO_ERROR) {
            setError("Cannot write row " + std::to_string(rowsWritten() + 1) + ": " +
                     libraryError(error));
            return false;
        }
        if (width > s.widths[c])
            s.widths[c] = width;
    }
    ++s.row;
    return true;
}

bool XlsxWriter::doFinish()
{
    closeSheet();
    lxw_workbook *workbook = std::exchange(m_state->workbook, nullptr);
    const lxw_error error = workbook_close(workbook); // writes the file and frees the workbook
    m_state.reset();
    if (error != LXW_NO_ERROR) {
        setError("Cannot write \"" + pathForDisplay(m_staged.target()) +
                 "\": " + libraryError(error));
        m_staged.discard();
        return false;
    }
    if (!m_staged.commit()) {
        setError(m_staged.errorString());
        return false;
    }
    return true;
}

void XlsxWriter::doAbort()
{
    m_state.reset();
    m_staged.discard();
}

} // namespace attlog
