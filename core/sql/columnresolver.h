// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/columnmapping.h"
#include "core/sql/dialect.h"

#include <string>
#include <string_view>
#include <vector>

namespace attlog::sql {

// A configured mapping fitted to the columns a table really has (as the server spells them):
// - a column found exactly is kept; one that differs only in letter case is used with the
//   server's spelling (PostgreSQL folds unquoted names to lower case: serialNo is serialno);
// - an optional field whose column is missing is left out, with a note;
// - a missing key column means keyless mode (with a note saying why);
// - a missing field the table cannot do without is an error that suggests the closest columns.
struct ColumnResolution
{
    ColumnMapping mapping;           // the fitted mapping (server spellings, absent fields unset)
    std::vector<std::string> notes;  // one short sentence each: what was adjusted or left out
    std::vector<std::string> errors; // one short sentence each: why the table cannot be read
    // Keyless mode only: why ("the table has no column serialNo", "no key column was chosen").
    std::string keyReason;

    bool usable() const { return errors.empty(); }
    bool keyless() const { return !mapping.has(Field::Key); }
};

// Fits `wanted` to `columns`. `keyChosen` is true when the user named the key column (so a
// missing one is an error, not keyless mode).
ColumnResolution resolveColumns(const ColumnMapping &wanted,
                                const std::vector<std::string> &columns, bool keyChosen = false);

// The columns most like `wanted` (letter case, '_' and ' ' ignored; edit distance with adjacent
// transpositions, so employeeID finds empolyeeID), closest first, at most `limit`; empty when
// none is close.
std::vector<std::string> closestColumns(std::string_view wanted,
                                        const std::vector<std::string> &columns, int limit = 3);

// The script under the sql/ folder that adds an increasing key column to the table on this
// server ("mysql/add-key.sql", …); empty where there is none (SQLite).
std::string_view addKeyScript(Dialect dialect);

// A mapping guessed from a table's columns, for the connection dialog: each field takes the
// column that is its default name in any letter case or a spelling seen at real sites
// (empolyeeID, carno, adddatetime, …); fields with no such column are absent.
ColumnMapping guessMapping(const std::vector<std::string> &columns);

} // namespace attlog::sql
