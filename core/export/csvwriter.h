// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/stagedfile.h"
#include "core/export/tablewriter.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace attlog {

enum class CsvDateTimeStyle : std::uint8_t
{
    IsoT,  // "YYYY-MM-DDTHH:MM:SS" (the report CLI's format; the default)
    Space, // "YYYY-MM-DD HH:MM:SS"
};

struct CsvOptions
{
    char delimiter = ',';
    // UTF-8 byte order mark first, so Excel opens Cyrillic text correctly.
    bool byteOrderMark = true;
    // RFC 4180 uses CRLF.
    std::string lineBreak = "\r\n";
    CsvDateTimeStyle dateTimeStyle = CsvDateTimeStyle::IsoT;
    // Decimal separator for Real cells (',' suits ';'-delimited Russian Excel).
    char decimalSeparator = '.';
    // Formula-injection guard: a text cell starting with '=', '+', '-' or '@' is written with a
    // leading apostrophe ('=1+2 -> '=1+2), so a spreadsheet shows it as text instead of running
    // it. Numbers, dates and durations are never altered.
    bool neutraliseFormulas = true;
};

// The delimiter Excel expects for a locale name such as "ru", "ru_RU", "ru-RU.UTF-8": ';' where
// the decimal separator is a comma (Russian and most of continental Europe), else ','.
char csvDelimiterForLocale(std::string_view localeName);

// CSV per RFC 4180: a field is quoted when it holds the delimiter, a quote, CR or LF; quotes are
// doubled. Cells: text as is (UTF-8), integers in decimal, reals with the decimal separator,
// DateTime per dateTimeStyle, Date "YYYY-MM-DD", Minutes as an integer count of minutes, empty
// as an empty field. Marks are ignored. One table only.
class CsvWriter final : public TableWriter
{
public:
    // To a file: staged under a temporary name and renamed onto `target` in finish().
    CsvWriter(std::filesystem::path target, CsvOptions options = {});
    // To a stream or FILE the caller owns (e.g. std::cout / stdout); finish() flushes it. A
    // failed or aborted write cannot take back what already reached a stream.
    CsvWriter(std::ostream &out, CsvOptions options = {});
    CsvWriter(std::FILE *out, CsvOptions options = {});
    ~CsvWriter() override;

    const CsvOptions &options() const { return m_options; }

protected:
    bool doBegin(const std::vector<TableColumn> &columns, std::string_view sheetName) override;
    bool doWriteRow(std::span<const TableCell> cells, std::span<const CellMark> marks) override;
    bool doFinish() override;
    void doAbort() override;

private:
    void appendField(std::string_view text, bool isText);
    void appendCell(const TableCell &cell);
    bool flushBuffer();

    CsvOptions m_options;
    std::unique_ptr<StagedFile> m_staged;
    std::unique_ptr<std::ofstream> m_ownStream; // the staged file
    std::ostream *m_stream = nullptr;           // m_ownStream or the caller's stream
    std::FILE *m_file = nullptr;                // the caller's FILE
    std::string m_buffer;
};

} // namespace attlog
