// SPDX-License-Identifier: MIT
// Catch2 runner for widget tests: one QApplication for the whole run, offscreen by default, and
// settings kept in a throw-away folder so tests never touch the user's.
#define CATCH_CONFIG_RUNNER
#include "tests/support/catch.h"

#include "db/runtime/processexit.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("attlog-tests"));
    // Each test process its own application data (ctest runs the test cases as parallel
    // processes): one case's plan store or printed sheet is never another's. Removed at the end.
    QApplication::setApplicationName(
        QStringLiteral("attlog-ui-tests-%1").arg(QCoreApplication::applicationPid()));
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const int result = Catch::Session().run(argc, argv);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    return attlog::db::endProcess(result);
}
