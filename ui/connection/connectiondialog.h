// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace attlog::ui {

class ColumnMappingEditor;
class ConnectionForm;
class ConnectionTestPanel;
class DirectionMappingEditor;

// The saved connection profiles (list on the left: New / Duplicate / Delete) and the editor of the
// selected one (right: connection, table and columns, directions), with Test connection.
// "Save and connect" validates every profile (inline problems; nothing is saved while one is
// invalid), writes all of them to QSettings through ProfileStore (never a password), puts typed
// passwords into the OS credential store when "Remember password" is ticked, and makes the
// selected profile the active one. Cancel changes nothing.
//
// Passwords: the credential store is asked on the GUI thread (CredentialStore blocks in a local
// event loop) only when the dialog is shown (one probe: is there a store at all?), when a test or
// saving needs a saved password, and on saving. When no store answers, the dialog says so and the
// password is asked for at each start. SQL runs only on worker threads (ConnectionTestPanel).
// GUI thread only.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // After exec() == Accepted: the chosen (now active) profile, its password filled in from the
    // field or the credential store. Before that: the profile being edited, without a password.
    db::ConnectionProfile selectedProfile() const;

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Entry
    {
        db::ConnectionProfile profile; // password always empty here
        QString savedName;             // the name in settings; empty for a profile not saved yet
        QString passwordKey;           // where its saved password lives in the credential store
        QString typedPassword;
        bool remember = true;
        std::optional<QString> storedPassword; // read from the credential store (cached)
    };
    enum class StoreState
    {
        Unknown,
        Available,
        Unavailable
    };

    void loadProfiles();
    void addEntry(Entry entry);
    void showEntry(int row);
    void commitEditor(bool moveStringPassword);
    void onEdited();
    void updateProblems();
    QStringList problemsOf(int row) const;
    QString uniqueName(const QString &base) const;
    void updateListItem(int row);

    void newProfile();
    void duplicateProfile();
    void deleteProfile();
    void runTest();

    void probePasswordStore();
    void setStoreState(StoreState state);
    std::optional<QString> passwordFor(Entry &entry);
    void saveProfiles(const QString &activeName);
    void savePasswords();

    QList<Entry> m_entries;
    QStringList m_deletedKeys; // credential keys of deleted profiles
    int m_current = -1;
    QString m_activeName;
    QStringList m_installedDrivers;
    StoreState m_storeState = StoreState::Unknown;
    QString m_storeError; // why the store is unusable, as QtKeychain says it (for a tooltip)
    bool m_loading = false;
    bool m_probed = false;
    std::optional<db::ConnectionProfile> m_selected;

    QListWidget *m_list = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_name = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConnectionForm *m_form = nullptr;
    ColumnMappingEditor *m_columns = nullptr;
    DirectionMappingEditor *m_directions = nullptr;
    ConnectionTestPanel *m_test = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace attlog::ui
