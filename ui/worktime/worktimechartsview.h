// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/worktimecalculator.h"
#include "ui/worktime/worktimeresult.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QDateEdit;

namespace attlog::ui {

class HeadcountChart;
class HoursPerDayChart;

// The Worktime tab's charts: hours worked per day for a chosen person (bars) and the number of
// people inside over a chosen day of the period (area). The chart widgets come from ui/reports.
// GUI thread only.
class WorktimeChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorktimeChartsView)

public:
    // The headcount samples of one day (the tab asks its calculator).
    using HeadcountFunction = std::function<std::vector<HeadcountPoint>(Date)>;

    explicit WorktimeChartsView(QWidget *parent = nullptr);

    // A null result clears the charts.
    void setResult(WorktimeResultPtr result, HeadcountFunction headcount);
    // Index into the report's people.
    void setPerson(int person);
    void setDay(Date date);

    HoursPerDayChart *hoursChart() const { return m_hours; }
    HeadcountChart *headcountChart() const { return m_headcount; }

private:
    void showPerson();
    void showDay();

    WorktimeResultPtr m_result;
    HeadcountFunction m_headcountOf;
    QComboBox *m_person;
    QDateEdit *m_day;
    HoursPerDayChart *m_hours;
    HeadcountChart *m_headcount;
};

} // namespace attlog::ui
