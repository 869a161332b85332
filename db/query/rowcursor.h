// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/eventdecoder.h"

#include <QString>

namespace attlog::db {

// The rows of one running statement, read one at a time into a RawRow. QtRowCursor reads through
// any Qt SQL driver; SqliteRowCursor reads SQLite files through the SQLite library directly (see
// SqliteConnection for why). Owned and used by the thread that ran the statement.
class RowCursor
{
public:
    RowCursor() = default;
    virtual ~RowCursor() = default;
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // Moves to the next row: false after the last one, or when reading failed (errorString()
    // says why then).
    virtual bool next() = 0;
    // The current row into `row`: every field of the statement is overwritten, reusing the
    // strings' buffers (read each row into the same RawRow); members for fields the statement
    // does not select are left as they are. Keys follow readRawRow(): NULL or not a number → 0.
    virtual void read(RawRow &row) = 0;
    // Empty unless next() stopped on an error.
    virtual QString errorString() const = 0;
};

} // namespace attlog::db
