// SPDX-License-Identifier: MIT
#include "ui/connection/directionmappingeditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <string>
#include <vector>

namespace attlog::ui {

namespace {

enum RuleColumn
{
    PatternColumn,
    DirectionColumn,
    TargetColumn,
    RuleColumnCount
};

QString joinLines(const std::vector<std::string> &values)
{
    QStringList lines;
    for (const std::string &value : values)
        lines << QString::fromStdString(value);
    return lines.join(QLatin1Char('\n'));
}

std::vector<std::string> splitLines(const QString &text)
{
    std::vector<std::string> values;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString value = line.trimmed();
        if (!value.isEmpty())
            values.push_back(value.toStdString());
    }
    return values;
}

QPlainTextEdit *valueList(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

} // namespace

DirectionMappingEditor::DirectionMappingEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *valuesBox = new QGroupBox(tr("Values of the direction column"), this);
    auto *valuesGrid = new QGridLayout(valuesBox);
    m_inValues = valueList(QStringLiteral("inValues"), valuesBox);
    m_outValues = valueList(QStringLiteral("outValues"), valuesBox);
    valuesGrid->addWidget(new QLabel(tr("Entry (one value per line):"), valuesBox), 0, 0);
    valuesGrid->addWidget(new QLabel(tr("Exit (one value per line):"), valuesBox), 0, 1);
    valuesGrid->addWidget(m_inValues, 1, 0);
    valuesGrid->addWidget(m_outValues, 1, 1);
    auto *reset = new QPushButton(tr("Reset to defaults"), valuesBox);
    reset->setObjectName(QStringLiteral("resetDirections"));
    auto *valuesNote =
        new QLabel(tr("Compared without regard to case or surrounding spaces; any other value "
                      "counts as unknown."),
                   valuesBox);
    valuesNote->setWordWrap(true);
    valuesGrid->addWidget(valuesNote, 2, 0, 1, 2);
    valuesGrid->addWidget(reset, 3, 0, Qt::AlignLeft);
    // Eight default values per list fit without scrolling; the rules table gets the rest.
    const int listHeight = m_inValues->fontMetrics().lineSpacing() * 9;
    m_inValues->setMaximumHeight(listHeight);
    m_outValues->setMaximumHeight(listHeight);
    layout->addWidget(valuesBox);

    auto *rulesBox = new QGroupBox(tr("Door and reader rules (optional)"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    auto *rulesNote = new QLabel(tr("For readers bound the wrong way round or a missing direction: "
                                    "a door or reader whose name contains the text gets the "
                                    "direction. The first matching rule wins."),
                                 rulesBox);
    rulesNote->setWordWrap(true);
    rulesLayout->addWidget(rulesNote);
    m_rules = new QTableWidget(0, RuleColumnCount, rulesBox);
    m_rules->setObjectName(QStringLiteral("roleRules"));
    m_rules->setHorizontalHeaderLabels({tr("Name contains"), tr("Direction"), tr("Applies to")});
    m_rules->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    // The combo columns hold cell widgets, which ResizeToContents does not measure: size them to
    // a combo with the same items.
    const auto comboWidth = [this](const QStringList &items) {
        QComboBox probe;
        probe.addItems(items);
        return qMax(probe.sizeHint().width(),
                    m_rules->horizontalHeader()->fontMetrics().horizontalAdvance(items.first()));
    };
    m_rules->horizontalHeader()->setSectionResizeMode(DirectionColumn, QHeaderView::Fixed);
    m_rules->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Fixed);
    m_rules->setColumnWidth(DirectionColumn,
                            comboWidth({tr("Direction"), tr("Entry"), tr("Exit")}));
    m_rules->setColumnWidth(TargetColumn, comboWidth({tr("Applies to"), tr("Reader or door"),
                                                      tr("Reader"), tr("Door")}));
    m_rules->verticalHeader()->setVisible(false);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    rulesLayout->addWidget(m_rules, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"), rulesBox);
    add->setObjectName(QStringLiteral("addRule"));
    auto *remove = new QPushButton(tr("Remove rule"), rulesBox);
    remove->setObjectName(QStringLiteral("removeRule"));
    auto *suggested = new QPushButton(tr("Add suggested rules"), rulesBox);
    suggested->setObjectName(QStringLiteral("addSuggestedRules"));
    suggested->setToolTip(tr("Names containing \"выход\" or \"exit\" are exits; \"вход\" or "
                             "\"entr\" are entries."));
    m_mode = new QComboBox(rulesBox);
    m_mode->setObjectName(QStringLiteral("ruleMode"));
    m_mode->addItem(tr("Rules override the direction column"), int(sql::RoleRuleMode::Override));
    m_mode->addItem(tr("Rules only fill in an unknown direction"),
                    int(sql::RoleRuleMode::WhenUnknown));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(suggested);
    buttons->addStretch(1);
    buttons->addWidget(m_mode);
    rulesLayout->addLayout(buttons);
    layout->addWidget(rulesBox, 1);

    const auto notify = [this] {
        if (!m_loading)
            emit changed();
    };
    connect(m_inValues, &QPlainTextEdit::textChanged, this, notify);
    connect(m_outValues, &QPlainTextEdit::textChanged, this, notify);
    connect(m_rules, &QTableWidget::itemChanged, this, notify);
    connect(m_mode, &QComboBox::currentIndexChanged, this, notify);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_inValues->setPlainText(joinLines(sql::DirectionMapping::defaultInValues()));
        m_outValues->setPlainText(joinLines(sql::DirectionMapping::defaultOutValues()));
    });
    connect(add, &QPushButton::clicked, this, [this] {
        addRule(sql::RoleRule{});
        m_rules->setCurrentCell(m_rules->rowCount() - 1, PatternColumn);
        m_rules->editItem(m_rules->item(m_rules->rowCount() - 1, PatternColumn));
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, &DirectionMappingEditor::removeSelectedRules);
    connect(suggested, &QPushButton::clicked, this, &DirectionMappingEditor::addSuggestedRules);
}

void DirectionMappingEditor::setMapping(const sql::DirectionMapping &mapping)
{
    m_loading = true;
    m_inValues->setPlainText(joinLines(mapping.inValues()));
    m_outValues->setPlainText(joinLines(mapping.outValues()));
    m_rules->setRowCount(0);
    for (const sql::RoleRule &rule : mapping.roleRules())
        addRule(rule);
    m_mode->setCurrentIndex(m_mode->findData(int(mapping.roleRuleMode())));
    m_loading = false;
}

sql::DirectionMapping DirectionMappingEditor::mapping() const
{
    sql::DirectionMapping mapping;
    mapping.setValues(splitLines(m_inValues->toPlainText()),
                      splitLines(m_outValues->toPlainText()));
    std::vector<sql::RoleRule> rules;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const QTableWidgetItem *pattern = m_rules->item(row, PatternColumn);
        const QString text = pattern ? pattern->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        const auto *direction =
            qobject_cast<QComboBox *>(m_rules->cellWidget(row, DirectionColumn));
        const auto *target = qobject_cast<QComboBox *>(m_rules->cellWidget(row, TargetColumn));
        sql::RoleRule rule;
        rule.pattern = text.toStdString();
        rule.direction = Direction(direction->currentData().toInt());
        rule.target = sql::RoleTarget(target->currentData().toInt());
        rules.push_back(std::move(rule));
    }
    mapping.setRoleRules(std::move(rules), sql::RoleRuleMode(m_mode->currentData().toInt()));
    return mapping;
}

QStringList DirectionMappingEditor::problems() const
{
    QStringList list;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const QTableWidgetItem *pattern = m_rules->item(row, PatternColumn);
        if (!pattern || pattern->text().trimmed().isEmpty()) {
            list << tr("Door and reader rule %1 has no text to look for.").arg(row + 1);
            break;
        }
    }
    return list;
}

void DirectionMappingEditor::addRule(const sql::RoleRule &rule)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    m_rules->setItem(row, PatternColumn,
                     new QTableWidgetItem(QString::fromStdString(rule.pattern)));

    auto *direction = new QComboBox(m_rules);
    direction->addItem(tr("Entry"), int(Direction::In));
    direction->addItem(tr("Exit"), int(Direction::Out));
    direction->setCurrentIndex(rule.direction == Direction::Out ? 1 : 0);
    m_rules->setCellWidget(row, DirectionColumn, direction);

    auto *target = new QComboBox(m_rules);
    target->addItem(tr("Reader or door"), int(sql::RoleTarget::ReaderOrDoor));
    target->addItem(tr("Reader"), int(sql::RoleTarget::Reader));
    target->addItem(tr("Door"), int(sql::RoleTarget::Door));
    target->setCurrentIndex(target->findData(int(rule.target)));
    m_rules->setCellWidget(row, TargetColumn, target);

    const auto notify = [this] {
        if (!m_loading)
            emit changed();
    };
    connect(direction, &QComboBox::currentIndexChanged, this, notify);
    connect(target, &QComboBox::currentIndexChanged, this, notify);
    m_loading = wasLoading;
}

void DirectionMappingEditor::addSuggestedRules()
{
    const sql::DirectionMapping current = mapping();
    const std::vector<sql::RoleRule> &existing = current.roleRules();
    for (const sql::RoleRule &rule : sql::DirectionMapping::suggestedRoleRules()) {
        if (std::find(existing.begin(), existing.end(), rule) == existing.end())
            addRule(rule);
    }
    emit changed();
}

void DirectionMappingEditor::removeSelectedRules()
{
    QList<int> rows;
    for (const QModelIndex &index : m_rules->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_rules->currentRow() >= 0)
        rows << m_rules->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : rows)
        m_rules->removeRow(row);
    if (!rows.isEmpty())
        emit changed();
}

} // namespace attlog::ui
