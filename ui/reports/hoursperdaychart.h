// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/worktimereport.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

namespace attlog::ui {

// A bar chart of one person's worked hours per day of a period (the Worktime tab's "hours per
// day"). Plain data in, so the chart backend (Qt Charts today, deprecated from Qt 6.10) can be
// replaced without touching the callers. GUI thread only.
class HoursPerDayChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoursPerDayChart)

public:
    explicit HoursPerDayChart(QWidget *parent = nullptr);
    ~HoursPerDayChart() override;

    // One bar per entry of `days` (minutes shown as hours, one decimal). `scheduledMinutes` > 0
    // draws the scheduled day length as a reference line.
    void setDays(const QString &title, const std::vector<DayMinutes> &days,
                 int scheduledMinutes = 0);
    void clear();

    // The bar heights in hours, in date order (what is drawn).
    QList<qreal> hours() const;

private:
    struct Chart;
    std::unique_ptr<Chart> m_chart;
};

} // namespace attlog::ui
