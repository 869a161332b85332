// SPDX-License-Identifier: MIT
#include "core/alert/watchlist.h"
#include "tests/core/report/reporttestutil.h"

#include "tests/support/catch.h"

#include <string>
#include <vector>

using namespace attlog;
using namespace attlog::alert;
using namespace attlog::test;

namespace {

const DateTime kNow = at(2026, 12, 5, 21, 0);

WatchRule rule(std::string name)
{
    WatchRule r;
    r.name = std::move(name);
    return r;
}

AccessEvent carded(std::string card, std::string name, DateTime time,
                   std::string door = "Проходная")
{
    AccessEvent event = pass("", std::move(name), time, In, std::move(door));
    event.card = std::move(card);
    return event;
}

// The names of the rules `event` raises.
std::vector<std::string> raised(WatchList &list, const AccessEvent &event, DateTime now = kNow)
{
    std::vector<std::string> names;
    for (const Alert &alert : list.check(event, now))
        names.push_back(list.rules()[alert.rule].name);
    return names;
}

} // namespace

TEST_CASE("Watch list: time windows and sounds read and print back", "[alert]")
{
    CHECK(parseTimeWindow("20:00-24:00") == TimeWindow{20 * 60, 0});
    CHECK(parseTimeWindow("22:30-06:00") == TimeWindow{22 * 60 + 30, 6 * 60});
    CHECK(formatTimeWindow(*parseTimeWindow("20:00-24:00")) == "20:00-24:00");
    CHECK(formatTimeWindow(*parseTimeWindow("22:30-06:00")) == "22:30-06:00");
    for (const char *bad :
         {"", "20:00", "25:00-26:00", "20:60-21:00", "24:00-06:00", "8:00-9:00", "20:00-24:01"})
        CHECK_FALSE(parseTimeWindow(bad));
    const TimeWindow night{22 * 60, 6 * 60};
    CHECK(night.contains(23 * 60));
    CHECK(night.contains(0));
    CHECK(night.contains(5 * 60 + 59));
    CHECK_FALSE(night.contains(6 * 60));
    CHECK_FALSE(night.contains(12 * 60));
    CHECK(TimeWindow{}.contains(12 * 60)); // from == to: the whole day
    for (const AlertSound sound :
         {AlertSound::Alarm, AlertSound::Chime, AlertSound::Beep, AlertSound::None})
        CHECK(alertSoundFromName(alertSoundName(sound)) == sound);
    CHECK_FALSE(alertSoundFromName("siren"));
}

TEST_CASE("Watch list: every rule kind matches what it names and nothing else", "[alert]")
{
    WatchRule card = rule("card 123");
    card.cards = {"123"};
    WatchRule store = rule("store after 20:00");
    store.doors = {"Склад"};
    store.hours = parseTimeWindow("20:00-24:00");
    WatchRule listed = rule("on the list");
    listed.people = {"Пётр Иванов", "Анна Сомова"};
    WatchRule employee = rule("employee E7 leaving");
    employee.employeeIds = {"E7"};
    employee.direction = Direction::Out;
    WatchRule empty = rule("no condition"); // would alert on everything: matches nothing
    WatchRule off = rule("disabled");
    off.cards = {"123"};
    off.enabled = false;
    WatchList list({card, store, listed, employee, empty, off});

    CHECK(raised(list, carded("123", "Кто-то", at(2026, 12, 5, 9, 0), "Главный вход")) ==
          std::vector<std::string>{"card 123"});
    CHECK(raised(list, carded("1234", "Кто-то", at(2026, 12, 5, 9, 0))).empty()); // exact
    CHECK(raised(list, carded("9", "Сидоров", at(2026, 12, 5, 20, 15), "Склад")) ==
          std::vector<std::string>{"store after 20:00"});
    CHECK(raised(list, carded("9", "Сидоров", at(2026, 12, 5, 19, 59), "Склад")).empty());
    CHECK(raised(list, carded("9", "Сидоров", at(2026, 12, 5, 20, 15), "Склад 2")).empty());
    // Names compare as the search does: any case, ё = е; the whole name, not a part of it.
    CHECK(raised(list, carded("5", "ПЕТР ИВАНОВ", at(2026, 12, 5, 9, 0))) ==
          std::vector<std::string>{"on the list"});
    CHECK(raised(list, carded("5", "Пётр Иванович", at(2026, 12, 5, 9, 0))).empty());
    CHECK(raised(list, carded("5", "Анна Томова", at(2026, 12, 5, 9, 0))).empty());
    AccessEvent leaving = pass("E7", "Семёнов", at(2026, 12, 5, 9, 0), Out);
    CHECK(raised(list, leaving) == std::vector<std::string>{"employee E7 leaving"});
    leaving.direction = In;
    CHECK(raised(list, leaving).empty());
    // Two rules at once: one alert each.
    CHECK(raised(list, carded("123", "Сидоров", at(2026, 12, 5, 20, 30), "Склад")) ==
          std::vector<std::string>{"card 123", "store after 20:00"});
}

TEST_CASE("Watch list: a door rule matches the device name where the door has none", "[alert]")
{
    WatchRule gate = rule("gate");
    gate.doors = {"Терминал 1"};
    WatchList list({gate});
    AccessEvent event = carded("1", "А", at(2026, 12, 5, 9, 0), "");
    event.device = "Терминал 1";
    CHECK(raised(list, event) == std::vector<std::string>{"gate"});
}

TEST_CASE("Watch list: an unknown person or card", "[alert]")
{
    WatchRule unknown = rule("unknown");
    unknown.unknownOnly = true;
    WatchList list({unknown});

    // Before the table's cards are known only a nameless pass is unknown.
    CHECK(raised(list, carded("777", "Иванов", at(2026, 12, 5, 9, 0))).empty());
    CHECK(raised(list, carded("778", "", at(2026, 12, 5, 9, 1))) ==
          std::vector<std::string>{"unknown"});

    const std::vector<std::string> cards{"100", "101"};
    list.setKnownCards(cards);
    CHECK(list.knowsCards());
    CHECK(raised(list, carded("100", "Иванов", at(2026, 12, 5, 9, 2))).empty());
    const std::vector<Alert> first =
        list.check(carded("555", "Новиков", at(2026, 12, 5, 9, 3)), kNow);
    REQUIRE(first.size() == 1);
    CHECK(first[0].unknown);
    // Once seen, the card is known: its next pass is not unknown any more.
    CHECK(raised(list, carded("555", "Новиков", at(2026, 12, 5, 9, 4))).empty());
    // A card seen before the list knew the table's cards counts as seen.
    CHECK(raised(list, carded("777", "Иванов", at(2026, 12, 5, 9, 5))).empty());
    // A pass without a card but with a name is known.
    CHECK(raised(list, carded("", "Иванов", at(2026, 12, 5, 9, 6))).empty());
}

TEST_CASE("Watch list: a pass replayed by a back-fill alerts silently, marked late", "[alert]")
{
    WatchRule card = rule("card 123");
    card.cards = {"123"};
    AlertOptions options;
    options.lateAfterSeconds = 300;
    WatchList list({card}, options);
    const std::vector<Alert> fresh = list.check(carded("123", "А", addSeconds(kNow, -299)), kNow);
    REQUIRE(fresh.size() == 1);
    CHECK_FALSE(fresh[0].late);
    const std::vector<Alert> replayed =
        list.check(carded("123", "А", addSeconds(kNow, -3600)), kNow);
    REQUIRE(replayed.size() == 1);
    CHECK(replayed[0].late);
    CHECK(replayed[0].event.card == "123");
}
