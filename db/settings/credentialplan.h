// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace attlog::db {

// One connection profile as the connection dialog hands it over when the user presses OK.
struct CredentialEntry
{
    QString name;             // the profile's name now (its password's key from now on)
    QString savedName;        // its name in the settings; empty for a profile never saved
    QString passwordKey;      // where its saved password lives now; empty when none is known
    QString typedPassword;    // typed in this dialog; empty when none was typed
    bool remember = true;     // "Remember password" is ticked
    bool usesPassword = true; // the kind of connection has a password at all
};

// What to change in the credential store so that it matches the profiles.
struct CredentialPlan
{
    struct Write
    {
        QString name;                    // the key to write
        std::optional<QString> password; // the password, when typed
        QString copyFrom; // otherwise: the key whose saved password moves here (renamed or
                          // duplicated profile); read it before any removal
    };
    QList<Write> writes;
    QStringList removals; // keys to remove, after every write
};

// The store changes for `entries` (every profile, in the dialog's order) and the keys of profiles
// deleted in the dialog (`deletedKeys`):
// - a typed password is written under the profile's name;
// - a renamed or duplicated profile's saved password is copied to its new name;
// - an unticked "Remember password" on a saved profile removes what was saved under its name;
// - a renamed profile's old key, and a deleted profile's key, are removed unless another profile
//   now has that name.
// Pure: the dialog carries it out (tests/db/credentialplan_tests.cpp pins it).
CredentialPlan planCredentialChanges(const QList<CredentialEntry> &entries,
                                     const QStringList &deletedKeys);

} // namespace attlog::db
