// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"
#include "core/report/reportrules.h"

#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTimeEdit;
class QToolButton;

namespace attlog::ui {

class MonthSpinBox;

// The Worktime tab's settings: the period (a month, default the current one, or from/to dates,
// both inclusive), how worked time is counted (span or inside), the double-scan window, what an
// unknown direction means, and an optional schedule (start, end, grace minutes, working days) or
// a work plan (a plan store or JSON file, see README): with the plan, schedules come from it and
// the T-13 timesheet is made. The plan's file and whether it is used are remembered (settings).
// GUI thread only.
class WorktimeOptionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorktimeOptionsPanel)

public:
    explicit WorktimeOptionsPanel(QWidget *parent = nullptr);

    Date periodFrom() const;
    Date periodTo() const; // inclusive
    WorktimeRules rules() const;

    void setMonth(int year, int month);
    void setPeriod(Date from, Date to);
    void setMode(WorkedMode mode);
    void setDoubleScanSeconds(int seconds);
    void setUnknownDirection(UnknownDirectionPolicy policy);
    // std::nullopt switches the schedule off.
    void setSchedule(const std::optional<Schedule> &schedule);

    // The work plan's file when the plan is used, else empty.
    QString planFile() const;
    // Uses the plan in `path` (a store or JSON file), or no plan for an empty path; remembered.
    void setPlanFile(const QString &path);

    // A one-line description of the counting rules and the schedule (not the period), for titles
    // and printouts.
    QString rulesSummary() const;

signals:
    void changed();
    // The user asked to edit the work plan (the Plan window).
    void editPlanRequested();

private:
    void updateEnabled();
    void choosePlanFile();

    QRadioButton *m_monthChoice;
    QRadioButton *m_rangeChoice;
    MonthSpinBox *m_month;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_mode;
    QSpinBox *m_doubleScan;
    QComboBox *m_unknown;
    QGroupBox *m_scheduleBox;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QSpinBox *m_grace;
    std::array<QToolButton *, 7> m_days{};
    QGroupBox *m_planBox;
    QLineEdit *m_planPath;
};

} // namespace attlog::ui
