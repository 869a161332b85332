// SPDX-License-Identifier: MIT
#include "ui/worktime/worktimechartsview.h"

#include "ui/common/eventformat.h"
#include "ui/reports/headcountchart.h"
#include "ui/reports/hoursperdaychart.h"
#include "ui/worktime/worktimestyle.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <map>

namespace attlog::ui {

WorktimeChartsView::WorktimeChartsView(QWidget *parent)
    : QWidget(parent)
    , m_person(new QComboBox(this))
    , m_day(new QDateEdit(this))
    , m_hours(new HoursPerDayChart(this))
    , m_headcount(new HeadcountChart(this))
{
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->setMinimumContentsLength(24);
    m_person->completer()->setFilterMode(Qt::MatchContains);
    m_person->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_person, &QComboBox::currentIndexChanged, this, &WorktimeChartsView::showPerson);
    m_day->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_day->setCalendarPopup(true);
    connect(m_day, &QDateEdit::dateChanged, this, &WorktimeChartsView::showDay);

    // Side by side: each chart keeps the full height for its axis labels.
    auto *personBar = new QHBoxLayout;
    personBar->addWidget(new QLabel(tr("Hours worked per day by:"), this));
    personBar->addWidget(m_person, 1);
    auto *dayBar = new QHBoxLayout;
    dayBar->addWidget(new QLabel(tr("People inside over the day:"), this));
    dayBar->addWidget(m_day);
    dayBar->addStretch(1);

    auto *left = new QVBoxLayout;
    left->addLayout(personBar);
    left->addWidget(m_hours, 1);
    auto *right = new QVBoxLayout;
    right->addLayout(dayBar);
    right->addWidget(m_headcount, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
}

void WorktimeChartsView::setResult(WorktimeResultPtr result, HeadcountFunction headcount)
{
    m_result = std::move(result);
    m_headcountOf = std::move(headcount);
    {
        const QSignalBlocker blockPerson(m_person);
        const QSignalBlocker blockDay(m_day);
        m_person->clear();
        if (m_result) {
            for (const WorktimePerson &person : m_result->report.people) {
                QString label = qs(person.name.empty() ? person.card : person.name);
                if (!person.employeeId.empty())
                    label += QStringLiteral(" (%1)").arg(qs(person.employeeId));
                m_person->addItem(label);
            }
            const WorktimeReport &report = m_result->report;
            m_day->setDateRange(toQDate(report.from), toQDate(report.to));
            // Start on the busiest day of the period: the chart has something to show.
            std::map<int, int> entries;
            for (const WorktimeDay &day : report.days)
                entries[day.date.days] += day.firstIn ? 1 : 0;
            Date busiest = report.from;
            int most = -1;
            for (const auto &[days, count] : entries) {
                if (count > most) {
                    most = count;
                    busiest = Date{days};
                }
            }
            m_day->setDate(toQDate(busiest));
        }
    }
    showPerson();
    showDay();
}

void WorktimeChartsView::setPerson(int person)
{
    m_person->setCurrentIndex(person);
}

void WorktimeChartsView::setDay(Date date)
{
    m_day->setDate(toQDate(date));
}

void WorktimeChartsView::showPerson()
{
    const int person = m_person->currentIndex();
    if (!m_result || person < 0 || person >= int(m_result->report.people.size())) {
        m_hours->clear();
        return;
    }
    const WorktimeReport &report = m_result->report;
    const int scheduled = report.rules.schedule ? report.rules.schedule->lengthMinutes() : 0;
    m_hours->setDays(tr("Hours worked per day: %1").arg(m_person->itemText(person)),
                     workedMinutesPerDay(report, std::size_t(person)), scheduled);
}

void WorktimeChartsView::showDay()
{
    if (!m_result || !m_headcountOf) {
        m_headcount->clear();
        return;
    }
    const Date day = fromQDate(m_day->date());
    m_headcount->setPoints(tr("People inside on %1").arg(dateWithWeekday(day)), m_headcountOf(day));
}

} // namespace attlog::ui
