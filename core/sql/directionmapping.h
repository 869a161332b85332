// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace attlog::sql {

// Which door/reader a role rule looks at.
enum class RoleTarget : std::uint8_t
{
    Reader,
    Door,
    ReaderOrDoor
};

// A site-specific override: "a reader whose name contains `выход` is an exit".
// `pattern` is matched as a case-insensitive substring of the repaired name (Cyrillic too).
struct RoleRule
{
    RoleTarget target = RoleTarget::ReaderOrDoor;
    std::string pattern;
    Direction direction = Direction::Unknown;
    bool operator==(const RoleRule &) const = default;
};

// When role rules apply.
enum class RoleRuleMode : std::uint8_t
{
    Override,    // a matching rule wins over the direction column (wrong reader binding)
    WhenUnknown, // rules only fill in a direction the column left unknown
};

// Maps stored direction values to In/Out/Unknown, with optional door/reader role rules.
//
// Value matching: the (already repaired) value is trimmed of spaces (CHAR columns pad) and
// compared case-insensitively with each configured value; case folding covers ASCII and Cyrillic
// (А-Я, Ё, Ѐ-Џ). In values are checked before out values; anything else is Unknown.
// Defaults: in = vhod, in, entry, enter, checkIn, breakIn, overtimeIn, Вход;
//           out = vihod, out, exit, checkOut, breakOut, overtimeOut, Выход.
// (`IN`/`OUT` match `in`/`out` case-insensitively.)
//
// Role rules: none by default. When configured they are tried in list order, the first match
// wins; a ReaderOrDoor rule matches when either name contains the pattern. The door is the one
// the user sees (doorName, else deviceName).
//
// Immutable after configuration; safe to share between threads for reading.
class DirectionMapping
{
public:
    DirectionMapping(); // the default values, no role rules

    static std::vector<std::string> defaultInValues();
    static std::vector<std::string> defaultOutValues();
    // Rules a site can switch on: reader/door names containing выход/exit → Out, вход/entr → In
    // (выход is listed before вход; "выход" does not contain "вход", but "Вход/Выход" contains
    // both).
    static std::vector<RoleRule> suggestedRoleRules();

    void setValues(std::vector<std::string> inValues, std::vector<std::string> outValues);
    void setRoleRules(std::vector<RoleRule> rules, RoleRuleMode mode = RoleRuleMode::Override);

    const std::vector<std::string> &inValues() const { return m_inValues; }
    const std::vector<std::string> &outValues() const { return m_outValues; }
    const std::vector<RoleRule> &roleRules() const { return m_rules; }
    RoleRuleMode roleRuleMode() const { return m_mode; }
    bool hasRoleRules() const { return !m_rules.empty(); }

    // The direction column alone (repaired value).
    Direction fromValue(std::string_view repairedValue) const;
    // The role rules alone; Unknown when none matches.
    Direction fromRoles(std::string_view repairedReader, std::string_view repairedDoor) const;
    // The full mapping: column value combined with role rules per the mode.
    Direction map(std::string_view repairedValue, std::string_view repairedReader,
                  std::string_view repairedDoor) const;

    bool operator==(const DirectionMapping &other) const;

private:
    std::vector<std::string> m_inValues;
    std::vector<std::string> m_outValues;
    std::vector<RoleRule> m_rules;
    RoleRuleMode m_mode = RoleRuleMode::Override;
    // Case-folded copies, built by the setters.
    std::vector<std::string> m_foldedIn;
    std::vector<std::string> m_foldedOut;
    std::vector<std::string> m_foldedPatterns;
};

// Lower-cases ASCII and Cyrillic letters in UTF-8 text; other bytes are copied unchanged
// (invalid UTF-8 included). Exposed for tests and for other core code that needs the same folding.
std::string foldCaseForMatching(std::string_view utf8);

} // namespace attlog::sql
