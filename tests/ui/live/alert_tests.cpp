// SPDX-License-Identifier: MIT
// The guard post's alerts: AlertCenter (rules, late replays, sound repeats, acknowledgement and
// the alert log), the banner over Live, the watch list editor, and an alert raised by a pass
// written into a real SQLite table while the main window follows it.
#include "db/alert/watchrules.h"
#include "db/session/datasession.h"
#include "tests/db/support/waitfor.h"
#include "tests/ui/sqlitefile.h"
#include "ui/live/alertbanner.h"
#include "ui/live/alertcenter.h"
#include "ui/live/alertsound.h"
#include "ui/live/liveeventmodel.h"
#include "ui/live/livetab.h"
#include "ui/live/watchlistdialog.h"
#include "ui/mainwindow.h"

#include "tests/support/catch.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace attlog;
using attlog::dbtest::waitFor;

namespace {

const QDateTime kNow(QDate(2026, 12, 5), QTime(20, 30, 0));

AccessEvent passAt(const QString &time, std::string card, std::string door = "Склад")
{
    AccessEvent event;
    event.time = parseDateTime(time.toStdString());
    event.person = "Иванов Пётр";
    event.card = std::move(card);
    event.door = std::move(door);
    event.direction = Direction::In;
    return event;
}

db::WatchSettings cardRule(alert::AlertSound sound = alert::AlertSound::Alarm)
{
    alert::WatchRule rule;
    rule.name = "Карта 123";
    rule.cards = {"123"};
    rule.sound = sound;
    db::WatchSettings settings;
    settings.rules = {rule};
    return settings;
}

QList<QJsonObject> logLines(const QString &path)
{
    QFile file(path);
    QList<QJsonObject> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    return lines;
}

} // namespace

TEST_CASE("Alerts: a matching pass raises an alert that sounds until acknowledged", "[ui][alert]")
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("alerts.jsonl"));
    ui::AlertCenter center{db::AlertLog(logPath)};
    center.setClock([] { return kNow; });
    center.setWatchSettings(cardRule());
    ui::AlertBanner banner(&center);
    QSignalSpy sounds(&center, &ui::AlertCenter::soundRequested);
    CHECK(banner.isHidden());

    center.addEvents({passAt(QStringLiteral("2026-12-05 20:29:50"), "999"),
                      passAt(QStringLiteral("2026-12-05 20:29:55"), "123")});
    REQUIRE(center.pending().size() == 1);
    CHECK(sounds.count() == 1);
    CHECK(sounds.at(0).at(0).value<alert::AlertSound>() == alert::AlertSound::Alarm);
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.text().contains(QStringLiteral("Карта 123")));
    CHECK(banner.text().contains(QStringLiteral("Иванов Пётр")));
    CHECK(banner.text().contains(QStringLiteral("Склад")));
    CHECK_FALSE(banner.text().contains(QStringLiteral("late")));

    // Unacknowledged, the sound comes again.
    REQUIRE(sounds.wait(ui::AlertCenter::kRepeatMs + 2000));
    CHECK(sounds.count() >= 2);

    auto *acknowledge = banner.findChild<QPushButton *>(QStringLiteral("alertAcknowledge"));
    REQUIRE(acknowledge);
    acknowledge->click();
    CHECK(center.pending().empty());
    CHECK(banner.isHidden());
    const int heard = sounds.count();
    QTest::qWait(ui::AlertCenter::kRepeatMs + 500);
    CHECK(sounds.count() == heard); // quiet once acknowledged

    const QList<QJsonObject> lines = logLines(logPath);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].value(QStringLiteral("event")).toString() == QStringLiteral("raised"));
    CHECK(lines[0].value(QStringLiteral("card")).toString() == QStringLiteral("123"));
    CHECK(lines[1].value(QStringLiteral("event")).toString() == QStringLiteral("acknowledged"));
    CHECK(lines[1].value(QStringLiteral("id")) == lines[0].value(QStringLiteral("id")));
    CHECK_FALSE(lines[1].value(QStringLiteral("by")).toString().isEmpty());
}

TEST_CASE("Alerts: a pass replayed by a back-fill shows late and never sounds", "[ui][alert]")
{
    QTemporaryDir dir;
    ui::AlertCenter center{db::AlertLog(dir.filePath(QStringLiteral("alerts.jsonl")))};
    center.setClock([] { return kNow; });
    center.setWatchSettings(cardRule());
    ui::AlertBanner banner(&center);
    QSignalSpy sounds(&center, &ui::AlertCenter::soundRequested);
    center.addEvents({passAt(QStringLiteral("2026-12-05 19:00:00"), "123")}); // 90 min old
    REQUIRE(center.pending().size() == 1);
    CHECK(center.pending().front().late);
    CHECK(banner.text().contains(QStringLiteral("late")));
    QTest::qWait(ui::AlertCenter::kRepeatMs + 500);
    CHECK(sounds.isEmpty());
    // A silent rule never sounds either.
    center.setWatchSettings(cardRule(alert::AlertSound::None));
    center.addEvents({passAt(QStringLiteral("2026-12-05 20:29:59"), "123")});
    CHECK(center.pending().size() == 2);
    CHECK(sounds.isEmpty());
}

TEST_CASE("Alerts: several wait in turn; the banner counts them and Acknowledge all clears",
          "[ui][alert]")
{
    QTemporaryDir dir;
    ui::AlertCenter center{db::AlertLog(dir.filePath(QStringLiteral("alerts.jsonl")))};
    center.setClock([] { return kNow; });
    alert::WatchRule unknown;
    unknown.name = "Неизвестная карта";
    unknown.unknownOnly = true;
    db::WatchSettings settings = cardRule();
    settings.rules.push_back(unknown);
    center.setWatchSettings(settings);
    center.setKnownCards({"123", "100"});
    ui::AlertBanner banner(&center);

    center.addEvents({passAt(QStringLiteral("2026-12-05 20:29:00"), "100"),   // known: nothing
                      passAt(QStringLiteral("2026-12-05 20:29:10"), "555"),   // unknown card
                      passAt(QStringLiteral("2026-12-05 20:29:20"), "123")}); // the card rule
    REQUIRE(center.pending().size() == 2);
    CHECK(banner.text().contains(QStringLiteral("Неизвестная карта")));
    const auto *more = banner.findChild<QLabel *>(QStringLiteral("alertMore"));
    CHECK(more->text() == QStringLiteral("1 more alert(s) waiting"));
    center.acknowledge();
    CHECK(banner.text().contains(QStringLiteral("Карта 123")));
    CHECK(more->text().isEmpty());
    center.addEvents({passAt(QStringLiteral("2026-12-05 20:29:30"), "123"),
                      passAt(QStringLiteral("2026-12-05 20:29:40"), "123")});
    CHECK(center.pending().size() == 3);
    banner.findChild<QPushButton *>(QStringLiteral("alertAcknowledgeAll"))->click();
    CHECK(center.pending().empty());
    CHECK(banner.isHidden());
}

TEST_CASE("Alerts: the watch list editor reads back what it shows and refuses bad hours",
          "[ui][alert]")
{
    db::WatchSettings settings = cardRule(alert::AlertSound::Chime);
    settings.rules[0].hours = alert::parseTimeWindow("22:00-06:00");
    settings.rules[0].direction = Direction::Out;
    settings.options.lateAfterSeconds = 90;
    ui::WatchListDialog dialog(settings);
    QString error;
    auto back = dialog.settings(&error);
    REQUIRE(back);
    CHECK(*back == settings);

    QTableWidget *table = dialog.table();
    table->item(0, 7)->setText(QStringLiteral("22-06"));
    CHECK_FALSE(dialog.settings(&error));
    CHECK(error.contains(QStringLiteral("22-06")));
    table->item(0, 7)->setText(QString());
    table->item(0, 4)->setText(QString()); // no card, any direction: no condition left
    static_cast<QComboBox *>(table->cellWidget(0, 6))->setCurrentIndex(0);
    CHECK_FALSE(dialog.settings(&error));
    CHECK(error.contains(QStringLiteral("no condition")));
    table->item(0, 5)->setText(QStringLiteral("Склад, «Север»; Проходная"));
    back = dialog.settings(&error);
    REQUIRE(back);
    CHECK(back->rules[0].doors == std::vector<std::string>{"Склад, «Север»", "Проходная"});
}

TEST_CASE("Alerts: the built-in sounds are real WAV data", "[ui][alert]")
{
    for (const auto sound : {alert::AlertSound::Alarm, alert::AlertSound::Chime}) {
        const QByteArray wave = ui::alertSoundWave(sound);
        REQUIRE(wave.size() > 44 + 22050 / 2); // at least half a second of 16-bit samples
        CHECK(wave.left(4) == QByteArray("RIFF"));
        CHECK(wave.mid(8, 8) == QByteArray("WAVEfmt "));
        CHECK(qFromLittleEndian<quint32>(wave.constData() + 40) == quint32(wave.size() - 44));
    }
    CHECK(ui::alertSoundWave(alert::AlertSound::Beep).isEmpty());
}

TEST_CASE("Alerts: a pass written into the table while Live follows it raises the banner",
          "[ui][alert][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.sqlite"));
    const QString now =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    uitest::writeSqlite(
        path, {QStringLiteral("CREATE TABLE attlog (serialNo INTEGER PRIMARY KEY, authDateTime "
                              "TEXT, direction TEXT, personName TEXT, cardNo TEXT, doorName TEXT)"),
               // Already stored: no alert.
               QStringLiteral("INSERT INTO attlog VALUES (1, '%1', 'in', 'Сомов', '123', 'Склад')")
                   .arg(now)});
    const db::ConnectionProfile profile = uitest::sqliteProfile(
        path, QStringLiteral("post"),
        {sql::Field::AuthDate, sql::Field::AuthTime, sql::Field::DeviceName, sql::Field::DeviceSN,
         sql::Field::EmployeeID, sql::Field::ReaderName});

    db::DataSession session;
    ui::MainWindow window(&session);
    window.alerts()->setWatchSettings(cardRule(alert::AlertSound::None));
    window.openSession(profile, profile.name);
    REQUIRE(waitFor([&] { return window.liveTab()->isReady(); }));
    REQUIRE(waitFor([&] { return window.liveTab()->model()->rowCount() == 1; }));
    CHECK(window.alerts()->pending().empty());
    ui::AlertBanner *banner = window.liveTab()->alertBanner();
    REQUIRE(banner);
    CHECK(banner->isHidden());

    uitest::writeSqlite(
        path, {QStringLiteral("INSERT INTO attlog VALUES (2, '%1', 'in', 'Сомов', '123', 'Склад')")
                   .arg(now)});
    REQUIRE(waitFor([&] { return !window.alerts()->pending().empty(); }));
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().contains(QStringLiteral("Сомов")));
    CHECK(window.tabs()->tabText(0) == QStringLiteral("Live ⚠ 1"));

    // Alerts → Acknowledge (Ctrl+Enter) clears it.
    QAction *acknowledge = nullptr;
    for (QAction *action : window.menuBar()->findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Return))
            acknowledge = action;
    REQUIRE(acknowledge);
    acknowledge->trigger();
    CHECK(window.alerts()->pending().empty());
    CHECK(banner->isHidden());
    CHECK(window.tabs()->tabText(0) == QStringLiteral("Live"));
    session.close();
}
