// SPDX-License-Identifier: MIT
#include "ui/reports/headcountchart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace attlog::ui {

namespace {

// The smallest of 1, 2, 5, 10, 20, 50, … that is at least `rough`.
int niceStep(double rough)
{
    int magnitude = 1;
    while (true) {
        for (const int factor : {1, 2, 5}) {
            if (factor * magnitude >= rough)
                return factor * magnitude;
        }
        magnitude *= 10;
    }
}

} // namespace

struct HeadcountChart::Chart
{
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QList<QPointF> points;
};

HeadcountChart::HeadcountChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(std::make_unique<Chart>())
{
    m_chart->chart = new QChart;
    m_chart->chart->legend()->hide();
    m_chart->chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->view = new QChartView(m_chart->chart, this); // takes the chart
    m_chart->view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart->view);
}

HeadcountChart::~HeadcountChart() = default;

void HeadcountChart::clear()
{
    QChart *chart = m_chart->chart;
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle({});
    m_chart->points.clear();
}

void HeadcountChart::setPoints(const QString &title, const std::vector<HeadcountPoint> &points)
{
    clear();
    QChart *chart = m_chart->chart;
    chart->setTitle(title);
    if (points.empty())
        return;

    // A step line: the count holds until the next sample.
    auto *upper = new QLineSeries;
    int highest = 0;
    const std::int64_t dayStart =
        points.front().time.seconds - (points.front().time.seconds % 86400 + 86400) % 86400;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const qreal hour = qreal(points[i].time.seconds - dayStart) / 3600.0;
        const qreal next =
            i + 1 < points.size() ? qreal(points[i + 1].time.seconds - dayStart) / 3600.0 : 24.0;
        upper->append(hour, points[i].inside);
        upper->append(next, points[i].inside);
        m_chart->points << QPointF(hour, points[i].inside);
        highest = std::max(highest, points[i].inside);
    }
    auto *area = new QAreaSeries(upper);
    area->setName(tr("People inside"));
    area->setColor(QColor(0x66, 0xbb, 0x6a, 0xa0));
    QPen pen(QColor(0x2e, 0x7d, 0x32));
    pen.setWidthF(2);
    area->setPen(pen);
    chart->addSeries(area);

    auto *axisX = new QValueAxis;
    axisX->setRange(0, 24);
    axisX->setTickCount(9); // every 3 hours: the labels fit a half-width chart
    axisX->setLabelFormat(QStringLiteral("%d:00"));
    axisX->setTitleText(tr("Time of day"));
    chart->addAxis(axisX, Qt::AlignBottom);
    area->attachAxis(axisX);

    auto *axisY = new QValueAxis;
    // Whole people: an integer tick step (1, 2, 5, 10, 20, 50, …) so no label is rounded.
    const int step = niceStep(std::max(highest, 5) / 5.0);
    axisY->setRange(0, (highest / step + 1) * step);
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(step);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(tr("People inside"));
    chart->addAxis(axisY, Qt::AlignLeft);
    area->attachAxis(axisY);
}

QList<QPointF> HeadcountChart::points() const
{
    return m_chart->points;
}

} // namespace attlog::ui
