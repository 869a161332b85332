// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace attlog::db {

// Saved connection profiles in QSettings (the registry on Windows, an .ini/.conf file elsewhere),
// under the group "connections": several profiles, one of them active. Profiles are matched by
// name (case-sensitive). No password is ever written: `password` is dropped, and a typed ODBC
// connection string is saved without its PWD=/Password= pair, so the caller must put the password
// into the CredentialStore first (takePasswordFromConnectionString() gives it).
// Works on the QSettings object it is given (not owned); same thread rules as QSettings.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    // The active profile (the first one when none is marked active); nullopt when none is saved.
    std::optional<ConnectionProfile> activeProfile() const;
    QString activeProfileName() const;
    void setActiveProfileName(const QString &name);

    // Adds the profile, or replaces the saved one of the same name.
    void save(const ConnectionProfile &profile);
    // false when no profile has that name.
    bool remove(const QString &name);

private:
    void writeAll(const QList<ConnectionProfile> &profiles);

    QSettings &m_settings;
};

} // namespace attlog::db
