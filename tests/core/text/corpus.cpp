// SPDX-License-Identifier: MIT
#include "tests/core/text/corpus.h"

#include "core/text/utf8.h"

#include <string_view>

namespace attlog::test::corpus {
namespace {

const std::vector<std::string> kMaleSurnames = {
    "Иванов",    "Петров",      "Сидоров",   "Смирнов",    "Кузнецов",  "Попов",      "Васильев",
    "Соколов",   "Михайлов",    "Новиков",   "Фёдоров",    "Морозов",   "Волков",     "Алексеев",
    "Лебедев",   "Семёнов",     "Егоров",    "Павлов",     "Козлов",    "Степанов",   "Николаев",
    "Орлов",     "Андреев",     "Макаров",   "Никитин",    "Захаров",   "Зайцев",     "Соловьёв",
    "Борисов",   "Яковлев",     "Григорьев", "Романов",    "Воробьёв",  "Сергеев",    "Кузьмин",
    "Фролов",    "Александров", "Дмитриев",  "Королёв",    "Гусев",     "Киселёв",    "Ильин",
    "Максимов",  "Поляков",     "Сорокин",   "Виноградов", "Ковалёв",   "Белов",      "Медведев",
    "Антонов",   "Тарасов",     "Жуков",     "Баранов",    "Филиппов",  "Комаров",    "Давыдов",
    "Беляев",    "Герасимов",   "Богданов",  "Осипов",     "Сидоренко", "Рябов",      "Ершов",
    "Щербаков",  "Шубин",       "Юдин",      "Эпштейн",    "Цветков",   "Чернов",     "Хабибуллин",
    "Сомов",     "Томов",       "Рёмин",     "Сёмин",      "Тёркин",    "Ёлкин",      "Ряжский",
    "Рогов",     "Руденко",     "Ростов",    "Шевченко",   "Ковальчук", "Бондаренко", "Ткаченко",
    "Кравченко", "Олійник",     "Мельник",   "Шевчук",     "Поліщук",   "Гнатюк",     "Ґудзь",
    "Нұрланов",  "Әбішев",      "Қасымов",   "Сәрсенбаев", "Өтепов",    "Жұмабаев",   "Ғалымов",
    "Үмбетов",   "Ким",         "Ли",        "Цой",        "Пак",       "Ан",         "Ю",
};

const std::vector<std::string> kMaleGiven = {
    "Иван",   "Пётр",   "Алексей", "Сергей",    "Андрей", "Дмитрий", "Михаил",   "Николай",
    "Игорь",  "Илья",   "Олег",    "Юрий",      "Фёдор",  "Семён",   "Артём",    "Роман",
    "Эдуард", "Эльдар", "Ян",      "Лев",       "Яков",   "Тарас",   "Богдан",   "Олексій",
    "Юрій",   "Євген",  "Ігор",    "Нұрсұлтан", "Ерлан",  "Қайрат",  "Ғалымжан", "Әлихан",
    "Шоқан",  "Ринат",  "Рустам",  "Вэй",       "Чжан",   "Жан",     "Ульян",    "Щедрин",
};

const std::vector<std::string> kFemaleGiven = {
    "Анна",    "Мария",    "Елена",     "Ольга", "Наталья", "Ирина",  "Татьяна", "Юлия",
    "Людмила", "Светлана", "Екатерина", "Алёна", "Дарья",   "Ксения", "Яна",     "Эльвира",
    "Ёлка",    "Оксана",   "Олена",     "Ганна", "Марія",   "Әлия",   "Айгүл",   "Гүлнар",
    "Жанна",   "Римма",    "Раиса",     "Роза",  "Фаина",   "Зоя",
};

const std::vector<std::string> kPatronymicStems = {
    "Иванович",  "Петрович",   "Сергеевич", "Алексеевич", "Николаевич", "Игоревич",   "Ильич",
    "Фёдорович", "Семёнович",  "Артёмович", "Романович",  "Юрьевич",    "Эдуардович", "Яковлевич",
    "Тарасович", "Богданович", "Олегович",  "Дмитриевич", "Михайлович", "Андреевич",
};

std::string femaleSurname(const std::string &male)
{
    for (std::string_view ending : {"ов", "ев", "ёв", "ин"}) {
        if (male.size() > ending.size() &&
            male.compare(male.size() - ending.size(), ending.size(), ending) == 0)
            return male + "а";
    }
    if (male.size() > 4 && male.compare(male.size() - 4, 4, "ий") == 0)
        return male.substr(0, male.size() - 4) + "ая";
    return male;
}

std::string femalePatronymic(const std::string &male)
{
    if (male == "Ильич")
        return "Ильинична";
    return male.substr(0, male.size() - 2) + "на"; // Иванович -> Ивановна
}

bool endsWith(const std::string &s, std::string_view tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string dropTail(const std::string &s, std::size_t bytes)
{
    return s.substr(0, s.size() - bytes);
}

// Genitive and dative by the common patterns; exact grammar is not the point, realistic
// letter sequences are.
std::vector<std::string> threeCases(const std::string &word)
{
    if (endsWith(word, "ая")) // Ряжская
        return {word, dropTail(word, 4) + "ой", dropTail(word, 4) + "ой"};
    if (endsWith(word, "ова") || endsWith(word, "ева") || endsWith(word, "ина"))
        return {word, dropTail(word, 2) + "ой", dropTail(word, 2) + "ой"};
    if (endsWith(word, "а"))
        return {word, dropTail(word, 2) + "ы", dropTail(word, 2) + "е"};
    if (endsWith(word, "я"))
        return {word, dropTail(word, 2) + "и", dropTail(word, 2) + "е"};
    if (endsWith(word, "й") || endsWith(word, "ь"))
        return {word, dropTail(word, 2) + "я", dropTail(word, 2) + "ю"};
    if (endsWith(word, "ко") || endsWith(word, "ук") || endsWith(word, "ь"))
        return {word, word, word};
    return {word, word + "а", word + "у"};
}

std::u32string decode(std::string_view utf8Text)
{
    std::u32string out;
    for (std::size_t pos = 0; pos < utf8Text.size();) {
        const auto d = text::utf8::decodeAt(utf8Text, pos);
        out += d.cp;
        pos += static_cast<std::size_t>(d.length);
    }
    return out;
}

std::string encode(const std::u32string &text)
{
    std::string out;
    for (const char32_t cp : text)
        text::utf8::append(out, cp);
    return out;
}

// Upper and lower case for the letters of this corpus.
char32_t toUpper(char32_t cp)
{
    if (cp >= U'а' && cp <= U'я')
        return cp - 0x20;
    if (cp >= 0x0450 && cp <= 0x045F)
        return cp - 0x50;
    if (cp >= 0x0490 && cp <= 0x04FF && (cp & 1))
        return cp - 1;
    return cp;
}

char32_t toLower(char32_t cp)
{
    if (cp >= U'А' && cp <= U'Я')
        return cp + 0x20;
    if (cp >= 0x0400 && cp <= 0x040F)
        return cp + 0x50;
    if (cp >= 0x0490 && cp <= 0x04FF && !(cp & 1))
        return cp + 1;
    return cp;
}

std::string mapCase(const std::string &word, char32_t (*f)(char32_t))
{
    std::u32string t = decode(word);
    for (char32_t &cp : t)
        cp = f(cp);
    return encode(t);
}

} // namespace

std::vector<std::string> names()
{
    std::vector<std::string> out;
    std::size_t g = 0;
    std::size_t p = 0;
    for (const std::string &surname : kMaleSurnames) {
        const std::string &given = kMaleGiven[g++ % kMaleGiven.size()];
        const std::string &patronymic = kPatronymicStems[p++ % kPatronymicStems.size()];
        out.push_back(surname);
        out.push_back(surname + " " + given);
        out.push_back(surname + " " + given + " " + patronymic);
        out.push_back(given + " " + surname);
        out.push_back(surname + " " + given.substr(0, 2) + ". " + patronymic.substr(0, 2) + ".");
        const std::string &female = kFemaleGiven[g % kFemaleGiven.size()];
        out.push_back(femaleSurname(surname) + " " + female + " " + femalePatronymic(patronymic));
    }
    return out;
}

std::vector<std::string> nameWordForms()
{
    std::vector<std::string> words;
    for (const std::string &s : kMaleSurnames) {
        words.push_back(s);
        if (femaleSurname(s) != s)
            words.push_back(femaleSurname(s));
    }
    for (const auto *list : {&kMaleGiven, &kFemaleGiven})
        words.insert(words.end(), list->begin(), list->end());
    for (const std::string &p : kPatronymicStems) {
        words.push_back(p);
        words.push_back(femalePatronymic(p));
    }
    std::vector<std::string> out;
    for (const std::string &word : words) {
        for (const std::string &form : threeCases(word)) {
            out.push_back(form);
            out.push_back(mapCase(form, toUpper));
            out.push_back(mapCase(form, toLower));
        }
    }
    return out;
}

std::vector<std::string> doorLabels()
{
    return {
        "Главный вход",
        "Главный выход",
        "Вход",
        "Выход",
        "Проходная",
        "Проходная — КПП",
        "КПП-1 (въезд)",
        "КПП-2 (выезд)",
        "Турникет 1 вход",
        "Турникет №2 выход",
        "Вход №1",
        "Склад «Север»",
        "Склад «Юг» — ворота",
        "Серверная 305",
        "Этаж 3, каб. 305",
        "Калитка 2.1",
        "Бухгалтерия",
        "Отдел кадров",
        "Цех № 4",
        "Шлагбаум",
        "Щитовая",
        "Ворота Ж/Д",
        "Эвакуационный выход",
        "Лифтовой холл 2 эт.",
        "Р-1 Вход",
        "Р-2 Выход",
        "РС-485 Вход",
        "DS-K1T671M Вход",
        "DS-K1T341 Выход",
        "Door 1 / Дверь 1",
        "Main Entrance",
        "Reader 2",
        "Прохідна",
        "Вхід",
        "Вихід",
        "Кіру",
        "Шығу",
        "Есік №3",
        "Parking P2",
        "СССР",
        "РЁВА",
        "Рівне",
        "Рёмин",
        "Р",
        "С",
        "Ё",
        "Вход\u00A0",
        "КПП\u00A0№\u00A01",
        "Кафе «Ёлка»",
        "Café Кафе",
        "Цех 7 (вход)",
    };
}

namespace {

long extend(const std::string &prefix, int left, const std::vector<std::string> &letters,
            const std::function<void(const std::string &)> &f)
{
    long count = 0;
    for (const std::string &letter : letters) {
        const std::string s = prefix + letter;
        f(s);
        ++count;
        if (left > 1)
            count += extend(s, left - 1, letters, f);
    }
    return count;
}

} // namespace

long forEachShortString(int maxLength, bool withPunctuation,
                        const std::function<void(const std::string &)> &f)
{
    std::u32string alphabet = U"АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
                              U"ҐґЄєІіЇїЎўӘәҒғҚқҢңӨөҰұҮүҺһ";
    if (withPunctuation)
        alphabet += U" .-,?\u00A0«»—–№1";
    std::vector<std::string> letters;
    for (const char32_t cp : alphabet)
        letters.push_back(encode(std::u32string(1, cp)));
    return extend("", maxLength, letters, f);
}

} // namespace attlog::test::corpus
