// SPDX-License-Identifier: MIT
// No false change on correct Cyrillic of every Slavic and Turkic alphabet in use, and on strings
// that mix scripts: our own words and names in Russian, Ukrainian, Belarusian, Bulgarian,
// Serbian, Macedonian, Kazakh, Kyrgyz, Uzbek, Tatar, Bashkir, Tajik and Mongolian, as written,
// in capitals, with typography, and next to Latin text, digits and symbols.
#include "core/text/repair.h"
#include "core/text/utf8.h"

#include "tests/support/catch.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace attlog::text;

namespace {

const std::vector<std::pair<const char *, std::vector<std::string>>> kWords = {
    {"Russian",
     {"Ёлкина", "Съезд", "подъём", "объявление", "Щукин", "Рёмин", "Эльвира", "Юрьевич", "вход",
      "выход", "Проходная", "ВЪЕЗД", "СССР", "Ё", "РЁВА"}},
    {"Ukrainian",
     {"Ґанок", "їжак", "Євген", "Іванна", "під'їзд", "м’ята", "Львів", "Рівне", "Ігор", "ґудзик",
      "ЇЖАЧОК", "Ґалаґан", "Сім’я", "Київ", "Юлія"}},
    {"Belarusian",
     {"Ўладзімір", "Мінск", "Гомель", "Магілёў", "ўваход", "выхад", "Дзяржынск", "Брэст", "Віцебск",
      "сяброўка", "ЎСХОД", "Пятрусь", "Алесь", "Янка", "Язэп"}},
    {"Bulgarian",
     {"Пловдив", "Стефан", "Йорданка", "вход", "изход", "ъгъл", "Търново", "щъркел", "Благоевград",
      "ЪГЪЛ", "Ясен", "Жечка", "Цвятко", "Бойко", "Щерю"}},
    {"Serbian",
     {"Ђорђе", "Љубица", "Његош", "Ћирић", "Џевад", "ВЈЕРА", "вјера", "Јована", "улаз", "излаз",
      "Ђурђевдан", "ЉУБАВ", "Нађа", "Шапчанин", "Ћуприја"}},
    {"Macedonian",
     {"Ѓорѓи", "Ќирил", "Ѕвезда", "Скопје", "Охрид", "Љупчо", "Ѓурѓа", "влез", "излез", "Кочо",
      "ЃОРЃИ", "Ѕвонко", "Јане", "Ќерка", "Њиво"}},
    {"Kazakh",
     {"Әлия", "Ғалым", "Қайрат", "Ңғ", "Өмір", "Ұлан", "Үміт", "Һ", "Іңкәр", "кіреберіс", "шығу",
      "ҚАЗАҚСТАН", "Алматы", "Нұрсұлтан", "Жәнібек"}},
    {"Kyrgyz",
     {"Бишкек", "Үсөн", "Өмүрбек", "Ңаң", "Айгүл", "кирүү", "чыгуу", "Чолпон-Ата", "Ысык-Көл",
      "КЫРГЫЗСТАН", "Нурбүбү", "Түгөлбай", "Жылдыз", "Мөлмөл", "Гүлнара"}},
    {"Uzbek",
     {"Ўзбекистон", "Ғулом", "Қодир", "Ҳасан", "Тошкент", "кириш", "чиқиш", "Ўктам", "Шаҳзода",
      "ҲОВЛИ", "Ғайрат", "Дилшод", "Зулфия", "Лазиз", "Нодира"}},
    {"Tatar",
     {"Казан", "Әлфия", "Җәүдәт", "Ңалим", "Өлфәт", "Үзәк", "Һади", "керү", "чыгу", "Тукай",
      "ТАТАРСТАН", "Гөлнара", "Илдар", "Рәмзия", "Фәридә"}},
    {"Bashkir",
     {"Өфө", "Ҡаһарман", "Ғәлиә", "Ҙәки", "Ҫалауат", "Ҡорбан", "инеү", "сығыу", "Әбйәлил",
      "БАШҠОРТОСТАН", "Рәсүл", "Зөһрә", "Мостай", "Шәүрә", "Ҙур"}},
    {"Tajik",
     {"Душанбе", "Ҷамшед", "Ӯктам", "Ӣсмоил", "Ғафур", "Ҳотам", "Қурбон", "даромад", "баромад",
      "ТОҶИКИСТОН", "Зарина", "Фирӯз", "Нигина", "Ҷӯра", "Сӯҳроб"}},
    {"Mongolian",
     {"Улаанбаатар", "Өлзий", "Үүрийн", "Батбаяр", "Оюунчимэг", "орох", "гарах", "Мөнхбат",
      "ДАРХАН", "Сүхбаатар", "Гэрэл", "Болормаа", "Түмэн", "Энхжаргал", "Цэцэг"}},
};

const std::vector<std::string> kLatin = {"Door 3",  "Gate-A", "John Smith", "Café",  "Ålesund",
                                         "ID 4711", "PIN",    "™",          "№ 5",   "10 000 €",
                                         "Ёлка™",   "ВЈ",     "В«Склад»",   "Ñandú", "Ärger"};

const std::vector<std::string> kSeparators = {" ",   "\u00A0", " — ", " – ", ", ", "-",
                                              " / ", ": ",     "«",   "»",   " (", ")"};

std::string upper(const std::string &utf8)
{
    std::string out;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const utf8::Decoded d = utf8::decodeAt(utf8, pos);
        char32_t cp = d.cp;
        if (cp >= U'а' && cp <= U'я')
            cp -= 0x20;
        else if (cp >= 0x0450 && cp <= 0x045F)
            cp -= 0x50;
        else if (cp >= 0x0460 && cp <= 0x04FF && cp % 2 == 1 && (cp < 0x04C1 || cp > 0x04CE))
            cp -= 1;
        utf8::append(out, cp);
        pos += std::size_t(d.length);
    }
    return out;
}

} // namespace

TEST_CASE("Correct Cyrillic of every alphabet in use, and mixed text, comes back unchanged",
          "[text]")
{
    long total = 0;
    long changed = 0;
    std::vector<std::string> examples;
    const auto check = [&](const std::string &s) {
        for (const std::string &form : {s, upper(s)}) {
            ++total;
            const std::string repaired = repair(form);
            if (repaired != form) {
                ++changed;
                if (examples.size() < 30)
                    examples.push_back(form + " → " + repaired);
            }
        }
    };
    for (const auto &[language, words] : kWords) {
        (void)language;
        for (const std::string &a : words) {
            for (const std::string &b : words)
                for (const std::string &separator : kSeparators)
                    check(a + separator + b);
            for (const std::string &latin : kLatin)
                for (const std::string &separator : kSeparators) {
                    check(a + separator + latin);
                    check(latin + separator + a);
                }
        }
    }
    std::printf("Cyrillic alphabets corpus: %ld strings, %ld changed\n", total, changed);
    for (const std::string &e : examples)
        std::printf("  %s\n", e.c_str());
    CHECK(total >= 100000);
    CHECK(changed == 0);
}
