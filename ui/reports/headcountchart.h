// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/worktimecalculator.h"

#include <QList>
#include <QPointF>
#include <QWidget>

#include <memory>
#include <vector>

namespace attlog::ui {

// An area chart of how many people were inside over one day (the Worktime tab's "headcount
// inside"). Plain data in, so the chart backend (Qt Charts today, deprecated from Qt 6.10) can be
// replaced without touching the callers. GUI thread only.
class HeadcountChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadcountChart)

public:
    explicit HeadcountChart(QWidget *parent = nullptr);
    ~HeadcountChart() override;

    // The samples of one day, in time order (WorktimeCalculator::headcount()).
    void setPoints(const QString &title, const std::vector<HeadcountPoint> &points);
    void clear();

    // (hour of day, people inside) as drawn.
    QList<QPointF> points() const;

private:
    struct Chart;
    std::unique_ptr<Chart> m_chart;
};

} // namespace attlog::ui
