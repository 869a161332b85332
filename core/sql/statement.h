// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"
#include "core/sql/field.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace attlog::sql {

// A value bound to one `?` placeholder. std::monostate is SQL NULL (never produced by the
// builder today, kept so a binder handles every case). DateTime is bound per dateTimeBinding().
// Strings are UTF-8 and are bound as Unicode text (QString).
using SqlValue = std::variant<std::monostate, std::int64_t, std::string, DateTime>;

// One SQL statement, ready to prepare and execute.
// - `text` uses `?` positional placeholders only; values[i] binds to the i-th `?`. Identifiers in
//   it are validated and quoted; no value is ever pasted into it. Row limits are integer literals
//   produced by the builder (clamped to 1..kMaxRowLimit), so `text` is stable per use site.
// - `name` is stable ("live.poll", "history.page", …): log it with the driver error, never the
//   values (they hold personal data).
// - `fields` lists the result columns in order: the mapped fields in kAllFields order for row
//   statements, the one field for dictionary statements; empty for scalar statements (counts,
//   min/max), whose single result column is described by the statement's name.
// Execute forward-only (QSqlQuery::setForwardOnly(true)) and finish() it as soon as rows are read.
struct Statement
{
    std::string name;
    std::string text;
    std::vector<SqlValue> values;
    std::vector<Field> fields;
    bool operator==(const Statement &) const = default;
};

// At most this many bound values in any one statement (SQL Server allows 2100 parameters;
// staying far below also keeps IN lists cheap to compile). Lists that would exceed it are split
// into several statements (key re-checks, report date lists) or filtered in core (History).
inline constexpr std::size_t kMaxBoundValues = 1000;

// Row limits passed to the builder are clamped to 1..kMaxRowLimit.
inline constexpr int kMaxRowLimit = 100000;

} // namespace attlog::sql
