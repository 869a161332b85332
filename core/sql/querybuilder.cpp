// SPDX-License-Identifier: MIT
#include "core/sql/querybuilder.h"

#include "core/sql/sqltext.h"

#include <algorithm>

namespace attlog::sql {

namespace {

// Report date lists: 300 days x 3 forms = 900 bound values per statement.
constexpr int kReportDaysPerStatement = 300;

} // namespace

int clampRowLimit(int limit)
{
    return std::clamp(limit, 1, kMaxRowLimit);
}

std::string likeContainsPattern(Dialect dialect, std::string_view term)
{
    std::string out{"%"};
    for (const char c : term) {
        if (c == '!' || c == '%' || c == '_' || (c == '[' && dialect == Dialect::SqlServer))
            out += '!';
        out += c;
    }
    out += '%';
    return out;
}

std::optional<QueryBuilder> QueryBuilder::create(const TableConfig &config, std::string *error)
{
    const std::vector<std::string> problems = validateTableConfig(config);
    if (!problems.empty()) {
        if (error) {
            error->clear();
            for (const auto &p : problems) {
                if (!error->empty())
                    *error += "; ";
                *error += p;
            }
        }
        return std::nullopt;
    }
    QueryBuilder b;
    b.m_config = config;
    b.m_table =
        quoteName(config.dialect, *parseName(config.dialect, NameKind::Table, config.table));
    b.m_quoted.resize(kFieldCount);
    for (const Field f : kAllFields) {
        const auto &column = config.columns.column(f);
        if (!column)
            continue;
        b.m_quoted[fieldIndex(f)] =
            quoteName(config.dialect, *parseName(config.dialect, NameKind::Column, *column));
        if (!b.m_columnList.empty())
            b.m_columnList += ", ";
        b.m_columnList += b.m_quoted[fieldIndex(f)];
        b.m_fields.push_back(f);
    }
    return b;
}

const std::string &QueryBuilder::column(Field field) const
{
    return m_quoted[fieldIndex(field)];
}

std::string QueryBuilder::selectHead(std::optional<int> limit) const
{
    return detail::selectKeyword(dialect(), limit) + m_columnList;
}

std::string QueryBuilder::limitTail(std::optional<int> limit) const
{
    return detail::limitClause(dialect(), limit);
}

Statement QueryBuilder::livePoll(std::int64_t afterKey, int limit) const
{
    const int n = clampRowLimit(limit);
    const std::string &key = column(Field::Key);
    return {"live.poll",
            selectHead(n) + " FROM " + m_table + " WHERE " + key + " > " +
                detail::keyParameter(dialect()) + " ORDER BY " + key + limitTail(n),
            {afterKey},
            m_fields};
}

std::vector<Statement> QueryBuilder::recheckKeys(std::span<const std::int64_t> keys) const
{
    std::vector<std::int64_t> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());

    std::vector<Statement> out;
    const std::string &key = column(Field::Key);
    for (std::size_t start = 0; start < sorted.size(); start += kMaxBoundValues) {
        const std::size_t count = std::min(kMaxBoundValues, sorted.size() - start);
        Statement s{"live.recheckKeys",
                    selectHead(std::nullopt) + " FROM " + m_table + " WHERE " + key + " IN (" +
                        detail::keyParameters(dialect(), count) + ") ORDER BY " + key,
                    {},
                    m_fields};
        s.values.assign(sorted.begin() + static_cast<std::ptrdiff_t>(start),
                        sorted.begin() + static_cast<std::ptrdiff_t>(start + count));
        out.push_back(std::move(s));
    }
    return out;
}

Statement QueryBuilder::recheckRange(std::int64_t first, std::int64_t last, int limit) const
{
    const int n = clampRowLimit(limit);
    const std::string &key = column(Field::Key);
    return {"live.recheckRange",
            selectHead(n) + " FROM " + m_table + " WHERE " + key +
                " >= " + detail::keyParameter(dialect()) + " AND " + key +
                " <= " + detail::keyParameter(dialect()) + " ORDER BY " + key + limitTail(n),
            {first, last},
            m_fields};
}

Statement QueryBuilder::initialLoad(int limit) const
{
    const int n = clampRowLimit(limit);
    return {"live.initial",
            selectHead(n) + " FROM " + m_table + " WHERE " + column(Field::Key) +
                " IS NOT NULL ORDER BY " + column(Field::Key) + " DESC" + limitTail(n),
            {},
            m_fields};
}

Statement QueryBuilder::keylessPoll(std::optional<DateTime> from, bool inclusive, int limit) const
{
    const int n = clampRowLimit(limit);
    const std::string &time = column(Field::AuthDateTime);
    const std::string bound = from ? time + (inclusive ? " >= ?" : " > ?") : time + " IS NOT NULL";
    std::vector<SqlValue> values;
    if (from)
        values = {*from, *from};
    const std::string oldest = detail::selectKeyword(dialect(), n) + time + " AS t FROM " +
                               m_table + " WHERE " + bound + " ORDER BY " + time + limitTail(n);
    return {"live.keylessPoll",
            "SELECT " + m_columnList + " FROM " + m_table + " WHERE " + bound + " AND " + time +
                " <= (SELECT MAX(batch.t) FROM (" + oldest + ") batch) ORDER BY " + time,
            std::move(values), m_fields};
}

Statement QueryBuilder::keylessNewest(int limit, std::optional<DateTime> before) const
{
    const int n = clampRowLimit(limit);
    const std::string &time = column(Field::AuthDateTime);
    return {"live.keylessNewest",
            selectHead(n) + " FROM " + m_table + " WHERE " +
                (before ? time + " < ?" : time + " IS NOT NULL") + " ORDER BY " + time + " DESC" +
                limitTail(n),
            before ? std::vector<SqlValue>{*before} : std::vector<SqlValue>{}, m_fields};
}

Statement QueryBuilder::keylessRange(DateTime from, DateTime to) const
{
    const std::string &time = column(Field::AuthDateTime);
    return {"live.keylessRange",
            "SELECT " + m_columnList + " FROM " + m_table + " WHERE " + time + " >= ? AND " + time +
                " < ?",
            {from, to},
            m_fields};
}

Statement QueryBuilder::hourCounts(DateTime from) const
{
    const std::string &time = column(Field::AuthDateTime);
    std::string hour;
    switch (dialect()) {
    case Dialect::SqlServer: // style 120: yyyy-mm-dd hh:mi:ss (text columns pass unchanged)
        hour = "LEFT(CONVERT(VARCHAR(40), " + time + ", 120), 13)";
        break;
    case Dialect::PostgreSql:
        hour = "LEFT(CAST(" + time + " AS TEXT), 13)";
        break;
    case Dialect::MySql:
        hour = "LEFT(" + time + ", 13)";
        break;
    case Dialect::Sqlite:
        hour = "SUBSTR(" + time + ", 1, 13)";
        break;
    }
    return {"live.hourCounts",
            "SELECT " + hour + ", COUNT(*) FROM " + m_table + " WHERE " + time + " >= ? GROUP BY " +
                hour,
            {from},
            {}};
}

Statement QueryBuilder::nullTimeCount() const
{
    return {"live.nullTimes",
            "SELECT COUNT(*) FROM " + m_table + " WHERE " + column(Field::AuthDateTime) +
                " IS NULL",
            {},
            {}};
}

Statement QueryBuilder::missingTimeCount() const
{
    std::vector<std::string> parts;
    if (maps(Field::AuthDateTime))
        parts.push_back(column(Field::AuthDateTime) + " IS NULL");
    if (maps(Field::AuthDate) && maps(Field::AuthTime))
        parts.push_back("(" + column(Field::AuthDate) + " IS NULL OR " + column(Field::AuthTime) +
                        " IS NULL)");
    std::string where;
    for (const std::string &part : parts)
        where += (where.empty() ? "" : " AND ") + part;
    return {"check.missingTimes",
            "SELECT COUNT(*) FROM " + m_table + (where.empty() ? "" : " WHERE " + where),
            {},
            {}};
}

Statement QueryBuilder::maxKey() const
{
    return {"check.maxKey",
            "SELECT MAX(" + column(Field::Key) + ") FROM " + m_table + " WHERE " +
                column(Field::Key) + " IS NOT NULL",
            {},
            {}};
}

Statement QueryBuilder::minKey() const
{
    return {"check.minKey",
            "SELECT MIN(" + column(Field::Key) + ") FROM " + m_table + " WHERE " +
                column(Field::Key) + " IS NOT NULL",
            {},
            {}};
}

Statement QueryBuilder::nullKeyCount() const
{
    return {"live.nullKeys",
            "SELECT COUNT(*) FROM " + m_table + " WHERE " + column(Field::Key) + " IS NULL",
            {},
            {}};
}

Statement QueryBuilder::rowCount() const
{
    return {"check.count", "SELECT COUNT(*) FROM " + m_table, {}, {}};
}

std::optional<Statement> QueryBuilder::newestTime() const
{
    if (!maps(Field::AuthDateTime))
        return std::nullopt;
    return Statement{"check.newestTime",
                     "SELECT MAX(" + column(Field::AuthDateTime) + ") FROM " + m_table,
                     {},
                     {}};
}

Statement QueryBuilder::newestEvent() const
{
    const std::string &key = column(Field::Key);
    std::string text = selectHead(1) + " FROM " + m_table;
    if (maps(Field::AuthDateTime)) {
        const std::string &time = column(Field::AuthDateTime);
        text += " WHERE " + time + " IS NOT NULL ORDER BY " + time + " DESC" +
                (maps(Field::Key) ? ", " + key + " DESC" : "");
    } else {
        text += " ORDER BY " + key + " DESC";
    }
    return {"check.newestEvent", text + limitTail(1), {}, m_fields};
}

Statement QueryBuilder::oldestEvent() const
{
    const std::string &key = column(Field::Key);
    std::string text = selectHead(1) + " FROM " + m_table;
    if (maps(Field::AuthDateTime)) {
        const std::string &time = column(Field::AuthDateTime);
        text += " WHERE " + time + " IS NOT NULL ORDER BY " + time +
                (maps(Field::Key) ? ", " + key : "");
    } else {
        text += " ORDER BY " + key;
    }
    return {"check.oldestEvent", text + limitTail(1), {}, m_fields};
}

std::optional<Statement> QueryBuilder::distinctValues(Field field) const
{
    if (!maps(field))
        return std::nullopt;
    const std::string &c = column(field);
    return Statement{"dictionary." + std::string{fieldName(field)},
                     "SELECT DISTINCT " + c + " FROM " + m_table + " WHERE " + c + " IS NOT NULL",
                     {},
                     {field}};
}

RangeQuery QueryBuilder::eventsInRange(DateTime from, DateTime to,
                                       std::int64_t extensionSeconds) const
{
    RangeQuery q;
    q.from = from;
    q.to = addSeconds(to, std::max<std::int64_t>(extensionSeconds, 0));
    const std::string &key = column(Field::Key);

    if (maps(Field::AuthDateTime)) {
        const std::string &time = column(Field::AuthDateTime);
        const bool openEnd = detail::boundPastSqlDates(q.to);
        q.timed =
            Statement{"report.events",
                      selectHead(std::nullopt) + " FROM " + m_table + " WHERE " + time + " >= ?" +
                          (openEnd ? "" : " AND " + time + " < ?") + " ORDER BY " + time +
                          (maps(Field::Key) ? ", " + key : ""),
                      openEnd ? std::vector<SqlValue>{q.from} : std::vector<SqlValue>{q.from, q.to},
                      m_fields};
    }
    const auto days = detail::daysTouched(q.from, q.to);
    if (!maps(Field::AuthDate) || !days)
        return q;

    const std::string nullTime =
        maps(Field::AuthDateTime) ? column(Field::AuthDateTime) + " IS NULL AND " : std::string{};
    for (int first = days->first.days; first <= days->last.days; first += kReportDaysPerStatement) {
        const int last = std::min(days->last.days, first + kReportDaysPerStatement - 1);
        Statement s{"report.untimedEvents", {}, {}, m_fields};
        for (int d = first; d <= last; ++d)
            for (auto &form : detail::authDateForms(Date{d}))
                s.values.emplace_back(std::move(form));
        s.text = selectHead(std::nullopt) + " FROM " + m_table + " WHERE " + nullTime +
                 column(Field::AuthDate) + " IN (" + detail::placeholders(s.values.size()) + ")" +
                 (maps(Field::Key) ? " ORDER BY " + key : "");
        q.untimed.push_back(std::move(s));
    }
    return q;
}

bool RangeQuery::keeps(const AccessEvent &event) const
{
    if (event.timeSource != TimeSource::DateAndTimeColumns)
        return true;
    return event.time && *event.time >= from && *event.time < to;
}

} // namespace attlog::sql
