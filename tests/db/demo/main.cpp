// SPDX-License-Identifier: MIT
// Catch2 main for the demo database tests: a QCoreApplication for Qt's event loop, the SQL
// drivers and QStandardPaths.
#define CATCH_CONFIG_RUNNER
#include "tests/support/catch.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("attlog-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("attlog-demo-db-tests"));
    // Never touch the real per-user folders.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
