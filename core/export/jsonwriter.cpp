// SPDX-License-Identifier: MIT
#include "core/export/jsonwriter.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>

namespace attlog {

namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is not valid (overlong
// forms, surrogates and code points above U+10FFFF are invalid too).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    if (byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    }
    return length;
}

} // namespace

JsonWriter::JsonWriter(bool pretty)
    : m_pretty(pretty)
{}

void JsonWriter::appendEscaped(std::string &out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += kHex[c >> 4];
                    out += kHex[c & 0xF];
                } else {
                    out += static_cast<char>(c);
                }
            }
            ++i;
            continue;
        }
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD"; // U+FFFD for a byte that is not valid UTF-8
            ++i;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    out += '"';
}

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    m_text += '\n';
    m_text.append(m_levels.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (level.isObject) {
        assert(level.keyPending && "JsonWriter: a value in an object needs a key first");
        level.keyPending = false;
        return;
    }
    if (!level.empty)
        m_text += ',';
    level.empty = false;
    newline();
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    assert(!m_levels.empty() && m_levels.back().isObject && !m_levels.back().keyPending);
    Level &level = m_levels.back();
    if (!level.empty)
        m_text += ',';
    level.empty = false;
    level.keyPending = true;
    newline();
    appendEscaped(m_text, name);
    m_text += m_pretty ? ": " : ":";
    return *this;
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_text += '{';
    m_levels.push_back(Level{true, true, false});
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_text += '[';
    m_levels.push_back(Level{false, true, false});
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    assert(!m_levels.empty() && m_levels.back().isObject && !m_levels.back().keyPending);
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_text += '}';
    if (m_levels.empty() && m_pretty)
        m_text += '\n';
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    assert(!m_levels.empty() && !m_levels.back().isObject);
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_text += ']';
    if (m_levels.empty() && m_pretty)
        m_text += '\n';
    return *this;
}

JsonWriter &JsonWriter::value(std::string_view text)
{
    beforeValue();
    appendEscaped(m_text, text);
    return *this;
}

JsonWriter &JsonWriter::value(std::int64_t number)
{
    beforeValue();
    std::array<char, 24> text;
    const auto result = std::to_chars(text.data(), text.data() + text.size(), number);
    m_text.append(text.data(), result.ptr);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_text += "null";
        return *this;
    }
    std::array<char, 32> text;
    const auto result = std::to_chars(text.data(), text.data() + text.size(), number);
    m_text.append(text.data(), result.ptr);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_text += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_text += "null";
    return *this;
}

} // namespace attlog
