// SPDX-License-Identifier: MIT
// `attlog-viewer --screenshot` as a script runs it (Linux, offscreen): it always ends, saving what
// the window shows, also when there is nothing to show.
#include "db/settings/profilestore.h"
#include "tests/app/cli/clitestutil.h"

#include <QElapsedTimer>
#include <QSettings>

using namespace attlog;
using namespace attlog::clitest;

namespace {

// Runs the viewer with --screenshot into `out`; returns its exit code (-1 when it ran longer than
// `limitMs`, i.e. it waited for data that never came).
int screenshot(const QProcessEnvironment &env, const QString &out, int limitMs)
{
    QProcessEnvironment viewerEnv = env;
    viewerEnv.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess viewer;
    viewer.setProcessEnvironment(viewerEnv);
    viewer.start(QStringLiteral(ATTLOG_VIEWER_PATH), {QStringLiteral("--screenshot"), out});
    REQUIRE(viewer.waitForStarted());
    if (!viewer.waitForFinished(limitMs)) {
        viewer.kill();
        viewer.waitForFinished();
        return -1;
    }
    INFO(viewer.readAllStandardError().toStdString());
    return viewer.exitCode();
}

QStringList pngs(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
}

// The tabs, the Anomalies window, every tab at 200 % and Live dark (no live-alert.png: Live has
// no pass to show it with).
const QStringList kTabs{QStringLiteral("anomalies.png"),     QStringLiteral("history-200.png"),
                        QStringLiteral("history.png"),       QStringLiteral("live-200.png"),
                        QStringLiteral("live-dark.png"),     QStringLiteral("live.png"),
                        QStringLiteral("who-where-200.png"), QStringLiteral("who-where.png"),
                        QStringLiteral("worktime-200.png"),  QStringLiteral("worktime.png")};

} // namespace

TEST_CASE("attlog-viewer --screenshot saves the window without a connection and ends",
          "[cli][viewer]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("shots"));
    // No profile saved: every tab says there is no connection. It used to wait for data forever.
    CHECK(screenshot(isolatedEnvironment(dir), out, 40000) == 0);
    CHECK(pngs(out) == kTabs);
}

TEST_CASE("attlog-viewer --screenshot saves an empty table's tabs as they are and ends",
          "[cli][viewer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        SqliteTable table(path);
    } // the iVMS table, no rows
    {
        QSettings settings(dir.filePath(QStringLiteral(".config/attlog/attlog.conf")),
                           QSettings::IniFormat);
        db::ProfileStore store(settings);
        db::ConnectionProfile empty;
        empty.name = QStringLiteral("empty");
        empty.kind = db::ConnectionKind::SqliteFile;
        empty.sqlitePath = path;
        store.save(empty);
        store.setActiveProfileName(empty.name);
        settings.sync();
    }
    const QString out = dir.filePath(QStringLiteral("shots"));
    // Well before the 60 s a tab may wait: an empty Live tab has shown what there is.
    CHECK(screenshot(isolatedEnvironment(dir), out, 40000) == 0);
    CHECK(pngs(out) == kTabs);
}
