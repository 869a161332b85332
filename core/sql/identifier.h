// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/dialect.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attlog::sql {

// Identifiers (table and column names) come from configuration and are pasted into SQL text, so
// they are validated here and quoted by exactly one function, quoteName().
//
// Rules for one part (a column name, or one dot-separated part of a table name):
// - characters: ASCII letters, digits, `_`, `$`, Cyrillic letters (U+0400..U+04FF, valid UTF-8),
//   and single spaces between other characters (no leading, trailing or doubled space: quoting
//   makes spaces safe, and hand-made tables sometimes have them);
// - the first character is a letter or `_`;
// - length in bytes: 1..128 (SQL Server sysname), 1..64 (MySQL), 1..63 (PostgreSQL NAMEDATALEN),
//   1..128 (SQLite, our own cap);
// - anything else is rejected: quotes of any kind, brackets inside a part, `;`, `-`, `/`, `*`,
//   `.` inside a part, `@`, `#`, control characters, other non-ASCII, invalid UTF-8.
// A part may be written already quoted, as `[x]`, `"x"` or `` `x` `` (as SSMS scripts show them):
// the wrapping is removed and the content must satisfy the same rules.
// Table names may be qualified: at most database.schema.table on SQL Server (3 parts),
// schema.table on PostgreSQL and SQLite, database.table on MySQL (2 parts). Empty parts
// (`thirdparty..attlog`) are rejected. Column names have exactly one part.
//
// Case is preserved. Quoted names are case-sensitive on PostgreSQL: "serialNo" must have been
// created quoted; SQL Server and MySQL column names follow the server's collation.

enum class NameKind : std::uint8_t
{
    Table,
    Column
};

// A validated name: its parts contain no character that could leave a quoted identifier.
// Only parseName() makes one, so holding a QualifiedName means "safe to quote".
class QualifiedName
{
public:
    const std::vector<std::string> &parts() const { return m_parts; }
    // The parts joined with '.' (unquoted): for messages.
    std::string display() const;
    bool operator==(const QualifiedName &) const = default;

private:
    friend std::optional<QualifiedName> parseName(Dialect, NameKind, std::string_view,
                                                  std::string *);
    std::vector<std::string> m_parts;
};

// Validates `text` as a table or column name for `dialect`. On failure returns nullopt and, if
// `error` is not null, stores a short English reason naming the offending part.
std::optional<QualifiedName> parseName(Dialect dialect, NameKind kind, std::string_view text,
                                       std::string *error = nullptr);

// Maximum bytes in one name part for the dialect.
std::size_t maxNamePartLength(Dialect dialect);

// THE quoting function: every identifier in every statement goes through here.
// `[part]` on SQL Server, `` `part` `` on MySQL, `"part"` on PostgreSQL and SQLite; a qualified
// name has each part quoted separately: [thirdparty].[dbo].[attlog]. (As a second line of
// defence the closing quote character is doubled, although validation never lets one through.)
std::string quoteName(Dialect dialect, const QualifiedName &name);

} // namespace attlog::sql
