// SPDX-License-Identifier: MIT
#include "core/sql/identifier.h"

namespace attlog::sql {

namespace {

bool isAsciiLetter(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

// Length in bytes of a Cyrillic letter (U+0400..U+04FF, lead byte D0..D3) starting at `i`, or 0.
std::size_t cyrillicAt(std::string_view s, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0xD0 || lead > 0xD3 || i + 1 >= s.size())
        return 0;
    const auto next = static_cast<unsigned char>(s[i + 1]);
    return next >= 0x80 && next <= 0xBF ? 2 : 0;
}

std::size_t maxParts(Dialect dialect, NameKind kind)
{
    if (kind == NameKind::Column)
        return 1;
    return dialect == Dialect::SqlServer ? 3 : 2;
}

std::string_view stripWrapping(std::string_view part)
{
    if (part.size() >= 2) {
        const char first = part.front();
        const char last = part.back();
        if ((first == '[' && last == ']') || (first == '"' && last == '"') ||
            (first == '`' && last == '`'))
            return part.substr(1, part.size() - 2);
    }
    return part;
}

// Empty when the part is acceptable, otherwise the reason.
std::string checkPart(Dialect dialect, std::string_view part)
{
    if (part.empty())
        return "is empty";
    if (part.size() > maxNamePartLength(dialect))
        return "is longer than " + std::to_string(maxNamePartLength(dialect)) + " bytes";
    if (part.front() == ' ' || part.back() == ' ')
        return "starts or ends with a space";
    std::size_t i = 0;
    bool first = true;
    while (i < part.size()) {
        const auto c = static_cast<unsigned char>(part[i]);
        if (const std::size_t n = cyrillicAt(part, i)) {
            i += n;
        } else if (isAsciiLetter(c) || c == '_') {
            ++i;
        } else if (!first && (isDigit(c) || c == '$')) {
            ++i;
        } else if (!first && c == ' ' && part[i - 1] != ' ') {
            ++i;
        } else if (first && (isDigit(c) || c == '$')) {
            return "must start with a letter or '_'";
        } else {
            return "contains a character that is not allowed in a name";
        }
        first = false;
    }
    return {};
}

} // namespace

std::size_t maxNamePartLength(Dialect dialect)
{
    switch (dialect) {
    case Dialect::MySql:
        return 64;
    case Dialect::PostgreSql:
        return 63;
    case Dialect::SqlServer:
    case Dialect::Sqlite:
        break;
    }
    return 128;
}

std::string QualifiedName::display() const
{
    std::string out;
    for (const auto &p : m_parts) {
        if (!out.empty())
            out += '.';
        out += p;
    }
    return out;
}

std::optional<QualifiedName> parseName(Dialect dialect, NameKind kind, std::string_view text,
                                       std::string *error)
{
    const auto fail = [error](std::string message) -> std::optional<QualifiedName> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    const char *what = kind == NameKind::Table ? "table name" : "column name";

    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty())
        return fail(std::string{"the "} + what + " is empty");

    QualifiedName name;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = text.find('.', start);
        const std::string_view raw = text.substr(
            start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        const std::string_view part = stripWrapping(raw);
        if (const std::string reason = checkPart(dialect, part); !reason.empty())
            return fail(std::string{"the "} + what + " part '" + std::string{raw} + "' " + reason);
        name.m_parts.emplace_back(part);
        if (name.m_parts.size() > maxParts(dialect, kind))
            break;
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    if (name.m_parts.size() > maxParts(dialect, kind)) {
        if (kind == NameKind::Column)
            return fail("the column name '" + std::string{text} + "' must not contain '.'");
        return fail("the table name '" + std::string{text} + "' has more than " +
                    std::to_string(maxParts(dialect, kind)) + " parts for " +
                    std::string{dialectName(dialect)});
    }
    return name;
}

std::string quoteName(Dialect dialect, const QualifiedName &name)
{
    char open = '"';
    char close = '"';
    if (dialect == Dialect::SqlServer) {
        open = '[';
        close = ']';
    } else if (dialect == Dialect::MySql) {
        open = close = '`';
    }
    std::string out;
    for (const auto &part : name.parts()) {
        if (!out.empty())
            out += '.';
        out += open;
        for (const char c : part) {
            out += c;
            if (c == close)
                out += c;
        }
        out += close;
    }
    return out;
}

} // namespace attlog::sql
