// SPDX-License-Identifier: MIT
// A manual harness, not a test: hidden from normal runs by its tag. It writes a demo database,
// opens it through the application's DataSession, shows the Who-Where and Worktime tabs at a
// window size and saves each view (and the first evacuation-list page) as PNG, for a person to
// look at:
//   ATTLOG_SCREENSHOT_DIR=/tmp/shots attlog_ui_tests "[.screenshots]"
#include "db/connection/connectionprofile.h"
#include "db/demo/demodatabase.h"
#include "db/session/datasession.h"
#include "ui/common/eventformat.h"
#include "ui/whowhere/whowheretab.h"
#include "ui/worktime/worktimeoptionspanel.h"
#include "ui/worktime/worktimetab.h"

#include "tests/support/catch.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <functional>

namespace {

bool waitUntil(const std::function<bool()> &ready, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!ready()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return true;
}

void save(QWidget &widget, const QDir &dir, const QString &name)
{
    QApplication::processEvents();
    REQUIRE(widget.grab().save(dir.filePath(name + QStringLiteral(".png"))));
}

// The first page of an HTML printout, at screen resolution on A4.
void saveFirstPage(const QString &html, const QDir &dir, const QString &name)
{
    QImage image(794, 1123, QImage::Format_RGB32); // A4 at 96 dpi
    image.fill(Qt::white);
    QTextDocument document;
    document.setHtml(html);
    document.setTextWidth(image.width() - 90);
    QPainter painter(&image);
    painter.translate(45, 45);
    document.drawContents(&painter, QRectF(0, 0, image.width() - 90, image.height() - 90));
    painter.end();
    REQUIRE(image.save(dir.filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("screenshots of the report tabs on demo data", "[.screenshots]")
{
    const QString target = qEnvironmentVariable("ATTLOG_SCREENSHOT_DIR");
    REQUIRE_FALSE(target.isEmpty());
    const QDir dir(target);
    REQUIRE(dir.mkpath(QStringLiteral(".")));

    // English texts with a real locale's collation (the test runner's may be "C").
    const QLocale previousLocale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // The demo as it stands at 14:30 today: a working afternoon.
    const QDate today = QDate::currentDate();
    const attlog::DateTime now = attlog::makeDateTime(attlog::fromQDate(today), 14, 30, 0);
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("demo.sqlite"));
    attlog::DemoConfig config;
    config.people = 300;
    config.days = 60;
    config.endDate = attlog::fromQDate(today);
    config.cutoff = now;
    QString error;
    REQUIRE(attlog::db::createDemoDatabase(path, config, &error));

    attlog::db::ConnectionProfile profile;
    profile.name = QStringLiteral("demo");
    profile.kind = attlog::db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;
    attlog::db::DataSession session;
    session.open(profile, QStringLiteral("Demo database"));

    attlog::ui::WhoWhereTab whoWhere(&session);
    whoWhere.setNowFunction([now] { return now; });
    whoWhere.resize(1280, 760);
    whoWhere.show();
    REQUIRE(waitUntil([&] { return whoWhere.isReady(); }));
    save(whoWhere, dir, QStringLiteral("who-where"));
    saveFirstPage(whoWhere.evacuationDocument().html(), dir, QStringLiteral("evacuation-list"));

    attlog::ui::WorktimeTab worktime(&session);
    worktime.resize(1280, 760);
    worktime.options()->setMonth(today.year(), today.month());
    worktime.show(); // calculates the month on first show
    REQUIRE(waitUntil([&] { return worktime.isReady(); }));
    save(worktime, dir, QStringLiteral("worktime-daily"));

    // With a schedule: lateness, absence and the timesheet colours.
    attlog::Schedule schedule;
    schedule.startMinute = 8 * 60;
    schedule.endMinute = 17 * 60;
    schedule.graceMinutes = 10;
    worktime.options()->setSchedule(schedule);
    worktime.calculate();
    REQUIRE(waitUntil([&] { return worktime.isReady(); }));
    save(worktime, dir, QStringLiteral("worktime-daily-schedule"));
    const std::pair<attlog::ui::WorktimeTab::View, const char *> views[] = {
        {attlog::ui::WorktimeTab::View::Totals, "worktime-totals"},
        {attlog::ui::WorktimeTab::View::Timesheet, "worktime-timesheet"},
        {attlog::ui::WorktimeTab::View::Charts, "worktime-charts"},
    };
    for (const auto &[view, name] : views) {
        worktime.setCurrentView(view);
        save(worktime, dir, QString::fromLatin1(name));
    }
    const auto printout = worktime.printableView(attlog::ui::WorktimeTab::View::Timesheet);
    REQUIRE(printout.has_value());
    saveFirstPage(printout->html(), dir, QStringLiteral("timesheet-print"));
    QLocale::setDefault(previousLocale);
}
