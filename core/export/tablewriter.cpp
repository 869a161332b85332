// SPDX-License-Identifier: MIT
#include "core/export/tablewriter.h"

#include <utility>

namespace attlog {

TableWriter::~TableWriter() = default;

void TableWriter::setProgressCallback(std::function<void(std::int64_t)> callback,
                                      std::int64_t everyRows)
{
    m_progress = std::move(callback);
    m_progressEvery = everyRows < 1 ? 1 : everyRows;
}

bool TableWriter::fail()
{
    m_state = State::Failed;
    doAbort();
    return false;
}

bool TableWriter::begin(std::vector<TableColumn> columns, std::string_view sheetName)
{
    if (m_state == State::Failed || m_state == State::Finished) {
        if (m_error.empty())
            m_error = "The export is already closed.";
        return false;
    }
    if (m_tables > 0 && !supportsSeveralTables()) {
        m_error = "This file format holds one table only.";
        return fail();
    }
    if (columns.empty()) {
        m_error = "A table needs at least one column.";
        return fail();
    }
    m_columns = std::move(columns);
    if (!doBegin(m_columns, sheetName))
        return fail();
    ++m_tables;
    m_state = State::Open;
    return true;
}

bool TableWriter::writeRow(std::span<const TableCell> cells, std::span<const CellMark> marks)
{
    if (m_state != State::Open) {
        if (m_state == State::Idle)
            m_error = "A row was written before the table was started.";
        else if (m_error.empty())
            m_error = "The export is already closed.";
        return false;
    }
    if (cells.size() != m_columns.size() || (!marks.empty() && marks.size() != cells.size())) {
        m_error = "A row has " + std::to_string(cells.size()) + " cells but the table has " +
                  std::to_string(m_columns.size()) + " columns.";
        return fail();
    }
    // Checking every row would cost an atomic load per row for nothing; every few hundred rows
    // still stops a million-row export within milliseconds.
    if (m_cancelFlag && m_rows % kCancelCheckRows == 0 &&
        m_cancelFlag->load(std::memory_order_relaxed)) {
        m_cancelled = true;
        m_error = "Export cancelled.";
        return fail();
    }
    if (!doWriteRow(cells, marks))
        return fail();
    ++m_rows;
    if (m_progress && m_rows % m_progressEvery == 0)
        m_progress(m_rows);
    return true;
}

bool TableWriter::finish()
{
    if (m_state != State::Open) {
        if (m_state == State::Idle) {
            m_error = "Nothing was written: the table was never started.";
            return fail();
        }
        if (m_error.empty())
            m_error = "The export is already closed.";
        return false;
    }
    if (m_cancelFlag && m_cancelFlag->load(std::memory_order_relaxed)) {
        m_cancelled = true;
        m_error = "Export cancelled.";
        return fail();
    }
    if (!doFinish())
        return fail();
    m_state = State::Finished;
    if (m_progress)
        m_progress(m_rows);
    return true;
}

void TableWriter::abort()
{
    if (m_state == State::Finished || m_state == State::Failed)
        return;
    m_state = State::Failed;
    if (m_error.empty())
        m_error = "Export aborted.";
    doAbort();
}

} // namespace attlog
