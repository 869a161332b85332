// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace attlog {

// A small streaming JSON text builder (RFC 8259). Commas and nesting are tracked; strings are
// escaped (quote, backslash, control characters as \n / \uXXXX) and invalid UTF-8 bytes are
// replaced by U+FFFD so the output is always valid JSON. Misuse (a value where a key is due,
// unbalanced ends) is a programming error checked by assert only.
class JsonWriter
{
public:
    // Pretty output indents by 2 spaces, one member per line; compact has no whitespace.
    explicit JsonWriter(bool pretty = false);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(std::string_view name);
    JsonWriter &value(std::string_view text);
    JsonWriter &value(const char *text) { return value(std::string_view(text)); }
    JsonWriter &value(std::int64_t number);
    JsonWriter &value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter &value(double number); // non-finite numbers are written as null
    JsonWriter &value(bool flag);
    JsonWriter &null();

    // The text so far; complete once every begin has its end. A trailing newline is added in
    // pretty mode when the top-level value closes.
    const std::string &text() const { return m_text; }
    std::string takeText() { return std::move(m_text); }

    static void appendEscaped(std::string &out, std::string_view text);

private:
    void beforeValue();
    void newline();

    struct Level
    {
        bool isObject = false;
        bool empty = true;
        bool keyPending = false;
    };
    bool m_pretty;
    std::string m_text;
    std::vector<Level> m_levels;
};

} // namespace attlog
