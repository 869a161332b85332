// SPDX-License-Identifier: MIT
#include "core/demo/demonames.h"

#include <array>
#include <string_view>

namespace attlog {

namespace {

struct Patronymic
{
    std::string_view male;
    std::string_view female;
};

// Russian and Kazakh surnames here all end in -ов/-ев/-ёв/-ин: the female form adds "а".
constexpr auto kRussianSurnames = std::to_array<std::string_view>(
    {"Иванов",   "Ильин",    "Исаев",    "Игнатьев", "Измайлов", "Петров",  "Смирнов",  "Кузнецов",
     "Соколов",  "Попов",    "Лебедев",  "Козлов",   "Новиков",  "Морозов", "Волков",   "Фёдоров",
     "Королёв",  "Соловьёв", "Воробьёв", "Артёмов",  "Семёнов",  "Зайцев",  "Павлов",   "Егоров",
     "Орлов",    "Никитин",  "Захаров",  "Белов",    "Громов",   "Тихонов", "Крылов",   "Щербаков",
     "Шестаков", "Юдин",     "Яковлев",  "Пугачёв",  "Михайлов", "Андреев", "Макаров",  "Гусев",
     "Киселёв",  "Сорокин",  "Карпов",   "Жуков",    "Рябов",    "Ершов",   "Медведев", "Федотов",
     "Ёлкин",    "Ёжиков",   "Эминов",   "Цветков"});
constexpr auto kRussianMale = std::to_array<std::string_view>(
    {"Иван",   "Игорь",   "Илья",   "Пётр",   "Фёдор",   "Семён",  "Артём",  "Алексей",
     "Сергей", "Дмитрий", "Андрей", "Михаил", "Николай", "Олег",   "Виктор", "Юрий",
     "Павел",  "Егор",    "Роман",  "Глеб",   "Кирилл",  "Максим", "Денис",  "Евгений"});
constexpr auto kRussianFemale = std::to_array<std::string_view>(
    {"Ирина",   "Инна",    "Алёна",    "Ксения", "Анна",  "Мария",   "Елена",   "Ольга",
     "Татьяна", "Наталья", "Светлана", "Юлия",   "Дарья", "Людмила", "Евгения", "Полина",
     "Вера",    "Надежда", "Галина",   "Софья",  "Зоя",   "Лидия"});
constexpr auto kRussianPatronymics = std::to_array<Patronymic>({
    {"Иванович", "Ивановна"},
    {"Игоревич", "Игоревна"},
    {"Ильич", "Ильинична"},
    {"Петрович", "Петровна"},
    {"Фёдорович", "Фёдоровна"},
    {"Семёнович", "Семёновна"},
    {"Артёмович", "Артёмовна"},
    {"Алексеевич", "Алексеевна"},
    {"Сергеевич", "Сергеевна"},
    {"Дмитриевич", "Дмитриевна"},
    {"Андреевич", "Андреевна"},
    {"Михайлович", "Михайловна"},
    {"Николаевич", "Николаевна"},
    {"Олегович", "Олеговна"},
    {"Викторович", "Викторовна"},
    {"Юрьевич", "Юрьевна"},
    {"Павлович", "Павловна"},
    {"Романович", "Романовна"},
});

// Ukrainian surnames in these pools are the same for men and women.
constexpr auto kUkrainianSurnames = std::to_array<std::string_view>(
    {"Шевченко", "Коваленко", "Бондаренко", "Ковальчук",  "Їжакевич",  "Ткаченко",  "Кравчук",
     "Мельник",  "Гнатюк",    "Бойко",      "Ґудзь",      "Лисенко",   "Сидоренко", "Поліщук",
     "Остапчук", "Савчук",    "Марченко",   "Литвиненко", "Яремчук",   "Гаврилюк",  "Стельмах",
     "Руденко",  "Олійник",   "Козаченко",  "Кривонос",   "Євтушенко", "Іваненко",  "Ігнатенко"});
constexpr auto kUkrainianMale = std::to_array<std::string_view>(
    {"Олексій", "Юрій", "Ігор", "Євген", "Тарас", "Андрій", "Василь", "Богдан", "Микола", "Віктор",
     "Дмитро", "Остап", "Григорій", "Петро", "Степан", "Ярослав", "Іван"});
constexpr auto kUkrainianFemale = std::to_array<std::string_view>(
    {"Оксана", "Ірина", "Олена", "Наталія", "Ганна", "Галина", "Людмила", "Марія", "Катерина",
     "Софія", "Юлія", "Леся", "Христина", "Ольга", "Тетяна", "Євгенія", "Ївга"});
constexpr auto kUkrainianPatronymics = std::to_array<Patronymic>({
    {"Іванович", "Іванівна"},
    {"Петрович", "Петрівна"},
    {"Миколайович", "Миколаївна"},
    {"Олексійович", "Олексіївна"},
    {"Васильович", "Василівна"},
    {"Андрійович", "Андріївна"},
    {"Григорович", "Григорівна"},
    {"Степанович", "Степанівна"},
    {"Юрійович", "Юріївна"},
    {"Тарасович", "Тарасівна"},
    {"Богданович", "Богданівна"},
    {"Євгенович", "Євгенівна"},
});

constexpr auto kKazakhSurnames = std::to_array<std::string_view>(
    {"Сәрсенбаев", "Нұрланов",      "Әбішев",  "Жұмабаев",  "Құнанбаев", "Өтепов",
     "Оспанов",    "Ахметов",       "Сейітов", "Байғазиев", "Төлеуов",   "Үсенов",
     "Ибраев",     "Есенов",        "Әлиев",   "Тоқтаров",  "Қасымов",   "Мұхамеджанов",
     "Ержанов",    "Бекмұхамбетов", "Шәкіров", "Исатаев"});
constexpr auto kKazakhMale = std::to_array<std::string_view>(
    {"Нұрсұлтан", "Әлібек", "Ерлан", "Асқар", "Дәурен", "Бауыржан", "Ғалымжан", "Қайрат", "Серік",
     "Нұрлан", "Талғат", "Ұлан", "Ерғали", "Әділ", "Мұрат", "Ислам", "Жанұзақ"});
constexpr auto kKazakhFemale = std::to_array<std::string_view>(
    {"Әлия", "Айгүл", "Гүлнара", "Динара", "Жұлдыз", "Айгерім", "Сәуле", "Мәдина", "Үміт", "Ақбота",
     "Назерке", "Ұлжан", "Әсел", "Индира", "Іңкәр"});
// Kazakh patronymics: the father's name + "ұлы"/"қызы", or a Russian-style form.
constexpr auto kKazakhFathers = std::to_array<std::string_view>(
    {"Нұрлан", "Серік", "Ерлан", "Асқар", "Қайрат", "Мұрат", "Талғат", "Әділ"});
constexpr auto kKazakhRussianStylePatronymics = std::to_array<Patronymic>({
    {"Ерланович", "Ерлановна"},
    {"Серикович", "Сериковна"},
    {"Муратович", "Муратовна"},
    {"Маратович", "Маратовна"},
    {"Исмаилович", "Исмаиловна"},
});

template <std::size_t N>
std::string_view pick(DemoRandom &rng, const std::array<std::string_view, N> &pool)
{
    return pool[rng.index(N)];
}

template <std::size_t N>
std::string_view pickPatronymic(DemoRandom &rng, const std::array<Patronymic, N> &pool,
                                DemoGender gender)
{
    const Patronymic &p = pool[rng.index(N)];
    return gender == DemoGender::Male ? p.male : p.female;
}

std::string join(std::string_view surname, std::string_view given, std::string_view patronymic)
{
    std::string name{surname};
    name += ' ';
    name += given;
    if (!patronymic.empty()) {
        name += ' ';
        name += patronymic;
    }
    return name;
}

std::string russianStyleSurname(std::string_view male, DemoGender gender)
{
    std::string surname{male};
    if (gender == DemoGender::Female)
        surname += "а";
    return surname;
}

} // namespace

std::string makeDemoPersonName(DemoRandom &rng, DemoNationality nationality, DemoGender gender)
{
    const bool male = gender == DemoGender::Male;
    switch (nationality) {
    case DemoNationality::Russian: {
        const std::string surname = russianStyleSurname(pick(rng, kRussianSurnames), gender);
        const std::string_view given = male ? pick(rng, kRussianMale) : pick(rng, kRussianFemale);
        return join(surname, given, pickPatronymic(rng, kRussianPatronymics, gender));
    }
    case DemoNationality::Ukrainian: {
        const std::string_view surname = pick(rng, kUkrainianSurnames);
        const std::string_view given =
            male ? pick(rng, kUkrainianMale) : pick(rng, kUkrainianFemale);
        return join(surname, given, pickPatronymic(rng, kUkrainianPatronymics, gender));
    }
    case DemoNationality::Kazakh: {
        const std::string surname = russianStyleSurname(pick(rng, kKazakhSurnames), gender);
        const std::string_view given = male ? pick(rng, kKazakhMale) : pick(rng, kKazakhFemale);
        const int style = static_cast<int>(rng.uniform(0, 9));
        if (style < 6) {
            std::string patronymic{pick(rng, kKazakhFathers)};
            patronymic += male ? "ұлы" : "қызы";
            return join(surname, given, patronymic);
        }
        if (style < 9)
            return join(surname, given,
                        pickPatronymic(rng, kKazakhRussianStylePatronymics, gender));
        return join(surname, given, {});
    }
    }
    return {};
}

} // namespace attlog
