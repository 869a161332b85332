// SPDX-License-Identifier: MIT
#include "core/sql/historyquery.h"

#include "core/sql/querybuilder.h"
#include "core/sql/sqltext.h"

#include <algorithm>
#include <array>

namespace attlog::sql {

namespace {

struct Condition
{
    std::string text;
    std::vector<SqlValue> values;
};

constexpr const char *kNothing = "1 = 0";

std::string joinOr(const std::vector<std::string> &parts)
{
    if (parts.size() == 1)
        return parts.front();
    std::string out{"("};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += " OR ";
        out += parts[i];
    }
    return out + ")";
}

void appendStrings(std::vector<SqlValue> &values, const std::vector<std::string> &strings)
{
    for (const auto &s : strings)
        values.emplace_back(s);
}

std::string_view rightTrimmed(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isBlank(const std::optional<std::string> &s)
{
    return !s || rightTrimmed(*s).empty();
}

std::vector<std::string> sortedTrimmed(const std::vector<std::string> &values)
{
    std::vector<std::string> out;
    out.reserve(values.size());
    for (const auto &v : values)
        out.emplace_back(rightTrimmed(v));
    std::sort(out.begin(), out.end());
    return out;
}

bool inSorted(const std::vector<std::string> &sorted, const std::optional<std::string> &value)
{
    if (!value)
        return false;
    return std::binary_search(sorted.begin(), sorted.end(), std::string{rightTrimmed(*value)});
}

bool atMidnight(const std::optional<DateTime> &t)
{
    return !t || secondsOfDay(*t) == 0;
}

} // namespace

HistoryQuery QueryBuilder::history(const HistoryFilter &filter) const
{
    HistoryQuery q;
    q.m_dialect = dialect();
    q.m_columns = m_columnList;
    q.m_fromClause = " FROM " + m_table;
    q.m_keyCol = col(Field::Key);
    q.m_fields = m_fields;
    q.m_rangeFrom = filter.from;
    q.m_rangeTo = filter.to;
    const bool hasTime = has(Field::AuthDateTime);
    if (hasTime) {
        q.m_timeCol = col(Field::AuthDateTime);
        q.m_orderBy = " ORDER BY " + q.m_timeCol + " DESC" +
                      (dialect() == Dialect::PostgreSql ? " NULLS LAST" : "") + ", " + q.m_keyCol +
                      " DESC";
    } else {
        q.m_orderBy = " ORDER BY " + q.m_keyCol + " DESC";
    }

    // The date range.
    std::optional<Condition> range;
    // When `range` is "timed OR untimed", its two branches: export runs one statement per branch,
    // so that neither needs a sort of the whole result (an OR defeats the time index's order).
    std::optional<Condition> timedBranch;
    std::optional<Condition> untimedBranch;
    if (filter.from || filter.to) {
        const bool empty = filter.from && filter.to && *filter.to <= *filter.from;
        // How NULL-time rows are found by their authDate text (see the header).
        std::optional<Condition> dateList;
        bool dateListExact = false;
        if (filter.from && filter.to && has(Field::AuthDate)) {
            const std::string &authDate = col(Field::AuthDate);
            const auto span = detail::daysTouched(*filter.from, *filter.to);
            if (span && span->count() <= HistoryQuery::kMaxDateListDays) {
                dateList.emplace();
                for (int d = span->first.days; d <= span->last.days; ++d)
                    appendStrings(dateList->values, detail::authDateForms(Date{d}));
                dateList->text =
                    authDate + " IN (" + detail::placeholders(dateList->values.size()) + ")";
                dateListExact = true;
            } else if (span) {
                const auto months = detail::authMonthPatterns(span->first, span->last,
                                                              HistoryQuery::kMaxDateListMonths);
                if (!months.empty()) {
                    dateList.emplace();
                    std::vector<std::string> likes(months.size(), authDate + " LIKE ?");
                    dateList->text = joinOr(likes);
                    appendStrings(dateList->values, months);
                }
            }
        }
        const bool boundsAtMidnight = atMidnight(filter.from) && atMidnight(filter.to);
        if (hasTime) {
            Condition timed;
            std::vector<std::string> parts;
            if (filter.from) {
                parts.push_back(q.m_timeCol + " >= ?");
                timed.values.emplace_back(*filter.from);
            }
            if (filter.to) {
                parts.push_back(q.m_timeCol + " < ?");
                timed.values.emplace_back(*filter.to);
            }
            timed.text = parts.size() == 2 ? parts[0] + " AND " + parts[1] : parts[0];
            if (!has(Field::AuthDate) || empty) {
                range = std::move(timed);
            } else {
                const std::string inner = parts.size() == 2 ? "(" + timed.text + ")" : timed.text;
                range.emplace();
                range->values = std::move(timed.values);
                timedBranch = Condition{timed.text, range->values};
                if (dateList) {
                    untimedBranch =
                        Condition{"(" + q.m_timeCol + " IS NULL AND " + dateList->text + ")",
                                  dateList->values};
                    range->text = "(" + inner + " OR (" + q.m_timeCol + " IS NULL AND " +
                                  dateList->text + "))";
                    range->values.insert(range->values.end(), dateList->values.begin(),
                                         dateList->values.end());
                    q.m_countExact = q.m_countExact && dateListExact && boundsAtMidnight;
                } else {
                    untimedBranch = Condition{q.m_timeCol + " IS NULL", {}};
                    range->text = "(" + inner + " OR " + q.m_timeCol + " IS NULL)";
                    q.m_countExact = false;
                }
            }
        } else if (empty) {
            range = Condition{kNothing, {}};
        } else if (dateList) {
            range = std::move(dateList);
            q.m_countExact = q.m_countExact && dateListExact && boundsAtMidnight;
        } else {
            q.m_countExact = false; // every row comes; keeps() decides by authDate + authTime
        }
    }

    // The list conditions: doors, direction, search. Each may move to core (see the header).
    enum class Kind
    {
        Doors,
        Directions,
        Search
    };
    struct Candidate
    {
        Kind kind;
        Condition condition;
        bool inSql = true;
    };
    std::vector<Candidate> candidates;

    if (filter.doors) {
        const DoorFilter &doors = *filter.doors;
        Condition c;
        std::vector<std::string> parts;
        if (has(Field::DoorName)) {
            if (!doors.rawDoorNames.empty()) {
                parts.push_back(col(Field::DoorName) + " IN (" +
                                detail::placeholders(doors.rawDoorNames.size()) + ")");
                appendStrings(c.values, doors.rawDoorNames);
            }
            if (!doors.rawDeviceNames.empty() && has(Field::DeviceName)) {
                const std::string &door = col(Field::DoorName);
                parts.push_back("((" + door + " IS NULL OR " + door + " = ?) AND " +
                                col(Field::DeviceName) + " IN (" +
                                detail::placeholders(doors.rawDeviceNames.size()) + "))");
                c.values.emplace_back(std::string{});
                appendStrings(c.values, doors.rawDeviceNames);
            }
        } else if (has(Field::DeviceName) && !doors.rawDeviceNames.empty()) {
            parts.push_back(col(Field::DeviceName) + " IN (" +
                            detail::placeholders(doors.rawDeviceNames.size()) + ")");
            appendStrings(c.values, doors.rawDeviceNames);
        }
        c.text = parts.empty() ? kNothing : joinOr(parts);
        candidates.push_back({Kind::Doors, std::move(c)});
    }

    const DirectionFilter &dirs = filter.directions;
    if (!(dirs.in && dirs.out && dirs.unknown)) {
        if (m_config.directions.hasRoleRules()) {
            // Door/reader rules decide the shown direction: only the decoded event can tell.
            q.m_coreDirections = dirs;
        } else if (!has(Field::Direction)) {
            if (!dirs.unknown)
                candidates.push_back({Kind::Directions, {kNothing, {}}});
        } else if (!dirs.unknown) {
            Condition c;
            if (dirs.in)
                appendStrings(c.values, dirs.rawInValues);
            if (dirs.out)
                appendStrings(c.values, dirs.rawOutValues);
            c.text = c.values.empty() ? kNothing
                                      : col(Field::Direction) + " IN (" +
                                            detail::placeholders(c.values.size()) + ")";
            candidates.push_back({Kind::Directions, std::move(c)});
        } else {
            Condition c;
            if (!dirs.in)
                appendStrings(c.values, dirs.rawInValues);
            if (!dirs.out)
                appendStrings(c.values, dirs.rawOutValues);
            if (!c.values.empty()) {
                const std::string &d = col(Field::Direction);
                c.text = "(" + d + " IS NULL OR " + d + " NOT IN (" +
                         detail::placeholders(c.values.size()) + "))";
                candidates.push_back({Kind::Directions, std::move(c)});
            }
        }
    }

    if (filter.search) {
        const TextSearch &search = *filter.search;
        Condition c;
        std::vector<std::string> parts;
        if (has(Field::PersonName) && !search.rawPersonNames.empty()) {
            parts.push_back(col(Field::PersonName) + " IN (" +
                            detail::placeholders(search.rawPersonNames.size()) + ")");
            appendStrings(c.values, search.rawPersonNames);
        }
        if (!search.idTerm.empty()) {
            const std::string pattern = likeContainsPattern(dialect(), search.idTerm);
            for (const Field f : {Field::CardNo, Field::EmployeeID}) {
                if (!has(f))
                    continue;
                parts.push_back(col(f) + " LIKE ? ESCAPE '!'");
                c.values.emplace_back(pattern);
                q.m_searchIds = true;
            }
        }
        c.text = parts.empty() ? kNothing : joinOr(parts);
        candidates.push_back({Kind::Search, std::move(c)});
    }

    // Budget: the range, the largest continuation (3 values) and the lists must fit.
    const auto sqlCost = [&] {
        std::size_t total = (range ? range->values.size() : 0) + 3;
        for (const auto &cand : candidates)
            if (cand.inSql)
                total += cand.condition.values.size();
        return total;
    };
    while (sqlCost() > kMaxBoundValues) {
        Candidate *largest = nullptr;
        for (auto &cand : candidates)
            if (cand.inSql &&
                (!largest || cand.condition.values.size() > largest->condition.values.size()))
                largest = &cand;
        if (!largest)
            break; // unreachable: the range alone stays far below the budget
        largest->inSql = false;
        switch (largest->kind) {
        case Kind::Doors:
            q.m_coreDoors = DoorFilter{sortedTrimmed(filter.doors->rawDoorNames),
                                       sortedTrimmed(filter.doors->rawDeviceNames)};
            break;
        case Kind::Directions:
            q.m_coreDirections = dirs;
            break;
        case Kind::Search: {
            TextSearch core;
            if (has(Field::PersonName))
                core.rawPersonNames = sortedTrimmed(filter.search->rawPersonNames);
            core.idTerm = foldCaseForMatching(filter.search->idTerm);
            q.m_coreSearch = std::move(core);
            break;
        }
        }
    }
    q.m_coreFilters = q.m_coreDoors || q.m_coreDirections || q.m_coreSearch;
    if (q.m_coreFilters)
        q.m_countExact = false;

    std::vector<Condition *> parts;
    if (range)
        parts.push_back(&*range);
    for (auto &cand : candidates)
        if (cand.inSql)
            parts.push_back(&cand.condition);
    const auto join = [&](const Condition *rangePart, std::string *where,
                          std::vector<SqlValue> *values) {
        for (Condition *c : parts) {
            const Condition *use = rangePart && range && c == &*range ? rangePart : c;
            if (!where->empty())
                *where += " AND ";
            *where += use->text;
            values->insert(values->end(), use->values.begin(), use->values.end());
        }
    };
    join(nullptr, &q.m_where, &q.m_whereValues);
    if (range && timedBranch && untimedBranch) {
        q.m_branches.emplace_back();
        join(&*timedBranch, &q.m_branches.back().first, &q.m_branches.back().second);
        q.m_branches.emplace_back();
        join(&*untimedBranch, &q.m_branches.back().first, &q.m_branches.back().second);
    }
    return q;
}

Statement HistoryQuery::page(const std::optional<PageCursor> &after, int limit) const
{
    const int n = clampRowLimit(limit);
    std::string where = m_where;
    std::vector<SqlValue> values = m_whereValues;
    if (after) {
        std::string continuation;
        if (m_timeCol.empty()) {
            continuation = m_keyCol + " < ?";
            values.emplace_back(after->key);
        } else if (std::holds_alternative<std::monostate>(after->time)) {
            continuation = "(" + m_timeCol + " IS NULL AND " + m_keyCol + " < ?)";
            values.emplace_back(after->key);
        } else {
            continuation = "(" + m_timeCol + " < ? OR (" + m_timeCol + " = ? AND " + m_keyCol +
                           " < ?) OR " + m_timeCol + " IS NULL)";
            values.push_back(after->time);
            values.push_back(after->time);
            values.emplace_back(after->key);
        }
        where = where.empty() ? continuation : where + " AND " + continuation;
    }
    return {"history.page",
            detail::selectKeyword(m_dialect, n) + m_columns + m_fromClause +
                (where.empty() ? "" : " WHERE " + where) + m_orderBy +
                detail::limitClause(m_dialect, n),
            std::move(values), m_fields};
}

std::vector<Statement> HistoryQuery::pageStatements(const std::optional<PageCursor> &after,
                                                    int limit) const
{
    if (m_branches.size() != 2)
        return {page(after, limit)};
    const int n = clampRowLimit(limit);
    const auto branchPage = [&](std::size_t branch, const std::string &continuation,
                                std::vector<SqlValue> continuationValues) {
        std::string where = m_branches[branch].first;
        std::vector<SqlValue> values = m_branches[branch].second;
        if (!continuation.empty()) {
            where += " AND " + continuation;
            for (SqlValue &value : continuationValues)
                values.push_back(std::move(value));
        }
        return Statement{"history.page",
                         detail::selectKeyword(m_dialect, n) + m_columns + m_fromClause +
                             " WHERE " + where + m_orderBy + detail::limitClause(m_dialect, n),
                         std::move(values), m_fields};
    };
    if (after && std::holds_alternative<std::monostate>(after->time))
        return {branchPage(1, m_keyCol + " < ?", {after->key})};
    std::vector<Statement> statements;
    if (after)
        statements.push_back(branchPage(
            0, "(" + m_timeCol + " < ? OR (" + m_timeCol + " = ? AND " + m_keyCol + " < ?))",
            {after->time, after->time, after->key}));
    else
        statements.push_back(branchPage(0, {}, {}));
    statements.push_back(branchPage(1, {}, {}));
    return statements;
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
    cursor.key = lastRow.key;
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
    return true;
}

} // namespace attlog::sql
