// SPDX-License-Identifier: MIT
// ConnectionDialog and the credential store: asking whether there is one, reading a saved
// password, and carrying out the plan of changes when OK is pressed (db/settings/credentialplan.h).
#include "ui/connection/connectiondialog.h"

#include "db/connection/profileproblems.h"
#include "db/settings/credentialplan.h"
#include "db/settings/credentialstore.h"
#include "ui/connection/connectionform.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>

namespace attlog::ui {

using db::CredentialStore;

namespace {

// CredentialStore waits in a local event loop: while it does, the dialog takes no input, so that
// no profile is deleted or accepted under a call that is still using it.
class StoreCallGuard
{
public:
    explicit StoreCallGuard(QWidget *dialog)
        : m_dialog(dialog)
        , m_focus(QApplication::focusWidget())
        , m_wasEnabled(dialog->isEnabled())
    {
        m_dialog->setEnabled(false);
    }
    ~StoreCallGuard()
    {
        m_dialog->setEnabled(m_wasEnabled);
        if (m_focus)
            m_focus->setFocus();
    }
    StoreCallGuard(const StoreCallGuard &) = delete;
    StoreCallGuard &operator=(const StoreCallGuard &) = delete;

private:
    QWidget *m_dialog;
    QPointer<QWidget> m_focus;
    bool m_wasEnabled;
};

} // namespace

void ConnectionDialog::probePasswordStore()
{
    if (m_storeState != StoreState::Unknown)
        return;
    // Reading the selected profile's password answers both questions: is there a store, and is
    // a password saved for this profile.
    const QString key = m_current >= 0 && !m_entries[m_current].passwordKey.isEmpty()
                            ? m_entries[m_current].passwordKey
                            : QStringLiteral("attlog-connection-dialog-probe");
    CredentialStore store;
    std::optional<QString> password;
    {
        const StoreCallGuard guard(this);
        password = store.read(key);
    }
    // Failed counts as no store too: without a D-Bus session QtKeychain reports "could not
    // connect" as an error, and a store that fails a read of a missing key will not keep a
    // password either. Either way the password has to be asked for, and the user must know.
    const CredentialStore::Status status = store.status();
    if (status == CredentialStore::Status::Unavailable ||
        status == CredentialStore::Status::Failed) {
        m_storeError = store.errorString();
        setStoreState(StoreState::Unavailable);
        return;
    }
    setStoreState(StoreState::Available);
    if (!password)
        return;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].passwordKey == key) {
            m_entries[row].storedPassword = password;
            if (row == m_current)
                m_form->setStoredPasswordKnown(true);
        }
    }
}

void ConnectionDialog::setStoreState(StoreState state)
{
    m_storeState = state;
    m_form->setPasswordStoreAvailable(state != StoreState::Unavailable, m_storeError);
    if (state == StoreState::Unavailable) {
        for (Entry &entry : m_entries)
            entry.remember = false;
    }
}

std::optional<QString> ConnectionDialog::passwordFor(Entry &entry)
{
    if (!entry.typedPassword.isEmpty())
        return entry.typedPassword;
    if (entry.storedPassword)
        return entry.storedPassword;
    if (entry.passwordKey.isEmpty() || m_storeState == StoreState::Unavailable)
        return std::nullopt;
    CredentialStore store;
    {
        const StoreCallGuard guard(this);
        entry.storedPassword = store.read(entry.passwordKey);
    }
    if (store.status() == CredentialStore::Status::Unavailable) {
        m_storeError = store.errorString();
        setStoreState(StoreState::Unavailable);
    } else if (m_storeState == StoreState::Unknown) {
        setStoreState(StoreState::Available);
    }
    return entry.storedPassword;
}

void ConnectionDialog::savePasswords()
{
    if (m_storeState == StoreState::Unavailable)
        return;
    QList<db::CredentialEntry> entries;
    for (const Entry &entry : std::as_const(m_entries))
        entries.append({entry.profile.name, entry.savedName, entry.passwordKey, entry.typedPassword,
                        entry.remember, db::usesPassword(entry.profile)});
    const db::CredentialPlan plan = db::planCredentialChanges(entries, m_deletedKeys);

    // Read what must move (renamed or duplicated profiles) before any key is removed.
    struct Write
    {
        QString name;
        QString password;
    };
    QList<Write> writes;
    for (const db::CredentialPlan::Write &write : plan.writes) {
        if (write.password) {
            writes.append({write.name, *write.password});
            continue;
        }
        for (Entry &entry : m_entries) {
            if (entry.profile.name != write.name)
                continue;
            if (const std::optional<QString> password = passwordFor(entry))
                writes.append({write.name, *password});
            break;
        }
    }

    CredentialStore store;
    const StoreCallGuard guard(this);
    QString failure;
    for (const Write &write : std::as_const(writes)) {
        if (store.write(write.name, write.password) != CredentialStore::Status::Ok) {
            failure = store.status() == CredentialStore::Status::Unavailable
                          ? tr("No password store on this computer: the password will be asked "
                               "for at each start")
                          : tr("The password for \"%1\" was not saved (%2); it will be asked for "
                               "at the next start.")
                                .arg(write.name, store.errorString());
            if (store.status() == CredentialStore::Status::Unavailable)
                break;
        }
    }
    if (store.status() != CredentialStore::Status::Unavailable) {
        for (const QString &key : plan.removals)
            store.remove(key);
    }
    if (!failure.isEmpty())
        QMessageBox::information(this, tr("Password not saved"), failure);
}

} // namespace attlog::ui
