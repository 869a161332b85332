// SPDX-License-Identifier: MIT
#include "core/export/csvwriter.h"
#include "core/report/anomalies.h"
#include "core/report/reportformat.h"
#include "tests/core/report/reporttestutil.h"

#include "tests/support/catch.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace attlog;
using namespace attlog::report;
using namespace attlog::test;

namespace {

const DateTime kFrom = at(2026, 11, 2, 0, 0);
const DateTime kTo = at(2026, 11, 3, 0, 0);

AnomalyReport findIn(const std::vector<AccessEvent> &events, AnomalyOptions options = {},
                     DateTime from = kFrom, DateTime to = kTo)
{
    AnomalyFinder finder(options);
    finder.add(events);
    return finder.find(from, to);
}

// One line per anomaly: "kind employee first second door_first door_second".
std::vector<std::string> lines(const AnomalyReport &report)
{
    std::vector<std::string> out;
    for (const Anomaly &a : report.anomalies) {
        std::string line = std::string(anomalyKindName(a.kind)) + " " +
                           report.people[a.person].employeeId + " " +
                           formatIsoDateTime(a.firstTime).substr(11) + " " +
                           (a.secondTime ? formatIsoDateTime(*a.secondTime).substr(11) : "-") +
                           " " + a.doorFirst + " " + (a.doorSecond.empty() ? "-" : a.doorSecond);
        out.push_back(line);
    }
    return out;
}

std::string csvOf(const AnomalyReport &report)
{
    std::FILE *file = std::tmpfile();
    REQUIRE(file);
    CsvOptions options;
    options.delimiter = ',';
    options.byteOrderMark = false;
    options.lineBreak = "\n";
    options.dateTimeStyle = CsvDateTimeStyle::IsoT;
    {
        CsvWriter writer(file, options);
        REQUIRE(writeAnomalies(writer, report));
        REQUIRE(writer.finish());
    }
    std::rewind(file);
    std::string text;
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, file))
        text.append(buffer, n);
    std::fclose(file);
    return text;
}

} // namespace

TEST_CASE("Anomalies: kind names are the CLI's words and read back", "[report][anomalies]")
{
    for (int k = 0; k < kAnomalyKinds; ++k) {
        const auto kind = AnomalyKind(k);
        CHECK(anomalyKindFromName(anomalyKindName(kind)) == kind);
    }
    CHECK(anomalyKindName(AnomalyKind::DoubleEntry) == "double_entry");
    CHECK(anomalyKindName(AnomalyKind::ExitWithoutEntry) == "exit_without_entry");
    CHECK(anomalyKindName(AnomalyKind::ImpossibleTravel) == "impossible_travel");
    CHECK(anomalyKindName(AnomalyKind::GhostDuplicate) == "ghost_duplicate");
    CHECK(anomalyKindName(AnomalyKind::UnusualHours) == "unusual_hours");
    CHECK_FALSE(anomalyKindFromName("double entry"));
}

TEST_CASE("Anomalies: entries and exits out of turn", "[report][anomalies]")
{
    const auto report = findIn({
        pass("E1", "Иванов", at(2026, 11, 2, 8, 0), In),
        pass("E1", "Иванов", at(2026, 11, 2, 12, 0), In),  // no exit since 08:00
        pass("E1", "Иванов", at(2026, 11, 2, 13, 0), Unk), // unknown: neither
        pass("E1", "Иванов", at(2026, 11, 2, 17, 0), Out),
        pass("E1", "Иванов", at(2026, 11, 2, 18, 5), Out), // no entry since 17:00
        pass("E2", "Петров", at(2026, 11, 2, 9, 0), Out),  // nothing before it at all
        pass("E3", "Сидоров", at(2026, 11, 1, 20, 0), In), // the night before: state
        pass("E3", "Сидоров", at(2026, 11, 2, 8, 0), Out),
        pass("E3", "Сидоров", at(2026, 11, 2, 9, 0), In),
    });
    CHECK(lines(report) == std::vector<std::string>{
                               "double_entry E1 08:00:00 12:00:00 Main gate Main gate",
                               "exit_without_entry E2 09:00:00 - Main gate -",
                               "exit_without_entry E1 17:00:00 18:05:00 Main gate Main gate",
                           });
    CHECK(report.counts[std::size_t(AnomalyKind::DoubleEntry)] == 1);
    CHECK(report.counts[std::size_t(AnomalyKind::ExitWithoutEntry)] == 2);
    CHECK(report.anomalies[0].detail == "no exit between");
    CHECK(report.anomalies[1].detail == "no entry in the 28 days before");
}

TEST_CASE("Anomalies: the later pass decides whether a pair is in the period",
          "[report][anomalies]")
{
    const auto report = findIn({
        pass("E1", "A", at(2026, 11, 1, 8, 0), In),
        pass("E1", "A", at(2026, 11, 2, 8, 0), In),  // pairs with the day before: reported
        pass("E2", "B", at(2026, 11, 2, 23, 0), In), // pairs with the day after: not
        pass("E2", "B", at(2026, 11, 3, 1, 0), In),
    });
    CHECK(lines(report) ==
          std::vector<std::string>{"double_entry E1 08:00:00 08:00:00 Main gate Main gate"});
    CHECK(formatIsoDateTime(report.anomalies[0].firstTime) == "2026-11-01T08:00:00");
}

TEST_CASE("Anomalies: two doors closer in time than the minimum", "[report][anomalies]")
{
    AnomalyOptions options;
    options.minTravelSeconds = 120;
    const auto report = findIn(
        {
            pass("E1", "A", at(2026, 11, 2, 8, 0, 0), In, "North"),
            pass("E1", "A", at(2026, 11, 2, 8, 1, 30), Out, "South"), // 90 s: impossible
            pass("E1", "A", at(2026, 11, 2, 9, 0, 10), In, "North"),
            pass("E1", "A", at(2026, 11, 2, 9, 2, 10), Out, "South"), // 120 s: possible
            pass("E2", "B", at(2026, 11, 2, 10, 0, 0), In, "North"),
            pass("E2", "B", at(2026, 11, 2, 10, 0, 30), Out, "North"), // one door: no travel
        },
        options);
    CHECK(lines(report) ==
          std::vector<std::string>{"impossible_travel E1 08:00:00 08:01:30 North South"});
    CHECK(report.anomalies[0].detail == "90 s between two doors (at least 120 s expected)");
}

TEST_CASE("Anomalies: a ghost duplicate is reported only as that", "[report][anomalies]")
{
    const auto report = findIn({
        pass("E1", "A", at(2026, 11, 2, 8, 0, 0), In),
        pass("E1", "A", at(2026, 11, 2, 8, 0, 40), In), // a second scan, not a double entry
        pass("E1", "A", at(2026, 11, 2, 17, 0, 0), Out),
        pass("E2", "B", at(2026, 11, 2, 7, 30, 0), In, "Gate"),
        pass("E2", "B", at(2026, 11, 2, 8, 30, 0), In, "Gate"), // the clock an hour on
        pass("E2", "B", at(2026, 11, 2, 16, 0, 0), Out, "Gate"),
        pass("E3", "C", at(2026, 11, 2, 9, 0, 0), In),
        pass("E3", "C", at(2026, 11, 2, 9, 5, 0), In), // 5 min: a double entry, no ghost
    });
    CHECK(lines(report) ==
          std::vector<std::string>{"ghost_duplicate E2 07:30:00 08:30:00 Gate Gate",
                                   "ghost_duplicate E1 08:00:00 08:00:40 Main gate Main gate",
                                   "double_entry E3 09:00:00 09:05:00 Main gate Main gate"});
    CHECK(report.anomalies[0].detail == "the same pass exactly one hour later");
    CHECK(report.anomalies[1].detail == "the same pass again within 60 s");
}

TEST_CASE("Anomalies: a pass far from the person's usual hours", "[report][anomalies]")
{
    std::vector<AccessEvent> events;
    // Twenty working days of 08:xx in, 17:xx out before the period.
    for (int d = 0; d < 20; ++d) {
        const Date date = addDays(day(2026, 10, 13), d);
        events.push_back(pass("E1", "A", makeDateTime(date, 8, d % 50, 0), In));
        events.push_back(pass("E1", "A", makeDateTime(date, 17, d % 50, 0), Out));
    }
    events.push_back(pass("E1", "A", at(2026, 11, 2, 8, 10), In));   // usual
    events.push_back(pass("E1", "A", at(2026, 11, 2, 18, 40), Out)); // within an hour: usual
    events.push_back(pass("E1", "A", at(2026, 11, 2, 23, 15), In));  // unusual
    events.push_back(pass("E1", "A", at(2026, 11, 2, 23, 50), Out)); // unusual
    // Someone with three days of history is not judged.
    for (int d = 0; d < 3; ++d)
        events.push_back(pass("E2", "B", makeDateTime(addDays(day(2026, 10, 30), d), 9, 0, 0), In));
    events.push_back(pass("E2", "B", at(2026, 11, 2, 3, 0), Out));

    const auto report = findIn(events);
    CHECK(lines(report) == std::vector<std::string>{"unusual_hours E1 23:15:00 - Main gate -",
                                                    "unusual_hours E1 23:50:00 - Main gate -"});
    CHECK(report.anomalies[0].detail == "usual hours 07:00-10:00, 16:00-19:00");
    CHECK(report.anomalies[0].usualHours == "07:00-10:00, 16:00-19:00");
}

TEST_CASE("Anomalies: usual hours over midnight stay one range", "[report][anomalies]")
{
    std::vector<AccessEvent> events;
    for (int d = 0; d < 12; ++d) {
        const Date date = addDays(day(2026, 10, 20), d);
        events.push_back(pass("N1", "Night", makeDateTime(date, 22, 0, 0), In));
        events.push_back(pass("N1", "Night", makeDateTime(addDays(date, 1), 6, 0, 0), Out));
    }
    events.push_back(pass("N1", "Night", at(2026, 11, 2, 14, 0), In));
    const auto report = findIn(events);
    REQUIRE(report.anomalies.size() == 1);
    CHECK(report.anomalies[0].kind == AnomalyKind::UnusualHours);
    CHECK(report.anomalies[0].detail == "usual hours 05:00-08:00, 21:00-00:00");
}

TEST_CASE("Anomalies: nobody's passes and passes without a time are left out",
          "[report][anomalies]")
{
    AccessEvent nobody = pass("", "", at(2026, 11, 2, 9, 0), Out);
    AccessEvent untimed = pass("E1", "A", at(2026, 11, 2, 9, 0), Out);
    untimed.time.reset();
    const auto report = findIn({nobody, untimed});
    CHECK(report.anomalies.empty());
}

TEST_CASE("Anomalies: the CSV has the documented header and ISO times", "[report][anomalies]")
{
    AccessEvent first = pass("E1", "Иванов Пётр", at(2026, 11, 2, 8, 0), In, "Склад, «Север»");
    AccessEvent second = pass("E1", "Иванов Пётр", at(2026, 11, 2, 9, 0), In, "Склад, «Север»");
    AccessEvent card = pass("", "", at(2026, 11, 2, 10, 0), Out, "Gate");
    card.card = "777";
    const std::string csv = csvOf(findIn({first, second, card}));
    CHECK(csv == "kind,employee_id,person,first_time,second_time,door_first,door_second,detail\n"
                 "ghost_duplicate,E1,Иванов Пётр,2026-11-02T08:00:00,2026-11-02T09:00:00,"
                 "\"Склад, «Север»\",\"Склад, «Север»\",the same pass exactly one hour later\n"
                 "exit_without_entry,,,2026-11-02T10:00:00,,Gate,,no entry in the 28 days "
                 "before\n");
}
