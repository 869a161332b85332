// SPDX-License-Identifier: MIT
// `attlog --connection` without the password on the command line, against the PostgreSQL of
// ./dev test: other users see a process's arguments, so the password comes from the environment
// or a file.
#include "db/connection/connectionprofile.h"
#include "tests/app/cli/clitestutil.h"
#include "tests/db/support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>

using namespace attlog;
using namespace attlog::clitest;
using namespace attlog::dbtest;

TEST_CASE("attlog --connection takes its password from ATTLOG_PASSWORD or a file", "[cli][pg]")
{
    const Backend backend = postgresBackend();
    TestDatabase db(backend);
    db.createTable(QStringLiteral("t_cli_password"));
    db.insert(QStringLiteral("t_cli_password"), sampleRow(1));

    QString password;
    const QString withoutPassword =
        db::takePasswordFromConnectionString(backend.connectionString, &password);
    REQUIRE_FALSE(password.isEmpty());
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ATTLOG_PASSWORD"));
    const QStringList check{QStringLiteral("check"), QStringLiteral("--connection"),
                            withoutPassword, QStringLiteral("--table"),
                            QStringLiteral("t_cli_password")};

    const Run none = runAttlog(check, env);
    CHECK(none.exitCode == 1);

    QProcessEnvironment withEnv = env;
    withEnv.insert(QStringLiteral("ATTLOG_PASSWORD"), password);
    const Run fromEnv = runAttlog(check, withEnv);
    INFO(fromEnv.err.toStdString());
    CHECK(fromEnv.exitCode == 0);
    CHECK(fromEnv.out.contains(QStringLiteral("Rows:      1")));
    CHECK_FALSE(fromEnv.err.contains(QStringLiteral("warning")));

    const QString file = dir.filePath(QStringLiteral("password.txt"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(password.toUtf8() + "\n");
    }
    const Run fromFile =
        runAttlog(check + QStringList{QStringLiteral("--password-file"), file}, env);
    INFO(fromFile.err.toStdString());
    CHECK(fromFile.exitCode == 0);

    // Still accepted in the string, with a warning.
    const Run inString = runAttlog({QStringLiteral("check"), QStringLiteral("--connection"),
                                    backend.connectionString, QStringLiteral("--table"),
                                    QStringLiteral("t_cli_password")},
                                   env);
    CHECK(inString.exitCode == 0);
    CHECK(inString.err.contains(QStringLiteral("visible to other users")));
    const Run both = runAttlog({QStringLiteral("check"), QStringLiteral("--connection"),
                                backend.connectionString, QStringLiteral("--password-file"), file},
                               env);
    CHECK(both.exitCode == 2);
}
