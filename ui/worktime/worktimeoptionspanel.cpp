// SPDX-License-Identifier: MIT
#include "ui/worktime/worktimeoptionspanel.h"

#include "db/plan/planstore.h"
#include "ui/common/eventformat.h"
#include "ui/common/monthspinbox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace attlog::ui {

namespace {

int minuteOfDay(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

QTime timeOfMinute(int minute)
{
    return QTime(minute / 60, minute % 60);
}

const QString kPlanUsedKey = QStringLiteral("worktime/planUsed");
const QString kPlanFileKey = QStringLiteral("worktime/planFile");

} // namespace

WorktimeOptionsPanel::WorktimeOptionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_monthChoice(new QRadioButton(tr("Month"), this))
    , m_rangeChoice(new QRadioButton(tr("From"), this))
    , m_month(new MonthSpinBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_mode(new QComboBox(this))
    , m_doubleScan(new QSpinBox(this))
    , m_unknown(new QComboBox(this))
    , m_scheduleBox(new QGroupBox(tr("Schedule"), this))
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_grace(new QSpinBox(this))
    , m_planBox(new QGroupBox(tr("Work plan"), this))
    , m_planPath(new QLineEdit(this))
{
    const QDate today = QDate::currentDate();

    // Period.
    auto *periodBox = new QGroupBox(tr("Period"), this);
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_monthChoice);
    choice->addButton(m_rangeChoice);
    m_monthChoice->setChecked(true);
    m_month->setMonth(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        edit->setCalendarPopup(true);
    }
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    auto *periodLayout = new QGridLayout(periodBox);
    periodLayout->addWidget(m_monthChoice, 0, 0);
    periodLayout->addWidget(m_month, 0, 1, 1, 3);
    periodLayout->addWidget(m_rangeChoice, 1, 0);
    periodLayout->addWidget(m_from, 1, 1);
    periodLayout->addWidget(new QLabel(tr("to"), periodBox), 1, 2);
    periodLayout->addWidget(m_to, 1, 3);

    // Counting rules.
    auto *rulesBox = new QGroupBox(tr("Counting"), this);
    m_mode->addItem(tr("First entry to last exit"), int(WorkedMode::Span));
    m_mode->addItem(tr("Time inside (breaks not counted)"), int(WorkedMode::Inside));
    m_mode->setToolTip(tr("How worked time is counted: the whole span of the day, or only the "
                          "time between each entry and its exit"));
    m_doubleScan->setRange(0, 3600);
    m_doubleScan->setValue(int(kDefaultDoubleScanSeconds));
    m_doubleScan->setSuffix(tr(" s"));
    m_doubleScan->setToolTip(tr("A second scan of the same card in the same direction within "
                                "this time counts once (0 = count every scan)"));
    m_unknown->addItem(tr("Opposite of the last pass"), int(UnknownDirectionPolicy::Opposite));
    m_unknown->addItem(tr("Ignore the pass"), int(UnknownDirectionPolicy::Ignore));
    m_unknown->setToolTip(tr("What a pass without a direction (in/out) means"));
    auto *rulesLayout = new QFormLayout(rulesBox);
    rulesLayout->addRow(tr("Worked time:"), m_mode);
    rulesLayout->addRow(tr("Repeat scans within:"), m_doubleScan);
    rulesLayout->addRow(tr("Pass without direction:"), m_unknown);

    // Schedule.
    m_scheduleBox->setCheckable(true);
    m_scheduleBox->setChecked(false);
    m_scheduleBox->setToolTip(tr("With a schedule the report shows lateness, early leaving, "
                                 "overtime and absent working days"));
    for (QTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(QTime(9, 0));
    m_end->setTime(QTime(18, 0));
    m_grace->setRange(0, 240);
    m_grace->setSuffix(tr(" min"));
    m_grace->setToolTip(tr("Lateness and early leaving up to this many minutes are not counted"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(QStringLiteral("–"), m_scheduleBox));
    hours->addWidget(m_end);
    hours->addSpacing(12);
    hours->addWidget(new QLabel(tr("Grace:"), m_scheduleBox));
    hours->addWidget(m_grace);
    hours->addStretch(1);
    auto *days = new QHBoxLayout;
    days->setSpacing(2);
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        auto *button = new QToolButton(m_scheduleBox);
        button->setText(locale.dayName(i + 1, QLocale::ShortFormat));
        button->setCheckable(true);
        button->setChecked(i < 5);
        button->setToolTip(tr("Working day"));
        connect(button, &QToolButton::toggled, this, &WorktimeOptionsPanel::changed);
        m_days[std::size_t(i)] = button;
        days->addWidget(button);
    }
    days->addStretch(1);
    auto *scheduleLayout = new QFormLayout(m_scheduleBox);
    scheduleLayout->addRow(tr("Hours:"), hours);
    scheduleLayout->addRow(tr("Working days:"), days);

    // Work plan: its file (a plan store or a JSON plan), remembered.
    m_planBox->setCheckable(true);
    m_planBox->setToolTip(tr("Shifts, patterns, the holiday calendar and absences per person "
                             "from a work plan; adds the T-13 timesheet"));
    const QSettings settings;
    m_planPath->setText(QDir::toNativeSeparators(
        settings.value(kPlanFileKey, db::PlanStore::defaultPath()).toString()));
    // Until the user decides, a plan is used when the default store holds one.
    m_planBox->setChecked(
        settings.value(kPlanUsedKey, QFileInfo::exists(db::PlanStore::defaultPath())).toBool());
    m_planPath->setPlaceholderText(tr("Plan file (.sqlite store or .json)"));
    auto *browse = new QToolButton(m_planBox);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose the plan file"));
    connect(browse, &QToolButton::clicked, this, &WorktimeOptionsPanel::choosePlanFile);
    auto *editPlan = new QToolButton(m_planBox);
    editPlan->setText(tr("Edit…"));
    editPlan->setToolTip(tr("Open the Plan window: shifts, patterns, groups, assignments, "
                            "overrides, calendar, absences"));
    connect(editPlan, &QToolButton::clicked, this, &WorktimeOptionsPanel::editPlanRequested);
    auto *planLayout = new QHBoxLayout(m_planBox);
    planLayout->addWidget(m_planPath, 1);
    planLayout->addWidget(browse);
    planLayout->addWidget(editPlan);

    auto *scheduleColumn = new QVBoxLayout;
    scheduleColumn->addWidget(m_scheduleBox);
    scheduleColumn->addWidget(m_planBox);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(periodBox);
    layout->addWidget(rulesBox);
    layout->addLayout(scheduleColumn, 1);

    connect(choice, &QButtonGroup::buttonToggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_month, &MonthSpinBox::monthChanged, this, &WorktimeOptionsPanel::changed);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &WorktimeOptionsPanel::changed);
    for (QComboBox *combo : {m_mode, m_unknown})
        connect(combo, &QComboBox::currentIndexChanged, this, &WorktimeOptionsPanel::changed);
    for (QSpinBox *spin : {m_doubleScan, m_grace})
        connect(spin, &QSpinBox::valueChanged, this, &WorktimeOptionsPanel::changed);
    for (QTimeEdit *edit : {m_start, m_end})
        connect(edit, &QTimeEdit::timeChanged, this, &WorktimeOptionsPanel::changed);
    connect(m_scheduleBox, &QGroupBox::toggled, this, &WorktimeOptionsPanel::changed);
    connect(m_planBox, &QGroupBox::toggled, this, [this](bool used) {
        QSettings().setValue(kPlanUsedKey, used);
        updateEnabled();
        emit changed();
    });
    connect(m_planPath, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(kPlanFileKey,
                             QDir::fromNativeSeparators(m_planPath->text().trimmed()));
        emit changed();
    });
    updateEnabled();
}

void WorktimeOptionsPanel::choosePlanFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Work plan"), QDir::fromNativeSeparators(m_planPath->text()),
        tr("Work plans (*.sqlite *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    setPlanFile(path);
}

QString WorktimeOptionsPanel::planFile() const
{
    if (!m_planBox->isChecked())
        return {};
    return QDir::fromNativeSeparators(m_planPath->text().trimmed());
}

void WorktimeOptionsPanel::setPlanFile(const QString &path)
{
    if (!path.isEmpty()) {
        m_planPath->setText(QDir::toNativeSeparators(path));
        QSettings().setValue(kPlanFileKey, path);
    }
    m_planBox->setChecked(!path.isEmpty());
    emit changed();
}

void WorktimeOptionsPanel::updateEnabled()
{
    const bool month = m_monthChoice->isChecked();
    m_month->setEnabled(month);
    m_from->setEnabled(!month);
    m_to->setEnabled(!month);
    // Under a plan the schedules are the plan's.
    m_scheduleBox->setEnabled(!m_planBox->isChecked());
}

Date WorktimeOptionsPanel::periodFrom() const
{
    if (m_monthChoice->isChecked()) {
        const QDate month = m_month->month();
        return dateFromCivil(month.year(), month.month(), 1);
    }
    return fromQDate(std::min(m_from->date(), m_to->date()));
}

Date WorktimeOptionsPanel::periodTo() const
{
    if (m_monthChoice->isChecked()) {
        const QDate month = m_month->month();
        return dateFromCivil(month.year(), month.month(), month.daysInMonth());
    }
    return fromQDate(std::max(m_from->date(), m_to->date()));
}

WorktimeRules WorktimeOptionsPanel::rules() const
{
    WorktimeRules rules;
    rules.mode = WorkedMode(m_mode->currentData().toInt());
    rules.doubleScanSeconds = m_doubleScan->value();
    rules.unknownDirection = UnknownDirectionPolicy(m_unknown->currentData().toInt());
    if (m_scheduleBox->isChecked() && !m_planBox->isChecked()) {
        Schedule schedule;
        schedule.startMinute = minuteOfDay(m_start->time());
        schedule.endMinute = minuteOfDay(m_end->time());
        schedule.graceMinutes = m_grace->value();
        for (std::size_t i = 0; i < 7; ++i)
            schedule.workingDays[i] = m_days[i]->isChecked();
        rules.schedule = schedule;
    }
    return rules;
}

void WorktimeOptionsPanel::setMonth(int year, int month)
{
    m_month->setMonth(QDate(year, month, 1));
    m_monthChoice->setChecked(true);
}

void WorktimeOptionsPanel::setPeriod(Date from, Date to)
{
    m_from->setDate(toQDate(from));
    m_to->setDate(toQDate(to));
    m_rangeChoice->setChecked(true);
}

void WorktimeOptionsPanel::setMode(WorkedMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void WorktimeOptionsPanel::setDoubleScanSeconds(int seconds)
{
    m_doubleScan->setValue(seconds);
}

void WorktimeOptionsPanel::setUnknownDirection(UnknownDirectionPolicy policy)
{
    m_unknown->setCurrentIndex(m_unknown->findData(int(policy)));
}

void WorktimeOptionsPanel::setSchedule(const std::optional<Schedule> &schedule)
{
    m_scheduleBox->setChecked(schedule.has_value());
    if (!schedule)
        return;
    m_start->setTime(timeOfMinute(schedule->startMinute));
    m_end->setTime(timeOfMinute(schedule->endMinute));
    m_grace->setValue(schedule->graceMinutes);
    for (std::size_t i = 0; i < 7; ++i)
        m_days[i]->setChecked(schedule->workingDays[i]);
}

QString WorktimeOptionsPanel::rulesSummary() const
{
    const WorktimeRules r = rules();
    QString text = r.mode == WorkedMode::Span ? tr("worked = first entry to last exit")
                                              : tr("worked = time inside");
    if (m_planBox->isChecked()) {
        text += QStringLiteral(" · ") + tr("work plan %1").arg(QFileInfo(planFile()).fileName());
    } else if (r.schedule) {
        text += QStringLiteral(" · ") +
                tr("schedule %1–%2, grace %3 min")
                    .arg(timeOfMinute(r.schedule->startMinute).toString(QStringLiteral("HH:mm")),
                         timeOfMinute(r.schedule->endMinute).toString(QStringLiteral("HH:mm")))
                    .arg(r.schedule->graceMinutes);
    }
    return text;
}

} // namespace attlog::ui
