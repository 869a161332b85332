// SPDX-License-Identifier: MIT
#include "ui/connection/connectionform.h"

#include "db/connection/odbcdriverchoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace attlog::ui {

using db::ConnectionKind;
using db::Encryption;

namespace {

bool isServerKind(ConnectionKind kind)
{
    return kind == ConnectionKind::SqlServer || kind == ConnectionKind::MySql ||
           kind == ConnectionKind::PostgreSql;
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    addServerRows();
    addPasswordRow();
    addSqlServerRows();
    addOdbcRows();
    addSqliteRows();
    connectChanges();
    updateRows();
}

// Database type, ODBC driver, server, port, database, authentication, user.
void ConnectionForm::addServerRows()
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Microsoft SQL Server"), int(ConnectionKind::SqlServer));
    m_kind->addItem(tr("MySQL / MariaDB (ODBC)"), int(ConnectionKind::MySql));
    m_kind->addItem(tr("PostgreSQL (ODBC)"), int(ConnectionKind::PostgreSql));
    m_kind->addItem(tr("ODBC data source (DSN)"), int(ConnectionKind::OdbcDsn));
    m_kind->addItem(tr("ODBC connection string"), int(ConnectionKind::OdbcConnectionString));
    m_kind->addItem(tr("SQLite file"), int(ConnectionKind::SqliteFile));
    m_form->addRow(tr("Database type:"), m_kind);

    m_driverRow = new QWidget(this);
    auto *driverLayout = new QVBoxLayout(m_driverRow);
    driverLayout->setContentsMargins(0, 0, 0, 0);
    driverLayout->setSpacing(2);
    m_driver = new QComboBox(m_driverRow);
    m_driver->setObjectName(QStringLiteral("driver"));
    m_driver->setEditable(true);
    m_driver->setInsertPolicy(QComboBox::NoInsert);
    m_driver->setToolTip(tr("The ODBC drivers installed on this computer; a name may be typed."));
    m_driverNote = noteLabel(m_driverRow);
    m_driverNote->setObjectName(QStringLiteral("driverNote"));
    driverLayout->addWidget(m_driver);
    driverLayout->addWidget(m_driverNote);
    m_form->addRow(tr("ODBC driver:"), m_driverRow);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_form->addRow(tr("Server:"), m_server);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setMinimumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) * 2);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_form->addRow(tr("Port:"), m_port);

    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("e.g. thirdparty"));
    m_form->addRow(tr("Database:"), m_database);

    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authentication"));
    m_auth->addItem(tr("SQL Server login"));
    m_auth->addItem(tr("Windows integrated authentication"));
    m_form->addRow(tr("Authentication:"), m_auth);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_form->addRow(tr("User:"), m_user);
}

// The password, "Remember password", and the note shown when there is no password store.
void ConnectionForm::addPasswordRow()
{
    m_passwordRow = new QWidget(this);
    auto *passwordLayout = new QVBoxLayout(m_passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->setSpacing(2);
    auto *passwordLine = new QHBoxLayout;
    m_password = new QLineEdit(m_passwordRow);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember password"), m_passwordRow);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setToolTip(tr("Kept in the operating system's password store, never in the "
                              "settings file."));
    m_remember->setChecked(true);
    passwordLine->addWidget(m_password, 1);
    passwordLine->addWidget(m_remember);
    m_storeNote = noteLabel(m_passwordRow);
    m_storeNote->setObjectName(QStringLiteral("passwordStoreNote"));
    m_storeNote->setText(
        tr("No password store on this computer: the password will be asked for at each start"));
    m_storeNote->setVisible(false);
    passwordLayout->addLayout(passwordLine);
    passwordLayout->addWidget(m_storeNote);
    m_form->addRow(tr("Password:"), m_passwordRow);
}

// SQL Server only: encryption, trusting the certificate, read-only intent.
void ConnectionForm::addSqlServerRows()
{
    m_securityRow = new QWidget(this);
    auto *securityLayout = new QHBoxLayout(m_securityRow);
    securityLayout->setContentsMargins(0, 0, 0, 0);
    m_encryption = new QComboBox(m_securityRow);
    m_encryption->setObjectName(QStringLiteral("encryption"));
    m_encryption->addItem(tr("Driver default"), int(Encryption::DriverDefault));
    m_encryption->addItem(tr("Encrypt (Encrypt=yes)"), int(Encryption::Mandatory));
    m_encryption->addItem(tr("Do not encrypt (Encrypt=no)"), int(Encryption::Optional));
    m_encryption->setToolTip(tr("ODBC Driver 18 encrypts by default and then needs a trusted "
                                "server certificate."));
    m_trustCertificate = new QCheckBox(tr("Trust the server certificate"), m_securityRow);
    m_trustCertificate->setObjectName(QStringLiteral("trustServerCertificate"));
    m_trustCertificate->setToolTip(
        tr("TrustServerCertificate=yes: accept a self-signed certificate (common on iVMS "
           "servers)."));
    securityLayout->addWidget(m_encryption);
    securityLayout->addWidget(m_trustCertificate);
    securityLayout->addStretch(1);
    m_form->addRow(tr("Encryption:"), m_securityRow);

    m_readOnlyIntent = new QCheckBox(tr("Read-only intent (ApplicationIntent=ReadOnly)"), this);
    m_readOnlyIntent->setObjectName(QStringLiteral("readOnlyIntent"));
    m_readOnlyIntent->setToolTip(
        tr("Lets an Always On availability group send this connection to a readable replica."));
    m_form->addRow(QString(), m_readOnlyIntent);
}

// A DSN, or a whole connection string (its PWD= moves to the password field).
void ConnectionForm::addOdbcRows()
{
    m_dsn = new QLineEdit(this);
    m_dsn->setObjectName(QStringLiteral("dsn"));
    m_dsn->setPlaceholderText(tr("as named in the ODBC Data Source Administrator"));
    m_form->addRow(tr("Data source (DSN):"), m_dsn);

    m_connectionStringRow = new QWidget(this);
    auto *stringLayout = new QVBoxLayout(m_connectionStringRow);
    stringLayout->setContentsMargins(0, 0, 0, 0);
    stringLayout->setSpacing(2);
    m_connectionString = new QLineEdit(m_connectionStringRow);
    m_connectionString->setObjectName(QStringLiteral("connectionString"));
    m_connectionString->setPlaceholderText(
        QStringLiteral("DRIVER={ODBC Driver 18 for SQL Server};SERVER=host;DATABASE=thirdparty;"
                       "UID=user;"));
    QLabel *stringNote = noteLabel(m_connectionStringRow);
    stringNote->setText(tr("A password typed here (PWD=…) is moved to the password field: the "
                           "settings never hold it."));
    stringLayout->addWidget(m_connectionString);
    stringLayout->addWidget(stringNote);
    m_form->addRow(tr("Connection string:"), m_connectionStringRow);
}

// A SQLite file, with Browse, opened read-only.
void ConnectionForm::addSqliteRows()
{
    m_sqliteRow = new QWidget(this);
    auto *sqliteLayout = new QHBoxLayout(m_sqliteRow);
    sqliteLayout->setContentsMargins(0, 0, 0, 0);
    m_sqlitePath = new QLineEdit(m_sqliteRow);
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePath"));
    m_sqlitePath->setPlaceholderText(tr("path to the .sqlite / .db file"));
    auto *browse = new QPushButton(tr("Browse…"), m_sqliteRow);
    browse->setObjectName(QStringLiteral("browseSqlite"));
    sqliteLayout->addWidget(m_sqlitePath, 1);
    sqliteLayout->addWidget(browse);
    m_form->addRow(tr("SQLite file:"), m_sqliteRow);
    m_sqliteNote = noteLabel(this);
    m_sqliteNote->setText(tr("Opened read-only: the application never writes to the events "
                             "table."));
    m_form->addRow(QString(), m_sqliteNote);
    connect(browse, &QPushButton::clicked, this, &ConnectionForm::browseSqliteFile);
}

// Every edit says changed() (not while a profile is being loaded); the kind and authentication also
// show and hide rows.
void ConnectionForm::connectChanges()
{
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionForm::onKindChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        if (!m_loading)
            emit changed();
    });
    connect(m_driver, &QComboBox::currentTextChanged, this, [this] {
        updateDriverNote();
        if (!m_loading)
            emit changed();
    });
    connect(m_connectionString, &QLineEdit::editingFinished, this,
            &ConnectionForm::moveConnectionStringPassword);
    for (QLineEdit *edit :
         {m_server, m_database, m_user, m_password, m_dsn, m_connectionString, m_sqlitePath}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                emit changed();
        });
    }
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    for (QComboBox *combo : {m_encryption}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                emit changed();
        });
    }
    for (QCheckBox *box : {m_trustCertificate, m_readOnlyIntent, m_remember}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit changed();
        });
    }
}

void ConnectionForm::setInstalledDrivers(const QStringList &drivers)
{
    m_installedDrivers = drivers;
    fillDrivers(m_driver->currentText());
}

void ConnectionForm::setProfile(const db::ConnectionProfile &profile)
{
    m_loading = true;
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));
    m_shownKind = profile.kind;
    const QString driver = profile.odbcDriver.isEmpty()
                               ? db::defaultOdbcDriver(m_installedDrivers, profile.kind)
                               : profile.odbcDriver;
    fillDrivers(driver);
    m_server->setText(profile.server);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_auth->setCurrentIndex(profile.integratedAuth ? 1 : 0);
    m_user->setText(profile.user);
    m_encryption->setCurrentIndex(m_encryption->findData(int(profile.encryption)));
    m_trustCertificate->setChecked(profile.trustServerCertificate);
    m_readOnlyIntent->setChecked(profile.readOnlyIntent);
    m_dsn->setText(profile.dsn);
    m_connectionString->setText(profile.connectionString);
    m_sqlitePath->setText(QDir::toNativeSeparators(profile.sqlitePath));
    updateRows();
    m_loading = false;
}

void ConnectionForm::applyTo(db::ConnectionProfile &profile) const
{
    profile.kind = kind();
    profile.odbcDriver = m_driver->currentText().trimmed();
    profile.server = m_server->text().trimmed();
    profile.port = m_port->value();
    profile.database = m_database->text().trimmed();
    profile.integratedAuth = m_auth->currentIndex() == 1;
    profile.user = m_user->text().trimmed();
    profile.encryption = Encryption(m_encryption->currentData().toInt());
    profile.trustServerCertificate = m_trustCertificate->isChecked();
    profile.readOnlyIntent = m_readOnlyIntent->isChecked();
    profile.dsn = m_dsn->text().trimmed();
    // Never let a password typed into the string reach the profile that gets saved.
    profile.connectionString =
        db::takePasswordFromConnectionString(m_connectionString->text().trimmed(), nullptr);
    profile.sqlitePath = QDir::fromNativeSeparators(m_sqlitePath->text().trimmed());
}

ConnectionKind ConnectionForm::kind() const
{
    return ConnectionKind(m_kind->currentData().toInt());
}

QString ConnectionForm::password() const
{
    return m_password->text();
}

void ConnectionForm::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ConnectionForm::rememberPassword() const
{
    return m_storeAvailable && m_remember->isChecked();
}

void ConnectionForm::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void ConnectionForm::setStoredPasswordKnown(bool known)
{
    m_password->setPlaceholderText(known ? tr("saved; type a new one to replace it") : QString());
}

void ConnectionForm::setPasswordStoreAvailable(bool available, const QString &detail)
{
    m_storeAvailable = available;
    m_storeNote->setToolTip(detail);
    m_remember->setEnabled(available);
    if (!available)
        m_remember->setChecked(false);
    m_storeNote->setVisible(!available);
}

void ConnectionForm::moveConnectionStringPassword()
{
    QString password;
    const QString text = m_connectionString->text();
    const QString rest = db::takePasswordFromConnectionString(text, &password);
    if (rest == text)
        return;
    m_connectionString->setText(rest);
    if (!password.isEmpty())
        m_password->setText(password);
}

void ConnectionForm::onKindChanged()
{
    const ConnectionKind previous = m_shownKind;
    m_shownKind = kind();
    if (!m_loading) {
        // A driver that was only there because it suits the previous kind gives way to the usual
        // driver of the new one; a driver the user typed for this kind stays.
        const QString current = m_driver->currentText().trimmed();
        const bool suitedPrevious = current.isEmpty() || db::usualOdbcDrivers(previous).contains(
                                                             current, Qt::CaseInsensitive);
        fillDrivers(suitedPrevious ? db::defaultOdbcDriver(m_installedDrivers, m_shownKind)
                                   : current);
    }
    updateRows();
    if (!m_loading) {
        emit kindChanged(m_shownKind);
        emit changed();
    }
}

void ConnectionForm::updateRows()
{
    const ConnectionKind k = kind();
    const bool server = isServerKind(k);
    const bool sqlServer = k == ConnectionKind::SqlServer;
    m_form->setRowVisible(m_driverRow, server);
    m_form->setRowVisible(m_server, server);
    m_form->setRowVisible(m_port, server);
    m_form->setRowVisible(m_database, server);
    m_form->setRowVisible(m_auth, sqlServer);
    m_form->setRowVisible(m_user, server || k == ConnectionKind::OdbcDsn);
    m_form->setRowVisible(m_passwordRow, server || k == ConnectionKind::OdbcDsn ||
                                             k == ConnectionKind::OdbcConnectionString);
    m_form->setRowVisible(m_securityRow, sqlServer);
    m_form->setRowVisible(m_readOnlyIntent, sqlServer);
    m_form->setRowVisible(m_dsn, k == ConnectionKind::OdbcDsn);
    m_form->setRowVisible(m_connectionStringRow, k == ConnectionKind::OdbcConnectionString);
    m_form->setRowVisible(m_sqliteRow, k == ConnectionKind::SqliteFile);
    m_form->setRowVisible(m_sqliteNote, k == ConnectionKind::SqliteFile);

    const bool integrated = sqlServer && m_auth->currentIndex() == 1;
    m_user->setEnabled(!integrated);
    m_password->setEnabled(!integrated);
    m_remember->setEnabled(!integrated && m_storeAvailable);

    switch (k) {
    case ConnectionKind::SqlServer:
        m_server->setPlaceholderText(tr("host\\INSTANCE, or host name / address"));
        m_port->setToolTip(tr("Leave at \"default\" to reach a named instance through SQL Server "
                              "Browser; a port connects to host:port directly."));
        m_user->setPlaceholderText(tr("SQL Server login"));
        break;
    case ConnectionKind::MySql:
        m_server->setPlaceholderText(tr("host name or address"));
        m_port->setToolTip(tr("Leave at \"default\" for 3306."));
        m_user->setPlaceholderText(QString());
        break;
    case ConnectionKind::PostgreSql:
        m_server->setPlaceholderText(tr("host name or address"));
        m_port->setToolTip(tr("Leave at \"default\" for 5432."));
        m_user->setPlaceholderText(QString());
        break;
    case ConnectionKind::OdbcDsn:
        m_user->setPlaceholderText(tr("leave empty to use the one stored in the DSN"));
        break;
    case ConnectionKind::OdbcConnectionString:
    case ConnectionKind::SqliteFile:
        break;
    }
}

void ConnectionForm::fillDrivers(const QString &keepText)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QSignalBlocker blocker(m_driver);
    m_driver->clear();
    const ConnectionKind k = kind();
    const QStringList ordered = db::orderOdbcDrivers(m_installedDrivers, k);
    const QStringList usual = db::usualOdbcDrivers(k);
    bool separated = false;
    for (const QString &name : ordered) {
        if (!separated && m_driver->count() > 0 && !usual.contains(name, Qt::CaseInsensitive)) {
            m_driver->insertSeparator(m_driver->count());
            separated = true;
        }
        m_driver->addItem(name);
    }
    const int index = m_driver->findText(keepText, Qt::MatchFixedString);
    if (index >= 0)
        m_driver->setCurrentIndex(index);
    else
        m_driver->setEditText(keepText);
    m_loading = wasLoading;
    updateDriverNote();
}

void ConnectionForm::updateDriverNote()
{
    const QString name = m_driver->currentText().trimmed();
    QString note;
    if (m_installedDrivers.isEmpty())
        note = tr("No ODBC drivers were found on this computer.");
    else if (!name.isEmpty() && !m_installedDrivers.contains(name, Qt::CaseInsensitive))
        note = tr("\"%1\" is not installed on this computer.").arg(name);
    m_driverNote->setText(note);
    m_driverNote->setVisible(!note.isEmpty());
    // FreeTDS has no TrustServerCertificate setting (the profile leaves it out for FreeTDS).
    m_trustCertificate->setEnabled(!name.contains(QLatin1String("FreeTDS"), Qt::CaseInsensitive));
}

void ConnectionForm::browseSqliteFile()
{
    const QString current = QDir::fromNativeSeparators(m_sqlitePath->text().trimmed());
    const QString path = QFileDialog::getOpenFileName(
        this, tr("SQLite database file"),
        current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)"));
    if (!path.isEmpty())
        m_sqlitePath->setText(QDir::toNativeSeparators(path));
}

} // namespace attlog::ui
