// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/dialect.h"
#include "core/sql/historyfilter.h"
#include "core/sql/historyquery.h"
#include "core/sql/identifier.h"
#include "core/sql/statement.h"
#include "core/sql/tableconfig.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace attlog::sql {

// Events in a time range for reports: [from, to + extension) by authDateTime, ordered by
// authDateTime then key ("report.events"), plus the rows whose authDateTime is NULL, found by
// authDate ("report.untimedEvents", by key; days in chunks so each statement stays within
// kMaxBoundValues). Untimed rows get their time from authDate + authTime when decoded: merge
// them into the ordered stream by that time and pass every row through keeps().
struct RangeQuery
{
    std::optional<Statement> timed; // empty when authDateTime is not mapped
    std::vector<Statement> untimed; // empty when authDate is not mapped
    DateTime from;                  // inclusive
    DateTime to;                    // exclusive, extension included

    // DateTimeColumn rows: true (SQL filtered them); DateAndTimeColumns rows: time in [from, to);
    // Missing: true (the report decides what to do with a row without a time).
    bool keeps(const AccessEvent &event) const;
};

// Builds every statement the application runs against the source table. Made from a validated
// TableConfig; immutable afterwards and safe to use from any thread. Identifiers are quoted with
// quoteName(); every value is bound. Row limits are clamped to 1..kMaxRowLimit.
//
// Statement shapes (SQL Server shown; others use LIMIT n at the end and their own quotes):
//   live.poll          SELECT TOP (n) <cols> FROM t WHERE key > ? ORDER BY key
//   live.recheckKeys   SELECT <cols> FROM t WHERE key IN (?, …) ORDER BY key      (chunked)
//   live.recheckRange  SELECT TOP (n) <cols> FROM t WHERE key >= ? AND key <= ? ORDER BY key
//   live.initial       SELECT TOP (n) <cols> FROM t WHERE key IS NOT NULL ORDER BY key DESC
//   check.maxKey       SELECT MAX(key) FROM t WHERE key IS NOT NULL   (also check.minKey)
//   live.nullKeys      SELECT COUNT(*) FROM t WHERE key IS NULL
//   check.count / check.newestTime   one scalar each
// (`key IS NOT NULL` changes no result, rows without a key cannot be followed anyway, but it lets
// SQL Server use the filtered unique index on serialNo from sql/sqlserver/indexes.sql.)
//   check.newestEvent  SELECT TOP (1) <cols> … newest by authDateTime (then key)
//   dictionary.<field> SELECT DISTINCT col FROM t WHERE col IS NOT NULL
//   history.*, report.* see HistoryQuery and RangeQuery.
// <cols> = the mapped fields in kAllFields order (Statement::fields says which).
class QueryBuilder
{
public:
    // nullopt with a user-readable reason (all problems, joined by "; ") if the configuration
    // is invalid (see validateTableConfig()).
    static std::optional<QueryBuilder> create(const TableConfig &config, std::string *error);

    Dialect dialect() const { return m_config.dialect; }
    const TableConfig &config() const { return m_config; }
    const std::vector<Field> &selectedFields() const { return m_fields; }

    // Rows with key > afterKey, ascending, at most `limit`.
    Statement livePoll(std::int64_t afterKey, int limit) const;
    // Rows whose key is in `keys` (any order, duplicates allowed), ascending; one statement per
    // kMaxBoundValues keys. Empty input → no statements.
    std::vector<Statement> recheckKeys(std::span<const std::int64_t> keys) const;
    // Rows with first <= key <= last, ascending, at most `limit`.
    Statement recheckRange(std::int64_t first, std::int64_t last, int limit) const;
    // The newest `limit` rows by key, DESCENDING (the caller reverses them for display order);
    // rows whose key is NULL are not included.
    Statement initialLoad(int limit) const;

    // Keyless mode (no key column; authDateTime mapped), see KeylessFollower:
    // Rows with time >= from (> from when !inclusive; every timed row without `from`), ascending
    // by time, ending on a whole time: every row at least as old as the `limit`-th, so a batch
    // never splits the rows of one time (a few more than `limit` when the last time has several).
    Statement keylessPoll(std::optional<DateTime> from, bool inclusive, int limit) const;
    // The newest `limit` rows by time, DESCENDING; only rows older than `before` when given.
    Statement keylessNewest(int limit, std::optional<DateTime> before = std::nullopt) const;
    // Rows with from <= time < to (one hour of the look-back window, re-read whole).
    Statement keylessRange(DateTime from, DateTime to) const;
    // Row counts per hour of time for time >= from: two columns, the first 13 characters of the
    // time as ISO text ("2024-03-01 08" or "2024-03-01T08" for text columns) and COUNT(*).
    Statement hourCounts(DateTime from) const;
    // One row, one column: how many rows have a NULL time (keyless mode cannot follow them).
    Statement nullTimeCount() const;
    // One row, one column: how many rows have no time at all: authDateTime NULL (or not mapped)
    // and authDate or authTime NULL (or not mapped).
    Statement missingTimeCount() const;

    Statement maxKey() const; // one row, one column: MAX(key) (NULL on an empty table)
    Statement minKey() const; // MIN(key)
    // One row, one column: how many rows have a NULL key (no key-ordered poll delivers them).
    Statement nullKeyCount() const;
    Statement rowCount() const; // COUNT(*)
    // MAX(authDateTime); nullopt when authDateTime is not mapped.
    std::optional<Statement> newestTime() const;
    // The single newest row: by authDateTime DESC, key DESC among rows with authDateTime, or by
    // key DESC when authDateTime is not mapped.
    Statement newestEvent() const;
    // The single oldest row, the same way round ("check.oldestEvent").
    Statement oldestEvent() const;

    // Distinct non-NULL stored values of a mapped field (for the dictionary: PersonName, DoorName,
    // ReaderName, DeviceName, Direction, …); nullopt when the field is not mapped. Unordered.
    std::optional<Statement> distinctValues(Field field) const;

    // The History statements for `filter` (built by HistoryQuery's planner, historyquery.cpp).
    HistoryQuery history(const HistoryFilter &filter) const;

    // Events with from <= time < to + extensionSeconds (reports read 20 h past the end to close
    // night shifts). extensionSeconds < 0 counts as 0.
    RangeQuery eventsInRange(DateTime from, DateTime to, std::int64_t extensionSeconds = 0) const;

    // Parts of every statement, also for those built outside this class (HistoryQuery): the
    // quoted column of a mapped field (only for mapped fields), whether a field is mapped, the
    // quoted table and the quoted select list.
    const std::string &column(Field field) const;
    bool maps(Field field) const { return m_config.columns.has(field); }
    const std::string &quotedTable() const { return m_table; }
    const std::string &selectList() const { return m_columnList; }

private:
    QueryBuilder() = default;

    std::string selectHead(std::optional<int> limit) const; // "SELECT [TOP (n) ]<cols>"
    std::string limitTail(std::optional<int> limit) const;  // " LIMIT n" or ""

    TableConfig m_config;
    std::string m_table;               // quoted
    std::vector<std::string> m_quoted; // per field, "" when absent
    std::vector<Field> m_fields;       // selected, in order
    std::string m_columnList;          // quoted, ", "-joined
};

// A LIKE pattern that finds `term` as a substring: '%' + escaped term + '%', to be used as
// `col LIKE ? ESCAPE '!'`. Escapes '!', '%', '_' and, on SQL Server (where brackets form
// character classes), '['. The escape character is '!' in every dialect: a backslash would need
// doubling in MySQL string literals.
std::string likeContainsPattern(Dialect dialect, std::string_view term);

// Row limit clamped to 1..kMaxRowLimit.
int clampRowLimit(int limit);

} // namespace attlog::sql
