// SPDX-License-Identifier: MIT
// Catch2 main for the db tests: a QCoreApplication for Qt's event loop and SQL drivers; the
// per-back-end executables are built with ATTLOG_DB_BACKEND naming the back-end they test.
#define CATCH_CONFIG_RUNNER
#include "tests/support/catch.h"

#include "db/runtime/processexit.h"

#include "tests/db/support/testbackend.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
#ifdef ATTLOG_DB_BACKEND
    attlog::dbtest::setBackendName(QStringLiteral(ATTLOG_DB_BACKEND));
#endif
    return attlog::db::endProcess(Catch::Session().run(argc, argv));
}
