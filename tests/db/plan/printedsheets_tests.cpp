// SPDX-License-Identifier: MIT
#include "db/plan/printedsheets.h"
#include "db/plan/t13order.h"

#include "tests/support/catch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using attlog::dateFromCivil;
using attlog::T13Person;
using attlog::T13Sheet;
using attlog::db::PrintedSheets;

namespace {

T13Sheet sheet()
{
    T13Sheet s;
    s.year = 2026;
    s.month = 11;
    s.from = dateFromCivil(2026, 11, 1);
    s.to = dateFromCivil(2026, 11, 20);
    T13Person person;
    person.number = "E1";
    person.name = "Иванов Пётр";
    for (int d = 0; d < 31; ++d) {
        person.days[std::size_t(d)].inMonth = d < 30;
        person.days[std::size_t(d)].inPeriod = d < 20;
    }
    person.days[1].codes = "Я/Н";
    person.days[1].hours = "3/8";
    person.days[4].codes = "Б";
    person.halfDays = {1, 0};
    person.halfMinutes = {660, 0};
    person.monthDays = 1;
    person.monthMinutes = 660;
    person.absences = {{"Б", 1}};
    s.people.push_back(person);
    T13Person nameless;
    nameless.name = "Гость";
    s.people.push_back(nameless);
    return s;
}

} // namespace

TEST_CASE("a printed T-13 sheet is remembered per month and read back whole", "[plan]")
{
    QTemporaryDir dir;
    const PrintedSheets printed(dir.filePath(QStringLiteral("printed")));
    CHECK_FALSE(printed.find(2026, 11)); // never printed

    const QDateTime at(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    QString error;
    REQUIRE(printed.record(sheet(), at, &error));
    const std::optional<PrintedSheets::Printed> found = printed.find(2026, 11);
    REQUIRE(found);
    CHECK(found->printedAt == at);
    CHECK(found->sheet.from == dateFromCivil(2026, 11, 1));
    CHECK(found->sheet.to == dateFromCivil(2026, 11, 20));
    // The same cells: nothing changed between the sheet and its record.
    CHECK(attlog::t13Changes(sheet(), found->sheet).empty());
    REQUIRE(found->sheet.people.size() == 2);
    const T13Person &person = found->sheet.people[0];
    CHECK(person.days[1].codes == "Я/Н");
    CHECK(person.days[1].hours == "3/8");
    CHECK(person.days[19].inPeriod);
    CHECK_FALSE(person.days[20].inPeriod);
    CHECK_FALSE(person.days[30].inMonth);
    CHECK(person.halfMinutes[0] == 660);
    CHECK(person.monthMinutes == 660);
    CHECK(person.absences == std::vector<std::pair<std::string, int>>{{"Б", 1}});
    CHECK(found->sheet.people[1].name == "Гость");
    CHECK_FALSE(printed.find(2026, 10)); // another month

    const QString file = dir.filePath(QStringLiteral("printed/t13-2026-11.json"));
#ifndef _WIN32
    // Names and hours: readable by the user only.
    CHECK(QFile(file).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif
    // A record that cannot be read is as if never printed (nothing is marked), not an error.
    {
        QFile broken(file);
        REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{\"year\": 2026, \"month\": 11, \"peo");
    }
    CHECK_FALSE(printed.find(2026, 11));
}

TEST_CASE("the T-13 lists people in the order of the Russian alphabet, whatever the locale",
          "[plan]")
{
    T13Sheet s;
    for (const auto &[number, name] :
         std::vector<std::pair<std::string, std::string>>{{"7", "Ёлкин Пётр"},
                                                          {"10", "Иванов Иван"},
                                                          {"3", "Яковлев Олег"},
                                                          {"9", "Иванов Иван"},
                                                          {"1", "Абрамов Юрий"},
                                                          {"2", "Егоров Павел"},
                                                          {"4", "ёжиков андрей"}}) {
        T13Person person;
        person.number = number;
        person.name = name;
        person.person = s.people.size();
        s.people.push_back(person);
    }
    attlog::db::sortT13People(&s);
    std::vector<std::string> order;
    for (const T13Person &person : s.people)
        order.push_back(person.name + " " + person.number);
    // Ё sorts with Е (not before А as in UTF-8), letter case aside; the same name by number.
    CHECK(order == std::vector<std::string>{"Абрамов Юрий 1", "Егоров Павел 2", "ёжиков андрей 4",
                                            "Ёлкин Пётр 7", "Иванов Иван 9", "Иванов Иван 10",
                                            "Яковлев Олег 3"});
    // Each keeps its place in the report.
    CHECK(s.people[0].person == 4);
    CHECK(s.people[6].person == 2);
}
