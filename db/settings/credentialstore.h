// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace attlog::db {

// Connection passwords in the operating system's credential store (Windows Credential Manager,
// macOS Keychain, Secret Service / KWallet on Linux) through QtKeychain, keyed by profile name.
// Never falls back to a plain-text file: where no store answers (a headless Linux box without a
// secret service), write() returns something other than Ok (Unavailable, or Failed when
// QtKeychain reports the missing service as a D-Bus connection error), nothing is saved, and the
// caller asks the user for the password each time. Passwords are never logged.
//
// Calls block (a local event loop waits for QtKeychain's job, bounded by `timeout`): use them
// from a thread that may wait, e.g. a worker or a dialog's accept handler, not in a paint path.
// Each call needs a QCoreApplication.
class CredentialStore
{
public:
    enum class Status
    {
        Ok,          // saved, read or deleted
        NotFound,    // read/remove: nothing stored for this profile
        Unavailable, // no credential store answers here; nothing was saved
        Failed,      // the store answered with an error (see errorString())
    };

    explicit CredentialStore(QString service = QStringLiteral("attlog"),
                             std::chrono::milliseconds timeout = std::chrono::seconds(10));

    Status write(const QString &profileName, const QString &password);
    // The stored password; std::nullopt with status() NotFound / Unavailable / Failed otherwise.
    std::optional<QString> read(const QString &profileName);
    Status remove(const QString &profileName);

    // Outcome and message of the last call.
    Status status() const { return m_status; }
    QString errorString() const { return m_error; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
    Status m_status = Status::Ok;
    QString m_error;
};

} // namespace attlog::db
