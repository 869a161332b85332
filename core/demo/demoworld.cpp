// SPDX-License-Identifier: MIT
#include "core/demo/demoworld.h"

#include "core/demo/demonames.h"
#include "core/demo/demorandom.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <set>
#include <string_view>

namespace attlog {

namespace {

constexpr std::uint64_t kWorldStream = 1;

struct DoorTemplate
{
    std::string_view name;
    std::string_view readerIn;
    std::string_view readerOut;
    std::string_view deviceName;
    std::string_view model;
};

// The first three are the main entrances and are always present.
constexpr auto kDoorTemplates = std::to_array<DoorTemplate>({
    {"Проходная — КПП", "КПП вход", "КПП выход", "Терминал КПП", "DS-K1T671M"},
    {"Главный вход", "Считыватель 1 (вход)", "Считыватель 2 (выход)", "Главный вход — терминал",
     "DS-K1T341AM"},
    {"Турникет №1", "Турникет №1 вход", "Турникет №1 выход", "Турникеты ПЦ-1", "DS-K3G411"},
    {"Турникет №2", "Турникет №2 вход", "Турникет №2 выход", "Турникеты ПЦ-2", "DS-K3G411"},
    {"Склад «Север»", "Склад «Север» — вход", "Склад «Север» — выход", "Контроллер склада",
     "DS-K2604T"},
    {"Калитка 2.1", "Калитка 2.1 вход", "Калитка 2.1 выход", "Контроллер калитки", "DS-K2602T"},
    {"КПП-1 (въезд)", "Въезд", "Выезд", "КПП-1 терминал", "DS-K1T671M"},
    {"Инструментальный цех", "Цех — вход", "Цех — выход", "Контроллер цеха", "DS-K2604T"},
    {"Административный корпус", "АБК вход", "АБК выход", "Терминал АБК", "DS-K1T343MX"},
    {"Столовая", "Столовая вход", "Столовая выход", "Терминал столовой", "DS-K1T341AM"},
    {"Лаборатория ОТК", "ОТК вход", "ОТК выход", "Терминал ОТК", "DS-K1T671M"},
    {"Ворота «Юг»", "Ворота «Юг» вход", "Ворота «Юг» выход", "Контроллер ворот", "DS-K2602T"},
});
constexpr std::size_t kMainEntrances = 3;

struct Vocabulary
{
    std::string_view in;
    std::string_view out;
};

// Each device reports directions in its own words, depending on how it was set up.
constexpr auto kVocabularies = std::to_array<Vocabulary>({
    {"in", "out"},
    {"vhod", "vihod"},
    {"checkIn", "checkOut"},
    {"Вход", "Выход"},
    {"IN", "OUT"},
});
constexpr std::size_t kCyrillicVocabulary = 3;

struct DepartmentTemplate
{
    std::string_view name;
    DemoShiftKind shift;
    int startMinute;
    int minutes;
    int sharePermille;
    int lunchPermille;        // share of its people who go out for lunch
    std::array<int, 2> doors; // preferred door templates, -1 for none
};

constexpr auto kDepartments = std::to_array<DepartmentTemplate>({
    {"Администрация", DemoShiftKind::Weekdays, 9 * 60, 9 * 60, 120, 500, {1, 8}},
    {"Бухгалтерия", DemoShiftKind::Weekdays, 8 * 60 + 30, 9 * 60, 60, 600, {1, 8}},
    {"Производство, дневная смена", DemoShiftKind::Weekdays, 8 * 60, 9 * 60, 300, 300, {0, 2}},
    {"Производство, ночная смена", DemoShiftKind::NightRotation, 20 * 60, 12 * 60, 100, 0, {0, 3}},
    {"Склад", DemoShiftKind::DayRotation, 8 * 60, 12 * 60, 120, 200, {4, 0}},
    {"Охрана", DemoShiftKind::NightRotation, 20 * 60, 12 * 60, 60, 0, {0, 6}},
    {"ОТК", DemoShiftKind::Weekdays, 8 * 60, 9 * 60, 80, 400, {10, 7}},
    {"ИТ-отдел", DemoShiftKind::Weekdays, 10 * 60, 9 * 60, 60, 500, {1, 8}},
    {"Логистика", DemoShiftKind::Weekdays, 7 * 60, 10 * 60, 100, 200, {6, 11}},
});

std::size_t sharePermille(std::size_t total, int permille)
{
    return (total * static_cast<std::size_t>(permille) + 500) / 1000;
}

std::string mojibakeIf(std::string_view text, std::optional<text::LostByteForm> form)
{
    return form ? text::toMojibake(text, *form) : std::string{text};
}

text::LostByteForm randomForm(DemoRandom &rng)
{
    return static_cast<text::LostByteForm>(rng.uniform(0, 3));
}

std::string digits(DemoRandom &rng, int count)
{
    std::string out;
    for (int i = 0; i < count; ++i)
        out += static_cast<char>('0' + rng.uniform(0, 9));
    return out;
}

// Hikvision-like: model, production date, firmware, region, serial.
std::string deviceSerial(DemoRandom &rng, std::string_view model)
{
    std::string sn{model};
    sn += std::to_string(rng.uniform(2019, 2024));
    const auto month = rng.uniform(1, 12);
    const auto day = rng.uniform(1, 28);
    sn += (month < 10 ? "0" : "") + std::to_string(month);
    sn += (day < 10 ? "0" : "") + std::to_string(day);
    sn += "V0302" + digits(rng, 2) + "EN";
    sn += static_cast<char>('A' + rng.uniform(0, 25));
    sn += digits(rng, 8);
    return sn;
}

std::vector<DemoDoor> makeDoors(DemoRandom &rng)
{
    const auto count = static_cast<std::size_t>(rng.uniform(6, 10));
    std::vector<std::size_t> chosen;
    for (std::size_t i = 0; i < kMainEntrances; ++i)
        chosen.push_back(i);
    for (const std::size_t extra :
         rng.sample(kDoorTemplates.size() - kMainEntrances, count - kMainEntrances))
        chosen.push_back(kMainEntrances + extra);
    std::sort(chosen.begin(), chosen.end());

    // Vocabularies go round the doors, so that with six or more doors every one appears.
    const auto vocabularyOffset = static_cast<std::size_t>(rng.uniform(0, 4));
    const auto vocabularyOf = [&](std::size_t door) {
        return (door + vocabularyOffset) % kVocabularies.size();
    };
    // A quarter of the doors are mojibake; the first of them speaks Cyrillic, so that mojibake
    // direction words occur too.
    std::vector<std::optional<text::LostByteForm>> forms(count);
    std::size_t cyrillicDoor = 0;
    while (vocabularyOf(cyrillicDoor) != kCyrillicVocabulary)
        ++cyrillicDoor;
    forms[cyrillicDoor] = randomForm(rng);
    std::vector<std::size_t> others;
    for (std::size_t i = 0; i < count; ++i)
        if (i != cyrillicDoor)
            others.push_back(i);
    for (const std::size_t pick :
         rng.sample(others.size(), std::max<std::size_t>(1, count / 4) - 1))
        forms[others[pick]] = randomForm(rng);

    std::vector<DemoDoor> doors;
    for (std::size_t i = 0; i < count; ++i) {
        const DoorTemplate &t = kDoorTemplates[chosen[i]];
        const Vocabulary &v = kVocabularies[vocabularyOf(i)];
        DemoDoor door;
        door.plainName = std::string{t.name};
        door.mojibake = forms[i];
        door.doorName = mojibakeIf(t.name, forms[i]);
        door.readerIn = mojibakeIf(t.readerIn, forms[i]);
        door.readerOut = mojibakeIf(t.readerOut, forms[i]);
        door.deviceName = mojibakeIf(t.deviceName, forms[i]);
        door.deviceSN = deviceSerial(rng, t.model);
        door.directionIn = mojibakeIf(v.in, forms[i]);
        door.directionOut = mojibakeIf(v.out, forms[i]);
        doors.push_back(std::move(door));
    }
    return doors;
}

// Department of each person: every department gets its share (at least one person while there
// are people enough), in random order.
std::vector<std::size_t> assignDepartments(DemoRandom &rng, std::size_t people)
{
    std::vector<std::size_t> list;
    for (std::size_t d = 0; d < kDepartments.size(); ++d) {
        const std::size_t n =
            std::max<std::size_t>(1, sharePermille(people, kDepartments[d].sharePermille));
        list.insert(list.end(), n, d);
    }
    // The largest department takes the rounding rest, so that no small one loses its only place.
    constexpr std::size_t kLargest = 2;
    while (list.size() < people)
        list.push_back(kLargest);
    while (list.size() > people && std::count(list.begin(), list.end(), kLargest) > 1)
        list.erase(std::find(list.begin(), list.end(), kLargest));
    std::vector<std::size_t> shuffled;
    for (const std::size_t i : rng.sample(list.size(), people))
        shuffled.push_back(list[i]);
    return shuffled;
}

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

struct ShowcaseRule
{
    DemoNationality nationality;
    std::function<bool(std::string_view)> accepts;
};

const std::vector<ShowcaseRule> &showcaseRules()
{
    const auto has = [](std::string_view part) {
        return [part](std::string_view name) { return contains(name, part); };
    };
    // И and Ә are the letters whose UTF-8 holds byte 0x98, the byte the lost-byte forms are about.
    const auto hasLostByte = [](std::string_view name) {
        return contains(name, "И") || contains(name, "Ә");
    };
    static const std::vector<ShowcaseRule> rules{
        {DemoNationality::Russian, has("И")},    {DemoNationality::Russian, has("Ё")},
        {DemoNationality::Kazakh, has("Ә")},     {DemoNationality::Kazakh, has("Ұ")},
        {DemoNationality::Ukrainian, has("Ї")},  {DemoNationality::Ukrainian, has("Є")},
        {DemoNationality::Ukrainian, has("І")},  {DemoNationality::Russian, hasLostByte},
        {DemoNationality::Russian, hasLostByte}, {DemoNationality::Kazakh, hasLostByte},
        {DemoNationality::Russian, hasLostByte},
    };
    return rules;
}
constexpr std::size_t kFirstMojibakeShowcase = 7;

DemoNationality randomNationality(DemoRandom &rng)
{
    const auto roll = rng.uniform(0, 99);
    if (roll < 70)
        return DemoNationality::Russian;
    return roll < 85 ? DemoNationality::Ukrainian : DemoNationality::Kazakh;
}

std::string showcaseName(DemoRandom &rng, const ShowcaseRule &rule)
{
    // Every rule is met by a good share of its pool, so this ends after a few draws; the bound
    // only guards against a pool edited into one that cannot meet it.
    std::string name;
    for (int attempt = 0; attempt < 100000; ++attempt) {
        const DemoGender gender = rng.chance(500) ? DemoGender::Male : DemoGender::Female;
        name = makeDemoPersonName(rng, rule.nationality, gender);
        if (rule.accepts(name))
            break;
    }
    return name;
}

std::size_t homeDoorFor(DemoRandom &rng, const DepartmentTemplate &department,
                        const std::vector<std::size_t> &doorTemplates)
{
    std::vector<std::size_t> preferred;
    for (const int t : department.doors) {
        const auto it =
            std::find(doorTemplates.begin(), doorTemplates.end(), static_cast<std::size_t>(t));
        if (t >= 0 && it != doorTemplates.end())
            preferred.push_back(static_cast<std::size_t>(it - doorTemplates.begin()));
    }
    if (preferred.empty() || rng.chance(150))
        return rng.index(doorTemplates.size());
    return preferred[rng.index(preferred.size())];
}

std::vector<std::size_t> templatesOf(const std::vector<DemoDoor> &doors)
{
    std::vector<std::size_t> result;
    for (const DemoDoor &door : doors) {
        for (std::size_t t = 0; t < kDoorTemplates.size(); ++t)
            if (kDoorTemplates[t].name == door.plainName)
                result.push_back(t);
    }
    return result;
}

} // namespace

DemoWorld makeDemoWorld(const DemoConfig &config)
{
    DemoRandom rng(config.seed, kWorldStream);
    DemoWorld world;
    world.doors = makeDoors(rng);
    const std::vector<std::size_t> doorTemplates = templatesOf(world.doors);

    const auto count = static_cast<std::size_t>(std::clamp(config.people, 1, kMaxDemoPeople));
    const std::vector<std::size_t> departments = assignDepartments(rng, count);
    const auto &rules = showcaseRules();

    std::vector<std::optional<text::LostByteForm>> forms(count);
    for (std::size_t i = kFirstMojibakeShowcase; i < std::min(count, rules.size()); ++i)
        forms[i] = static_cast<text::LostByteForm>(i - kFirstMojibakeShowcase);
    if (count > rules.size()) {
        const std::size_t target = sharePermille(count, 300);
        const std::size_t already = rules.size() - kFirstMojibakeShowcase;
        const std::size_t extra = target > already ? target - already : 0;
        for (const std::size_t i : rng.sample(count - rules.size(), extra))
            forms[rules.size() + i] = randomForm(rng);
    }

    std::vector<bool> cardOnly(count, false);
    for (const std::size_t i :
         rng.sample(count, std::max<std::size_t>(1, sharePermille(count, 70))))
        cardOnly[i] = true;

    std::set<std::string> cards;
    int nextEmployeeID = 1000;
    for (std::size_t i = 0; i < count; ++i) {
        DemoPerson person;
        if (i < rules.size()) {
            person.plainName = showcaseName(rng, rules[i]);
        } else {
            const DemoGender gender = rng.chance(500) ? DemoGender::Male : DemoGender::Female;
            person.plainName = makeDemoPersonName(rng, randomNationality(rng), gender);
        }
        person.mojibake = forms[i];
        person.personName = mojibakeIf(person.plainName, forms[i]);

        // IDs are handed out in order with gaps (people who have left), so they stay stable.
        nextEmployeeID += static_cast<int>(rng.uniform(1, 3));
        if (!cardOnly[i])
            person.employeeID = std::to_string(nextEmployeeID);
        do {
            person.cardNo = digits(rng, 10);
        } while (!cards.insert(person.cardNo).second);

        const DepartmentTemplate &department = kDepartments[departments[i]];
        person.department = std::string{department.name};
        person.shift = department.shift;
        person.shiftStartMinute = department.startMinute;
        person.shiftMinutes = department.minutes;
        person.rotationPhase = static_cast<int>(rng.uniform(0, 3));
        person.takesLunch = rng.chance(department.lunchPermille);
        person.homeDoor = homeDoorFor(rng, department, doorTemplates);
        world.people.push_back(std::move(person));
    }

    // Lunch exits are one of the listed cases: make sure somebody who can take one does.
    const auto canLunch = [](const DemoPerson &p) { return p.shift == DemoShiftKind::Weekdays; };
    const bool anyLunch =
        std::any_of(world.people.begin(), world.people.end(),
                    [&](const DemoPerson &p) { return canLunch(p) && p.takesLunch; });
    if (!anyLunch) {
        const auto it = std::find_if(world.people.begin(), world.people.end(), canLunch);
        if (it != world.people.end())
            it->takesLunch = true;
    }
    return world;
}

} // namespace attlog
