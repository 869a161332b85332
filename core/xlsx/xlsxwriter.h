// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/stagedfile.h"
#include "core/export/tablewriter.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace attlog {

// XLSX through libxlsxwriter in constant-memory mode: every row goes to a temporary file as it
// is written, so memory stays flat for any row count (rows are written in order, which the
// TableWriter sequence guarantees). Several sheets: each begin() starts a new sheet.
//
// Cells are typed: integers and reals as numbers, Date as an Excel date ("yyyy-mm-dd"), DateTime
// as an Excel date-time ("yyyy-mm-dd hh:mm:ss"), Minutes as a duration in days shown "[h]:mm",
// text as inline strings. Each sheet gets a bold frozen header row, an autofilter over the
// written range and column widths fitted to the titles and the widest value seen. Cell marks
// fill the cell (Late amber, Absent red, Incomplete violet). A table longer than Excel's
// 1,048,576 rows goes on in a new sheet ("<name> 2", ...) with its own header.
//
// The workbook is written to a temporary name in the target's folder (its scratch files go there
// too) and renamed onto the target in finish(); abort(), a failure or cancellation leave no file
// at the target path. Not thread-safe (see TableWriter for the cancel flag); cancellation is
// checked while rows are written, not during the final compression in finish().
class XlsxWriter final : public TableWriter
{
public:
    explicit XlsxWriter(std::filesystem::path target);
    ~XlsxWriter() override;

protected:
    bool doBegin(const std::vector<TableColumn> &columns, std::string_view sheetName) override;
    bool doWriteRow(std::span<const TableCell> cells, std::span<const CellMark> marks) override;
    bool doFinish() override;
    void doAbort() override;
    bool supportsSeveralTables() const override { return true; }

private:
    struct State; // libxlsxwriter handles, kept out of this header
    bool startSheet();
    void closeSheet();

    StagedFile m_staged;
    std::unique_ptr<State> m_state;
};

} // namespace attlog
