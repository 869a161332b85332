// SPDX-License-Identifier: MIT
#include "core/sql/historyquery.h"

#include "core/sql/querybuilder.h"
#include "core/sql/sqltext.h"

#include <algorithm>

namespace attlog::sql {

namespace {

struct Condition
{
    std::string text;
    std::vector<SqlValue> values;
};

bool isBlank(const std::optional<std::string> &s)
{
    return !s || detail::rightTrimmed(*s).empty();
}

bool inSorted(const std::vector<std::string> &sorted, const std::optional<std::string> &value)
{
    if (!value)
        return false;
    return std::binary_search(sorted.begin(), sorted.end(),
                              std::string{detail::rightTrimmed(*value)});
}

// The rows after `after` in page order (key-set paging). Across the whole order the NULL-time rows
// follow every timed row; within one date branch (pageStatements()) the rows of the other kind
// are the other statement's.
Condition keysetAfter(const std::string &timeCol, const std::string &keyCol,
                      const PageCursor &after, bool withinBranch)
{
    if (keyCol.empty()) // keyless: pages end on whole times (the cursor's time is done)
        return {"(" + timeCol + " < ?" + (withinBranch ? "" : " OR " + timeCol + " IS NULL") + ")",
                {after.time}};
    if (timeCol.empty())
        return {keyCol + " < ?", {after.key}};
    if (std::holds_alternative<std::monostate>(after.time))
        return {withinBranch ? keyCol + " < ?" : "(" + timeCol + " IS NULL AND " + keyCol + " < ?)",
                {after.key}};
    return {"(" + timeCol + " < ? OR (" + timeCol + " = ? AND " + keyCol + " < ?)" +
                (withinBranch ? "" : " OR " + timeCol + " IS NULL") + ")",
            {after.time, after.time, after.key}};
}

} // namespace

Statement HistoryQuery::pageStatement(const std::string &where, std::vector<SqlValue> values,
                                      int n) const
{
    return {"history.page",
            detail::selectKeyword(m_dialect, n) + m_columns + m_fromClause +
                (where.empty() ? "" : " WHERE " + where) + m_orderBy +
                detail::limitClause(m_dialect, n),
            std::move(values), m_fields};
}

Statement HistoryQuery::page(const std::optional<PageCursor> &after, int limit) const
{
    const int n = clampRowLimit(limit);
    if (!after)
        return pageStatement(m_where, m_whereValues, n);
    const Condition next = keysetAfter(m_timeCol, m_keyCol, *after, false);
    std::vector<SqlValue> values = m_whereValues;
    values.insert(values.end(), next.values.begin(), next.values.end());
    return pageStatement(m_where.empty() ? next.text : m_where + " AND " + next.text,
                         std::move(values), n);
}

std::vector<Statement> HistoryQuery::pageStatements(const std::optional<PageCursor> &after,
                                                    int limit) const
{
    if (m_keyCol.empty())
        return keylessPageStatements(after, limit);
    if (m_branches.size() != 2)
        return {page(after, limit)};
    const int n = clampRowLimit(limit);
    const auto branchPage = [&](std::size_t branch, bool continued) {
        auto [where, values] = m_branches[branch];
        if (continued) {
            const Condition next = keysetAfter(m_timeCol, m_keyCol, *after, true);
            where += " AND " + next.text;
            values.insert(values.end(), next.values.begin(), next.values.end());
        }
        return pageStatement(where, std::move(values), n);
    };
    // A cursor on a NULL-time row: the timed branch is done.
    if (after && std::holds_alternative<std::monostate>(after->time))
        return {branchPage(1, true)};
    return {branchPage(0, after.has_value()), branchPage(1, false)};
}

// Without a key, rows that share a time cannot be told apart to continue between them: a page
// ends on a whole time. The timed statement reads every row at least as new as the `limit`-th
// newest (so the page holds whole times, a few rows more than `limit` when the last time has
// several), with no LIMIT; the NULL-time rows, one group, come whole after the timed ones.
std::vector<Statement> HistoryQuery::keylessPageStatements(const std::optional<PageCursor> &after,
                                                           int limit) const
{
    if (after && std::holds_alternative<std::monostate>(after->time))
        return {}; // the NULL-time rows came whole: nothing follows them
    const int n = clampRowLimit(limit);
    auto [where, values] = m_branches.at(0);
    if (after) {
        const Condition next = keysetAfter(m_timeCol, m_keyCol, *after, true);
        where += " AND " + next.text;
        values.insert(values.end(), next.values.begin(), next.values.end());
    }
    const std::string newest = detail::selectKeyword(m_dialect, n) + m_timeCol + " AS t" +
                               m_fromClause + " WHERE " + where + " ORDER BY " + m_timeCol +
                               " DESC" + detail::limitClause(m_dialect, n);
    Statement timed{"history.page",
                    "SELECT " + m_columns + m_fromClause + " WHERE " + where + " AND " + m_timeCol +
                        " >= (SELECT MIN(newest.t) FROM (" + newest + ") newest)" + m_orderBy,
                    values, m_fields};
    timed.values.insert(timed.values.end(), values.begin(), values.end());
    const auto &[nullWhere, nullValues] = m_branches.at(1);
    Statement untimed{"history.page", "SELECT " + m_columns + m_fromClause + " WHERE " + nullWhere,
                      nullValues, m_fields};
    return {std::move(timed), std::move(untimed)};
}

Statement HistoryQuery::count() const
{
    return {"history.count",
            "SELECT COUNT(*)" + m_fromClause + (m_where.empty() ? "" : " WHERE " + m_where),
            m_whereValues,
            {}};
}

Statement HistoryQuery::exportAll() const
{
    return {"history.export",
            "SELECT " + m_columns + m_fromClause + (m_where.empty() ? "" : " WHERE " + m_where) +
                m_orderBy,
            m_whereValues, m_fields};
}

std::vector<Statement> HistoryQuery::exportStatements() const
{
    if (m_branches.empty())
        return {exportAll()};
    std::vector<Statement> statements;
    for (const auto &[where, values] : m_branches)
        statements.push_back({"history.export",
                              "SELECT " + m_columns + m_fromClause + " WHERE " + where + m_orderBy,
                              values, m_fields});
    return statements;
}

PageCursor HistoryQuery::cursorAfter(const RawRow &lastRow)
{
    PageCursor cursor;
    cursor.key = lastRow.key.value_or(0);
    if (lastRow.authDateTime) {
        if (const auto *dt = std::get_if<DateTime>(&*lastRow.authDateTime))
            cursor.time = *dt;
        else
            cursor.time = std::get<std::string>(*lastRow.authDateTime);
    }
    return cursor;
}

bool HistoryQuery::keeps(const RawRow &row, const AccessEvent &event) const
{
    if (event.timeSource == TimeSource::DateAndTimeColumns && event.time) {
        if (m_rangeFrom && *event.time < *m_rangeFrom)
            return false;
        if (m_rangeTo && *event.time >= *m_rangeTo)
            return false;
    }
    if (m_coreDoors) {
        const bool doorHit = inSorted(m_coreDoors->rawDoorNames, row.doorName);
        const bool deviceHit =
            isBlank(row.doorName) && inSorted(m_coreDoors->rawDeviceNames, row.deviceName);
        if (!doorHit && !deviceHit)
            return false;
    }
    if (m_coreDirections) {
        const DirectionFilter &d = *m_coreDirections;
        const bool wanted = event.direction == Direction::In    ? d.in
                            : event.direction == Direction::Out ? d.out
                                                                : d.unknown;
        if (!wanted)
            return false;
    }
    if (m_coreSearch) {
        bool hit = inSorted(m_coreSearch->rawPersonNames, row.personName);
        if (!hit && m_searchIds && !m_coreSearch->idTerm.empty()) {
            for (const auto *id : {&row.cardNo, &row.employeeID})
                if (*id &&
                    foldCaseForMatching(**id).find(m_coreSearch->idTerm) != std::string::npos)
                    hit = true;
        }
        if (!hit)
            return false;
    }
    if (m_corePasses) {
        if (!m_keyCol.empty()) {
            if (!event.key || !std::binary_search(m_corePasses->keys.begin(),
                                                  m_corePasses->keys.end(), *event.key))
                return false;
        } else {
            const std::string &who = event.employeeId.empty() ? event.person : event.employeeId;
            if (!event.time ||
                !std::binary_search(m_corePasses->timed.begin(), m_corePasses->timed.end(),
                                    TimedPass{*event.time, who}))
                return false;
        }
    }
    return true;
}

} // namespace attlog::sql
