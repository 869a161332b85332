// SPDX-License-Identifier: MIT
// Fitting a configured mapping to the columns a table really has.
#include "core/sql/columnresolver.h"

#include "tests/support/catch.h"

#include <string>
#include <vector>

using namespace attlog::sql;

namespace {

// The published MariaDB site table (latin1): no serialNo, empolyeeID and carno misspelt.
const std::vector<std::string> kSiteColumns{"empolyeeID", "authdatetime", "authdate", "authtime",
                                            "direction",  "devicename",   "devicesn", "personname",
                                            "carno",      "adddatetime"};

bool contains(const std::vector<std::string> &sentences, const std::string &part)
{
    for (const std::string &s : sentences)
        if (s.find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("Closest columns: letter case, underscores and one transposition do not hide a name",
          "[sql][mapping]")
{
    CHECK(closestColumns("employeeID", kSiteColumns) == std::vector<std::string>{"empolyeeID"});
    CHECK(closestColumns("cardNo", kSiteColumns) == std::vector<std::string>{"carno"});
    CHECK(closestColumns("auth_date_time", kSiteColumns).front() == "authdatetime");
    CHECK(closestColumns("serialNo", kSiteColumns).empty()); // nothing is like it
    // Nearest first, at most the limit.
    const std::vector<std::string> columns{"doorNo", "doorName2", "door_name", "floor"};
    CHECK(closestColumns("doorName", columns, 2) ==
          std::vector<std::string>{"door_name", "doorName2"});
}

TEST_CASE("Resolution keeps exact names and takes the server's spelling for a case difference",
          "[sql][mapping]")
{
    // PostgreSQL folded an unquoted CREATE TABLE to lower case.
    std::vector<std::string> lower;
    for (const Field f : kAllFields) {
        std::string name{defaultColumnName(f)};
        for (char &c : name)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        lower.push_back(name);
    }
    const ColumnResolution r = resolveColumns(ColumnMapping(), lower);
    CHECK(r.usable());
    CHECK_FALSE(r.keyless());
    CHECK(r.mapping.column(Field::Key) == "serialno");
    CHECK(r.mapping.column(Field::ReaderName) == "readername");
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].starts_with("columns used as the server spells them: serialNo → serialno, "
                                 "authDateTime → authdatetime, "));

    // Exact names need no note.
    std::vector<std::string> exact;
    for (const Field f : kAllFields)
        exact.emplace_back(defaultColumnName(f));
    const ColumnResolution same = resolveColumns(ColumnMapping(), exact);
    CHECK(same.usable());
    CHECK(same.notes.empty());
    CHECK(same.mapping == ColumnMapping());

    // Two columns that differ only in case: the exact one wins; with neither exact, an error.
    const std::vector<std::string> twins{"serialNo", "SerialNo", "authDateTime", "personName"};
    CHECK(resolveColumns(ColumnMapping(), twins).mapping.column(Field::Key) == "serialNo");
    ColumnMapping upper = ColumnMapping();
    upper.setColumn(Field::Key, "SERIALNO");
    const ColumnResolution ambiguous = resolveColumns(upper, twins);
    CHECK_FALSE(ambiguous.usable());
    CHECK(contains(ambiguous.errors, "the column SERIALNO for key is ambiguous"));
}

TEST_CASE("Resolution of the published site table: keyless, optional fields left out, "
          "required ones suggested",
          "[sql][mapping]")
{
    const ColumnResolution r = resolveColumns(ColumnMapping(), kSiteColumns);
    // personname exists (case), so employeeID and cardNo are optional: notes, not errors.
    INFO(r.errors.size());
    REQUIRE(r.usable());
    CHECK(r.keyless());
    CHECK(r.keyReason == "the table has no column serialNo");
    CHECK(r.mapping.column(Field::AuthDateTime) == "authdatetime");
    CHECK(r.mapping.column(Field::PersonName) == "personname");
    CHECK_FALSE(r.mapping.has(Field::DoorName));
    CHECK(contains(r.notes, "no column employeeID for employeeID (did you mean empolyeeID?), so "
                            "it is left out"));
    CHECK(contains(r.notes, "no column doorName for doorName, so it is left out"));
    CHECK_FALSE(contains(r.notes, "serialNo")); // the key is the mode's business

    // Without the person name, the identity fields are required: errors with suggestions.
    std::vector<std::string> noName = kSiteColumns;
    std::erase(noName, "personname");
    const ColumnResolution e = resolveColumns(ColumnMapping(), noName);
    CHECK_FALSE(e.usable());
    CHECK(contains(e.errors, "no column employeeID for employeeID (did you mean empolyeeID?)"));
    CHECK(contains(e.errors, "no column cardNo for cardNo (did you mean carno?)"));

    // --key serialNo: the key must exist.
    const ColumnResolution chosen = resolveColumns(ColumnMapping(), kSiteColumns, true);
    CHECK(contains(chosen.errors, "no column serialNo for key"));

    // --key none
    ColumnMapping none = ColumnMapping();
    none.setColumn(Field::Key, std::nullopt);
    CHECK(resolveColumns(none, kSiteColumns).keyReason == "no key column was chosen");

    // Keyless mode follows authDateTime: date + time text alone is not enough.
    std::vector<std::string> noDateTime = kSiteColumns;
    std::erase(noDateTime, "authdatetime");
    const ColumnResolution t = resolveColumns(ColumnMapping(), noDateTime);
    CHECK_FALSE(t.usable());
    CHECK(contains(t.errors, "no column authDateTime for authDateTime"));
}

TEST_CASE("Guessed mapping takes default names in any case and spellings seen at sites",
          "[sql][mapping]")
{
    const ColumnMapping m = guessMapping(kSiteColumns);
    CHECK_FALSE(m.has(Field::Key));
    CHECK(m.column(Field::AuthDateTime) == "authdatetime");
    CHECK(m.column(Field::EmployeeID) == "empolyeeID");
    CHECK(m.column(Field::CardNo) == "carno");
    CHECK(m.column(Field::DeviceSN) == "devicesn");
    CHECK(m.column(Field::PersonName) == "personname");
    CHECK_FALSE(m.has(Field::DoorName));
    CHECK(validateMapping(m).empty());
}
