// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/workplan.h"
#include "ui/plan/plansections.h"
#include "ui/worktime/worktimeresult.h"

#include <QDialog>

#include <array>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace attlog::ui {

class MonthSpinBox;

// The Plan window: the work plan of a plan store (db/plan/planstore.h) to read and edit — shifts,
// patterns, groups, assignments, overrides, the production calendar, absences, each a table (see
// plansections.h) — and a month grid per person: the plan of each day with, when a Worktime
// result of that month is given, the worked figures beside it (code and hours). Save checks the
// plan (the JSON reader's messages name the section and row) and stores it as the store's next
// version on a worker thread; a store saved by someone else since it was loaded is not
// overwritten. Import and export of the plan's JSON file. GUI thread; SQL runs on workers.
class PlanWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanWindow)

public:
    explicit PlanWindow(QString storePath, QWidget *parent = nullptr);
    ~PlanWindow() override;

    const QString &storePath() const { return m_storePath; }
    qint64 version() const { return m_version; }
    QTableWidget *table(PlanSection section) const { return m_tables[std::size_t(section)]; }
    QTableWidget *monthGrid() const { return m_grid; }
    // The message line under the tables (what was loaded or saved, or why not).
    QString message() const;

    // The plan as the tables read now; nullopt with the reason when it cannot be used.
    std::optional<WorkPlan> currentPlan(QString *error) const;

    // Reads the store on a worker thread; loaded() reports.
    void load();
    // Checks the tables and saves them as the store's next version on a worker thread; saved()
    // reports. false (with the message shown) when the tables cannot be read as a plan.
    bool save();
    // Replaces the tables with a JSON plan file (not saved until Save). false with `error`.
    bool importJson(const QString &path, QString *error);
    // Writes the tables' plan as JSON (replaced only when complete). false with `error`.
    bool exportJson(const QString &path, QString *error) const;

    // The month grid's month, and the worked figures to show beside the plan (a result
    // calculated under a plan; others are ignored).
    void setMonth(int year, int month);
    void setWorked(WorktimeResultPtr result);

signals:
    void loaded(bool ok, const QString &message);
    void saved(bool ok, const QString &message);

private:
    void showMessage(const QString &text, bool error);
    void fillTables(const QByteArray &json);
    void refreshGrid();
    void chooseImport();
    void chooseExport();

    QString m_storePath;
    qint64 m_version = 0;
    bool m_busy = false;
    std::array<QTableWidget *, kPlanSectionCount> m_tables{};
    QTabWidget *m_tabs;
    MonthSpinBox *m_month;
    QTableWidget *m_grid;
    QLabel *m_message;
    QLabel *m_versionLabel;
    QPushButton *m_saveButton;
    WorktimeResultPtr m_worked;
};

} // namespace attlog::ui
