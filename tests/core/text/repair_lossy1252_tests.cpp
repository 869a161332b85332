// SPDX-License-Identifier: MIT
// UTF-8 read as Windows-1252 by a converter that lost the five bytes Windows-1252 leaves
// undefined (stored as '?', as U+FFFD, or dropped): every Ё А Н с э я of a Russian name loses its
// second byte. The letter model chooses them back; where it cannot tell, the letter is U+FFFD,
// never Latin mojibake. Our own lists of names and door labels, not the model's word lists.
#include "core/text/codepage.h"
#include "core/text/knownwords.h"
#include "core/text/mojibake.h"
#include "core/text/repair.h"
#include "core/text/repaircache.h"
#include "core/text/utf8.h"

#include "tests/core/text/corpus.h"
#include "tests/support/catch.h"

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace attlog::text;

namespace {

const std::vector<std::string> kSurnames = {
    "Иванов",      "Смирнов",   "Кузнецов",   "Попов",      "Васильев", "Петров",     "Соколов",
    "Михайлов",    "Новиков",   "Фёдоров",    "Морозов",    "Волков",   "Алексеев",   "Лебедев",
    "Семёнов",     "Егоров",    "Павлов",     "Козлов",     "Степанов", "Николаев",   "Орлов",
    "Андреев",     "Макаров",   "Никитин",    "Захаров",    "Зайцев",   "Соловьёв",   "Борисов",
    "Яковлев",     "Григорьев", "Романов",    "Воробьёв",   "Сергеев",  "Кузьмин",    "Фролов",
    "Александров", "Дмитриев",  "Королёв",    "Гусев",      "Киселёв",  "Ильин",      "Максимов",
    "Поляков",     "Сорокин",   "Виноградов", "Ковалёв",    "Белов",    "Медведев",   "Антонов",
    "Тарасов",     "Жуков",     "Баранов",    "Филиппов",   "Комаров",  "Давыдов",    "Беляев",
    "Герасимов",   "Богданов",  "Осипов",     "Сидоров",    "Матвеев",  "Титов",      "Марков",
    "Миронов",     "Крылов",    "Куликов",    "Карпов",     "Власов",   "Мельников",  "Денисов",
    "Гаврилов",    "Тихонов",   "Казаков",    "Афанасьев",  "Данилов",  "Савельев",   "Тимофеев",
    "Фомин",       "Чернов",    "Абрамов",    "Мартынов",   "Ефимов",   "Федотов",    "Щербаков",
    "Назаров",     "Калинин",   "Исаев",      "Чернышёв",   "Быков",    "Маслов",     "Родионов",
    "Коновалов",   "Лазарев",   "Воронин",    "Климов",     "Филатов",  "Пономарёв",  "Голубев",
    "Кудрявцев",   "Прохоров",  "Наумов",     "Потапов",    "Журавлёв", "Овчинников", "Трофимов",
    "Леонов",      "Соболев",   "Ермаков",    "Колесников", "Гончаров", "Емельянов",  "Никифоров",
    "Грачёв",      "Котов",     "Гришин",     "Ефремов",    "Архипов",  "Громов",     "Кириллов",
    "Малышев",     "Панов",     "Моисеев",    "Румянцев",   "Акимов",   "Кондратьев", "Бирюков",
    "Горбунов",    "Анисимов",  "Ерёмин",     "Тихомиров",  "Галкин",   "Лукьянов",   "Михеев",
    "Скворцов",    "Юдин",      "Белоусов",   "Нестеров",   "Симонов",  "Прокофьев",  "Харитонов",
    "Князев",      "Цветков",   "Левин",      "Митрофанов", "Воронов",  "Аксёнов",    "Софронов",
    "Мальцев",     "Логинов",   "Горшков",    "Савин",      "Краснов",  "Майоров",    "Демидов",
    "Елисеев",     "Рыбаков",   "Сафонов",    "Плотников",  "Дёмин",    "Хохлов",     "Жданов",
    "Носов",       "Анохин",    "Ершов",      "Шубин",      "Ананьев",  "Соломин",    "Тетерин"};

const std::vector<std::string> kMaleNames = {
    "Александр", "Алексей",  "Анатолий",   "Андрей",    "Антон",    "Аркадий", "Артём",
    "Богдан",    "Борис",    "Вадим",      "Валентин",  "Валерий",  "Василий", "Виктор",
    "Виталий",   "Владимир", "Владислав",  "Вячеслав",  "Геннадий", "Георгий", "Глеб",
    "Григорий",  "Денис",    "Дмитрий",    "Евгений",   "Егор",     "Иван",    "Игорь",
    "Илья",      "Кирилл",   "Константин", "Леонид",    "Максим",   "Матвей",  "Михаил",
    "Никита",    "Николай",  "Олег",       "Павел",     "Пётр",     "Роман",   "Руслан",
    "Семён",     "Сергей",   "Станислав",  "Степан",    "Тимофей",  "Фёдор",   "Юрий",
    "Ярослав",   "Эдуард",   "Арсений",    "Святослав", "Анастас"};

const std::vector<std::string> kFemaleNames = {
    "Александра", "Алина",   "Алёна",     "Алла",      "Анастасия", "Анна",   "Антонина",
    "Валентина",  "Валерия", "Вера",      "Вероника",  "Виктория",  "Галина", "Дарья",
    "Диана",      "Евгения", "Екатерина", "Елена",     "Елизавета", "Жанна",  "Зинаида",
    "Зоя",        "Инна",    "Ирина",     "Карина",    "Кристина",  "Ксения", "Лариса",
    "Лидия",      "Любовь",  "Людмила",   "Маргарита", "Марина",    "Мария",  "Надежда",
    "Наталья",    "Нина",    "Оксана",    "Олеся",     "Ольга",     "Полина", "Раиса",
    "Светлана",   "Софья",   "Таисия",    "Тамара",    "Татьяна",   "Ульяна", "Юлия",
    "Яна",        "Эльвира", "Ангелина",  "Снежана",   "Василиса"};

const std::vector<std::string> kPatronymicStems = {
    "Александров", "Алексеев",  "Андреев",  "Анатольев", "Борисов",   "Васильев", "Викторов",
    "Владимиров",  "Геннадьев", "Дмитриев", "Евгеньев",  "Иванов",    "Игорев",   "Константинов",
    "Михайлов",    "Николаев",  "Олегов",   "Павлов",    "Петров",    "Романов",  "Сергеев",
    "Степанов",    "Юрьев",     "Фёдоров",  "Семёнов",   "Анастасьев"};

const std::vector<std::string> kDoors = {
    "Проходная",      "Проходная — КПП", "КПП-1 (въезд)",
    "КПП-2 (выезд)",  "Главный вход",    "Служебный вход",
    "Запасный выход", "Склад",           "Склад №2",
    "Серверная",      "Электрощитовая",  "Бухгалтерия",
    "Администрация",  "Касса",           "Столовая",
    "Медпункт",       "Лаборатория ОТК", "Архив",
    "Приёмная",       "Отдел кадров",    "Цех сборки",
    "Цех №3",         "Гараж",           "Парковка",
    "Ворота «Юг»",    "Ворота «Север»",  "Турникет №1",
    "Турникет №2",    "Калитка 2.1",     "Лестница А",
    "Лифтовой холл",  "Конференц-зал",   "Переговорная",
    "Охрана",         "Диспетчерская",   "Насосная",
    "Котельная",      "Аккумуляторная",  "Административный корпус",
    "Санпропускник",  "Вход в АБК",      "Выход на склад",
    "Экспедиция",     "Раздевалка"};

std::string patronymic(const std::string &stem, bool female)
{
    // "Анатольев" → "Анатольевич" / "Анатольевна"; "Петров" → "Петрович" / "Петровна".
    return stem + (female ? "на" : "ич");
}

struct Score
{
    int total = 0;
    int exact = 0;
    int marked = 0;    // a letter left as U+FFFD, nothing else wrong
    int unchanged = 0; // left as stored (too little evidence), not counted as wrong
    std::vector<std::string> wrong;
};

bool sameExceptMarks(const std::string &repaired, const std::string &original)
{
    // Letter by letter in UTF-8: every difference must be U+FFFD in the repair.
    std::size_t i = 0;
    std::size_t j = 0;
    const std::string mark = "\xEF\xBF\xBD";
    while (i < repaired.size() && j < original.size()) {
        if (repaired.compare(i, mark.size(), mark) == 0) {
            i += mark.size();
            const auto lead = static_cast<unsigned char>(original[j]);
            j += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            continue;
        }
        if (repaired[i] != original[j])
            return false;
        ++i;
        ++j;
    }
    return i == repaired.size() && j == original.size();
}

void check(Score &score, const std::string &original)
{
    for (const LostByteForm form :
         {LostByteForm::QuestionMark, LostByteForm::ReplacementChar, LostByteForm::Dropped}) {
        const std::string stored = toCp1252Mojibake(original, form);
        const std::string repaired = repair(stored);
        ++score.total;
        if (repaired == original)
            ++score.exact;
        else if (sameExceptMarks(repaired, original))
            ++score.marked;
        else if (repaired == stored)
            ++score.unchanged;
        else if (score.wrong.size() < 40)
            score.wrong.push_back(original + " → " + stored + " → " + repaired);
    }
}

int wrong(const Score &score)
{
    return score.total - score.exact - score.marked - score.unchanged;
}

void report(const char *what, const Score &score)
{
    std::printf("lossy Windows-1252 %s: %d forms, %.1f %% exact, %.1f %% with a letter left "
                "U+FFFD, %.1f %% left as stored, %.1f %% wrong\n",
                what, score.total, 100.0 * score.exact / score.total,
                100.0 * score.marked / score.total, 100.0 * score.unchanged / score.total,
                100.0 * wrong(score) / score.total);
    for (const std::string &w : score.wrong)
        std::printf("  %s\n", w.c_str());
}

} // namespace

TEST_CASE("Lossy Windows-1252: common Russian names come back exactly", "[text][lossy1252]")
{
    Score names;
    for (std::size_t i = 0; i < kSurnames.size(); ++i) {
        const bool female = i % 2 == 1;
        const std::string surname = kSurnames[i] + (female ? "а" : "");
        const auto &first = female ? kFemaleNames : kMaleNames;
        for (std::size_t k = 0; k < 6; ++k) {
            const std::string &name = first[(i * 7 + k * 11) % first.size()];
            const std::string &stem = kPatronymicStems[(i * 5 + k * 3) % kPatronymicStems.size()];
            check(names, surname + " " + name + " " + patronymic(stem, female));
        }
    }
    for (const auto *list : {&kMaleNames, &kFemaleNames})
        for (const std::string &name : *list)
            check(names, name);
    report("names", names);
    CHECK(names.exact >= names.total * 95 / 100);
    // What is not exact keeps the doubtful letter as U+FFFD, almost never a wrong letter.
    CHECK(names.total - names.exact - names.marked <= names.total / 100);
}

TEST_CASE("Lossy Windows-1252: door labels come back exactly", "[text][lossy1252]")
{
    Score doors;
    for (const std::string &door : kDoors)
        check(doors, door);
    report("door labels", doors);
    CHECK(doors.exact >= doors.total * 95 / 100);
    CHECK(doors.total - doors.exact - doors.marked <= doors.total / 50);
}

// A mojibake fragment left in repaired text: a Latin-1 capital that leads UTF-8 (Ã Ð Ñ …), or a
// Windows-1251 lead 'Р'/'С' followed by a sign or letter that Windows-1251 puts at 80..BF other
// than the letters Russian, Ukrainian and Belarusian write after Р or С.
bool hasMojibakeFragment(const std::string &text)
{
    std::u32string cps;
    for (std::size_t pos = 0; pos < text.size();) {
        const attlog::text::utf8::Decoded d = attlog::text::utf8::decodeAt(text, pos);
        cps += d.cp;
        pos += std::size_t(d.length);
    }
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i];
        if (c >= 0x00C2 && c <= 0x00DF)
            return true;
        if ((c == U'Р' || c == U'С') && i + 1 < cps.size()) {
            // Letters of other alphabets ("Сәрсенбаев") are not in Windows-1251 at all; those of
            // Ukrainian and Belarusian are, and follow 'Р' and 'С' in words ("Рівне").
            const char32_t n = cps[i + 1];
            const int byte = attlog::text::codepage::unicodeToCp1251(n);
            const bool ordinary =
                std::u32string_view(U"ЁёІіЇїЄєҐґЎў").find(n) != std::u32string_view::npos;
            if (byte >= 0x80 && byte <= 0xBF && !ordinary)
                return true;
        }
    }
    return false;
}

// `text` with its no-break spaces turned into spaces, as some converters do: read as
// Windows-1252, U+00A0 is byte A0, the second byte of 'Р' (D0 A0), so "Ð\u00A0" became "Ð ".
std::string nbspToSpace(std::string text)
{
    for (std::size_t pos; (pos = text.find("\u00A0")) != std::string::npos;)
        text.replace(pos, 2, " ");
    return text;
}

TEST_CASE("Whole values: a repaired value keeps no mojibake fragment", "[text][lossy1252]")
{
    std::vector<std::string> originals = kDoors;
    for (std::size_t i = 0; i < kSurnames.size(); ++i)
        originals.push_back(kSurnames[i] + " " + kMaleNames[i % kMaleNames.size()] + " " +
                            patronymic(kPatronymicStems[i % kPatronymicStems.size()], false));
    originals.push_back("Роман Романов");
    originals.push_back("РОМАНОВА РАИСА");
    int halfRepaired = 0;
    int checked = 0;
    for (const std::string &original : originals) {
        std::vector<std::string> forms;
        for (const LostByteForm form : {LostByteForm::C1Control, LostByteForm::QuestionMark,
                                        LostByteForm::ReplacementChar, LostByteForm::Dropped}) {
            forms.push_back(toCp1252Mojibake(original, form));
            forms.push_back(nbspToSpace(toCp1252Mojibake(original, form)));
            forms.push_back(toMojibake(original, form));
        }
        for (const std::string &stored : forms) {
            ++checked;
            const std::string repaired = repair(stored);
            if (hasMojibakeFragment(repaired)) {
                ++halfRepaired;
                UNSCOPED_INFO(original << " → " << stored << " → " << repaired);
            }
        }
    }
    std::printf("whole values: %d mojibake forms, %d with a fragment left\n", checked,
                halfRepaired);
    CHECK(halfRepaired == 0);
}

TEST_CASE("Whole values: a no-break space turned into a space still makes 'Р'", "[text][lossy1252]")
{
    CHECK(repair("Ð Ð¾Ð¼Ð°Ð½ Ð˜Ð²Ð°Ð½Ð¾Ð²") == "Роман Иванов");
    CHECK(repair("Ð Ð¾Ð¼Ð°Ð½ Ð?Ð¸ÐºÐ¾Ð»Ð°ÐµÐ²") == "Роман Николаев"); // and a lost letter
    CHECK(repair("ÐšÐŸÐŸ Ð Ð°Ð¹Ð¾Ð½") == "КПП Район");
    // A lost letter at a word's end before a space stays a letter and a space.
    CHECK(repair("Ð®Ð»Ð¸Ñ ÐÐ½Ð½Ð°") == "Юлия Анна");
}

TEST_CASE("Lossy Windows-1252: the examples from the field", "[text][lossy1252]")
{
    CHECK(repair("Ð\xEF\xBF\xBDÐ±Ñ€Ð°Ð¼Ð¾Ð²Ð°") == "Абрамова");
    CHECK(repair("Ð\xEF\xBF\xBDÐ±Ñ€Ð°Ð¼Ð¾Ð²Ð° Ð\xEF\xBF\xBDÐ½Ð½Ð°") == "Абрамова Анна");
    CHECK(repair("Ð?Ð½Ð½Ð°") == "Анна");
    CHECK(repair("ÐÐ½Ð½Ð°") == "Анна"); // the byte dropped
    // Spanish and Icelandic capitals before '?' alone are not mojibake.
    CHECK(repair("¿QUÉ PASÓ?") == "¿QUÉ PASÓ?");
    CHECK(repair("AÐ?") == "AÐ?");
    CHECK(repair("ÞÓR Ð?") == "ÞÓR Ð?");
    // Private use characters are the text's own, never taken for a lost letter.
    CHECK(repair("\xEE\x80\x80 Ð?Ð½Ð½Ð° Ð¡ÐºÐ»Ð°Ð´") == "\xEE\x80\x80 Анна Склад");
}

TEST_CASE("Lossy Windows-1252: a letter the words cannot decide stays U+FFFD", "[text][lossy1252]")
{
    const auto lossy = [](const std::string &text) {
        return repair(toCp1252Mojibake(text, LostByteForm::QuestionMark));
    };
    // An initial is a word of one letter: А, Н and Ё are all names' first letters.
    CHECK(lossy("Иванов А. Н.") == "Иванов \uFFFD. \uFFFD.");
    CHECK(lossy("Лестница А") == "Лестница \uFFFD");
    // A surname no word list holds needs a wide margin from the letter model alone.
    CHECK(lossy("Вэй Фролов") == "В\uFFFDй Фролов");
    CHECK(lossy("Ёлкин") == "\uFFFDлкин");
    // An inflected word of the lists is a word ("сборки" of "сборка").
    CHECK(lossy("Цех сборки") == "Цех сборки");
    CHECK(lossy("Ґудзь Ганна") == "Ґудзь Ганна");
    // A short value: the lost letter beside a whole one is evidence enough ("Ð?Ð½").
    CHECK(lossy("Ан") == "Ан");
    CHECK(repair(toCp1252Mojibake("Ан", LostByteForm::Dropped)) == "Ан");
}

TEST_CASE("Lossy Windows-1252: the table's own spelling chooses a lost letter", "[text][lossy1252]")
{
    const std::string stored = toCp1252Mojibake("Ёлкина Юлия", LostByteForm::QuestionMark);
    // The letter model alone cannot tell Ёлкина from Алкина, nor Юлия from Юлис.
    CHECK(repair(stored) != "Ёлкина Юлия");
    RepairCache cache;
    CHECK(cache.repaired(stored) == repair(stored));

    // Another row of the table holds the name without a loss.
    auto known = std::make_shared<KnownWords>();
    known->addText("ЁЛКИНА Юлия, Проходная");
    CHECK(known->contains(U"ёлкина"));
    CHECK(known->contains(U"ЮЛИЯ"));
    installKnownWords(known);
    CHECK(repair(stored) == "Ёлкина Юлия");
    CHECK(cache.repaired(stored) == "Ёлкина Юлия"); // the cache started afresh
    // Known words only choose among the letters the lost byte can have been.
    CHECK(repair(toCp1252Mojibake("Анна", LostByteForm::QuestionMark)) == "Анна");

    installKnownWords(nullptr);
    CHECK(cache.repaired(stored) == repair(stored));
    CHECK(repair(stored) != "Ёлкина Юлия");
}

TEST_CASE("Lossy Windows-1252: Ukrainian and Kazakh names and labels, never half-repaired",
          "[text][lossy1252]")
{
    // The corpus's names and labels (Russian, Ukrainian with Ґ Є І Ї, Kazakh with Ә Ғ Қ Ң Ө Ұ Ү
    // Һ І, foreign names such as "Вэй" and "Ан") and phrases of our own. Of the letters these
    // alphabets add only 'Ґ' (D2 90) loses its byte; the rest lose А Н с я as Russian does.
    std::vector<std::string> originals = attlog::test::corpus::names();
    for (const std::string &label : attlog::test::corpus::doorLabels())
        originals.push_back(label);
    for (const char *phrase :
         {"Службовий вхід до складу", "Ґанок адміністрації", "Пост охорони №2", "Їдальня",
          "Аварійний вихід", "Негізгі кіреберіс", "Қойма есігі", "Асхана", "Әкімшілік ғимараты",
          "Қызметтік кіреберіс", "Өндірістік цех №1", "Ұста шеберханасы"})
        originals.emplace_back(phrase);
    Score score;
    int halfRepaired = 0;
    for (const std::string &original : originals) {
        check(score, original);
        for (const LostByteForm form :
             {LostByteForm::QuestionMark, LostByteForm::ReplacementChar, LostByteForm::Dropped}) {
            const std::string stored = toCp1252Mojibake(original, form);
            const std::string repaired = repair(stored);
            if (repaired != stored && hasMojibakeFragment(repaired)) {
                ++halfRepaired;
                UNSCOPED_INFO(stored << " → " << repaired);
            }
        }
    }
    report("corpus names and labels (ru, uk, kk)", score);
    CHECK(halfRepaired == 0);
    CHECK(score.exact >= score.total * 90 / 100);
    // A doubtful letter is U+FFFD; a wrong letter or a value left as stored stays rare.
    CHECK(wrong(score) <= score.total / 100);
    CHECK(score.unchanged <= score.total / 100);
}
