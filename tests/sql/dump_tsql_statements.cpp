// SPDX-License-Identifier: MIT
// Writes every kind of SQL Server statement attlog can generate, with representative filters and
// table configurations, as "name<TAB>text" lines for check-tsql.js (the sql.tsql_syntax test).
//
//   attlog_tsql_dump OUTPUT_FILE
#include "core/sql/querybuilder.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace attlog;
using namespace attlog::sql;

namespace {

DateTime at(int y, int mo, int d, int h = 0)
{
    return makeDateTime(dateFromCivil(y, mo, d), h, 0, 0);
}

class Dump
{
public:
    void add(const Statement &s, const std::string &variant)
    {
        m_lines.push_back(s.name + " [" + variant + "]\t" + s.text);
    }
    void add(const std::vector<Statement> &list, const std::string &variant)
    {
        for (const auto &s : list)
            add(s, variant);
    }
    void addHistory(const HistoryQuery &q, const std::string &variant)
    {
        add(q.page(std::nullopt, 200), variant + ", first page");
        add(q.page(PageCursor{1234, at(2024, 3, 1, 9)}, 200), variant + ", timed cursor");
        add(q.page(PageCursor{1234, std::string{"2024-03-01 09:00:00.1234567"}}, 200),
            variant + ", text cursor");
        add(q.page(PageCursor{1234, {}}, 200), variant + ", NULL-time cursor");
        add(q.count(), variant);
        add(q.exportAll(), variant);
        for (const Statement &s : q.exportStatements())
            add(s, variant);
        for (const auto &after : {std::optional<PageCursor>{},
                                  std::optional<PageCursor>{PageCursor{1234, at(2024, 3, 1, 9)}},
                                  std::optional<PageCursor>{PageCursor{1234, {}}}})
            for (const Statement &s : q.pageStatements(after, 200))
                add(s, variant + ", page branch");
    }
    const std::vector<std::string> &lines() const { return m_lines; }

private:
    std::vector<std::string> m_lines;
};

void dumpConfig(Dump &dump, const TableConfig &config, const std::string &variant)
{
    std::string error;
    const auto b = QueryBuilder::create(config, &error);
    if (!b) {
        std::cerr << "attlog_tsql_dump: invalid configuration " << variant << ": " << error << '\n';
        std::exit(2);
    }
    if (b->maps(Field::Key)) {
        dump.add(b->livePoll(0, 500), variant);
        dump.add(b->recheckKeys(std::vector<std::int64_t>{5, 7, 9}), variant);
        dump.add(b->recheckRange(10, 20, 100), variant);
        dump.add(b->initialLoad(1000), variant);
        dump.add(b->maxKey(), variant);
        dump.add(b->minKey(), variant);
        dump.add(b->nullKeyCount(), variant);
    } else {
        dump.add(b->keylessPoll(std::nullopt, true, 500), variant + ", from the start");
        dump.add(b->keylessPoll(at(2024, 3, 1, 8), true, 500), variant + ", inclusive");
        dump.add(b->keylessPoll(at(2024, 3, 1, 8), false, 500), variant + ", exclusive");
        dump.add(b->keylessNewest(200), variant);
        dump.add(b->keylessNewest(200, at(2024, 3, 1)), variant + ", before");
        dump.add(b->keylessRange(at(2024, 3, 1, 8), at(2024, 3, 1, 9)), variant);
        dump.add(b->hourCounts(at(2024, 2, 27)), variant);
        dump.add(b->nullTimeCount(), variant);
    }
    dump.add(b->missingTimeCount(), variant);
    dump.add(b->oldestEvent(), variant);
    dump.add(b->rowCount(), variant);
    if (const auto s = b->newestTime())
        dump.add(*s, variant);
    dump.add(b->newestEvent(), variant);
    for (const Field f : kAllFields)
        if (const auto s = b->distinctValues(f))
            dump.add(*s, variant);

    const RangeQuery range = b->eventsInRange(at(2024, 3, 1), at(2024, 4, 1), 20 * 3600);
    if (range.timed)
        dump.add(*range.timed, variant);
    dump.add(range.untimed, variant);

    dump.addHistory(b->history({}), variant + ", no filter");

    HistoryFilter f;
    f.from = at(2024, 3, 1, 8);
    f.to = at(2024, 3, 3);
    dump.addHistory(b->history(f), variant + ", short range");

    HistoryFilter onlyFrom;
    onlyFrom.from = at(2024, 3, 1);
    dump.addHistory(b->history(onlyFrom), variant + ", open end");

    HistoryFilter all = f;
    all.to = at(2024, 9, 1); // long range: NULL-time fallback
    all.doors = DoorFilter{{"Проходная", "Склад"}, {"Terminal 1"}};
    all.directions.unknown = false;
    all.directions.out = false;
    all.directions.rawInValues = {"vhod", "Р’С…РѕРґ"};
    all.search = TextSearch{{"Иванов И.И."}, "12_3%"};
    dump.addHistory(b->history(all), variant + ", every filter");

    HistoryFilter unknownDirection = f;
    unknownDirection.directions.in = false;
    unknownDirection.directions.rawInValues = {"in"};
    unknownDirection.directions.rawOutValues = {"out"};
    unknownDirection.search = TextSearch{};         // matches nothing: 1 = 0
    unknownDirection.doors = DoorFilter{{}, {"A"}}; // device names only
    dump.addHistory(b->history(unknownDirection), variant + ", unknown direction");

    HistoryFilter big = f;
    big.search = TextSearch{};
    for (int i = 0; i < 1500; ++i)
        big.search->rawPersonNames.push_back("P" + std::to_string(i));
    dump.addHistory(b->history(big), variant + ", search over budget");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: attlog_tsql_dump OUTPUT_FILE\n";
        return 2;
    }
    Dump dump;
    dumpConfig(dump, TableConfig::defaults(Dialect::SqlServer), "defaults");

    TableConfig custom = TableConfig::defaults(Dialect::SqlServer);
    custom.table = "[thirdparty].[dbo].[attlog]";
    custom.columns.setColumn(Field::Key, "row id");
    custom.columns.setColumn(Field::PersonName, "ФИО");
    custom.columns.setColumn(Field::EmployeeID, std::nullopt);
    custom.directions.setRoleRules(DirectionMapping::suggestedRoleRules());
    dumpConfig(dump, custom, "qualified, custom columns, role rules");

    TableConfig keyless = TableConfig::defaults(Dialect::SqlServer);
    keyless.columns.setColumn(Field::Key, std::nullopt);
    dumpConfig(dump, keyless, "keyless");

    TableConfig dateOnly = TableConfig::defaults(Dialect::SqlServer);
    dateOnly.table = "attlog";
    dateOnly.columns.setColumn(Field::AuthDateTime, std::nullopt);
    dateOnly.columns.setColumn(Field::DoorName, std::nullopt);
    dumpConfig(dump, dateOnly, "authDate+authTime only");

    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    for (const auto &line : dump.lines())
        out << line << '\n';
    out.close();
    if (!out) {
        std::cerr << "attlog_tsql_dump: cannot write " << argv[1] << '\n';
        return 1;
    }
    std::cout << "attlog_tsql_dump: " << dump.lines().size() << " statements -> " << argv[1]
              << '\n';
    return 0;
}
