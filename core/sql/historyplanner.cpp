// SPDX-License-Identifier: MIT
// QueryBuilder::history(): the planner that turns a HistoryFilter into a HistoryQuery.
#include "core/sql/directionmapping.h"
#include "core/sql/historyquery.h"
#include "core/sql/querybuilder.h"
#include "core/sql/sqltext.h"

#include <algorithm>
#include <tuple>

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

std::vector<std::string> sortedTrimmed(const std::vector<std::string> &values)
{
    std::vector<std::string> out;
    out.reserve(values.size());
    for (const auto &v : values)
        out.emplace_back(detail::rightTrimmed(v));
    std::sort(out.begin(), out.end());
    return out;
}

bool atMidnight(const std::optional<DateTime> &t)
{
    return !t || secondsOfDay(*t) == 0;
}

} // namespace

// Builds a HistoryQuery in phases: the fixed parts, the date range (timed and NULL-time
// branches), the list conditions (doors, directions, search), the parameter budget (which moves
// the largest list to keeps()), and the join into WHERE clauses. The header says what each
// decides.
class HistoryPlanner
{
public:
    HistoryPlanner(const QueryBuilder &builder, const HistoryFilter &filter)
        : m_b(builder)
        , m_filter(filter)
    {}

    HistoryQuery plan();

private:
    // The date range; when it is "timed rows OR NULL-time rows", also its two branches.
    struct Range
    {
        std::optional<Condition> all;
        std::optional<Condition> timed;
        std::optional<Condition> untimed;
    };
    enum class Kind
    {
        Doors,
        Directions,
        Search,
        Passes
    };
    struct Candidate
    {
        Kind kind;
        Condition condition;
        bool inSql = true;
    };

    void fixedParts();
    Range range();
    std::optional<Condition> authDateList(bool *exact) const;
    Condition timeBounds() const;
    std::optional<Candidate> doors() const;
    std::optional<Candidate> directions();
    std::optional<Candidate> search();
    std::optional<Candidate> passes();
    void fitBudget(const Range &range, std::vector<Candidate> &candidates);
    void moveToCore(Kind kind);
    void join(const Range &range, const std::vector<Candidate> &candidates);

    const QueryBuilder &m_b;
    const HistoryFilter &m_filter;
    HistoryQuery m_q;
};

HistoryQuery HistoryPlanner::plan()
{
    fixedParts();
    const Range dates = range();
    std::vector<Candidate> candidates;
    for (auto candidate : {doors(), directions(), search(), passes()})
        if (candidate)
            candidates.push_back(std::move(*candidate));
    fitBudget(dates, candidates);
    join(dates, candidates);
    return std::move(m_q);
}

void HistoryPlanner::fixedParts()
{
    m_q.m_dialect = m_b.dialect();
    m_q.m_columns = m_b.selectList();
    m_q.m_fromClause = " FROM " + m_b.quotedTable();
    m_q.m_keyCol = m_b.maps(Field::Key) ? m_b.column(Field::Key) : std::string{};
    m_q.m_fields = m_b.selectedFields();
    m_q.m_rangeFrom = m_filter.from;
    m_q.m_rangeTo = m_filter.to;
    if (m_b.maps(Field::AuthDateTime)) {
        m_q.m_timeCol = m_b.column(Field::AuthDateTime);
        m_q.m_orderBy = " ORDER BY " + m_q.m_timeCol + " DESC" +
                        (m_q.m_dialect == Dialect::PostgreSql ? " NULLS LAST" : "") +
                        (m_q.m_keyCol.empty() ? "" : ", " + m_q.m_keyCol + " DESC");
    } else {
        m_q.m_orderBy = " ORDER BY " + m_q.m_keyCol + " DESC";
    }
}

// How NULL-time rows are found by their authDate text (see the header); `exact` says whether it
// matches whole days exactly (a day list) rather than whole months.
std::optional<Condition> HistoryPlanner::authDateList(bool *exact) const
{
    *exact = false;
    if (!m_filter.from || !m_filter.to || !m_b.maps(Field::AuthDate))
        return std::nullopt;
    const std::string &authDate = m_b.column(Field::AuthDate);
    const auto span = detail::daysTouched(*m_filter.from, *m_filter.to);
    if (!span)
        return std::nullopt;
    Condition list;
    if (span->count() <= HistoryQuery::kMaxDateListDays) {
        for (int d = span->first.days; d <= span->last.days; ++d)
            appendStrings(list.values, detail::authDateForms(Date{d}));
        list.text = authDate + " IN (" + detail::placeholders(list.values.size()) + ")";
        *exact = true;
        return list;
    }
    const auto months =
        detail::authMonthPatterns(span->first, span->last, HistoryQuery::kMaxDateListMonths);
    if (months.empty())
        return std::nullopt;
    std::vector<std::string> likes(months.size(), authDate + " LIKE ?");
    list.text = joinOr(likes);
    appendStrings(list.values, months);
    return list;
}

// authDateTime >= from AND authDateTime < to (either end may be open).
Condition HistoryPlanner::timeBounds() const
{
    Condition timed;
    std::vector<std::string> parts;
    if (m_filter.from) {
        parts.push_back(m_q.m_timeCol + " >= ?");
        timed.values.emplace_back(*m_filter.from);
    }
    if (m_filter.to && !detail::boundPastSqlDates(*m_filter.to)) {
        parts.push_back(m_q.m_timeCol + " < ?");
        timed.values.emplace_back(*m_filter.to);
    }
    if (parts.empty())
        parts.push_back(m_q.m_timeCol + " IS NOT NULL");
    timed.text = parts.size() == 2 ? parts[0] + " AND " + parts[1] : parts[0];
    return timed;
}

HistoryPlanner::Range HistoryPlanner::range()
{
    Range r;
    if (!m_filter.from && !m_filter.to)
        return r;
    const bool empty = m_filter.from && m_filter.to && *m_filter.to <= *m_filter.from;
    bool dateListExact = false;
    std::optional<Condition> dateList = authDateList(&dateListExact);
    // A count over a day list is exact only when the bounds are whole days.
    const bool exactByDate = dateListExact && atMidnight(m_filter.from) && atMidnight(m_filter.to);

    if (!m_b.maps(Field::AuthDateTime)) {
        if (empty) {
            r.all = Condition{kNothing, {}};
        } else if (dateList) {
            r.all = std::move(dateList);
            m_q.m_countExact = m_q.m_countExact && exactByDate;
        } else {
            m_q.m_countExact = false; // every row comes; keeps() decides by authDate + authTime
        }
        return r;
    }
    Condition timed = timeBounds();
    if (!m_b.maps(Field::AuthDate) || empty) {
        r.all = std::move(timed);
        return r;
    }
    const std::string &time = m_q.m_timeCol;
    if (dateList) {
        r.untimed = Condition{"(" + time + " IS NULL AND " + dateList->text + ")",
                              std::move(dateList->values)};
        m_q.m_countExact = m_q.m_countExact && exactByDate;
    } else {
        r.untimed = Condition{time + " IS NULL", {}};
        m_q.m_countExact = false;
    }
    const bool bothEnds = m_filter.from && m_filter.to;
    r.all.emplace();
    r.all->text =
        "(" + (bothEnds ? "(" + timed.text + ")" : timed.text) + " OR " + r.untimed->text + ")";
    r.all->values = timed.values;
    r.all->values.insert(r.all->values.end(), r.untimed->values.begin(), r.untimed->values.end());
    r.timed = std::move(timed);
    return r;
}

std::optional<HistoryPlanner::Candidate> HistoryPlanner::doors() const
{
    if (!m_filter.doors)
        return std::nullopt;
    const DoorFilter &doors = *m_filter.doors;
    Condition c;
    std::vector<std::string> parts;
    if (m_b.maps(Field::DoorName)) {
        const std::string &door = m_b.column(Field::DoorName);
        if (!doors.rawDoorNames.empty()) {
            parts.push_back(door + " IN (" + detail::placeholders(doors.rawDoorNames.size()) + ")");
            appendStrings(c.values, doors.rawDoorNames);
        }
        if (!doors.rawDeviceNames.empty() && m_b.maps(Field::DeviceName)) {
            parts.push_back("((" + door + " IS NULL OR " + door + " = ?) AND " +
                            m_b.column(Field::DeviceName) + " IN (" +
                            detail::placeholders(doors.rawDeviceNames.size()) + "))");
            c.values.emplace_back(std::string{});
            appendStrings(c.values, doors.rawDeviceNames);
        }
    } else if (m_b.maps(Field::DeviceName) && !doors.rawDeviceNames.empty()) {
        parts.push_back(m_b.column(Field::DeviceName) + " IN (" +
                        detail::placeholders(doors.rawDeviceNames.size()) + ")");
        appendStrings(c.values, doors.rawDeviceNames);
    }
    c.text = parts.empty() ? kNothing : joinOr(parts);
    return Candidate{Kind::Doors, std::move(c)};
}

std::optional<HistoryPlanner::Candidate> HistoryPlanner::directions()
{
    const DirectionFilter &dirs = m_filter.directions;
    if (dirs.in && dirs.out && dirs.unknown)
        return std::nullopt;
    if (m_b.config().directions.hasRoleRules()) {
        // Door/reader rules decide the shown direction: only the decoded event can tell.
        m_q.m_coreDirections = dirs;
        return std::nullopt;
    }
    if (!m_b.maps(Field::Direction)) {
        if (dirs.unknown)
            return std::nullopt;
        return Candidate{Kind::Directions, {kNothing, {}}};
    }
    const std::string &d = m_b.column(Field::Direction);
    Condition c;
    if (!dirs.unknown) {
        if (dirs.in)
            appendStrings(c.values, dirs.rawInValues);
        if (dirs.out)
            appendStrings(c.values, dirs.rawOutValues);
        c.text =
            c.values.empty() ? kNothing : d + " IN (" + detail::placeholders(c.values.size()) + ")";
        return Candidate{Kind::Directions, std::move(c)};
    }
    if (!dirs.in)
        appendStrings(c.values, dirs.rawInValues);
    if (!dirs.out)
        appendStrings(c.values, dirs.rawOutValues);
    if (c.values.empty())
        return std::nullopt;
    c.text =
        "(" + d + " IS NULL OR " + d + " NOT IN (" + detail::placeholders(c.values.size()) + "))";
    return Candidate{Kind::Directions, std::move(c)};
}

std::optional<HistoryPlanner::Candidate> HistoryPlanner::search()
{
    if (!m_filter.search)
        return std::nullopt;
    const TextSearch &search = *m_filter.search;
    Condition c;
    std::vector<std::string> parts;
    if (m_b.maps(Field::PersonName) && !search.rawPersonNames.empty()) {
        parts.push_back(m_b.column(Field::PersonName) + " IN (" +
                        detail::placeholders(search.rawPersonNames.size()) + ")");
        appendStrings(c.values, search.rawPersonNames);
    }
    if (!search.idTerm.empty()) {
        const std::string pattern = likeContainsPattern(m_q.m_dialect, search.idTerm);
        for (const Field f : {Field::CardNo, Field::EmployeeID}) {
            if (!m_b.maps(f))
                continue;
            parts.push_back(m_b.column(f) + " LIKE ? ESCAPE '!'");
            c.values.emplace_back(pattern);
            m_q.m_searchIds = true;
        }
    }
    c.text = parts.empty() ? kNothing : joinOr(parts);
    return Candidate{Kind::Search, std::move(c)};
}

// Picked passes: by key, or (keyless) by time with the person checked by keeps() on every row.
std::optional<HistoryPlanner::Candidate> HistoryPlanner::passes()
{
    if (!m_filter.passes)
        return std::nullopt;
    const PassPick &pick = *m_filter.passes;
    Condition c;
    if (!m_q.m_keyCol.empty()) {
        for (const std::int64_t key : pick.keys)
            c.values.emplace_back(key);
        c.text = pick.keys.empty()
                     ? kNothing
                     : m_q.m_keyCol + " IN (" + detail::placeholders(pick.keys.size()) + ")";
        return Candidate{Kind::Passes, std::move(c)};
    }
    // A keyless table always maps authDateTime (the profile is refused otherwise).
    PassPick core;
    core.timed = pick.timed;
    std::sort(core.timed.begin(), core.timed.end());
    core.timed.erase(std::unique(core.timed.begin(), core.timed.end()), core.timed.end());
    m_q.m_corePasses = std::move(core);
    std::vector<DateTime> times;
    for (const TimedPass &pass : m_q.m_corePasses->timed)
        if (times.empty() || times.back() != pass.time)
            times.push_back(pass.time);
    for (const DateTime time : times)
        c.values.emplace_back(time);
    c.text = times.empty() ? kNothing
                           : m_q.m_timeCol + " IN (" + detail::placeholders(times.size()) + ")";
    return Candidate{Kind::Passes, std::move(c)};
}

// The range, the largest continuation (3 values) and the lists must fit in kMaxBoundValues:
// while they do not, the largest list moves to keeps().
void HistoryPlanner::fitBudget(const Range &range, std::vector<Candidate> &candidates)
{
    // A keyless page binds its filter twice (see HistoryQuery::pageStatements()).
    const std::size_t copies = m_q.m_keyCol.empty() ? 2 : 1;
    const auto sqlCost = [&] {
        std::size_t total = (range.all ? range.all->values.size() : 0) + 3;
        for (const auto &candidate : candidates)
            if (candidate.inSql)
                total += candidate.condition.values.size();
        return total * copies;
    };
    while (sqlCost() > kMaxBoundValues) {
        Candidate *largest = nullptr;
        for (auto &candidate : candidates)
            if (candidate.inSql &&
                (!largest || candidate.condition.values.size() > largest->condition.values.size()))
                largest = &candidate;
        if (!largest)
            break; // unreachable: the range alone stays far below the budget
        largest->inSql = false;
        moveToCore(largest->kind);
    }
    m_q.m_coreFilters =
        m_q.m_coreDoors || m_q.m_coreDirections || m_q.m_coreSearch || m_q.m_corePasses;
    if (m_q.m_coreFilters)
        m_q.m_countExact = false;
}

void HistoryPlanner::moveToCore(Kind kind)
{
    switch (kind) {
    case Kind::Doors:
        m_q.m_coreDoors = DoorFilter{sortedTrimmed(m_filter.doors->rawDoorNames),
                                     sortedTrimmed(m_filter.doors->rawDeviceNames)};
        break;
    case Kind::Directions:
        m_q.m_coreDirections = m_filter.directions;
        break;
    case Kind::Search: {
        TextSearch core;
        if (m_b.maps(Field::PersonName))
            core.rawPersonNames = sortedTrimmed(m_filter.search->rawPersonNames);
        core.idTerm = foldCaseForMatching(m_filter.search->idTerm);
        m_q.m_coreSearch = std::move(core);
        break;
    }
    case Kind::Passes:
        if (!m_q.m_keyCol.empty()) {
            PassPick core;
            core.keys = m_filter.passes->keys;
            std::sort(core.keys.begin(), core.keys.end());
            m_q.m_corePasses = std::move(core);
        } // keyless: m_corePasses holds the times already
        break;
    }
}

// The WHERE of the whole filter, and of each date branch when the range has two.
void HistoryPlanner::join(const Range &range, const std::vector<Candidate> &candidates)
{
    const auto where = [&](const std::optional<Condition> &rangePart) {
        std::pair<std::string, std::vector<SqlValue>> out;
        const auto add = [&out](const Condition &c) {
            if (!out.first.empty())
                out.first += " AND ";
            out.first += c.text;
            out.second.insert(out.second.end(), c.values.begin(), c.values.end());
        };
        if (rangePart)
            add(*rangePart);
        for (const auto &candidate : candidates)
            if (candidate.inSql)
                add(candidate.condition);
        return out;
    };
    std::tie(m_q.m_where, m_q.m_whereValues) = where(range.all);
    if (range.all && range.timed && range.untimed) {
        m_q.m_branches.push_back(where(range.timed));
        m_q.m_branches.push_back(where(range.untimed));
    } else if (m_q.m_keyCol.empty()) {
        // Keyless pages read the timed rows by time and the NULL-time rows apart: two branches
        // always (the second finds nothing when the range leaves NULL times out).
        const auto branch = [&](const std::string &condition) {
            auto out = where(range.all);
            out.first = out.first.empty() ? condition : out.first + " AND " + condition;
            return out;
        };
        m_q.m_branches.push_back(branch(m_q.m_timeCol + " IS NOT NULL"));
        m_q.m_branches.push_back(branch(m_q.m_timeCol + " IS NULL"));
    }
}

HistoryQuery QueryBuilder::history(const HistoryFilter &filter) const
{
    return HistoryPlanner(*this, filter).plan();
}

} // namespace attlog::sql
