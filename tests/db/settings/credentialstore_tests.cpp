// SPDX-License-Identifier: MIT
#include "db/settings/credentialstore.h"
#include "db/settings/profilestore.h"

#include "tests/support/catch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace attlog::db;

// The build and CI machines are headless Linux without a secret service: the path users of such
// machines take. (Forced here, so that a developer desktop with a keyring takes it too.) Windows
// always has its Credential Manager: its own test is in windows_tests.cpp.
#ifndef _WIN32
TEST_CASE("Without a credential store the password is not saved anywhere and must be asked for",
          "[db][credentials]")
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/attlog-test-bus");
    QTemporaryDir home;
    REQUIRE(home.isValid());
    // Any file a fallback might write would land under these folders.
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral(".local/share")).toUtf8());

    CredentialStore store(QStringLiteral("attlog-test"), std::chrono::seconds(5));
    const auto status = store.write(QStringLiteral("office"), QStringLiteral("PlainTextLeak-7"));
    INFO("status " << int(status) << ": " << store.errorString().toStdString());
    CHECK(status != CredentialStore::Status::Ok);
    CHECK_FALSE(store.errorString().isEmpty());
    CHECK_FALSE(store.read(QStringLiteral("office")).has_value());
    CHECK(store.status() != CredentialStore::Status::Ok);

    // The profile is still saved, without the password, and asks for it next time.
    QSettings settings(home.filePath(QStringLiteral("attlog.ini")), QSettings::IniFormat);
    ProfileStore profiles(settings);
    ConnectionProfile p;
    p.name = QStringLiteral("office");
    p.kind = ConnectionKind::PostgreSql;
    p.user = QStringLiteral("reader");
    p.password = QStringLiteral("PlainTextLeak-7");
    profiles.save(p);
    const auto loaded = profiles.profile(QStringLiteral("office"));
    REQUIRE(loaded);
    CHECK(loaded->password.isEmpty());
    CHECK(loaded->needsPassword());

    // No file anywhere under the fake home holds the password.
    QStringList files;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(file.fileName().toStdString());
        CHECK_FALSE(file.readAll().contains("PlainTextLeak-7"));
        files << file.fileName();
    }
    CHECK(files.size() >= 1);
}
#endif
