// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/eventdecoder.h"
#include "core/sql/dialect.h"
#include "core/sql/historyfilter.h"
#include "core/sql/statement.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace attlog::sql {

// Where the previous History page ended: the last row READ (not the last row kept by keeps()).
struct PageCursor
{
    std::int64_t key = 0;
    // That row's authDateTime exactly as read, bound back unchanged: a DateTime, or the driver's
    // text (so fractional seconds survive), or std::monostate when it was NULL.
    SqlValue time;
    bool operator==(const PageCursor &) const = default;
};

// The statements for one History filter (made by QueryBuilder::history()). Immutable; copyable
// to a worker thread.
//
// Row order (page and export): rows with an authDateTime first, newest first
// (authDateTime DESC, key DESC); then rows whose authDateTime is NULL, by key DESC. (PostgreSQL
// gets NULLS LAST; the other dialects sort NULL lowest, so DESC puts them last already.) When
// authDateTime is not mapped the order is key DESC. Paging is key-set: the cursor continues
// after the last row read, so pages never skip or repeat a row even while iVMS back-fills.
//
// Date range: `authDateTime >= from AND authDateTime < to` (half-open, no function on the column)
// OR, for rows whose authDateTime IS NULL (when authDate is mapped; some installations fill only
// authDate/authTime), a match on the authDate text in the three forms iVMS uses (yyyy-MM-dd,
// dd.MM.yyyy, yyyy/MM/dd):
// - up to kMaxDateListDays calendar days: `authDate IN (…)`, each day in the three forms — exact
//   per day, index-friendly, 3 values per day;
// - up to kMaxDateListMonths months: `(authDate LIKE ? OR …)` with "yyyy-MM-%", "%.MM.yyyy",
//   "yyyy/MM/%" per month touched — whole months, 3 values per month;
// - beyond that, or with an open end: every row with NULL authDateTime (`authDateTime IS NULL`).
// When authDateTime is not mapped at all, the same authDate condition stands alone.
// In every case keeps() drops decoded rows whose authDate+authTime time lies outside [from, to)
// (partial days and months), and keeps rows whose time is Missing (flagged, never lost).
//
// Budget: every statement stays within kMaxBoundValues. When the door, direction and search
// lists together would exceed it, the largest of them is left out of the SQL and checked by
// keeps() instead (repeat until it fits). Direction is always checked in core when the table's
// DirectionMapping has role rules (the column alone does not decide the shown direction).
class HistoryQuery
{
public:
    // One page of at most `limit` rows (clamped to 1..kMaxRowLimit): the first page when `after`
    // is empty. Name "history.page".
    Statement page(const std::optional<PageCursor> &after, int limit) const;
    // The same page as the statements to run one after the other until `limit` rows are read:
    // where the date range has a timed and a NULL-time branch (see exportStatements()), the timed
    // branch and then the NULL-time branch, each continuing after `after` (a cursor on a
    // NULL-time row leaves only the second), so the database reads each from its index in order
    // instead of sorting every row of the range for the first page; otherwise page() alone.
    // Each statement has LIMIT `limit`: the caller stops reading at `limit` rows in all.
    std::vector<Statement> pageStatements(const std::optional<PageCursor> &after, int limit) const;
    // True when pageStatements() pages end on whole times instead of after `limit` rows (the
    // table has no key): the caller reads every row they return.
    bool pagesEndOnWholeTimes() const { return m_keyCol.empty(); }
    // COUNT(*) of the SQL part of the filter. Name "history.count". See countIsExact().
    Statement count() const;
    // Every matching row in page order, no limit: export streams it. Name "history.export".
    Statement exportAll() const;
    // The same rows in the same order as exportAll(), as the statements to run one after the
    // other: where the date range is "timed rows OR rows whose authDateTime is NULL", one
    // statement per branch (timed rows newest first, then the NULL-time rows by key), so the
    // database streams each from its index instead of sorting the whole result first.
    std::vector<Statement> exportStatements() const;

    // The cursor after `lastRow` (the last row of a page, as read).
    static PageCursor cursorAfter(const RawRow &lastRow);

    // True when some condition is evaluated by keeps() instead of SQL: the caller must then call
    // keeps() for every row (it is cheap and always correct to call it anyway).
    bool filtersInCore() const { return m_coreFilters; }
    // False when count() may include rows that keeps() drops (core filters, partial days, month
    // patterns or the all-NULL-time fallback). The UI then shows the count as "about"/"at most".
    bool countIsExact() const { return m_countExact; }
    // Whether a decoded row belongs in the result. `row` is the raw row, `event` its decoding.
    bool keeps(const RawRow &row, const AccessEvent &event) const;

    // Limits of the authDate day list and month patterns (see above).
    static constexpr int kMaxDateListDays = 62;
    static constexpr int kMaxDateListMonths = 120;

private:
    friend class HistoryPlanner; // builds it, phase by phase (historyquery.cpp)
    HistoryQuery() = default;

    std::vector<Statement> keylessPageStatements(const std::optional<PageCursor> &after,
                                                 int limit) const;
    // SELECT … [WHERE where] ORDER BY … LIMIT n: one page statement.
    Statement pageStatement(const std::string &where, std::vector<SqlValue> values, int n) const;

    Dialect m_dialect = Dialect::SqlServer;
    std::string m_columns;    // the quoted select list
    std::string m_fromClause; // " FROM <table>"
    std::string m_where;      // the filter, "" when none
    std::vector<SqlValue> m_whereValues;
    // exportStatements(): the WHERE of each date branch (empty when the range has no branches).
    std::vector<std::pair<std::string, std::vector<SqlValue>>> m_branches;
    std::string m_orderBy; // " ORDER BY …"
    std::string m_timeCol; // quoted authDateTime, "" when not mapped
    std::string m_keyCol;  // quoted key; "" without one (then m_timeCol is set)
    std::vector<Field> m_fields;
    bool m_coreFilters = false;
    bool m_countExact = true;

    // Conditions for keeps().
    std::optional<DateTime> m_rangeFrom;
    std::optional<DateTime> m_rangeTo;
    std::optional<DoorFilter> m_coreDoors;           // sorted, right-trimmed
    std::optional<DirectionFilter> m_coreDirections; // checked on the decoded direction
    std::optional<TextSearch> m_coreSearch;          // names sorted; idTerm case-folded
    std::optional<PassPick> m_corePasses;            // keys or timed passes, sorted
    bool m_searchIds = false;                        // cardNo / employeeID mapped
};

} // namespace attlog::sql
