// SPDX-License-Identifier: MIT
#include "core/sql/directionmapping.h"

#include <algorithm>

namespace attlog::sql {

namespace {

std::string_view trimmed(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::vector<std::string> foldAll(const std::vector<std::string> &values)
{
    std::vector<std::string> out;
    out.reserve(values.size());
    for (const auto &v : values)
        out.push_back(foldCaseForMatching(trimmed(v)));
    return out;
}

bool contains(const std::vector<std::string> &haystack, const std::string &needle)
{
    return std::find(haystack.begin(), haystack.end(), needle) != haystack.end();
}

} // namespace

std::string foldCaseForMatching(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c + ('a' - 'A'));
            continue;
        }
        // Two-byte sequences only: every Cyrillic capital (U+0400..U+042F) is one of them.
        if (c >= 0xC2 && c <= 0xDF && i + 1 < utf8.size()) {
            const auto c2 = static_cast<unsigned char>(utf8[i + 1]);
            if (c2 >= 0x80 && c2 <= 0xBF) {
                char32_t cp = (char32_t{c} & 0x1F) << 6 | (char32_t{c2} & 0x3F);
                if (cp >= 0x0410 && cp <= 0x042F)
                    cp += 0x20; // А..Я → а..я
                else if (cp >= 0x0400 && cp <= 0x040F)
                    cp += 0x50; // Ѐ..Џ (Ё among them) → ѐ..џ
                appendUtf8(out, cp);
                ++i;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    return out;
}

DirectionMapping::DirectionMapping()
{
    setValues(defaultInValues(), defaultOutValues());
}

std::vector<std::string> DirectionMapping::defaultInValues()
{
    return {"vhod", "in", "entry", "enter", "checkIn", "breakIn", "overtimeIn", "Вход"};
}

std::vector<std::string> DirectionMapping::defaultOutValues()
{
    return {"vihod", "out", "exit", "checkOut", "breakOut", "overtimeOut", "Выход"};
}

std::vector<RoleRule> DirectionMapping::suggestedRoleRules()
{
    return {
        {RoleTarget::ReaderOrDoor, "выход", Direction::Out},
        {RoleTarget::ReaderOrDoor, "exit", Direction::Out},
        {RoleTarget::ReaderOrDoor, "вход", Direction::In},
        {RoleTarget::ReaderOrDoor, "entr", Direction::In},
    };
}

void DirectionMapping::setValues(std::vector<std::string> inValues,
                                 std::vector<std::string> outValues)
{
    m_inValues = std::move(inValues);
    m_outValues = std::move(outValues);
    m_foldedIn = foldAll(m_inValues);
    m_foldedOut = foldAll(m_outValues);
}

void DirectionMapping::setRoleRules(std::vector<RoleRule> rules, RoleRuleMode mode)
{
    // A rule with an empty pattern would match every name: it is dropped, not applied.
    std::erase_if(rules, [](const RoleRule &r) { return trimmed(r.pattern).empty(); });
    m_rules = std::move(rules);
    m_mode = mode;
    m_foldedPatterns.clear();
    for (const auto &r : m_rules)
        m_foldedPatterns.push_back(foldCaseForMatching(trimmed(r.pattern)));
}

Direction DirectionMapping::fromValue(std::string_view repairedValue) const
{
    const std::string folded = foldCaseForMatching(trimmed(repairedValue));
    if (folded.empty())
        return Direction::Unknown;
    if (contains(m_foldedIn, folded))
        return Direction::In;
    if (contains(m_foldedOut, folded))
        return Direction::Out;
    return Direction::Unknown;
}

Direction DirectionMapping::fromRoles(std::string_view repairedReader,
                                      std::string_view repairedDoor) const
{
    if (m_rules.empty())
        return Direction::Unknown;
    const std::string reader = foldCaseForMatching(repairedReader);
    const std::string door = foldCaseForMatching(repairedDoor);
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const std::string &pattern = m_foldedPatterns[i];
        const RoleTarget target = m_rules[i].target;
        const bool readerHit =
            target != RoleTarget::Door && reader.find(pattern) != std::string::npos;
        const bool doorHit =
            target != RoleTarget::Reader && door.find(pattern) != std::string::npos;
        if (readerHit || doorHit)
            return m_rules[i].direction;
    }
    return Direction::Unknown;
}

Direction DirectionMapping::map(std::string_view repairedValue, std::string_view repairedReader,
                                std::string_view repairedDoor) const
{
    const Direction column = fromValue(repairedValue);
    if (m_rules.empty())
        return column;
    if (m_mode == RoleRuleMode::WhenUnknown && column != Direction::Unknown)
        return column;
    const Direction role = fromRoles(repairedReader, repairedDoor);
    return role != Direction::Unknown ? role : column;
}

bool DirectionMapping::operator==(const DirectionMapping &other) const
{
    return m_inValues == other.m_inValues && m_outValues == other.m_outValues &&
           m_rules == other.m_rules && m_mode == other.m_mode;
}

} // namespace attlog::sql
