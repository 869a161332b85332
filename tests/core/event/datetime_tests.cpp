// SPDX-License-Identifier: MIT
#include "core/event/accessevent.h"
#include "core/event/datetime.h"

#include "tests/support/catch.h"

using namespace attlog;

TEST_CASE("civil dates round-trip across centuries and leap days", "[event]")
{
    for (int days = -719000; days <= 2900000; days += 37) {
        const CivilDate c = civilFromDate(Date{days});
        REQUIRE(isValidCivil(c.year, c.month, c.day));
        REQUIRE(dateFromCivil(c.year, c.month, c.day).days == days);
    }
    CHECK(dateFromCivil(1970, 1, 1).days == 0);
    CHECK(dateFromCivil(2000, 3, 1).days - dateFromCivil(2000, 2, 28).days == 2);
    CHECK(dateFromCivil(1900, 3, 1).days - dateFromCivil(1900, 2, 28).days == 1);
    CHECK(isoWeekday(dateFromCivil(2026, 11, 27)) == 4); // a Friday
}

TEST_CASE("date-times parse in every form iVMS and the drivers produce", "[event]")
{
    const auto expected = makeDateTime(dateFromCivil(2026, 3, 9), 7, 5, 3);
    CHECK(parseDateTime("2026-03-09 07:05:03") == expected);
    CHECK(parseDateTime("2026-03-09T07:05:03") == expected);
    CHECK(parseDateTime("2026-03-09 07:05:03.1234567") == expected);
    CHECK(parseDateTime(" 2026-03-09 07:05:03 ") == expected);
    CHECK(parseDateTime("2026-03-09 07:05") == makeDateTime(dateFromCivil(2026, 3, 9), 7, 5, 0));
    CHECK(parseDateTime("2026-03-09") == startOfDay(dateFromCivil(2026, 3, 9)));

    CHECK_FALSE(parseDateTime(""));
    CHECK_FALSE(parseDateTime("garbage"));
    CHECK_FALSE(parseDateTime("2026-13-09 07:05:03"));
    CHECK_FALSE(parseDateTime("2026-02-30 07:05:03"));
    CHECK_FALSE(parseDateTime("2026-03-09 24:00:00"));
    CHECK_FALSE(parseDateTime("2026-03-09 07:60"));
    CHECK_FALSE(parseDateTime("2026-03-09 07:05:03.12x"));
    CHECK_FALSE(parseDateTime("2026-03-09X07:05:03"));
}

TEST_CASE("authDate and authTime parse in the stored forms", "[event]")
{
    const Date d = dateFromCivil(2025, 12, 31);
    CHECK(parseDate("2025-12-31") == d);
    CHECK(parseDate("31.12.2025") == d);
    CHECK(parseDate("2025/12/31") == d);
    CHECK_FALSE(parseDate("31/12/2025"));
    CHECK_FALSE(parseDate("2025-12-32"));
    CHECK_FALSE(parseDate("2025-1-31"));
    CHECK(parseTimeOfDay("23:59:59") == 86399);
    CHECK(parseTimeOfDay("08:30") == 8 * 3600 + 30 * 60);
    CHECK_FALSE(parseTimeOfDay("8:30"));
    CHECK_FALSE(parseTimeOfDay("08:30:"));
    CHECK_FALSE(parseTimeOfDay("NULL"));
}

TEST_CASE("formatting is ISO and survives negative times", "[event]")
{
    const auto dt = makeDateTime(dateFromCivil(2026, 1, 2), 3, 4, 5);
    CHECK(formatIsoDateTime(dt) == "2026-01-02T03:04:05");
    CHECK(formatSqlDateTime(dt) == "2026-01-02 03:04:05");
    CHECK(formatIsoDate(dateOf(dt)) == "2026-01-02");
    const auto old = makeDateTime(dateFromCivil(1969, 12, 31), 23, 59, 59);
    CHECK(old.seconds == -1);
    CHECK(formatIsoDateTime(old) == "1969-12-31T23:59:59");
    CHECK(secondsOfDay(old) == 86399);
}

TEST_CASE("people are identified by employee ID, then card, then name", "[event]")
{
    AccessEvent e;
    e.person = "Иванов";
    CHECK(personIdentity(e) == "n:Иванов");
    e.card = "123";
    CHECK(personIdentity(e) == "c:123");
    e.employeeId = "123";
    CHECK(personIdentity(e) == "e:123");
    CHECK(directionName(Direction::Out) == "out");
    CHECK(directionFromName("in") == Direction::In);
    CHECK_FALSE(directionFromName("IN"));
}
