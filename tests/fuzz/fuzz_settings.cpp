// SPDX-License-Identifier: MIT
// Fuzz target: loading saved connection profiles (db/settings/profilestore.h) from a settings file
// (QSettings, INI format as on Linux) whose bytes the fuzzer chooses: a damaged or hostile file.
// Properties:
// - loading ends (bounded by what the file really holds, whatever array sizes it declares) and
//   activeProfile() is one of the loaded profiles;
// - what was loaded, saved into a fresh file and loaded again, is the same (with a typed
//   connection string's password taken out, as saving does): nothing read is lost or altered on
//   the way back, e.g. by a key, list or value that INI files treat specially.
#include "db/connection/connectionprofile.h"
#include "db/settings/profilestore.h"

#include "tests/fuzz/fuzzcheck.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QSet>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace attlog::db;

namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

// A new file name each time: QSettings caches files by name, and a file rewritten within the same
// second could be taken for the cached one.
QString nextPath()
{
    static int counter = 0;
    return folder().filePath(QStringLiteral("settings-%1.ini").arg(++counter));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const QString path = nextPath();
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly), input);
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QList<ConnectionProfile> loaded;
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(settings);
        loaded = store.profiles();
        const auto active = store.activeProfile();
        FUZZ_CHECK(active.has_value() == !loaded.isEmpty(), input);
        if (active)
            FUZZ_CHECK(loaded.contains(*active), input);
    }
    QFile::remove(path);

    // Saving replaces a profile of the same name: the round trip holds for distinct names.
    QSet<QString> names;
    for (const ConnectionProfile &profile : loaded)
        names.insert(profile.name);
    if (names.size() != loaded.size())
        return 0;

    const QString copyPath = nextPath();
    QList<ConnectionProfile> expected;
    {
        QSettings settings(copyPath, QSettings::IniFormat);
        ProfileStore store(settings);
        for (const ConnectionProfile &profile : loaded) {
            store.save(profile);
            ConnectionProfile saved = profile;
            saved.connectionString =
                takePasswordFromConnectionString(profile.connectionString, nullptr);
            expected << saved;
        }
    }
    {
        QSettings settings(copyPath, QSettings::IniFormat);
        FUZZ_CHECK(ProfileStore(settings).profiles() == expected, input);
    }
    QFile::remove(copyPath);
    return 0;
}
