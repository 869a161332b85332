// SPDX-License-Identifier: MIT
#include "core/export/csvwriter.h"
#include "core/export/eventtable.h"

#include "tests/support/catch.h"

#include <sstream>

using namespace attlog;

TEST_CASE("an exported event row has typed time and key, and every text field", "[export]")
{
    AccessEvent e;
    e.key = 42;
    e.time = makeDateTime(dateFromCivil(2026, 11, 27), 8, 1, 2);
    e.direction = Direction::Out;
    e.person = "Иванов Иван";
    e.employeeId = "E-7";
    e.card = "0012345";
    e.door = "Проходная";
    e.reader = "Выход 1";
    e.device = "DS-K1T671M";

    std::vector<TableCell> cells;
    eventTableRow(e, cells);
    REQUIRE(cells.size() == kEventTableColumnCount);
    CHECK(std::get<DateTime>(cells[0]) == *e.time);
    CHECK(std::get<std::string>(cells[1]) == "out");
    CHECK(std::get<std::string>(cells[3]) == "E-7");
    CHECK(std::get<std::int64_t>(cells[8]) == 42);

    const std::array<std::string, 3> words{"Вход", "Выход", "?"};
    e.time.reset();
    eventTableRow(e, cells, &words);
    CHECK(std::holds_alternative<std::monostate>(cells[0]));
    CHECK(std::get<std::string>(cells[1]) == "Выход");

    std::ostringstream out;
    CsvOptions options;
    options.byteOrderMark = false;
    options.lineBreak = "\n";
    CsvWriter writer(out, options);
    REQUIRE(writer.begin(eventTableColumns()));
    REQUIRE(writer.writeRow(cells));
    REQUIRE(writer.finish());
    CHECK(out.str() == "time,direction,person,employee_id,card,door,reader,device,key\n"
                       ",Выход,Иванов Иван,E-7,0012345,Проходная,Выход 1,DS-K1T671M,42\n");
}
