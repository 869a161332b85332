// SPDX-License-Identifier: MIT
#include "core/export/csvwriter.h"

#include "core/text/utf8.h"

#include <array>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <utility>

namespace attlog {

namespace {

constexpr std::size_t kFlushBytes = 1 << 16;

void appendInteger(std::string &out, std::int64_t value)
{
    std::array<char, 24> text;
    const auto result = std::to_chars(text.data(), text.data() + text.size(), value);
    out.append(text.data(), result.ptr);
}

} // namespace

char csvDelimiterForLocale(std::string_view localeName)
{
    // Locales whose decimal separator is a comma: Excel there splits CSV on ';'.
    static constexpr std::array<std::string_view, 26> kCommaDecimal = {
        "ru", "uk", "be", "kk", "uz", "ky", "tg", "az", "hy", "ka", "de", "fr", "es",
        "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "ro", "tr", "fi"};
    std::string language;
    for (const char c : localeName) {
        if (c == '_' || c == '-' || c == '.' || c == '@')
            break;
        language += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (const std::string_view code : kCommaDecimal) {
        if (language == code)
            return ';';
    }
    return ',';
}

CsvWriter::CsvWriter(std::filesystem::path target, CsvOptions options)
    : m_options(std::move(options))
    , m_staged(std::make_unique<StagedFile>(std::move(target)))
{}

CsvWriter::CsvWriter(std::ostream &out, CsvOptions options)
    : m_options(std::move(options))
    , m_stream(&out)
{}

CsvWriter::CsvWriter(std::FILE *out, CsvOptions options)
    : m_options(std::move(options))
    , m_file(out)
{}

CsvWriter::~CsvWriter()
{
    if (!isFinished())
        doAbort();
}

bool CsvWriter::doBegin(const std::vector<TableColumn> &columns, std::string_view)
{
    if (m_staged) {
        if (!m_staged->prepare()) {
            setError(m_staged->errorString());
            return false;
        }
        m_ownStream = std::make_unique<std::ofstream>(
            m_staged->tempPath(), std::ios::binary | std::ios::out | std::ios::trunc);
        if (!m_ownStream->is_open()) {
            const int error = errno;
            setError("Cannot create a file in \"" +
                     pathForDisplay(m_staged->target().parent_path()) +
                     "\": " + (error ? std::strerror(error) : "access denied") + ".");
            return false;
        }
        m_stream = m_ownStream.get();
    }
    m_buffer.reserve(kFlushBytes + 4096);
    if (m_options.byteOrderMark)
        m_buffer += "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            m_buffer += m_options.delimiter;
        appendField(columns[i].title, true);
    }
    m_buffer += m_options.lineBreak;
    return flushBuffer();
}

void CsvWriter::appendField(std::string_view text, bool isText)
{
    // A spreadsheet reads a cell that starts with = + - @ as a formula, and skips a leading TAB or
    // CR before doing so (OWASP's list of formula triggers).
    const bool neutralise = isText && m_options.neutraliseFormulas && !text.empty() &&
                            (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                             text[0] == '\t' || text[0] == '\r');
    bool quote = false;
    bool controls = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == m_options.delimiter || c == '"' || c == '\r' || c == '\n')
            quote = true;
        else if (c != '\t' && attlog::text::utf8::controlLengthAt(text, i) > 0)
            controls = true;
    }
    // Other control characters (ESC, BEL, NUL, C1) would reach a terminal or an importer as they
    // are: they become U+FFFD, as in `attlog tail`.
    std::string cleaned;
    if (controls && isText) {
        cleaned = attlog::text::utf8::replaceControls(text, "\t\r\n");
        text = cleaned;
    }
    if (!quote) {
        if (neutralise)
            m_buffer += '\'';
        m_buffer += text;
        return;
    }
    m_buffer += '"';
    if (neutralise)
        m_buffer += '\'';
    for (const char c : text) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
}

void CsvWriter::appendCell(const TableCell &cell)
{
    struct Visitor
    {
        CsvWriter &w;
        void operator()(std::monostate) const {}
        void operator()(const std::string &text) const { w.appendField(text, true); }
        void operator()(std::int64_t value) const { appendInteger(w.m_buffer, value); }
        void operator()(double value) const
        {
            if (!std::isfinite(value))
                return;
            std::array<char, 32> text;
            const auto result = std::to_chars(text.data(), text.data() + text.size(), value);
            for (char *p = text.data(); p != result.ptr; ++p)
                *p = (*p == '.') ? w.m_options.decimalSeparator : *p;
            // A decimal separator that is also the delimiter ("1,5" with ',') is quoted, like any
            // field holding the delimiter; unquoted, it would split the cell in two.
            const std::string_view number(text.data(),
                                          static_cast<std::size_t>(result.ptr - text.data()));
            const bool quote = number.find(w.m_options.delimiter) != std::string_view::npos;
            if (quote)
                w.m_buffer += '"';
            w.m_buffer += number;
            if (quote)
                w.m_buffer += '"';
        }
        void operator()(DateTime value) const
        {
            w.m_buffer += w.m_options.dateTimeStyle == CsvDateTimeStyle::IsoT
                              ? formatIsoDateTime(value)
                              : formatSqlDateTime(value);
        }
        void operator()(Date value) const { w.m_buffer += formatIsoDate(value); }
        void operator()(Minutes value) const { appendInteger(w.m_buffer, value.count); }
    };
    std::visit(Visitor{*this}, cell);
}

bool CsvWriter::doWriteRow(std::span<const TableCell> cells, std::span<const CellMark>)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer += m_options.delimiter;
        appendCell(cells[i]);
    }
    m_buffer += m_options.lineBreak;
    if (m_buffer.size() >= kFlushBytes)
        return flushBuffer();
    return true;
}

bool CsvWriter::flushBuffer()
{
    if (m_buffer.empty())
        return true;
    bool ok = true;
    int error = 0;
    if (m_stream) {
        errno = 0;
        m_stream->write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
        ok = !m_stream->fail();
        error = errno;
    } else if (m_file) {
        errno = 0;
        ok = std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) == m_buffer.size();
        error = errno;
    }
    m_buffer.clear();
    if (!ok) {
        const std::string where =
            m_staged ? "\"" + pathForDisplay(m_staged->target()) + "\"" : "the output";
        setError("Cannot write to " + where + ": " +
                 (error ? std::strerror(error) : "the disk may be full") + ".");
    }
    return ok;
}

bool CsvWriter::doFinish()
{
    if (!flushBuffer())
        return false;
    if (m_ownStream) {
        m_ownStream->close();
        if (m_ownStream->fail()) {
            setError("Cannot write to \"" + pathForDisplay(m_staged->target()) +
                     "\": the disk may be full.");
            return false;
        }
        m_ownStream.reset();
        m_stream = nullptr;
        if (!m_staged->commit()) {
            setError(m_staged->errorString());
            return false;
        }
        return true;
    }
    if (m_stream) {
        m_stream->flush();
        if (m_stream->fail()) {
            setError("Cannot write to the output.");
            return false;
        }
    } else if (m_file && std::fflush(m_file) != 0) {
        setError(std::string("Cannot write to the output: ") + std::strerror(errno) + ".");
        return false;
    }
    return true;
}

void CsvWriter::doAbort()
{
    m_buffer.clear();
    if (m_ownStream) {
        m_ownStream->close();
        m_ownStream.reset();
        m_stream = nullptr;
    }
    if (m_staged)
        m_staged->discard();
}

} // namespace attlog
