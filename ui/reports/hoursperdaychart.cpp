// SPDX-License-Identifier: MIT
#include "ui/reports/hoursperdaychart.h"

#include "ui/common/eventformat.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace attlog::ui {

struct HoursPerDayChart::Chart
{
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QList<qreal> hours;
};

namespace {
// Shown above the bars only while they are wide enough for the text.
constexpr int kMaxLabelledBars = 16;
} // namespace

HoursPerDayChart::HoursPerDayChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(std::make_unique<Chart>())
{
    m_chart->chart = new QChart;
    m_chart->chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->view = new QChartView(m_chart->chart, this); // takes the chart
    m_chart->view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart->view);
}

HoursPerDayChart::~HoursPerDayChart() = default;

void HoursPerDayChart::clear()
{
    QChart *chart = m_chart->chart;
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle({});
    m_chart->hours.clear();
}

void HoursPerDayChart::setDays(const QString &title, const std::vector<DayMinutes> &days,
                               int scheduledMinutes)
{
    clear();
    QChart *chart = m_chart->chart;
    chart->setTitle(title);
    if (days.empty())
        return;

    // Day numbers when the period lies in one month, else dd.MM.
    const bool oneMonth = toQDate(days.front().date).month() == toQDate(days.back().date).month() &&
                          days.back().date.days - days.front().date.days < 31;
    auto *set = new QBarSet(tr("Hours worked"));
    set->setColor(QColor(0x15, 0x65, 0xc0));
    set->setBorderColor(QColor(0x0d, 0x47, 0xa1));
    QStringList categories;
    qreal highest = 0;
    for (const DayMinutes &day : days) {
        const qreal hours = std::round(double(day.minutes) / 6.0) / 10.0;
        m_chart->hours << hours;
        *set << hours;
        highest = std::max(highest, hours);
        const QDate date = toQDate(day.date);
        categories << (oneMonth ? QString::number(date.day())
                                : date.toString(QStringLiteral("dd.MM")));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    if (days.size() <= std::size_t(kMaxLabelledBars)) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    }
    chart->addSeries(series);

    // Bars stand at 0 .. n-1 on a value axis; each label sits on its bar. A month of narrow bars
    // labels every other day, so no number is elided for want of room.
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(-0.5, qreal(days.size()) - 0.5);
    const qsizetype every = days.size() > std::size_t(kMaxLabelledBars) ? 2 : 1;
    for (qsizetype i = 0; i < categories.size(); i += every)
        axisX->append(categories[i], qreal(i));
    axisX->setGridLineVisible(false);
    axisX->setTitleText(oneMonth ? tr("Day of month") : tr("Date"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    auto *axisY = new QValueAxis;
    const qreal scheduled = scheduledMinutes / 60.0;
    // Whole hours on the axis: 2 h steps up to a working day, 4 h beyond.
    const qreal top = std::max<qreal>(std::ceil(std::max(highest, scheduled) * 1.1), 4);
    const int step = top > 16 ? 4 : 2;
    axisY->setRange(0, std::ceil(top / step) * step);
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(step);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(tr("Hours"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    if (scheduledMinutes > 0) {
        auto *line = new QLineSeries;
        line->setName(tr("Scheduled (%1 h)").arg(scheduled, 0, 'f', 1));
        QPen pen(QColor(0xef, 0x6c, 0x00));
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->append(-0.5, scheduled);
        line->append(qreal(days.size()) - 0.5, scheduled);
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
}

QList<qreal> HoursPerDayChart::hours() const
{
    return m_chart->hours;
}

} // namespace attlog::ui
