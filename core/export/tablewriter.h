// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/tablecell.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace attlog {

// Writes typed tables to a sink (CSV file or stream, XLSX workbook). The call sequence is
//   begin(columns) → writeRow(cells)* → [begin(next sheet) → writeRow* ...] → finish()
// and abort() may be called at any point instead of finish(). Every call returns false on
// failure; errorString() then says why in words a user understands, and the writer is aborted
// (a file target never keeps a partial file: writers stage to a temporary name in the target's
// folder and rename only in finish()). After a failure, finish() or abort() all further calls
// return false.
//
// Threads: a writer is used from one thread (usually an export worker). Only the cancel flag may
// be set from another thread; it is checked every kCancelCheckRows rows, and when set writeRow()
// fails with errorString() "Export cancelled." and wasCancelled() == true.
// The progress callback runs on the writing thread.
class TableWriter
{
public:
    static constexpr std::int64_t kCancelCheckRows = 256;

    virtual ~TableWriter();
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    // Starts a table and writes its header row (the column titles). Writers holding several
    // sheets (XLSX) start a new sheet named `sheetName` (empty: "Sheet<N>") on every call;
    // single-table writers (CSV) fail on a second begin().
    bool begin(std::vector<TableColumn> columns, std::string_view sheetName = {});
    // One data row: `cells.size()` must equal the column count of the current table. `marks` is
    // empty or has one mark per cell.
    bool writeRow(std::span<const TableCell> cells, std::span<const CellMark> marks = {});
    // Completes the output (renames a staged file onto its target).
    bool finish();
    // Drops the output: removes the staged file; the target path is left untouched. Idempotent.
    void abort();

    const std::string &errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_state == State::Finished; }
    // Data rows written so far over all tables (header rows are not counted).
    std::int64_t rowsWritten() const { return m_rows; }

    // `flag` must outlive the writer (or be reset to nullptr first).
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancelFlag = flag; }
    // Called with rowsWritten() every `everyRows` data rows (everyRows >= 1).
    void setProgressCallback(std::function<void(std::int64_t rows)> callback,
                             std::int64_t everyRows = 10000);

protected:
    TableWriter() = default;

    // Implementations return false after setError(); the base class then calls doAbort().
    virtual bool doBegin(const std::vector<TableColumn> &columns, std::string_view sheetName) = 0;
    virtual bool doWriteRow(std::span<const TableCell> cells, std::span<const CellMark> marks) = 0;
    virtual bool doFinish() = 0;
    virtual void doAbort() = 0;
    // Whether begin() may be called again after the first table.
    virtual bool supportsSeveralTables() const { return false; }

    void setError(std::string text) { m_error = std::move(text); }
    const std::vector<TableColumn> &columns() const { return m_columns; }

private:
    enum class State : std::uint8_t
    {
        Idle,
        Open,
        Finished,
        Failed
    };
    bool fail();

    State m_state = State::Idle;
    bool m_cancelled = false;
    int m_tables = 0;
    std::int64_t m_rows = 0;
    std::int64_t m_progressEvery = 10000;
    std::string m_error;
    std::vector<TableColumn> m_columns;
    const std::atomic<bool> *m_cancelFlag = nullptr;
    std::function<void(std::int64_t)> m_progress;
};

} // namespace attlog
