// SPDX-License-Identifier: MIT
#include "core/export/csvwriter.h"
#include "core/report/reportformat.h"
#include "core/report/worktimecalculator.h"
#include "tests/core/report/reporttestutil.h"

#include "tests/support/catch.h"

#include <sstream>
#include <string>
#include <vector>

using namespace attlog;
using attlog::test::at;
using attlog::test::day;
using attlog::test::pass;

namespace {

CsvOptions plainCsv()
{
    CsvOptions options;
    options.byteOrderMark = false;
    options.lineBreak = "\n";
    return options;
}

std::vector<std::string> lines(const std::string &text)
{
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        result.push_back(line);
    return result;
}

WorktimeReport sampleWorktime(bool withSchedule)
{
    WorktimeRules rules;
    if (withSchedule)
        rules.schedule = parseSchedule("09:00-18:00");
    WorktimeCalculator calculator(rules);
    calculator.add(pass("100", "Орлова Анна", at(2026, 11, 23, 9, 15), Direction::In));
    calculator.add(pass("100", "Орлова Анна", at(2026, 11, 23, 18, 0), Direction::Out));
    calculator.add(pass("100", "Орлова Анна", at(2026, 11, 24, 9, 0), Direction::In));
    calculator.add(pass("100", "Орлова Анна", at(2026, 11, 24, 12, 0), Direction::Out));
    calculator.add(pass("100", "Орлова Анна", at(2026, 11, 24, 13, 0), Direction::In));
    calculator.add(pass("", "Guest; \"VIP\"", at(2026, 11, 24, 10, 0), Direction::Out));
    return calculator.compute(day(2026, 11, 23), day(2026, 11, 25));
}

} // namespace

TEST_CASE("presence CSV: exact header, one row per person by name", "[report]")
{
    PresenceBoard board;
    board.add(pass("2", "Борисов", at(2026, 11, 23, 8, 0), Direction::In, "Проходная"));
    board.add(pass("1", "Алексеев", at(2026, 11, 23, 8, 5), Direction::Unknown, "Склад"));
    board.add(pass("1", "Алексеев", at(2026, 11, 23, 9, 5), Direction::Out, "Склад"));
    const PresenceSnapshot snapshot =
        board.snapshot(PresenceWindow{at(2026, 11, 23, 0, 0), at(2026, 11, 23, 12, 0)});

    std::ostringstream out;
    CsvWriter csv(out, plainCsv());
    REQUIRE(writePresence(csv, snapshot.rows));
    REQUIRE(csv.finish());
    CHECK(lines(out.str()) == std::vector<std::string>{
                                  "employee_id,person,status,last_time,last_door,last_direction",
                                  "1,Алексеев,outside,2026-11-23T09:05:00,Склад,out",
                                  "2,Борисов,inside,2026-11-23T08:00:00,Проходная,in",
                              });

    CHECK(presenceJson(snapshot.rows) == R"([
  {
    "employee_id": "1",
    "person": "Алексеев",
    "status": "outside",
    "last_time": "2026-11-23T09:05:00",
    "last_door": "Склад",
    "last_direction": "out"
  },
  {
    "employee_id": "2",
    "person": "Борисов",
    "status": "inside",
    "last_time": "2026-11-23T08:00:00",
    "last_door": "Проходная",
    "last_direction": "in"
  }
]
)");
    CHECK(presenceJson({}) == "[]\n");
}

TEST_CASE("worktime CSV: exact header, ISO times, integer minutes, flags", "[report]")
{
    std::ostringstream out;
    CsvWriter csv(out, plainCsv());
    REQUIRE(writeWorktime(csv, sampleWorktime(false)));
    REQUIRE(csv.finish());
    CHECK(lines(out.str()) ==
          std::vector<std::string>{
              "employee_id,person,date,first_in,last_out,inside_minutes,span_minutes,"
              "worked_minutes,late_minutes,early_minutes,overtime_minutes,flags",
              ",\"Guest; \"\"VIP\"\"\",2026-11-24,,,0,,,,,,no_entry",
              "100,Орлова Анна,2026-11-23,2026-11-23T09:15:00,2026-11-23T18:00:00,525,525,525,,,,",
              "100,Орлова Анна,2026-11-24,2026-11-24T09:00:00,2026-11-24T12:00:00,180,180,180,,,,"
              "no_exit",
          });
}

TEST_CASE("worktime CSV with a schedule: late, early, overtime, absent", "[report]")
{
    std::ostringstream out;
    CsvWriter csv(out, plainCsv());
    REQUIRE(writeWorktime(csv, sampleWorktime(true)));
    REQUIRE(csv.finish());
    const std::vector<std::string> text = lines(out.str());
    REQUIRE(text.size() == 7); // header + guest 3 (1 no_entry, 2 absent) + Орлова 3
    CHECK(text[1] == ",\"Guest; \"\"VIP\"\"\",2026-11-23,,,0,,,,,,absent");
    CHECK(text[2] == ",\"Guest; \"\"VIP\"\"\",2026-11-24,,,0,,,,,,no_entry");
    CHECK(text[4] ==
          "100,Орлова Анна,2026-11-23,2026-11-23T09:15:00,2026-11-23T18:00:00,525,525,525,15,0,0,");
    CHECK(text[5] == "100,Орлова Анна,2026-11-24,2026-11-24T09:00:00,2026-11-24T12:00:00,180,180,"
                     "180,0,360,0,no_exit");
    CHECK(text[6] == "100,Орлова Анна,2026-11-25,,,0,,,,,,absent");
}

TEST_CASE("worktime JSON: keys as the CSV header, nulls and flag arrays", "[report]")
{
    const WorktimeReport report = sampleWorktime(false);
    const std::string json = worktimeJson(report);
    CHECK(json.rfind("[\n  {\n    \"employee_id\": \"\",\n    \"person\": \"Guest; \\\"VIP\\\"\",",
                     0) == 0);
    CHECK(json.find("\"first_in\": null") != std::string::npos);
    CHECK(json.find("\"flags\": [\n      \"no_entry\"\n    ]") != std::string::npos);
    CHECK(json.find("\"inside_minutes\": 525,") != std::string::npos);
    CHECK(json.find("\"flags\": []") != std::string::npos);
    CHECK(json.find("\"late_minutes\": null") != std::string::npos);
}

TEST_CASE("worktime totals and timesheet layouts", "[report]")
{
    const WorktimeReport report = sampleWorktime(true);
    const Timesheet sheet = makeTimesheet(report);
    std::ostringstream out;
    CsvWriter csv(out, plainCsv());
    REQUIRE(writeTimesheet(csv, report, sheet));
    REQUIRE(csv.finish());
    CHECK(lines(out.str()) ==
          std::vector<std::string>{
              "employee_id,person,2026-11-23,2026-11-24,2026-11-25,total_minutes",
              ",\"Guest; \"\"VIP\"\"\",absent,no_entry,absent,0",
              "100,Орлова Анна,525,180,absent,705",
          });
    CHECK(timesheetMarks(sheet.rows[1]) ==
          std::vector<CellMark>{CellMark::None, CellMark::None, CellMark::Late,
                                CellMark::Incomplete, CellMark::Absent, CellMark::None});

    std::ostringstream totals;
    CsvWriter totalsCsv(totals, plainCsv());
    REQUIRE(writeWorktimeTotals(totalsCsv, report));
    REQUIRE(totalsCsv.finish());
    CHECK(lines(totals.str()).at(0) ==
          "employee_id,person,worked_minutes,inside_minutes,late_minutes,early_minutes,"
          "overtime_minutes,days_present,days_late,days_absent,days_no_exit,days_no_entry");
    CHECK(lines(totals.str()).at(2) == "100,Орлова Анна,705,705,15,360,0,2,1,1,1,0");
}
