// SPDX-License-Identifier: MIT
// Fuzz target: CsvWriter (core/export/csvwriter.h). The fuzzer chooses the options and a table of
// typed cells; the written CSV is read back with the small RFC 4180 reader below and must give
// exactly the cells that were written, each in its documented form: text with its control
// characters as U+FFFD (TAB, CR and LF kept) and an apostrophe before a formula trigger, numbers
// and dates as text. A field is never split or merged, whatever its bytes.
#include "core/export/csvwriter.h"
#include "core/text/utf8.h"

#include "tests/fuzz/fuzzcheck.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace attlog;

namespace {

using Record = std::vector<std::string>;

// RFC 4180, with the delimiter and line break the writer was given. Returns false on a CSV that
// does not follow the grammar (a quote inside an unquoted field, text after a closing quote, an
// unterminated quoted field).
bool readCsv(std::string_view csv, char delimiter, std::string_view lineBreak,
             std::vector<Record> &records)
{
    std::size_t pos = 0;
    while (pos < csv.size()) {
        Record record;
        for (;;) {
            std::string field;
            if (pos < csv.size() && csv[pos] == '"') {
                ++pos;
                for (;;) {
                    if (pos >= csv.size())
                        return false;
                    if (csv[pos] == '"') {
                        if (pos + 1 < csv.size() && csv[pos + 1] == '"') {
                            field += '"';
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    field += csv[pos++];
                }
            } else {
                while (pos < csv.size() && csv[pos] != delimiter &&
                       csv.substr(pos, lineBreak.size()) != lineBreak) {
                    if (csv[pos] == '"')
                        return false;
                    field += csv[pos++];
                }
            }
            record.push_back(std::move(field));
            if (pos < csv.size() && csv[pos] == delimiter) {
                ++pos;
                continue;
            }
            if (csv.substr(pos, lineBreak.size()) != lineBreak)
                return false;
            pos += lineBreak.size();
            break;
        }
        records.push_back(std::move(record));
    }
    return true;
}

struct Expected
{
    const CsvOptions &options;

    std::string text(const std::string &value) const
    {
        const bool formula = options.neutraliseFormulas && !value.empty() &&
                             std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos;
        return (formula ? "'" : "") + text::utf8::replaceControls(value, "\t\r\n");
    }
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(const std::string &value) const { return text(value); }
    std::string operator()(std::int64_t value) const { return std::to_string(value); }
    std::string operator()(double) const { return {}; } // checked by value in checkReal()
    std::string operator()(DateTime value) const
    {
        return options.dateTimeStyle == CsvDateTimeStyle::IsoT ? formatIsoDateTime(value)
                                                               : formatSqlDateTime(value);
    }
    std::string operator()(Date value) const { return formatIsoDate(value); }
    std::string operator()(Minutes value) const { return std::to_string(value.count); }
};

// A real cell reads back as the same number once its decimal separator is a point again.
bool sameReal(double written, std::string field, char decimalSeparator)
{
    if (!std::isfinite(written))
        return field.empty();
    for (char &c : field)
        if (c == decimalSeparator)
            c = '.';
    double read = 0;
    const auto result = std::from_chars(field.data(), field.data() + field.size(), read);
    return result.ec == std::errc() && result.ptr == field.data() + field.size() && read == written;
}

TableCell makeCell(FuzzedDataProvider &fuzz)
{
    // Dates within the years 0001..9999, as the parsers produce them.
    constexpr std::int32_t kFirstDay = -719162;
    constexpr std::int32_t kLastDay = 2932896;
    switch (fuzz.ConsumeIntegralInRange(0, 7)) {
    case 0:
        return std::monostate{};
    case 1:
        return fuzz.ConsumeIntegral<std::int64_t>();
    case 2:
        return fuzz.ConsumeFloatingPoint<double>();
    case 3:
        return DateTime{fuzz.ConsumeIntegralInRange<std::int64_t>(
            std::int64_t{kFirstDay} * kSecondsPerDay,
            std::int64_t{kLastDay + 1} * kSecondsPerDay - 1)};
    case 4:
        return Date{fuzz.ConsumeIntegralInRange(kFirstDay, kLastDay)};
    case 5:
        return Minutes{fuzz.ConsumeIntegral<std::int64_t>()};
    default:
        return fuzz.ConsumeRandomLengthString(64);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    FuzzedDataProvider fuzz(data, size);
    CsvOptions options;
    options.delimiter = fuzz.PickValueInArray({',', ';', '\t'});
    options.byteOrderMark = fuzz.ConsumeBool();
    options.lineBreak = fuzz.ConsumeBool() ? "\r\n" : "\n";
    options.dateTimeStyle = fuzz.ConsumeBool() ? CsvDateTimeStyle::IsoT : CsvDateTimeStyle::Space;
    options.decimalSeparator = fuzz.PickValueInArray({'.', ','});
    options.neutraliseFormulas = fuzz.ConsumeBool();

    std::vector<TableColumn> columns(fuzz.ConsumeIntegralInRange<std::size_t>(1, 5));
    for (TableColumn &column : columns)
        column.title = fuzz.ConsumeRandomLengthString(16);
    std::vector<std::vector<TableCell>> rows;
    while (fuzz.remaining_bytes() > 0 && rows.size() < 64) {
        std::vector<TableCell> row;
        for (std::size_t i = 0; i < columns.size(); ++i)
            row.push_back(makeCell(fuzz));
        rows.push_back(std::move(row));
    }

    std::ostringstream out;
    {
        CsvWriter writer(out, options);
        FUZZ_CHECK(writer.begin(columns), input);
        for (const auto &row : rows)
            FUZZ_CHECK(writer.writeRow(row), input);
        FUZZ_CHECK(writer.finish(), input);
    }
    std::string csv = out.str();
    if (options.byteOrderMark) {
        FUZZ_CHECK(csv.starts_with("\xEF\xBB\xBF"), input);
        csv.erase(0, 3);
    }

    std::vector<Record> records;
    FUZZ_CHECK(readCsv(csv, options.delimiter, options.lineBreak, records), input);
    FUZZ_CHECK(records.size() == rows.size() + 1, input);
    const Expected expected{options};
    FUZZ_CHECK(records[0].size() == columns.size(), input);
    for (std::size_t i = 0; i < columns.size(); ++i)
        FUZZ_CHECK(records[0][i] == expected.text(columns[i].title), input);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Record &record = records[r + 1];
        FUZZ_CHECK(record.size() == rows[r].size(), input);
        for (std::size_t i = 0; i < record.size(); ++i) {
            const TableCell &cell = rows[r][i];
            if (const double *real = std::get_if<double>(&cell))
                FUZZ_CHECK(sameReal(*real, record[i], options.decimalSeparator), input);
            else
                FUZZ_CHECK(record[i] == std::visit(expected, cell), input);
        }
    }
    return 0;
}
