// SPDX-License-Identifier: MIT
// Catch2 runner for widget tests: one QApplication for the whole run, offscreen by default, and
// settings kept in a throw-away folder so tests never touch the user's.
#define CATCH_CONFIG_RUNNER
#include "tests/support/catch.h"

#include <cstdio>

#ifdef _WIN32
#include <windows.h>
#endif

#include <QApplication>
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
    QApplication::setApplicationName(QStringLiteral("attlog-ui-tests"));
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const int rc = Catch::Session().run(argc, argv);
#ifdef _WIN32
    // Under Wine the process's exit (DLL detach, static destructors) now and then crashes or
    // hangs after every test has passed (issue 10 keeps it open). End at once with Catch's
    // verdict, so that a teardown race cannot turn a finished run red or keep it running.
    std::fflush(nullptr);
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(rc));
    return rc;
#else
    return rc;
#endif
}
