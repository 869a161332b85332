// SPDX-License-Identifier: MIT
#include "ui/connection/columnmappingeditor.h"

#include "core/sql/columnresolver.h"
#include "core/sql/tableconfig.h"
#include "db/qtconvert.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace attlog::ui {

namespace {

struct FieldText
{
    const char *label;
    const char *hint;
};

// Indexed by sql::Field. The context is the class's own tr() context (its qualified name).
constexpr std::array<FieldText, sql::kFieldCount> kFieldTexts{{
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Live key:"),
     QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor",
                       "A unique, increasing integer column: Live follows it to see new rows.")},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Date and time:"),
     QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor",
                       "The pass time (local time, no time zone).")},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Date (text):"),
     QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor",
                       "Used when the date-and-time column is empty.")},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Time (text):"),
     QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor",
                       "Used when the date-and-time column is empty.")},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Direction:"),
     QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor",
                       "Entry or exit; the values are set on the Directions page.")},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Device name:"), nullptr},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Device serial number:"), nullptr},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Person name:"), nullptr},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Employee ID:"), nullptr},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Card number:"), nullptr},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Door name:"), nullptr},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Reader name:"), nullptr},
    {QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor", "Inserted at:"),
     QT_TRANSLATE_NOOP("attlog::ui::ColumnMappingEditor",
                       "When the row was written (a column with DEFAULT CURRENT_TIMESTAMP), if "
                       "the table has one: Data health compares it with each device's clock.")},
}};

} // namespace

ColumnMappingEditor::ColumnMappingEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *tableForm = new QFormLayout;
    m_table = new QLineEdit(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setToolTip(tr("May be qualified: schema.table, or database.schema.table on SQL "
                           "Server. Leave empty for the default."));
    tableForm->addRow(tr("Table:"), m_table);
    layout->addLayout(tableForm);

    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *grid = new QGridLayout(columnsBox);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);
    // Two columns of fields keep the page short enough for small screens.
    constexpr int kRowsPerColumn = (int(sql::kFieldCount) + 1) / 2;
    for (const sql::Field field : sql::kAllFields) {
        const std::size_t i = sql::fieldIndex(field);
        auto *combo = new QComboBox(columnsBox);
        combo->setObjectName(QStringLiteral("column_") + qs(sql::fieldName(field)));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(qs(sql::defaultColumnName(field)));
        combo->addItem(absentText()); // the key too: Live then follows rows by time
        if (field == sql::Field::InsertedAt)
            combo->setCurrentIndex(1); // iVMS-4200's table has no such column
        const FieldText &text = kFieldTexts[i];
        auto *label = new QLabel(tr(text.label), columnsBox);
        label->setBuddy(combo);
        const QString tip = text.hint ? tr(text.hint) : QString();
        label->setToolTip(tip);
        combo->setToolTip(tip);
        const int row = int(i) % kRowsPerColumn;
        const int column = int(i) / kRowsPerColumn * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1);
        m_columns[i] = combo;
        connect(combo, &QComboBox::currentTextChanged, this, [this] {
            if (!m_loading)
                emit changed();
        });
    }
    auto *reset = new QPushButton(tr("Reset columns to the iVMS-4200 names"), columnsBox);
    reset->setObjectName(QStringLiteral("resetColumns"));
    grid->addWidget(reset, kRowsPerColumn, 0, 1, 4, Qt::AlignLeft);
    layout->addWidget(columnsBox);

    auto *note = new QLabel(
        tr("A time (date and time, or date and time as text) is required, and one of person "
           "name, employee ID or card number. Without a live key, the date and time column is "
           "needed: Live then follows new rows by their time. Choose \"%1\" for a column the "
           "table does not have; Test connection fits the names to the table's columns.")
            .arg(absentText()),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_table, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        setMapping(sql::ColumnMapping());
        emit changed();
    });
}

QString ColumnMappingEditor::absentText()
{
    return tr("(absent)");
}

void ColumnMappingEditor::setDialect(std::optional<sql::Dialect> dialect)
{
    if (dialect)
        m_table->setPlaceholderText(tr("default: %1").arg(qs(sql::defaultTableName(*dialect))));
    else
        m_table->setPlaceholderText(tr("default: dbo.attlog on SQL Server, attlog elsewhere"));
}

void ColumnMappingEditor::setTable(const QString &table)
{
    m_loading = true;
    m_table->setText(table);
    m_loading = false;
}

QString ColumnMappingEditor::table() const
{
    return m_table->text().trimmed();
}

void ColumnMappingEditor::setMapping(const sql::ColumnMapping &mapping)
{
    m_loading = true;
    for (const sql::Field field : sql::kAllFields) {
        QComboBox *combo = m_columns[sql::fieldIndex(field)];
        const auto &column = mapping.column(field);
        const QString text = column ? QString::fromStdString(*column) : absentText();
        const int index = combo->findText(text, Qt::MatchFixedString | Qt::MatchCaseSensitive);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else
            combo->setEditText(text);
    }
    m_loading = false;
}

void ColumnMappingEditor::fitToColumns(const QStringList &columns)
{
    std::vector<std::string> names;
    for (const QString &column : columns)
        names.push_back(column.toStdString());
    const sql::ColumnMapping guessed = sql::guessMapping(names);
    sql::ColumnMapping fitted = mapping();
    for (const sql::Field field : sql::kAllFields) {
        QComboBox *combo = m_columns[sql::fieldIndex(field)];
        m_loading = true;
        for (const QString &column : columns)
            if (combo->findText(column, Qt::MatchFixedString | Qt::MatchCaseSensitive) < 0)
                combo->addItem(column);
        m_loading = false;
        const auto &current = fitted.column(field);
        if (!current)
            continue;
        const QString wanted = QString::fromStdString(*current);
        const auto same = std::find_if(columns.begin(), columns.end(), [&](const QString &c) {
            return c.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (same != columns.end())
            fitted.setColumn(field, same->toStdString());
        else if (guessed.has(field))
            fitted.setColumn(field, guessed.column(field));
    }
    if (!(fitted == mapping())) {
        setMapping(fitted);
        emit changed();
    }
}

sql::ColumnMapping ColumnMappingEditor::mapping() const
{
    sql::ColumnMapping mapping = sql::ColumnMapping::empty();
    for (const sql::Field field : sql::kAllFields) {
        const QString text = m_columns[sql::fieldIndex(field)]->currentText().trimmed();
        if (text.isEmpty() || text == absentText())
            continue;
        mapping.setColumn(field, text.toStdString());
    }
    return mapping;
}

} // namespace attlog::ui
