// SPDX-License-Identifier: MIT
// Alert latency, end to end in the viewer: a writer thread commits a pass that a watch-list rule
// matches into a SQLite table of the iVMS shape (100,000 rows of history), at random moments
// 0.3-1.5 s apart; the time from each commit to the alert band over Live showing that pass is
// measured in the real main window (offscreen, live feed at its default 1 s poll, the GUI thread
// painting what it shows). Target: p99 <= poll interval + 100 ms. Prints the figures; exits 1 when
// the target is missed.
//
//   QT_QPA_PLATFORM=offscreen build/bin/bench_alert [--passes N]
#include "db/alert/watchrules.h"
#include "db/live/livefeedoptions.h"
#include "db/session/datasession.h"
#include "ui/live/alertbanner.h"
#include "ui/live/alertcenter.h"
#include "ui/live/livetab.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace attlog;
using Clock = std::chrono::steady_clock;

namespace {

constexpr qint64 kHistoryRows = 100000;

bool exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the alert log and settings of a test run
    QApplication app(argc, argv);
    int passes = 200;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--passes") && i + 1 < args.size())
            passes = std::max(1, args[++i].toInt());
        else {
            std::fprintf(stderr, "usage: bench_alert [--passes N]\n");
            return 2;
        }
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench-alert.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(path);
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        if (!exec(q, QStringLiteral("PRAGMA journal_mode=WAL")) ||
            !exec(q, QStringLiteral("CREATE TABLE attlog (serialNo INTEGER PRIMARY KEY, "
                                    "authDateTime TEXT, direction TEXT, personName TEXT, "
                                    "cardNo TEXT, doorName TEXT)")) ||
            !exec(q, QStringLiteral("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM "
                                    "n WHERE k < %1) INSERT INTO attlog SELECT k, datetime('now', "
                                    "'localtime', '-' || (%1 - k) || ' seconds'), 'in', "
                                    "'Person ' || (k % 500), 'C' || (k % 500), 'Gate' FROM n")
                         .arg(kHistoryRows)))
            return 1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));

    db::ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    profile.kind = db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;
    for (const auto field : {sql::Field::AuthDate, sql::Field::AuthTime, sql::Field::DeviceName,
                             sql::Field::DeviceSN, sql::Field::EmployeeID, sql::Field::ReaderName})
        profile.columns.setColumn(field, std::nullopt);

    db::DataSession session;
    ui::MainWindow window(&session);
    alert::WatchRule rule;
    rule.name = "bench";
    rule.cards = {"WATCHED"};
    rule.sound = alert::AlertSound::None;
    db::WatchSettings watch;
    watch.rules = {rule};
    window.alerts()->setWatchSettings(watch);
    window.resize(1280, 800);
    window.show();
    window.openSession(profile, profile.name);

    std::mutex mutex;
    std::map<qint64, Clock::time_point> committed; // key -> commit time
    std::vector<double> latencies;
    std::atomic<bool> stop{false};
    std::atomic<bool> failed{false};

    // Each alert is acknowledged as soon as it is seen painted, so the band shows the next one.
    ui::AlertBanner *banner = window.liveTab()->alertBanner();
    QObject::connect(window.alerts(), &ui::AlertCenter::changed, &window, [&] {
        const auto &pending = window.alerts()->pending();
        if (pending.empty())
            return;
        banner->repaint(); // on screen now
        const Clock::time_point shown = Clock::now();
        {
            // Passes of one poll raise their alerts together: the band shows the first and
            // counts the others ("1 more alert waiting").
            std::lock_guard lock(mutex);
            for (const ui::ShownAlert &alert : pending) {
                const auto it = committed.find(alert.event.key.value_or(-1));
                if (it == committed.end())
                    continue;
                latencies.push_back(
                    std::chrono::duration<double, std::milli>(shown - it->second).count());
                committed.erase(it);
            }
        }
        QTimer::singleShot(0, window.alerts(), &ui::AlertCenter::acknowledgeAll);
        if (int(latencies.size()) >= passes)
            QApplication::quit();
    });

    std::thread writer;
    QObject::connect(&session, &db::DataSession::livePolled, &window, [&] {
        if (writer.joinable())
            return;
        writer = std::thread([&] {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
                db.setDatabaseName(path);
                if (!db.open()) {
                    failed = true;
                    return;
                }
                QSqlQuery q(db);
                auto *random = QRandomGenerator::global();
                for (qint64 key = kHistoryRows + 1; !stop && key <= kHistoryRows + passes; ++key) {
                    std::this_thread::sleep_for(
                        std::chrono::milliseconds(random->bounded(300, 1500)));
                    const QString now = QDateTime::currentDateTime().toString(
                        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                    std::lock_guard lock(mutex);
                    if (!exec(q, QStringLiteral("INSERT INTO attlog VALUES (%1, '%2', 'in', "
                                                "'Watched', 'WATCHED', 'Gate')")
                                     .arg(key)
                                     .arg(now))) {
                        failed = true;
                        return;
                    }
                    committed[key] = Clock::now();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        });
    });
    QTimer::singleShot(std::chrono::milliseconds(passes * 2000 + 30000), &app, [&] {
        std::fprintf(stderr, "timed out with %zu of %d alerts seen\n", latencies.size(), passes);
        failed = true;
        QApplication::quit();
    });
    QApplication::exec();
    stop = true;
    if (writer.joinable())
        writer.join();
    session.close();
    if (failed || latencies.empty())
        return 1;

    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies[std::min(latencies.size() - 1, std::size_t(q * double(latencies.size())))];
    };
    const double interval = double(db::LiveFeedOptions{}.interval.count());
    std::printf("alert latency, commit -> band on screen, %zu passes, poll %.0f ms:\n",
                latencies.size(), interval);
    std::printf(
        "  p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (target p99 <= %.0f ms: %s)\n",
        at(0.5), at(0.95), at(0.99), latencies.back(), interval + 100,
        at(0.99) <= interval + 100 ? "met" : "NOT met");
    return at(0.99) <= interval + 100 ? 0 : 1;
}
