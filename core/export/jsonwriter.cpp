// SPDX-License-Identifier: MIT
#include "core/export/jsonwriter.h"

#include "core/text/utf8.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>

namespace attlog {

namespace utf8 = text::utf8;

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
        // Bytes that are not UTF-8: U+FFFD by the readers' one rule (text::utf8::assignValid).
        const utf8::Decoded decoded = utf8::decodeAt(text, i);
        if (decoded.length == 0) {
            out += "\xEF\xBF\xBD";
            i += utf8::invalidLengthAt(text, i);
            continue;
        }
        out.append(text.substr(i, std::size_t(decoded.length)));
        i += std::size_t(decoded.length);
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
