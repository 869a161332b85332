// SPDX-License-Identifier: MIT
// Writes the input of the `attlog repair` benchmark: deterministic lines (the same file on every
// run and platform) that look like an attlog export: person, door (on a third of them), direction.
// Half of the lines are clean (Russian, some ASCII), the rest mojibake as iVMS stores it (byte 0x98
// as '?'), some of it cut off at a column limit, a few double. Every line converts to Windows-1251,
// so `iconv -f UTF-8 -t CP1251` (the reference the benchmark compares with) runs without -c.
//
// Usage: bench_repair_gen OUTFILE [LINES] [lossy1252]   (default 1000000 lines, about 40 MB)
// With lossy1252 every line is instead UTF-8 read as Windows-1252 by a converter that lost its
// five undefined bytes ('?' in their place): the letter model's work (core/text/lettermodel.h).
#include "core/text/mojibake.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// A fixed 64-bit generator (splitmix64): standard library distributions differ between
// implementations, so they would not give the same file everywhere.
class SplitMix
{
public:
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t m_state = 20240301;
};

const std::vector<std::string> kSurnames = {
    "Иванов",  "Петров",  "Сидорова", "Кузнецова", "Смирнов",  "Фёдоров",   "Щукина",
    "Ильин",   "Рябов",   "Сёмин",    "Тёркин",    "Шевченко", "Ковальчук", "Морозов",
    "Волкова", "Соколов", "Попова",   "Лебедев",   "Новикова", "Козлов",    "Егоров"};
const std::vector<std::string> kGiven = {"Иван",   "Пётр",  "Анна",   "Мария", "Алексей",
                                         "Ирина",  "Игорь", "Олег",   "Юлия",  "Елена",
                                         "Сергей", "Ян",    "Наталья"};
const std::vector<std::string> kLatinNames = {"John Smith", "Anna Berg", "Li Wei", "Visitor 17"};
const std::vector<std::string> kDoors = {"Главный вход",  "Турникет 1 выход", "Проходная — КПП",
                                         "Склад «Север»", "Вход №1",          "Door 3",
                                         "КПП-1 (въезд)", "Серверная 305"};
const std::vector<std::string> kDirections = {"in", "out", "Вход", "Выход"};

// Drops the last character of a mojibake value, as a column length limit does; it may cut a
// two-character mojibake pair in half.
std::string cutLastCharacter(const std::string &utf8)
{
    std::size_t end = utf8.size();
    while (end > 0 && (static_cast<unsigned char>(utf8[end - 1]) & 0xC0) == 0x80)
        --end;
    return utf8.substr(0, end > 0 ? end - 1 : 0);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fputs("Usage: bench_repair_gen OUTFILE [LINES] [lossy1252]\n", stderr);
        return 2;
    }
    const long lines = argc > 2 ? std::atol(argv[2]) : 1000000;
    const bool lossy1252 = argc > 3 && std::string(argv[3]) == "lossy1252";
    std::FILE *out = std::fopen(argv[1], "wb");
    if (!out) {
        std::perror(argv[1]);
        return 1;
    }
    SplitMix random;
    using attlog::text::LostByteForm;
    std::string line;
    unsigned long long bytes = 0;
    for (long i = 0; i < lines; ++i) {
        std::string person = kSurnames[random.below(kSurnames.size())];
        if (random.below(4) == 0)
            person += " " + kGiven[random.below(kGiven.size())];
        std::string door = kDoors[random.below(kDoors.size())];
        std::string direction = kDirections[random.below(kDirections.size())];
        const std::size_t kind = random.below(40);
        if (lossy1252) {
            person = attlog::text::toCp1252Mojibake(person, LostByteForm::QuestionMark);
            door = attlog::text::toCp1252Mojibake(door, LostByteForm::QuestionMark);
            direction = attlog::text::toCp1252Mojibake(direction, LostByteForm::QuestionMark);
        } else if (kind < 6) { // ASCII only
            person = kLatinNames[random.below(kLatinNames.size())];
            door = "Door " + std::to_string(random.below(12));
            direction = "in";
        } else if (kind < 20) { // clean
        } else if (kind < 39) { // mojibake, as iVMS stores it
            person = attlog::text::toMojibake(person, LostByteForm::QuestionMark);
            door = attlog::text::toMojibake(door, LostByteForm::QuestionMark);
            direction = attlog::text::toMojibake(direction, LostByteForm::QuestionMark);
            if (random.below(8) == 0)
                person = cutLastCharacter(person);
        } else { // double mojibake
            person = attlog::text::toMojibake(
                attlog::text::toMojibake(person, LostByteForm::QuestionMark),
                LostByteForm::QuestionMark);
        }
        line.clear();
        line += person;
        line += ';';
        if (random.below(3) == 0) {
            line += door;
            line += ';';
        }
        line += direction;
        line += '\n';
        bytes += line.size();
        if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) {
            std::perror(argv[1]);
            return 1;
        }
    }
    if (std::fclose(out) != 0) {
        std::perror(argv[1]);
        return 1;
    }
    std::printf("wrote %ld lines, %llu bytes\n", lines, bytes);
    return 0;
}
