// SPDX-License-Identifier: MIT
#include "core/event/eventdecoder.h"
#include "core/text/repaircache.h"

#include "tests/support/catch.h"

#include <random>
#include <string>

using namespace attlog;
using attlog::sql::DirectionMapping;
using attlog::sql::Field;

namespace {

DateTime at(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return makeDateTime(dateFromCivil(y, mo, d), h, mi, s);
}

RawRow fullRow()
{
    RawRow row;
    row.key = 1001;
    row.authDateTime = RawDateTime{at(2024, 3, 1, 8, 15, 30)};
    row.authDate = "2024-03-01";
    row.authTime = "08:15:30";
    row.direction = "vhod";
    row.deviceName = "Terminal 1";
    row.deviceSN = "DS-K1T671M20240101";
    row.personName = "Иванов Иван";
    row.employeeID = "E-17";
    row.cardNo = "0004123456";
    row.doorName = "Проходная";
    row.readerName = "Reader 1";
    return row;
}

} // namespace

TEST_CASE("A complete row decodes field by field", "[event]")
{
    text::RepairCache cache;
    const DirectionMapping directions;
    const EventDecoder decoder(cache, directions);
    const AccessEvent e = decoder.decode(fullRow());
    CHECK(e.key == 1001);
    CHECK(e.time == at(2024, 3, 1, 8, 15, 30));
    CHECK(e.timeSource == TimeSource::DateTimeColumn);
    CHECK(e.direction == Direction::In);
    CHECK(e.rawDirection == "vhod");
    CHECK(e.person == "Иванов Иван");
    CHECK(e.employeeId == "E-17");
    CHECK(e.card == "0004123456");
    CHECK(e.door == "Проходная");
    CHECK(e.device == "Terminal 1");
    CHECK(e.deviceSerial == "DS-K1T671M20240101");
    CHECK(e.reader == "Reader 1");
}

TEST_CASE("Mojibake text is repaired before direction mapping", "[event]")
{
    text::RepairCache cache;
    const DirectionMapping directions;
    const EventDecoder decoder(cache, directions);
    RawRow row = fullRow();
    row.direction = "Р’С…РѕРґ"; // "Вход" read as CP1251
    row.personName = "РЎРјРёСЂРЅРѕРІ РђР»РµРєСЃРµР№";
    row.doorName = "РџСЂРѕС…РѕРґРЅР°СЏ вЂ” РљРџРџ";
    AccessEvent e = decoder.decode(row);
    CHECK(e.rawDirection == "Вход");
    CHECK(e.direction == Direction::In);
    CHECK(e.person == "Смирнов Алексей");
    CHECK(e.door == "Проходная — КПП");

    row.direction = "Р’С‹С…РѕРґ"; // "Выход"
    e = decoder.decode(row);
    CHECK(e.rawDirection == "Выход");
    CHECK(e.direction == Direction::Out);

    CHECK(decoder.directionOfValue("Р’С…РѕРґ") == Direction::In);
    CHECK(decoder.directionOfValue("Р’С‹С…РѕРґ") == Direction::Out);
    CHECK(decoder.directionOfValue("OUT") == Direction::Out);
    CHECK(decoder.directionOfValue("РџСЂРѕС…РѕРґРЅР°СЏ") == Direction::Unknown);
}

TEST_CASE("Door/reader role rules see the repaired names", "[event]")
{
    text::RepairCache cache;
    DirectionMapping directions;
    directions.setRoleRules(DirectionMapping::suggestedRoleRules());
    const EventDecoder decoder(cache, directions);
    RawRow row = fullRow();
    row.direction = "in";                           // wrong reader binding
    row.doorName = "РўСѓСЂРЅРёРєРµС‚ 1 РІС‹С…РѕРґ"; // "Турникет 1 выход"
    const AccessEvent e = decoder.decode(row);
    CHECK(e.door == "Турникет 1 выход");
    CHECK(e.direction == Direction::Out);
    CHECK(e.rawDirection == "in");
    // The value lookup used for History filters ignores role rules.
    CHECK(decoder.directionOfValue("in") == Direction::In);
}

TEST_CASE("authDateTime as DATETIME2 text from the legacy SQL Server driver", "[event]")
{
    text::RepairCache cache;
    const DirectionMapping directions;
    const EventDecoder decoder(cache, directions);
    RawRow row = fullRow();
    row.authDateTime = RawDateTime{std::string{"2024-03-01 23:59:59.9999999"}};
    AccessEvent e = decoder.decode(row);
    CHECK(e.time == at(2024, 3, 1, 23, 59, 59)); // the fraction is truncated, never rounded up
    CHECK(e.timeSource == TimeSource::DateTimeColumn);

    row.authDateTime = RawDateTime{std::string{"2024-03-01T07:00:00"}};
    CHECK(decoder.decode(row).time == at(2024, 3, 1, 7));
}

TEST_CASE("NULL or unreadable authDateTime falls back to authDate + authTime", "[event]")
{
    text::RepairCache cache;
    const DirectionMapping directions;
    const EventDecoder decoder(cache, directions);
    RawRow row = fullRow();
    row.authDateTime.reset();
    for (const char *date :
         {"2024-03-01", "01.03.2024", "2024/03/01", " 2024-03-01 ", "2024-03-01 00:00:00.000"}) {
        row.authDate = date;
        INFO(date);
        const AccessEvent e = decoder.decode(row);
        CHECK(e.time == at(2024, 3, 1, 8, 15, 30));
        CHECK(e.timeSource == TimeSource::DateAndTimeColumns);
    }
    row.authDate = "2024-03-01";
    row.authTime = "1900-01-01 08:15:30"; // a time stored as DATETIME text
    CHECK(decoder.decode(row).time == at(2024, 3, 1, 8, 15, 30));
    row.authTime = "08:15";
    CHECK(decoder.decode(row).time == at(2024, 3, 1, 8, 15));

    row.authTime = "08:15:30";
    row.authDateTime = RawDateTime{std::string{"not a date"}};
    const AccessEvent garbage = decoder.decode(row);
    CHECK(garbage.timeSource == TimeSource::DateAndTimeColumns);
    CHECK(garbage.time == at(2024, 3, 1, 8, 15, 30));
}

TEST_CASE("Rows without a usable time are kept and flagged Missing", "[event]")
{
    text::RepairCache cache;
    const DirectionMapping directions;
    const EventDecoder decoder(cache, directions);
    RawRow row = fullRow();
    row.authDateTime.reset();
    for (const auto &[date, time] : std::initializer_list<std::pair<const char *, const char *>>{
             {"2024-02-30", "08:00:00"},
             {"2024-03-01", "25:00:00"},
             {"2024-03-01", "8:00"},
             {"garbage", "08:00:00"},
             {"", ""},
         }) {
        row.authDate = date;
        row.authTime = time;
        INFO(date << " " << time);
        const AccessEvent e = decoder.decode(row);
        CHECK(e.timeSource == TimeSource::Missing);
        CHECK_FALSE(e.time);
        CHECK(e.person == "Иванов Иван"); // the rest of the row is still there
    }
    row.authTime.reset();
    row.authDate = "2024-03-01";
    CHECK(decoder.decode(row).timeSource == TimeSource::Missing);
}

TEST_CASE("An all-NULL row decodes to an empty, flagged event", "[event]")
{
    text::RepairCache cache;
    const DirectionMapping directions;
    const EventDecoder decoder(cache, directions);
    const AccessEvent e = decoder.decode(RawRow{});
    CHECK_FALSE(e.key);
    CHECK_FALSE(e.time);
    CHECK(e.timeSource == TimeSource::Missing);
    CHECK(e.direction == Direction::Unknown);
    CHECK(e.rawDirection.empty());
    CHECK(e.person.empty());
    CHECK(e.door.empty());
    CHECK(e.reader.empty());
}

TEST_CASE("The door is the device name when doorName is NULL or blank", "[event]")
{
    text::RepairCache cache;
    const DirectionMapping directions;
    const EventDecoder decoder(cache, directions);
    RawRow row = fullRow();
    row.deviceName = "DS-K1T671M Р’С…РѕРґ";
    row.doorName.reset();
    CHECK(decoder.decode(row).door == "DS-K1T671M Вход");
    row.doorName = "   ";
    CHECK(decoder.decode(row).door == "DS-K1T671M Вход");
    row.doorName = "Склад";
    CHECK(decoder.decode(row).door == "Склад");
}

TEST_CASE("Garbage bytes in any field never crash the decoder", "[event]")
{
    text::RepairCache cache(64); // small: eviction runs too
    DirectionMapping directions;
    directions.setRoleRules(DirectionMapping::suggestedRoleRules());
    const EventDecoder decoder(cache, directions);
    std::mt19937 random(20240301);
    const auto garbage = [&random] {
        std::string s(random() % 40, '\0');
        for (auto &c : s)
            c = static_cast<char>(random() % 256);
        return s;
    };
    int missing = 0;
    for (int i = 0; i < 3000; ++i) {
        RawRow row;
        row.key = static_cast<std::int64_t>(random());
        if (i % 3 == 0)
            row.authDateTime = RawDateTime{garbage()};
        for (const Field f : sql::kAllFields)
            if (auto *text = row.textField(f); text && random() % 4 != 0)
                *text = garbage();
        const AccessEvent e = decoder.decode(row);
        CHECK(e.key == row.key);
        if (e.timeSource == TimeSource::Missing) {
            CHECK_FALSE(e.time);
            ++missing;
        } else {
            CHECK(e.time);
        }
    }
    CHECK(missing > 2900); // random bytes are (almost) never a date
}

TEST_CASE("RawRow::textField maps every text field to its member", "[event]")
{
    RawRow row;
    CHECK(row.textField(Field::Key) == nullptr);
    CHECK(row.textField(Field::AuthDateTime) == nullptr);
    int n = 0;
    for (const Field f : sql::kAllFields)
        if (auto *text = row.textField(f))
            *text = std::string{sql::fieldName(f)} + std::to_string(++n);
    CHECK(n == 11);
    CHECK(row.insertedAt == "insertedAt11");
    CHECK(row.authDate == "authDate1");
    CHECK(row.authTime == "authTime2");
    CHECK(row.direction == "direction3");
    CHECK(row.deviceName == "deviceName4");
    CHECK(row.deviceSN == "deviceSN5");
    CHECK(row.personName == "personName6");
    CHECK(row.employeeID == "employeeID7");
    CHECK(row.cardNo == "cardNo8");
    CHECK(row.doorName == "doorName9");
    CHECK(row.readerName == "readerName10");
    const RawRow &constRow = row;
    CHECK(constRow.textField(Field::CardNo) == &row.cardNo);
}
