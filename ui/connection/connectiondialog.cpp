// SPDX-License-Identifier: MIT
#include "ui/connection/connectiondialog.h"

#include "db/connection/odbcdriverchoice.h"
#include "db/connection/odbcdrivers.h"
#include "db/connection/profileproblems.h"
#include "db/settings/profilestore.h"
#include "ui/connection/columnmappingeditor.h"
#include "ui/connection/connectionform.h"
#include "ui/connection/connectiontestpanel.h"
#include "ui/connection/directionmappingeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace attlog::ui {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connections"));
    setObjectName(QStringLiteral("connectionDialog"));

    auto *top = new QHBoxLayout;

    // Left: the saved profiles.
    auto *side = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("Saved connections:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profiles"));
    listLabel->setBuddy(m_list);
    m_list->setMinimumWidth(190);
    m_list->setMaximumWidth(260);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New"), this);
    add->setObjectName(QStringLiteral("newProfile"));
    m_duplicate = new QPushButton(tr("Duplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateProfile"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteProfile"));
    listButtons->addWidget(add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto *activeNote = new QLabel(tr("The selected connection is used after \"Save and "
                                     "connect\". The one in bold is in use now."),
                                  this);
    activeNote->setWordWrap(true);
    activeNote->setForegroundRole(QPalette::PlaceholderText);
    side->addWidget(listLabel);
    side->addWidget(m_list, 1);
    side->addLayout(listButtons);
    side->addWidget(activeNote);
    top->addLayout(side);

    // Right: the editor of the selected profile.
    m_editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *nameForm = new QFormLayout;
    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("profileName"));
    nameForm->addRow(tr("Connection name:"), m_name);
    editorLayout->addLayout(nameForm);

    m_tabs = new QTabWidget(m_editor);
    m_form = new ConnectionForm(m_tabs);
    m_columns = new ColumnMappingEditor(m_tabs);
    m_directions = new DirectionMappingEditor(m_tabs);
    m_tabs->addTab(m_form, tr("Connection"));
    m_tabs->addTab(m_columns, tr("Table and columns"));
    m_tabs->addTab(m_directions, tr("Directions"));
    editorLayout->addWidget(m_tabs, 1);

    m_test = new ConnectionTestPanel(m_editor);
    editorLayout->addWidget(m_test);

    m_problems = new QLabel(m_editor);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problems->setVisible(false);
    editorLayout->addWidget(m_problems);
    top->addWidget(m_editor, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and connect"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(add, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::showEntry);
    connect(m_name, &QLineEdit::textChanged, this, &ConnectionDialog::onEdited);
    connect(m_form, &ConnectionForm::changed, this, &ConnectionDialog::onEdited);
    connect(m_form, &ConnectionForm::kindChanged, this, [this](db::ConnectionKind kind) {
        db::ConnectionProfile profile;
        profile.kind = kind;
        m_columns->setDialect(profile.declaredDialect());
        m_test->invalidate();
    });
    connect(m_columns, &ColumnMappingEditor::changed, this, &ConnectionDialog::onEdited);
    connect(m_directions, &DirectionMappingEditor::changed, this, &ConnectionDialog::onEdited);
    connect(m_test, &ConnectionTestPanel::testRequested, this, &ConnectionDialog::runTest);
    connect(m_test, &ConnectionTestPanel::columnsRead, m_columns,
            &ColumnMappingEditor::fitToColumns);

    m_installedDrivers = db::installedOdbcDrivers();
    m_form->setInstalledDrivers(m_installedDrivers);
    loadProfiles();
    resize(980, 680);
}

ConnectionDialog::~ConnectionDialog() = default;

db::ConnectionProfile ConnectionDialog::selectedProfile() const
{
    if (m_selected)
        return *m_selected;
    if (m_current >= 0)
        return m_entries[m_current].profile;
    return {};
}

void ConnectionDialog::loadProfiles()
{
    QSettings settings;
    const db::ProfileStore store(settings);
    const QList<db::ConnectionProfile> profiles = store.profiles();
    const std::optional<db::ConnectionProfile> active = store.activeProfile();
    m_activeName = active ? active->name : QString();
    for (const db::ConnectionProfile &profile : profiles) {
        Entry entry;
        entry.profile = profile;
        entry.profile.password.clear();
        entry.savedName = profile.name;
        entry.passwordKey = profile.name;
        addEntry(entry);
    }
    if (m_entries.isEmpty()) {
        newProfile();
        return;
    }
    int row = 0;
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].profile.name == m_activeName)
            row = i;
    m_list->setCurrentRow(row);
}

void ConnectionDialog::addEntry(Entry entry)
{
    m_entries << std::move(entry);
    m_list->addItem(QString());
    updateListItem(int(m_entries.size()) - 1);
}

void ConnectionDialog::updateListItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    const db::ConnectionProfile &profile = m_entries[row].profile;
    item->setText(profile.name.isEmpty() ? tr("(no name)") : profile.name);
    QFont font = m_list->font();
    const bool active = !m_activeName.isEmpty() && m_entries[row].savedName == m_activeName;
    font.setBold(active);
    item->setFont(font);
    item->setToolTip(active ? tr("In use now") : QString());
}

void ConnectionDialog::showEntry(int row)
{
    if (m_current >= 0 && m_current < m_entries.size())
        commitEditor(true);
    m_current = row;
    m_test->invalidate();
    const bool valid = row >= 0 && row < m_entries.size();
    m_editor->setEnabled(valid);
    m_duplicate->setEnabled(valid);
    m_delete->setEnabled(valid);
    if (!valid) {
        m_current = -1;
        updateProblems();
        return;
    }
    const Entry &entry = m_entries[row];
    m_loading = true;
    m_name->setText(entry.profile.name);
    m_form->setProfile(entry.profile);
    m_form->setPassword(entry.typedPassword);
    m_form->setRememberPassword(entry.remember);
    m_form->setStoredPasswordKnown(entry.storedPassword.has_value());
    m_columns->setDialect(entry.profile.declaredDialect());
    m_columns->setTable(entry.profile.table);
    m_columns->setMapping(entry.profile.columns);
    m_directions->setMapping(entry.profile.directions);
    m_loading = false;
    updateProblems();
}

void ConnectionDialog::commitEditor(bool moveStringPassword)
{
    if (m_current < 0)
        return;
    if (moveStringPassword)
        m_form->moveConnectionStringPassword();
    Entry &entry = m_entries[m_current];
    entry.profile.name = m_name->text().trimmed();
    m_form->applyTo(entry.profile);
    entry.typedPassword = m_form->password();
    if (m_storeState != StoreState::Unavailable)
        entry.remember = m_form->rememberPassword();
    entry.profile.table = m_columns->table();
    entry.profile.columns = m_columns->mapping();
    entry.profile.directions = m_directions->mapping();
}

void ConnectionDialog::onEdited()
{
    if (m_loading || m_current < 0)
        return;
    commitEditor(false);
    updateListItem(m_current);
    updateProblems();
}

QStringList ConnectionDialog::problemsOf(int row) const
{
    const db::ConnectionProfile &profile = m_entries[row].profile;
    QStringList list = db::profileProblems(profile);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != row && !profile.name.isEmpty() && m_entries[i].profile.name == profile.name) {
            list.prepend(tr("Another connection is already called \"%1\".").arg(profile.name));
            break;
        }
    }
    if (row == m_current)
        list << m_directions->problems();
    return list;
}

void ConnectionDialog::updateProblems()
{
    QStringList list;
    if (m_current < 0)
        list << tr("Add a connection with \"New\".");
    else
        list = problemsOf(m_current);
    if (list.isEmpty()) {
        m_problems->clear();
        m_problems->setVisible(false);
        return;
    }
    QStringList lines;
    for (const QString &problem : list)
        lines << QStringLiteral("• ") + problem;
    m_problems->setText(tr("To fix before saving:") + QLatin1Char('\n') +
                        lines.join(QLatin1Char('\n')));
    m_problems->setVisible(true);
}

QString ConnectionDialog::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        for (const Entry &entry : m_entries)
            if (entry.profile.name == name)
                return true;
        return false;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken(name))
            return name;
    }
}

void ConnectionDialog::newProfile()
{
    Entry entry;
    entry.profile.name = uniqueName(tr("New connection"));
    entry.profile.kind = db::ConnectionKind::SqlServer;
    entry.profile.odbcDriver = db::defaultOdbcDriver(m_installedDrivers, entry.profile.kind);
    entry.remember = m_storeState != StoreState::Unavailable;
    addEntry(std::move(entry));
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::duplicateProfile()
{
    if (m_current < 0)
        return;
    commitEditor(true);
    Entry copy = m_entries[m_current];
    copy.profile.name = uniqueName(tr("%1 (copy)").arg(copy.profile.name));
    copy.savedName.clear(); // a new profile; passwordKey still says where its password is saved
    addEntry(std::move(copy));
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::deleteProfile()
{
    if (m_current < 0)
        return;
    const int row = m_current;
    const Entry &entry = m_entries[row];
    if (!entry.savedName.isEmpty())
        m_deletedKeys << entry.savedName;
    // Forget the editor first, so that selecting the next row does not commit into it.
    m_current = -1;
    m_entries.removeAt(row);
    const int next = qMin(row, int(m_entries.size()) - 1);
    {
        // Which row becomes current while an item is taken is Qt's choice; the dialog's is
        // `next`, shown explicitly below.
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
        m_list->setCurrentRow(next);
    }
    showEntry(next);
}

void ConnectionDialog::runTest()
{
    if (m_current < 0)
        return;
    commitEditor(true);
    const QStringList problems = problemsOf(m_current);
    updateProblems();
    if (!problems.isEmpty()) {
        m_test->showProblem(tr("Not tested: %1").arg(problems.first()));
        return;
    }
    Entry &entry = m_entries[m_current];
    db::ConnectionProfile profile = entry.profile;
    if (db::usesPassword(profile)) {
        if (const std::optional<QString> password = passwordFor(entry))
            profile.password = *password;
    }
    if (profile.needsPassword()) {
        m_test->showProblem(tr("Not tested: type the password (none is saved for this "
                               "connection)."));
        return;
    }
    m_test->start(profile);
}

void ConnectionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_probed) {
        m_probed = true;
        // After the dialog is on screen: the probe may wait for the store (a local event loop).
        QTimer::singleShot(0, this, &ConnectionDialog::probePasswordStore);
    }
}

void ConnectionDialog::accept()
{
    if (m_current >= 0)
        commitEditor(true);
    if (m_current < 0) {
        updateProblems();
        return;
    }
    for (int row = 0; row < m_entries.size(); ++row) {
        if (!problemsOf(row).isEmpty()) {
            m_list->setCurrentRow(row);
            updateProblems();
            return;
        }
    }
    // Normally known since the dialog was shown; asked now otherwise, so that "Remember password"
    // means nothing where there is no store rather than failing after the dialog has closed.
    if (m_storeState == StoreState::Unknown)
        probePasswordStore();
    Entry &active = m_entries[m_current];
    db::ConnectionProfile selected = active.profile;
    if (db::usesPassword(selected)) {
        if (const std::optional<QString> password = passwordFor(active))
            selected.password = *password;
    }
    if (selected.needsPassword()) {
        m_tabs->setCurrentWidget(m_form);
        m_problems->setText(tr("To fix before saving:") + QStringLiteral("\n• ") +
                            tr("Type the password: none is saved for this connection."));
        m_problems->setVisible(true);
        return;
    }
    saveProfiles(selected.name);
    savePasswords();
    m_selected = selected;
    QDialog::accept();
}

void ConnectionDialog::saveProfiles(const QString &activeName)
{
    QSettings settings;
    db::ProfileStore store(settings);
    // Rewritten in the dialog's order; ProfileStore drops passwords and PWD= from strings.
    for (const db::ConnectionProfile &saved : store.profiles())
        store.remove(saved.name);
    for (const Entry &entry : m_entries) {
        db::ConnectionProfile profile = entry.profile;
        profile.password.clear();
        store.save(profile);
    }
    store.setActiveProfileName(activeName);
    settings.sync();
}

} // namespace attlog::ui
