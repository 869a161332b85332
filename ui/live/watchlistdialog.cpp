// SPDX-License-Identifier: MIT
#include "ui/live/watchlistdialog.h"

#include "core/export/stagedfile.h"
#include "db/qtconvert.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <string>

namespace attlog::ui {

namespace {

enum Column
{
    NameColumn,
    OnColumn,
    PeopleColumn,
    EmployeeColumn,
    CardColumn,
    DoorColumn,
    DirectionColumn,
    HoursColumn,
    UnknownColumn,
    SoundColumn,
    ColumnCount
};

QString joined(const std::vector<std::string> &values)
{
    QStringList list;
    for (const std::string &value : values)
        list << qs(value);
    return list.join(QStringLiteral("; "));
}

std::vector<std::string> split(const QString &text)
{
    std::vector<std::string> values;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            values.push_back(value.toStdString());
    }
    return values;
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

WatchListDialog::WatchListDialog(const db::WatchSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_late(new QSpinBox(this))
{
    setWindowTitle(tr("Watch list"));
    setObjectName(QStringLiteral("watchListDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(
        tr("A pass alerts when it meets every condition a rule sets. Lists take several entries "
           "separated by \";\"; hours are HH:MM-HH:MM (over midnight: 22:00-06:00)."),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_table->setObjectName(QStringLiteral("watchRules"));
    m_table->setAccessibleName(tr("Watch list rules"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("On"), tr("People"), tr("Employee IDs"),
                                        tr("Cards"), tr("Doors"), tr("Direction"), tr("Hours"),
                                        tr("Unknown only"), tr("Sound")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *lateRow = new QHBoxLayout;
    m_late->setObjectName(QStringLiteral("watchLateAfter"));
    m_late->setRange(0, 7 * 86400);
    m_late->setSuffix(tr(" s"));
    auto *lateLabel = new QLabel(
        tr("A pass older than this when it arrives (a back-fill) alerts &silently, marked late:"),
        this);
    lateLabel->setBuddy(m_late);
    lateRow->addWidget(lateLabel);
    lateRow->addWidget(m_late);
    lateRow->addStretch(1);
    layout->addLayout(lateRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("&Add"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("watchAdd"));
    QPushButton *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    QPushButton *import = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        alert::WatchRule rule;
        rule.name = tr("New rule").toStdString();
        addRow(rule);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(import, &QPushButton::clicked, this, &WatchListDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &WatchListDialog::exportFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setSettings(settings);
    resize(1200, 480);
}

void WatchListDialog::setSettings(const db::WatchSettings &settings)
{
    m_table->setRowCount(0);
    for (const alert::WatchRule &rule : settings.rules)
        addRow(rule);
    m_late->setValue(int(settings.options.lateAfterSeconds));
    m_table->resizeColumnsToContents();
}

void WatchListDialog::addRow(const alert::WatchRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(qs(rule.name)));
    m_table->setItem(row, OnColumn, checkItem(rule.enabled));
    m_table->setItem(row, PeopleColumn, new QTableWidgetItem(joined(rule.people)));
    m_table->setItem(row, EmployeeColumn, new QTableWidgetItem(joined(rule.employeeIds)));
    m_table->setItem(row, CardColumn, new QTableWidgetItem(joined(rule.cards)));
    m_table->setItem(row, DoorColumn, new QTableWidgetItem(joined(rule.doors)));
    auto *direction = new QComboBox(m_table);
    direction->addItem(tr("any"));
    direction->addItem(tr("in"));
    direction->addItem(tr("out"));
    direction->setCurrentIndex(!rule.direction ? 0 : *rule.direction == Direction::In ? 1 : 2);
    m_table->setCellWidget(row, DirectionColumn, direction);
    m_table->setItem(
        row, HoursColumn,
        new QTableWidgetItem(rule.hours ? qs(alert::formatTimeWindow(*rule.hours)) : QString()));
    m_table->setItem(row, UnknownColumn, checkItem(rule.unknownOnly));
    auto *sound = new QComboBox(m_table);
    sound->addItem(tr("alarm"));
    sound->addItem(tr("chime"));
    sound->addItem(tr("beep"));
    sound->addItem(tr("none"));
    sound->setCurrentIndex(int(rule.sound));
    m_table->setCellWidget(row, SoundColumn, sound);
}

std::optional<db::WatchSettings> WatchListDialog::settings(QString *error) const
{
    db::WatchSettings settings;
    settings.options.lateAfterSeconds = m_late->value();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        alert::WatchRule rule;
        rule.name = text(NameColumn).toStdString();
        rule.enabled = m_table->item(row, OnColumn)->checkState() == Qt::Checked;
        rule.people = split(text(PeopleColumn));
        rule.employeeIds = split(text(EmployeeColumn));
        rule.cards = split(text(CardColumn));
        rule.doors = split(text(DoorColumn));
        const int direction =
            static_cast<QComboBox *>(m_table->cellWidget(row, DirectionColumn))->currentIndex();
        if (direction > 0)
            rule.direction = direction == 1 ? Direction::In : Direction::Out;
        if (!text(HoursColumn).isEmpty()) {
            rule.hours = alert::parseTimeWindow(text(HoursColumn).toStdString());
            if (!rule.hours) {
                *error = tr("Rule %1: the hours \"%2\" are not HH:MM-HH:MM.")
                             .arg(row + 1)
                             .arg(text(HoursColumn));
                return std::nullopt;
            }
        }
        rule.unknownOnly = m_table->item(row, UnknownColumn)->checkState() == Qt::Checked;
        rule.sound = alert::AlertSound(
            static_cast<QComboBox *>(m_table->cellWidget(row, SoundColumn))->currentIndex());
        if (rule.name.empty()) {
            *error = tr("Rule %1 has no name: the banner and the alert log show it.").arg(row + 1);
            return std::nullopt;
        }
        if (!rule.hasCondition()) {
            *error = tr("Rule \"%1\" sets no condition: it would alert on every pass.")
                         .arg(qs(rule.name));
            return std::nullopt;
        }
        settings.rules.push_back(std::move(rule));
    }
    return settings;
}

void WatchListDialog::accept()
{
    QString error;
    if (!settings(&error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

void WatchListDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a watch list"), QString(),
                                                      tr("Watch list (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QString error;
    const auto imported = db::watchSettingsFromJson(file.read(4 * 1024 * 1024), &error);
    if (!imported) {
        QMessageBox::warning(this, windowTitle(),
                             tr("%1 is not a watch list: %2").arg(path, error));
        return;
    }
    setSettings(*imported);
}

void WatchListDialog::exportFile()
{
    QString error;
    const auto current = settings(&error);
    if (!current) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the watch list"),
                                     QStringLiteral("watch-list.json"), tr("Watch list (*.json)"));
    if (path.isEmpty())
        return;
    // Staged and renamed: a device, a pipe or a folder at the path is refused, never replaced.
    const QByteArray json = db::watchSettingsToJson(*current);
    std::string why;
    if (!writeStagedFile(toPath(path), std::string_view(json.constData(), std::size_t(json.size())),
                         &why))
        QMessageBox::warning(this, windowTitle(), tr("Cannot write %1: %2").arg(path, qs(why)));
}

} // namespace attlog::ui
