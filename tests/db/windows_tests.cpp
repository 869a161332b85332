// SPDX-License-Identifier: MIT
// What only Windows does, tested where it lives. Built into attlog_db_tests for Windows only and
// run under Wine by ./dev test-windows, in a Wine prefix whose user has a Cyrillic name: settings
// in the registry, passwords in the Credential Manager, the log under %APPDATA%, backslash paths
// in a Cyrillic profile folder, CRLF in CSV exports, device names refused as export targets.
#include "db/connection/connectionprofile.h"
#include "db/runtime/logging.h"
#include "db/settings/credentialstore.h"
#include "db/settings/profilestore.h"

#include "tests/support/catch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <windows.h>

#include <shlobj.h>
#include <wincred.h>

#include <string>

using namespace attlog;

namespace {

// A REG_SZ value read with the Windows API, not through Qt; empty when it is missing.
QString registryString(const std::wstring &key, const std::wstring &value)
{
    DWORD size = 0;
    if (RegGetValueW(HKEY_CURRENT_USER, key.c_str(), value.c_str(), RRF_RT_REG_SZ, nullptr, nullptr,
                     &size) != ERROR_SUCCESS)
        return {};
    std::wstring text(size / sizeof(wchar_t) + 1, L'\0');
    if (RegGetValueW(HKEY_CURRENT_USER, key.c_str(), value.c_str(), RRF_RT_REG_SZ, nullptr,
                     text.data(), &size) != ERROR_SUCCESS)
        return {};
    return QString::fromWCharArray(text.c_str());
}

bool registryKeyExists(const std::wstring &key)
{
    HKEY handle = nullptr;
    if (RegOpenKeyExW(HKEY_CURRENT_USER, key.c_str(), 0, KEY_READ, &handle) != ERROR_SUCCESS)
        return false;
    RegCloseKey(handle);
    return true;
}

QString knownFolder(REFKNOWNFOLDERID id)
{
    PWSTR path = nullptr;
    REQUIRE(SHGetKnownFolderPath(id, 0, nullptr, &path) == S_OK);
    const QString result = QDir::fromNativeSeparators(QString::fromWCharArray(path));
    CoTaskMemFree(path);
    return result;
}

// Whether the Credential Manager holds a generic entry named `target`, read with the Windows API.
bool credentialExists(const QString &target)
{
    PCREDENTIALW credential = nullptr;
    const std::wstring name = target.toStdWString();
    if (!CredReadW(name.c_str(), CRED_TYPE_GENERIC, 0, &credential))
        return false;
    CredFree(credential);
    return true;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runAttlog(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(ATTLOG_CLI), args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    Run run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The Windows user's profile folder has a Cyrillic name in the test's Wine prefix
// (WINEUSERNAME, set by ./dev); on a real machine the expected name comes from the same variable.
QString expectedUserName()
{
    return qEnvironmentVariable("ATTLOG_TEST_WINDOWS_USER");
}

} // namespace

TEST_CASE("Connection profiles are saved in the registry under HKCU\\Software", "[windows]")
{
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("attlog-test"),
                       QStringLiteral("windows-registry"));
    settings.clear();
    db::ProfileStore store(settings);
    db::ConnectionProfile profile;
    profile.name = QStringLiteral("Проходная №1");
    profile.kind = db::ConnectionKind::SqliteFile;
    profile.sqlitePath = QStringLiteral("C:\\Данные\\iVMS\\attlog.db");
    profile.password = QStringLiteral("never-saved");
    store.save(profile);
    settings.sync();
    REQUIRE(settings.status() == QSettings::NoError);

    const std::wstring key = L"Software\\attlog-test\\windows-registry\\connections\\profiles\\1";
    CHECK(registryKeyExists(key));
    CHECK(registryString(key, L"name") == profile.name);
    CHECK(registryString(key, L"sqlitePath") == profile.sqlitePath);
    CHECK(registryString(key, L"password").isEmpty());

    // Read back by a new store, as the next start of the program does.
    QSettings again(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("attlog-test"),
                    QStringLiteral("windows-registry"));
    const auto loaded = db::ProfileStore(again).profile(profile.name);
    REQUIRE(loaded.has_value());
    CHECK(loaded->sqlitePath == profile.sqlitePath);
    again.clear();
    again.sync();
}

TEST_CASE("Passwords go to the Windows Credential Manager and come back", "[windows]")
{
    const QString service = QStringLiteral("attlog-windows-test");
    db::CredentialStore store(service);
    store.remove(QStringLiteral("Проходная"));
    CredDeleteW(L"Проходная", CRED_TYPE_GENERIC, 0); // what a bare key would have made
    REQUIRE(store.write(QStringLiteral("Проходная"), QStringLiteral("пароль;PWD={x}")) ==
            db::CredentialStore::Status::Ok);
    // Named after the service and the profile, so no other program's "Проходная" is touched.
    CHECK(credentialExists(QStringLiteral("attlog-windows-test/Проходная")));
    CHECK_FALSE(credentialExists(QStringLiteral("Проходная")));
    CHECK(store.read(QStringLiteral("Проходная")) == QStringLiteral("пароль;PWD={x}"));
    REQUIRE(store.remove(QStringLiteral("Проходная")) == db::CredentialStore::Status::Ok);
    CHECK_FALSE(store.read(QStringLiteral("Проходная")).has_value());
    CHECK(store.status() == db::CredentialStore::Status::NotFound);
    CHECK_FALSE(credentialExists(QStringLiteral("attlog-windows-test/Проходная")));
}

TEST_CASE("The log is written under %APPDATA% in the user's (Cyrillic) profile", "[windows]")
{
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("attlog"));
    QCoreApplication::setApplicationName(QStringLiteral("attlog-windows-test"));

    const QString appData = knownFolder(FOLDERID_RoamingAppData);
    const QString folder = log::defaultLogDirectory();
    CHECK(folder == appData + QStringLiteral("/attlog/attlog-windows-test/logs"));
    if (!expectedUserName().isEmpty())
        CHECK(folder.contains(QStringLiteral("/") + expectedUserName() + QStringLiteral("/")));

    log::LoggingOptions options;
    options.directory = folder;
    options.console = false;
    QString error;
    REQUIRE(log::initLogging(options, &error));
    log::app()->warn("проверка журнала: {}", "Проходная");
    log::app()->flush();
    QFile file(folder + QStringLiteral("/log.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(
        QString::fromUtf8(file.readAll()).contains(QStringLiteral("проверка журнала: Проходная")));
    file.close();

    spdlog::drop_all();
    QDir(appData + QStringLiteral("/attlog/attlog-windows-test")).removeRecursively();
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
}

TEST_CASE("attlog works with backslash paths in a Cyrillic folder and exports CSV with CRLF",
          "[windows]")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    if (!expectedUserName().isEmpty())
        CHECK(temp.path().contains(expectedUserName())); // %TEMP% is in the user's profile
    const QString folder =
        QDir::toNativeSeparators(temp.filePath(QStringLiteral("Журнал проходов")));
    REQUIRE(QDir().mkpath(folder));
    const QString database = folder + QStringLiteral("\\демо база.sqlite");
    const QString csv = folder + QStringLiteral("\\выгрузка.csv");

    Run demo = runAttlog({QStringLiteral("demo-db"), database, QStringLiteral("--days"),
                          QStringLiteral("2"), QStringLiteral("--people"), QStringLiteral("20"),
                          QStringLiteral("--end"), QStringLiteral("2024-03-02")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    Run check = runAttlog({QStringLiteral("check"), QStringLiteral("--connection"),
                           QStringLiteral("sqlite:") + database});
    INFO(check.err.toStdString());
    REQUIRE(check.exitCode == 0);

    Run exported = runAttlog({QStringLiteral("export"), QStringLiteral("--connection"),
                              QStringLiteral("sqlite:") + database, QStringLiteral("--from"),
                              QStringLiteral("2024-03-01T00:00:00"), QStringLiteral("--to"),
                              QStringLiteral("2024-03-03T00:00:00"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--out"), csv});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.count("\r\n") > 10);
    CHECK(bytes.count('\n') == bytes.count("\r\n")); // no bare LF

    // XLSX goes through libxlsxwriter's fopen(): it needs the programs' UTF-8 code page manifest.
    const QString xlsx = folder + QStringLiteral("\\выгрузка.xlsx");
    Run workbook = runAttlog({QStringLiteral("export"), QStringLiteral("--connection"),
                              QStringLiteral("sqlite:") + database, QStringLiteral("--from"),
                              QStringLiteral("2024-03-01T00:00:00"), QStringLiteral("--to"),
                              QStringLiteral("2024-03-03T00:00:00"), QStringLiteral("--format"),
                              QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    INFO(workbook.err.toStdString());
    CHECK(workbook.exitCode == 0);
    QFile written(xlsx);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(2) == QByteArray("PK")); // a zip container
}

TEST_CASE("attlog refuses Windows device names as --out and keeps working", "[windows]")
{
    QTemporaryDir temp;
    const QString database = QDir::toNativeSeparators(temp.filePath(QStringLiteral("d.sqlite")));
    REQUIRE(runAttlog({QStringLiteral("demo-db"), database, QStringLiteral("--days"),
                       QStringLiteral("1"), QStringLiteral("--people"), QStringLiteral("5")})
                .exitCode == 0);
    const QString inFolder = QDir::toNativeSeparators(temp.filePath(QStringLiteral("nul.xlsx")));
    for (const QString &device :
         {QStringLiteral("NUL"), QStringLiteral("CON"), QStringLiteral("com1.csv"), inFolder}) {
        const bool xlsx = device.endsWith(QStringLiteral(".xlsx"));
        Run run = runAttlog({QStringLiteral("export"), QStringLiteral("--connection"),
                             QStringLiteral("sqlite:") + database, QStringLiteral("--from"),
                             QStringLiteral("2000-01-01T00:00:00"), QStringLiteral("--to"),
                             QStringLiteral("2100-01-01T00:00:00"), QStringLiteral("--format"),
                             xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"),
                             QStringLiteral("--out"), device});
        INFO(device.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("Windows device")));
        Run report = runAttlog({QStringLiteral("report"), QStringLiteral("presence"),
                                QStringLiteral("--connection"),
                                QStringLiteral("sqlite:") + database, QStringLiteral("--format"),
                                xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"),
                                QStringLiteral("--out"), device});
        INFO(report.err.toStdString());
        CHECK(report.exitCode == 1);
        CHECK(report.err.contains(QStringLiteral("Windows device")));
    }
}
