// SPDX-License-Identifier: MIT
#include "core/sql/columnresolver.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace attlog::sql {

namespace {

// Letter case (ASCII) folded, '_' and ' ' dropped: "Auth_DateTime" and "authdatetime" compare
// equal. Names in other scripts compare byte for byte.
std::string normalized(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    for (const char c : name) {
        if (c == '_' || c == ' ')
            continue;
        out.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    return out;
}

bool equalFoldingCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
               return lower(x) == lower(y);
           });
}

// Edit distance with adjacent transpositions (optimal string alignment).
int editDistance(std::string_view a, std::string_view b)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[m];
}

enum class Match
{
    Found,
    Missing,
    Ambiguous,
};

// The column `wanted` names: itself, else the one column equal to it but for letter case.
std::pair<Match, std::string> findColumn(const std::string &wanted,
                                         const std::vector<std::string> &columns)
{
    if (std::find(columns.begin(), columns.end(), wanted) != columns.end())
        return {Match::Found, wanted};
    std::optional<std::string> found;
    for (const std::string &column : columns) {
        if (!equalFoldingCase(column, wanted))
            continue;
        if (found)
            return {Match::Ambiguous, {}};
        found = column;
    }
    return found ? std::pair{Match::Found, *found} : std::pair{Match::Missing, std::string{}};
}

std::string joined(const std::vector<std::string> &names, std::string_view separator)
{
    std::string out;
    for (const std::string &name : names) {
        if (!out.empty())
            out += separator;
        out += name;
    }
    return out;
}

// " (closest: a, b)" or "".
std::string closestHint(std::string_view wanted, const std::vector<std::string> &columns)
{
    const auto closest = closestColumns(wanted, columns);
    return closest.empty() ? std::string{} : " (did you mean " + joined(closest, ", ") + "?)";
}

std::string missingColumn(Field field, const std::string &column,
                          const std::vector<std::string> &columns)
{
    return "no column " + column + " for " + std::string{fieldName(field)} +
           closestHint(column, columns);
}

// Keyless mode follows the table by authDateTime; otherwise authDate + authTime will do.
bool needsTime(const ColumnMapping &m)
{
    return !m.has(Field::AuthDateTime) &&
           (!m.has(Field::Key) || !(m.has(Field::AuthDate) && m.has(Field::AuthTime)));
}

bool needsPerson(const ColumnMapping &m)
{
    return !m.has(Field::PersonName) && !m.has(Field::EmployeeID) && !m.has(Field::CardNo);
}

// Spellings of each field's column seen at real sites, normalized (see normalized()).
struct KnownNames
{
    Field field;
    std::array<std::string_view, 4> names;
};

constexpr std::array<KnownNames, kFieldCount> kKnownNames{{
    {Field::Key, {"serialno"}},
    {Field::AuthDateTime, {"authdatetime"}},
    {Field::AuthDate, {"authdate"}},
    {Field::AuthTime, {"authtime"}},
    {Field::Direction, {"direction", "attendancestatus"}},
    {Field::DeviceName, {"devicename"}},
    {Field::DeviceSN, {"devicesn", "deviceserialno"}},
    {Field::PersonName, {"personname"}},
    {Field::EmployeeID, {"employeeid", "empolyeeid", "employeeno", "personid"}},
    {Field::CardNo, {"cardno", "carno", "cardnumber"}},
    {Field::DoorName, {"doorname"}},
    {Field::ReaderName, {"readername"}},
    {Field::InsertedAt, {"insertedat", "adddatetime", "inserttime", "createtime"}},
}};

} // namespace

std::vector<std::string> closestColumns(std::string_view wanted,
                                        const std::vector<std::string> &columns, int limit)
{
    const std::string target = normalized(wanted);
    // Close means a third of the letters at most (at least 2: a transposition and a typo).
    const int allowed = std::max(2, int(target.size()) / 3);
    std::vector<std::pair<int, std::string>> ranked;
    for (const std::string &column : columns) {
        const int distance = editDistance(target, normalized(column));
        if (distance <= allowed)
            ranked.emplace_back(distance, column);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto &[distance, column] : ranked) {
        if (int(out.size()) >= limit)
            break;
        out.push_back(std::move(column));
    }
    return out;
}

ColumnResolution resolveColumns(const ColumnMapping &wanted,
                                const std::vector<std::string> &columns, bool keyChosen)
{
    ColumnResolution result;
    result.mapping = ColumnMapping::empty();
    std::vector<std::pair<Field, std::string>> missing; // wanted, not found
    std::vector<std::string> respelled;                 // "authDateTime → authdatetime"
    for (const Field field : kAllFields) {
        const auto &column = wanted.column(field);
        if (!column)
            continue;
        const auto [match, found] = findColumn(*column, columns);
        if (match == Match::Ambiguous) {
            result.errors.push_back("the column " + *column + " for " +
                                    std::string{fieldName(field)} +
                                    " is ambiguous: the table has several that differ only in "
                                    "letter case; map one of them exactly");
            continue;
        }
        if (match == Match::Missing) {
            missing.emplace_back(field, *column);
            continue;
        }
        if (found != *column)
            respelled.push_back(*column + " → " + found);
        result.mapping.setColumn(field, found);
    }

    const ColumnMapping &fitted = result.mapping;
    for (const auto &[field, column] : missing) {
        const bool required =
            (field == Field::Key && keyChosen) ||
            (field == Field::AuthDateTime && needsTime(fitted)) ||
            ((field == Field::AuthDate || field == Field::AuthTime) && needsTime(fitted) &&
             fitted.has(Field::Key)) ||
            ((field == Field::PersonName || field == Field::EmployeeID || field == Field::CardNo) &&
             needsPerson(fitted));
        if (required) {
            result.errors.push_back(missingColumn(field, column, columns));
        } else if (field == Field::Key) {
            result.keyReason = "the table has no column " + column + closestHint(column, columns);
        } else {
            result.notes.push_back(missingColumn(field, column, columns) + ", so it is left out");
        }
    }
    if (!respelled.empty())
        result.notes.insert(result.notes.begin(),
                            "columns used as the server spells them: " + joined(respelled, ", "));
    if (!wanted.has(Field::Key))
        result.keyReason = "no key column was chosen";
    // Requirements no wanted column could meet (nothing was mapped for them at all).
    const auto wantedAny = [&](std::initializer_list<Field> fields) {
        return std::any_of(fields.begin(), fields.end(), [&](Field f) { return wanted.has(f); });
    };
    if (needsTime(fitted) && !wantedAny({Field::AuthDateTime, Field::AuthDate, Field::AuthTime}))
        result.errors.emplace_back(fitted.has(Field::Key)
                                       ? "map authDateTime, or both authDate and authTime"
                                       : "without a key column, map authDateTime");
    if (needsPerson(fitted) && !wantedAny({Field::PersonName, Field::EmployeeID, Field::CardNo}))
        result.errors.emplace_back("map at least one of personName, employeeID, cardNo");
    return result;
}

std::string_view addKeyScript(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SqlServer:
        return "sqlserver/add-identity-key.sql";
    case Dialect::MySql:
        return "mysql/add-key.sql";
    case Dialect::PostgreSql:
        return "postgresql/add-key.sql";
    case Dialect::Sqlite:
        break;
    }
    return {};
}

ColumnMapping guessMapping(const std::vector<std::string> &columns)
{
    ColumnMapping mapping = ColumnMapping::empty();
    for (const KnownNames &known : kKnownNames) {
        for (const std::string_view name : known.names) {
            if (name.empty())
                break;
            const auto it = std::find_if(columns.begin(), columns.end(), [&](const auto &column) {
                return normalized(column) == name;
            });
            if (it != columns.end()) {
                mapping.setColumn(known.field, *it);
                break;
            }
        }
    }
    return mapping;
}

} // namespace attlog::sql
