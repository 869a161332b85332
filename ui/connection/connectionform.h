// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace attlog::ui {

// Where the database is and how to log in: the connection kind and the fields that kind needs
// (only those rows are shown), the password with "Remember password". Knows nothing of the table
// and columns (ColumnMappingEditor) or of saving (ConnectionDialog). GUI thread only.
class ConnectionForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionForm)

public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    // The drivers the driver combo offers (installedOdbcDrivers(); the dialog asks once).
    void setInstalledDrivers(const QStringList &drivers);

    // Shows the connection fields of `profile` (not its table, columns or password).
    void setProfile(const db::ConnectionProfile &profile);
    // Writes the connection fields into `profile`; fields of other kinds are written too, so that
    // switching the kind back and forth loses nothing. The password is not written.
    void applyTo(db::ConnectionProfile &profile) const;

    db::ConnectionKind kind() const;

    // The typed password (empty when none was typed).
    QString password() const;
    void setPassword(const QString &password);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // The placeholder of an empty password field says a saved password will be used.
    void setStoredPasswordKnown(bool known);
    // false: "Remember password" is switched off and a plain note says the password will be asked
    // for at each start (`detail`, the store's own message, goes into the note's tooltip).
    void setPasswordStoreAvailable(bool available, const QString &detail = QString());

    // A password typed into a raw connection string (PWD=/Password=) is moved into the password
    // field, so that the saved string never holds it. Called when the string field is left and
    // before the profile is collected.
    void moveConnectionStringPassword();

signals:
    void changed();
    void kindChanged(attlog::db::ConnectionKind kind);

private:
    // Building the form, top to bottom (the constructor calls them in this order).
    void addServerRows();
    void addPasswordRow();
    void addSqlServerRows();
    void addOdbcRows();
    void addSqliteRows();
    void connectChanges();

    void onKindChanged();
    void updateRows();
    void fillDrivers(const QString &keepText);
    void updateDriverNote();
    void browseSqliteFile();

    QStringList m_installedDrivers;
    db::ConnectionKind m_shownKind = db::ConnectionKind::SqlServer;
    bool m_storeAvailable = true;
    bool m_loading = false; // setProfile() is filling the fields: no changed() signals

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QWidget *m_driverRow = nullptr;
    QComboBox *m_driver = nullptr;
    QLabel *m_driverNote = nullptr;
    QLineEdit *m_server = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_user = nullptr;
    QWidget *m_passwordRow = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_storeNote = nullptr;
    QWidget *m_securityRow = nullptr;
    QComboBox *m_encryption = nullptr;
    QCheckBox *m_trustCertificate = nullptr;
    QCheckBox *m_readOnlyIntent = nullptr;
    QLineEdit *m_dsn = nullptr;
    QWidget *m_connectionStringRow = nullptr;
    QLineEdit *m_connectionString = nullptr;
    QWidget *m_sqliteRow = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QLabel *m_sqliteNote = nullptr;
};

} // namespace attlog::ui
