// SPDX-License-Identifier: MIT
#include "tests/ui/memoryeventsource.h"
#include "ui/common/datatableview.h"
#include "ui/whowhere/presencemodel.h"
#include "ui/whowhere/whowheretab.h"

#include "tests/support/catch.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>

#ifndef _WIN32
#include <sys/stat.h>
#endif

using attlog::AccessEvent;
using attlog::Direction;
using attlog::PresenceStatus;
using attlog::test::makePass;
using attlog::test::MemoryEventSource;
using attlog::ui::PresenceModel;
using attlog::ui::WhoWhereTab;

namespace {

const std::string kGate = "Проходная";
const std::string kStore = "Склад «Север»";

// Friday 27.11.2026; the board is looked at 15:00.
QList<AccessEvent> dayOfPasses()
{
    return {
        makePass(1, "2026-11-27 08:00:00", Direction::In, "Иванов Пётр", "E1", kGate),
        makePass(5, "2026-11-27 12:00:00", Direction::Out, "Иванов Пётр", "E1", kGate),
        makePass(8, "2026-11-27 12:45:00", Direction::In, "Иванов Пётр", "E1", kStore),
        makePass(2, "2026-11-27 08:10:00", Direction::In, "Семёнова Ольга", "E2", kGate),
        // A double scan of the same card: counted once.
        makePass(3, "2026-11-27 08:10:30", Direction::In, "Семёнова Ольга", "E2", kGate),
        makePass(4, "2026-11-27 09:00:00", Direction::In, "Petrov Oleg", "E3", kGate),
        makePass(6, "2026-11-27 13:00:00", Direction::Out, "Petrov Oleg", "E3", kGate),
        // Card only, a reader without direction.
        makePass(7, "2026-11-27 14:00:00", Direction::Unknown, "Сидоров", "", kGate, "C777"),
        // Came in last night: outside the "today" window.
        makePass(0, "2026-11-26 22:00:00", Direction::In, "Ночной Сторож", "E9", kGate),
    };
}

attlog::DateTime fixedNow()
{
    return *attlog::parseDateTime("2026-11-27 15:00:00");
}

// A tab over `source` with the fixed clock, loaded.
std::unique_ptr<WhoWhereTab> loadedTab(MemoryEventSource &source)
{
    auto tab = std::make_unique<WhoWhereTab>(&source);
    tab->setNowFunction(fixedNow);
    QSignalSpy loaded(tab.get(), &WhoWhereTab::loaded);
    tab->reload();
    REQUIRE(loaded.wait(3000));
    return tab;
}

int rowOf(const PresenceModel &model, const QString &person)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, PresenceModel::Person).data().toString() == person)
            return r;
    }
    return -1;
}

QString cell(const PresenceModel &model, const QString &person, int column)
{
    const int r = rowOf(model, person);
    return r < 0 ? QString() : model.index(r, column).data().toString();
}

} // namespace

TEST_CASE("Who-Where counts inside, outside and unknown from the last pass", "[whowhere]")
{
    MemoryEventSource source(dayOfPasses());
    auto tab = loadedTab(source);
    QAbstractItemModelTester tester(tab->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(tab->countersText() == QStringLiteral("Inside: 3 · Outside: 1 · Unknown: 0"));
    const PresenceModel &model = *tab->model();
    REQUIRE(model.rowCount() == 4); // the night watchman is outside today's window
    // ... but he is inside, and the tab says so.
    CHECK(tab->carriedOverInside() == 1);
    auto *hint = tab->findChild<QLabel *>(QStringLiteral("presenceCarriedOver"));
    REQUIRE(hint != nullptr);
    CHECK(hint->text().startsWith(
        QStringLiteral("Also inside but not shown here: 1 (came in before 27.11.2026 00:00:00")));
    CHECK(cell(model, QStringLiteral("Иванов Пётр"), PresenceModel::Status) ==
          QStringLiteral("Inside"));
    CHECK(cell(model, QStringLiteral("Иванов Пётр"), PresenceModel::LastDoor) ==
          QString::fromStdString(kStore));
    CHECK(cell(model, QStringLiteral("Иванов Пётр"), PresenceModel::Ago) ==
          QStringLiteral("2 h 15 min"));
    CHECK(cell(model, QStringLiteral("Petrov Oleg"), PresenceModel::Status) ==
          QStringLiteral("Outside"));
    // Inside and outside are a word, a colour and an arrow, not a colour alone.
    for (const QString &person : {QStringLiteral("Иванов Пётр"), QStringLiteral("Petrov Oleg")}) {
        const QModelIndex status = model.index(rowOf(model, person), PresenceModel::Status);
        CHECK_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
        CHECK(status.data(Qt::ForegroundRole).value<QBrush>().color().isValid());
    }
    // An unknown direction with nothing before it counts as an entry by default.
    CHECK(cell(model, QStringLiteral("Сидоров"), PresenceModel::Status) ==
          QStringLiteral("Inside"));
    // The read reaches 24 hours back (for the evacuation list), beyond today's midnight.
    CHECK(source.lastFrom() == *attlog::parseDateTime("2026-11-26 15:00:00"));
    CHECK(source.lastTo() > fixedNow());
    CHECK(tab->doors() ==
          QStringList({QString::fromStdString(kGate), QString::fromStdString(kStore)}));

    SECTION("ignoring passes without direction leaves that person unknown")
    {
        QSignalSpy loaded(tab.get(), &WhoWhereTab::loaded);
        attlog::PresenceRules rules;
        rules.unknownDirection = attlog::UnknownDirectionPolicy::Ignore;
        tab->setPresenceRules(rules);
        REQUIRE(loaded.wait(3000));
        CHECK(tab->countersText() == QStringLiteral("Inside: 2 · Outside: 1 · Unknown: 1"));
        CHECK(cell(*tab->model(), QStringLiteral("Сидоров"), PresenceModel::Status) ==
              QStringLiteral("Unknown"));
        tab->setPresenceRules({});
        REQUIRE(loaded.wait(3000));
    }
    SECTION("the last 24 hours include last night's entry")
    {
        QSignalSpy loaded(tab.get(), &WhoWhereTab::loaded);
        tab->setWindowPreset(WhoWhereTab::WindowPreset::Last24Hours);
        REQUIRE(loaded.wait(3000));
        CHECK(tab->countersText() == QStringLiteral("Inside: 4 · Outside: 1 · Unknown: 0"));
        CHECK(source.lastFrom() == *attlog::parseDateTime("2026-11-26 15:00:00"));
        CHECK(tab->carriedOverInside() == 0);
    }
    SECTION("a custom window shows the board as it stood at its end")
    {
        QSignalSpy loaded(tab.get(), &WhoWhereTab::loaded);
        tab->setCustomWindow(*attlog::parseDateTime("2026-11-27 00:00:00"),
                             *attlog::parseDateTime("2026-11-27 12:30:00"));
        REQUIRE(loaded.wait(3000));
        // Иванов had gone out at 12:00; Сидоров had not come yet.
        CHECK(cell(*tab->model(), QStringLiteral("Иванов Пётр"), PresenceModel::Status) ==
              QStringLiteral("Outside"));
        CHECK(rowOf(*tab->model(), QStringLiteral("Сидоров")) < 0);
        CHECK(tab->countersText() == QStringLiteral("Inside: 2 · Outside: 1 · Unknown: 0"));
    }
}

TEST_CASE("Who-Where door filter and search", "[whowhere]")
{
    MemoryEventSource source(dayOfPasses());
    auto tab = loadedTab(source);

    tab->setDoorFilter(QString::fromStdString(kStore));
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(cell(*tab->model(), QStringLiteral("Иванов Пётр"), PresenceModel::Status) ==
          QStringLiteral("Inside"));
    CHECK(tab->countersText() == QStringLiteral("Inside: 1 · Outside: 0 · Unknown: 0"));
    tab->setDoorFilter({});
    CHECK(tab->model()->rowCount() == 4);

    // ё and е match each other, whatever the case.
    tab->setSearchText(QStringLiteral("СЕМЕНОВА"));
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->rowAt(0).person == "Семёнова Ольга");
    tab->setSearchText(QStringLiteral("пётр"));
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->rowAt(0).person == "Иванов Пётр");
    tab->setSearchText(QStringLiteral("petrov"));
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->rowAt(0).employeeId == "E3");
    tab->setSearchText(QStringLiteral("c777")); // the card number
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->rowAt(0).person == "Сидоров");
    tab->setSearchText(QStringLiteral("nobody"));
    CHECK(tab->model()->rowCount() == 0);
    CHECK(tab->countersText() == QStringLiteral("Inside: 0 · Outside: 0 · Unknown: 0"));
    tab->setSearchText({});
    CHECK(tab->model()->rowCount() == 4);
}

TEST_CASE("Who-Where follows the live feed without reading again", "[whowhere]")
{
    MemoryEventSource source(dayOfPasses());
    auto tab = loadedTab(source);
    QAbstractItemModelTester tester(tab->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int loads = source.loadCount();
    QSignalSpy refreshed(tab.get(), &WhoWhereTab::refreshed);
    QSignalSpy resets(tab->model(), &QAbstractItemModel::modelReset);

    // Petrov comes back in.
    source.appendLive(
        {makePass(9, "2026-11-27 14:30:00", Direction::In, "Petrov Oleg", "E3", kGate)});
    REQUIRE(refreshed.wait(3000));
    CHECK(cell(*tab->model(), QStringLiteral("Petrov Oleg"), PresenceModel::Status) ==
          QStringLiteral("Inside"));
    CHECK(tab->countersText() == QStringLiteral("Inside: 4 · Outside: 0 · Unknown: 0"));

    // A back-filled exit of Иванов from 10:00 arrives late: his 12:45 entry still decides.
    source.appendLive(
        {makePass(10, "2026-11-27 10:00:00", Direction::Out, "Иванов Пётр", "E1", kGate)});
    REQUIRE(refreshed.wait(3000));
    CHECK(cell(*tab->model(), QStringLiteral("Иванов Пётр"), PresenceModel::Status) ==
          QStringLiteral("Inside"));
    CHECK(cell(*tab->model(), QStringLiteral("Иванов Пётр"), PresenceModel::LastDoor) ==
          QString::fromStdString(kStore));

    // A newcomer gets a row of their own, and a new door appears in the filter.
    source.appendLive(
        {makePass(11, "2026-11-27 14:50:00", Direction::In, "Новикова Анна", "E4", "Ворота 2")});
    REQUIRE(refreshed.wait(3000));
    CHECK(rowOf(*tab->model(), QStringLiteral("Новикова Анна")) >= 0);
    CHECK(tab->doors().contains(QStringLiteral("Ворота 2")));

    CHECK(source.loadCount() == loads); // no query per live event
    CHECK(resets.isEmpty());            // rows are merged, not reset
}

TEST_CASE("Who-Where shows a failed read", "[whowhere]")
{
    MemoryEventSource source(dayOfPasses());
    source.failNextLoad(QStringLiteral("connection lost"));
    WhoWhereTab tab(&source);
    tab.setNowFunction(fixedNow);
    QSignalSpy failed(&tab, &WhoWhereTab::loadFailed);
    tab.reload();
    REQUIRE(failed.wait(3000));
    auto *status = tab.findChild<QLabel *>(QStringLiteral("presenceStatusLine"));
    REQUIRE(status != nullptr);
    CHECK(status->text().contains(QStringLiteral("connection lost")));
    CHECK_FALSE(tab.isLoading());
    CHECK(tab.isReady()); // it shows what there is: the failure (--screenshot saves it)

    // Live passes show the source works again: the read is retried.
    QSignalSpy loaded(&tab, &WhoWhereTab::loaded);
    source.appendLive(
        {makePass(20, "2026-11-27 14:55:00", Direction::In, "Иванов Пётр", "E1", kGate)});
    REQUIRE(loaded.wait(3000));
    CHECK(tab.isReady());
    CHECK_FALSE(status->text().contains(QStringLiteral("connection lost")));
    CHECK(tab.countersText() == QStringLiteral("Inside: 3 · Outside: 1 · Unknown: 0"));
}

TEST_CASE("the evacuation list holds everybody inside, with the count", "[whowhere]")
{
    MemoryEventSource source(dayOfPasses());
    auto tab = loadedTab(source);
    // The filters of the table must not shorten the evacuation list.
    tab->setSearchText(QStringLiteral("petrov"));
    const attlog::ui::EvacuationListDocument document = tab->evacuationDocument();
    // Today's three, and the night watchman who came in before midnight and is still inside.
    CHECK(document.count() == 4);
    const QString text = document.report().plainText();
    CHECK(text.contains(QStringLiteral("Evacuation list")));
    CHECK(text.contains(QStringLiteral("People inside at 27.11.2026 15:00:00: 4")));
    CHECK(text.contains(QStringLiteral("Ночной Сторож")));
    CHECK(text.contains(QStringLiteral("between 26.11.2026 15:00:00 and 27.11.2026 15:00:00")));
    CHECK(text.contains(QStringLiteral("Иванов Пётр")));
    CHECK(text.contains(QStringLiteral("Семёнова Ольга")));
    CHECK(text.contains(QStringLiteral("Сидоров")));
    CHECK(text.contains(QString::fromStdString(kStore)));
    CHECK(text.contains(QStringLiteral("27.11 12:45")));
    CHECK_FALSE(text.contains(QStringLiteral("Petrov")));
    CHECK(text.contains(QStringLiteral("Data source: Test data")));
    CHECK(text.contains(QStringLiteral("Total inside: 4")));
    CHECK(text.contains(QStringLiteral("Signature")));

    QPrinter printer(QPrinter::HighResolution);
    document.report().preparePrinter(printer);
    CHECK(document.report().pageCount(printer) == 1);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("эвакуация.pdf"));
    QString error;
    REQUIRE(document.report().savePdf(pdf, &error));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("эвакуация.pdf")});

#ifndef _WIN32
    // Readable by its user only: it lists people's names and where they are.
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));
    // A link as the target is followed, never replaced: the file it names gets the PDF.
    const QString real = dir.filePath(QStringLiteral("real.pdf"));
    const QString link = dir.filePath(QStringLiteral("link.pdf"));
    REQUIRE(QFile::link(real, link));
    REQUIRE(document.report().savePdf(link, &error));
    CHECK(QFileInfo(link).isSymLink());
    QFile linked(real);
    REQUIRE(linked.open(QIODevice::ReadOnly));
    CHECK(linked.read(5) == QByteArray("%PDF-"));
    // A pipe is refused and stays a pipe.
    const QString fifo = dir.filePath(QStringLiteral("pipe.pdf"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    error.clear();
    CHECK_FALSE(document.report().savePdf(fifo, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(QFileInfo(fifo).exists());
    CHECK_FALSE(QFileInfo(fifo).isFile());
#endif
}

TEST_CASE("a long evacuation list runs over several pages", "[whowhere]")
{
    attlog::EvacuationList list;
    list.at = *attlog::parseDateTime("2026-11-27 15:00:00");
    for (int i = 0; i < 150; ++i) {
        attlog::PresenceRow row;
        row.person = "Сотрудник " + std::to_string(1000 + i);
        row.employeeId = std::to_string(i);
        row.status = PresenceStatus::Inside;
        row.lastDoor = kGate;
        row.lastTime = *attlog::parseDateTime("2026-11-27 08:00:00");
        list.people.push_back(row);
    }
    const attlog::ui::EvacuationListDocument document(
        list, *attlog::parseDateTime("2026-11-27 00:00:00"), QStringLiteral("Demo"));
    QPrinter printer(QPrinter::HighResolution);
    document.report().preparePrinter(printer);
    const int pages = document.report().pageCount(printer);
    CHECK(pages >= 3);
    CHECK(pages <= 6);
    CHECK(document.report().plainText().contains(QStringLiteral("Сотрудник 1149")));
    CHECK(document.report().plainText().contains(QStringLiteral("Total inside: 150")));
}
