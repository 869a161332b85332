// SPDX-License-Identifier: MIT
#include "tests/db/support/testbackend.h"

#include "tests/support/catch.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#ifdef _WIN32
#include <windows.h>
#endif

namespace attlog::dbtest {

namespace {

// The path of a file as an ODBC driver must be given it. Under Wine the drivers are the host's
// (Wine's odbc32 forwards to unixODBC), so they need the file's Unix path; Wine's kernel32 says it.
// On Windows proper, and everywhere else, the path is used as it is.
#ifdef _WIN32
using ToUnixPath = char *(CDECL *)(LPCWSTR);

// Wine's kernel32 exports wine_get_unix_file_name; Windows' does not.
ToUnixPath wineToUnixPath()
{
    const HMODULE kernel = GetModuleHandleW(L"kernel32.dll");
    return kernel ? reinterpret_cast<ToUnixPath>(reinterpret_cast<void (*)()>(
                        GetProcAddress(kernel, "wine_get_unix_file_name")))
                  : nullptr;
}
#endif

bool runningUnderWine()
{
#ifdef _WIN32
    return wineToUnixPath() != nullptr;
#else
    return false;
#endif
}

QString odbcFilePath(const QString &path)
{
#ifdef _WIN32
    const ToUnixPath toUnix = wineToUnixPath();
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    if (!toUnix)
        return QString::fromStdWString(native);
    char *unixPath = toUnix(native.c_str());
    if (!unixPath)
        return path;
    const QString result = QString::fromUtf8(unixPath);
    HeapFree(GetProcessHeap(), 0, unixPath);
    return result;
#else
    return path;
#endif
}

QString s_backendName;

QString requireEnv(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        FAIL(name << " is not set. The db integration tests need the test servers: run them via "
                     "`./dev test`, or start them with `scripts/test-servers.sh start` and source "
                     "the env file it writes before running ctest.");
    return value;
}

QString sqliteFile()
{
    // One file per test process, removed at exit; each test uses its own tables in it.
    static std::unique_ptr<QTemporaryDir> dir;
    if (!dir) {
        // Under Wine, Wine's odbc32 hands a non-ASCII path to the host's SQLite ODBC driver in a
        // form it cannot open: the ODBC back-end's file goes to an ASCII folder there. (The user's
        // Temp folder of the Windows test runs has a Cyrillic name.)
        if (s_backendName == QLatin1String("sqliteodbc") && runningUnderWine())
            dir = std::make_unique<QTemporaryDir>(QStringLiteral("Z:/tmp/attlog-odbc-XXXXXX"));
        else
            dir = std::make_unique<QTemporaryDir>();
        REQUIRE(dir->isValid());
    }
    return dir->filePath(QStringLiteral("attlog-test.sqlite"));
}

} // namespace

Backend postgresBackend()
{
    Backend b;
    b.kind = BackendKind::PostgreSql;
    b.name = QStringLiteral("pg");
    b.dialect = sql::Dialect::PostgreSql;
    b.connectionString = requireEnv("ATTLOG_TEST_PG_CONN");
    return b;
}

Backend mariadbBackend()
{
    Backend b;
    b.kind = BackendKind::MariaDb;
    b.name = QStringLiteral("mariadb");
    b.dialect = sql::Dialect::MySql;
    b.connectionString = requireEnv("ATTLOG_TEST_MARIADB_CONN");
    b.stopCommand = requireEnv("ATTLOG_TEST_MARIADB_STOP");
    b.startCommand = requireEnv("ATTLOG_TEST_MARIADB_START");
    return b;
}

namespace {

Backend makeBackend()
{
    Backend b;
    b.name = s_backendName;
    if (s_backendName == QLatin1String("sqlite")) {
        b.kind = BackendKind::Sqlite;
        b.dialect = sql::Dialect::Sqlite;
        b.sqlitePath = sqliteFile();
    } else if (s_backendName == QLatin1String("sqliteodbc")) {
        b.kind = BackendKind::SqliteOdbc;
        b.dialect = sql::Dialect::Sqlite;
        b.sqlitePath = sqliteFile();
        // Timeout: the driver's busy timeout in ms (a writer may hold the lock briefly).
        b.connectionString = QStringLiteral("DRIVER={SQLite3};Database=%1;Timeout=5000")
                                 .arg(odbcFilePath(b.sqlitePath));
    } else if (s_backendName == QLatin1String("pg")) {
        b.kind = BackendKind::PostgreSql;
        b.dialect = sql::Dialect::PostgreSql;
        b.connectionString = requireEnv("ATTLOG_TEST_PG_CONN");
        b.stopCommand = requireEnv("ATTLOG_TEST_PG_STOP");
        b.startCommand = requireEnv("ATTLOG_TEST_PG_START");
    } else if (s_backendName == QLatin1String("mariadb")) {
        b.kind = BackendKind::MariaDb;
        b.dialect = sql::Dialect::MySql;
        b.connectionString = requireEnv("ATTLOG_TEST_MARIADB_CONN");
        b.stopCommand = requireEnv("ATTLOG_TEST_MARIADB_STOP");
        b.startCommand = requireEnv("ATTLOG_TEST_MARIADB_START");
    } else {
        FAIL("this test executable has no database back-end (built without ATTLOG_DB_BACKEND)");
    }
    return b;
}

} // namespace

db::ConnectionProfile Backend::profile(const QString &table) const
{
    db::ConnectionProfile p;
    p.name = QStringLiteral("test-%1").arg(name);
    if (kind == BackendKind::Sqlite) {
        p.kind = db::ConnectionKind::SqliteFile;
        p.sqlitePath = sqlitePath;
    } else {
        p.kind = db::ConnectionKind::OdbcConnectionString;
        p.connectionString = connectionString;
    }
    p.table = table;
    return p;
}

void setBackendName(const QString &name)
{
    s_backendName = name;
}

const Backend &backend()
{
    static std::optional<Backend> cached;
    if (!cached)
        cached = makeBackend();
    return *cached;
}

void runShell(const QString &command)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    REQUIRE(process.waitForFinished(120000));
    INFO("command: " << command.toStdString() << "\noutput: " << process.readAll().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

} // namespace attlog::dbtest
