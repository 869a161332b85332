// SPDX-License-Identifier: MIT
#include "ui/worktime/worktimestyle.h"

#include "ui/common/eventformat.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace attlog::ui {

namespace {

// The translation context of this file's strings.
struct WorktimeStyle
{
    Q_DECLARE_TR_FUNCTIONS(WorktimeStyle)
};

QWidget *swatch(const QColor &color, const QString &text, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(5);
    auto *square = new QFrame(box);
    square->setFixedSize(16, 16);
    square->setFrameShape(QFrame::Box);
    square->setStyleSheet(
        QStringLiteral("background-color:%1; border:1px solid #888888").arg(color.name()));
    layout->addWidget(square);
    layout->addWidget(new QLabel(text, box));
    return box;
}

} // namespace

QColor lateColor()
{
    return QColor(0xff, 0xd9, 0x66); // amber, as the XLSX export's Late fill
}

QColor absentColor()
{
    return QColor(0xf4, 0xa6, 0xa6); // red, as the XLSX export's Absent fill
}

QColor incompleteColor()
{
    return QColor(0xc9, 0xb3, 0xe6); // violet, as the XLSX export's Incomplete fill
}

QColor nonWorkingDayColor()
{
    return QColor(0xdd, 0xdd, 0xdd); // grey, visible against the alternating row colour
}

QString flagsText(const WorktimeFlags &flags)
{
    QStringList parts;
    if (flags.noExit)
        parts << WorktimeStyle::tr("No exit");
    if (flags.noEntry)
        parts << WorktimeStyle::tr("No entry");
    if (flags.absent)
        parts << WorktimeStyle::tr("Absent");
    return parts.join(QStringLiteral(", "));
}

bool isStillInsideToday(const WorktimeDay &day)
{
    return day.flags.noExit && !day.flags.noEntry && !day.flags.absent && !day.lastOut &&
           day.date == fromQDate(QDate::currentDate());
}

QString passTimeText(DateTime time, Date date)
{
    const QDateTime shown = toQDateTime(time);
    if (dateOf(time) == date)
        return shown.toString(QStringLiteral("HH:mm"));
    return shown.toString(QStringLiteral("dd.MM HH:mm"));
}

QString dateWithWeekday(Date date)
{
    const QDate shown = toQDate(date);
    return QLocale().dayName(shown.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
           displayDate(date);
}

bool isWorkingDay(Date date, const WorktimeRules &rules)
{
    const int weekday = isoWeekday(date);
    if (rules.schedule)
        return rules.schedule->workingDays[std::size_t(weekday)];
    return weekday < 5;
}

QWidget *createTimesheetLegend(QWidget *parent)
{
    auto *legend = new QWidget(parent);
    legend->setObjectName(QStringLiteral("timesheetLegend"));
    auto *layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(18);
    layout->addWidget(new QLabel(
        WorktimeStyle::tr("Hours worked per day (h:mm); in = came in today, not out yet."),
        legend));
    layout->addWidget(swatch(lateColor(), WorktimeStyle::tr("Late"), legend));
    layout->addWidget(
        swatch(absentColor(), WorktimeStyle::tr("Absent on a working day (abs.)"), legend));
    layout->addWidget(swatch(incompleteColor(),
                             WorktimeStyle::tr("Entry or exit pass missing (? = hours unknown)"),
                             legend));
    layout->addWidget(swatch(nonWorkingDayColor(), WorktimeStyle::tr("Day off"), legend));
    layout->addStretch(1);
    return legend;
}

} // namespace attlog::ui
