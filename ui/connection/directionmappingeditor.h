// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/directionmapping.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QTableWidget;

namespace attlog::ui {

// How stored direction values become In/Out: the entry and exit value lists (one value per line,
// "Reset to defaults" restores DirectionMapping's defaults) and the optional door/reader role
// rules (pattern, direction, what it applies to; the suggested rules can be added in one click).
// GUI thread only.
class DirectionMappingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectionMappingEditor)

public:
    explicit DirectionMappingEditor(QWidget *parent = nullptr);

    void setMapping(const sql::DirectionMapping &mapping);
    // Blank lines and rules with an empty pattern are left out (problems() names the latter).
    sql::DirectionMapping mapping() const;

    // Translated sentences about what mapping() would silently leave out (a rule without a
    // pattern); empty when nothing.
    QStringList problems() const;

signals:
    void changed();

private:
    void addRule(const sql::RoleRule &rule);
    void addSuggestedRules();
    void removeSelectedRules();

    QPlainTextEdit *m_inValues = nullptr;
    QPlainTextEdit *m_outValues = nullptr;
    QTableWidget *m_rules = nullptr;
    QComboBox *m_mode = nullptr;
    bool m_loading = false;
};

} // namespace attlog::ui
