// SPDX-License-Identifier: MIT
// Catch2 runner for the PDF forms: one QGuiApplication (fonts) for the whole run, offscreen
// unless QT_QPA_PLATFORM names another platform.
#define CATCH_CONFIG_RUNNER
#include "tests/support/catch.h"

#include "db/runtime/processexit.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return attlog::db::endProcess(Catch::Session().run(argc, argv));
}
