// SPDX-License-Identifier: MIT
#pragma once

#include "db/alert/watchrules.h"

#include <QDialog>

class QSpinBox;
class QTableWidget;

namespace attlog::ui {

// Alerts → Watch list: the rules as a table, one row per rule (name, on, people, employee IDs,
// cards, doors — lists separated by ";" —, direction, hours HH:MM-HH:MM, unknown only, sound),
// the "late after" seconds, Add, Remove, Import… and Export… (the JSON of
// db/alert/watchrules.h). OK checks every row and says which cell is wrong. GUI thread only.
class WatchListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchListDialog)

public:
    explicit WatchListDialog(const db::WatchSettings &settings, QWidget *parent = nullptr);

    // The rules as entered; std::nullopt (with the reason) when a cell cannot be read.
    std::optional<db::WatchSettings> settings(QString *error) const;
    void setSettings(const db::WatchSettings &settings);
    QTableWidget *table() const { return m_table; }

    void accept() override;

private:
    void addRow(const alert::WatchRule &rule);
    void importFile();
    void exportFile();

    QTableWidget *m_table;
    QSpinBox *m_late;
};

} // namespace attlog::ui
