// SPDX-License-Identifier: MIT
#include "ui/history/historyfilterbar.h"

#include "ui/common/eventformat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QWidgetAction>

#include <algorithm>

namespace attlog::ui {

namespace {

enum DirectionChoice
{
    AllDirections,
    InOnly,
    OutOnly,
    UnknownOnly
};

// The alert choice's item data: a kind, and for a rule its name in Qt::UserRole + 1.
enum AlertChoiceData
{
    EveryPass,
    AnyAlert,
    NotAcknowledged,
    OneRule
};
constexpr int kRuleRole = Qt::UserRole + 1;

} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_doorButton(new QPushButton(this))
    , m_doorList(new QListWidget)
    , m_direction(new QComboBox(this))
    , m_alertChoice(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    m_preset->setAccessibleName(tr("Period"));
    m_direction->setAccessibleName(tr("Direction"));
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Yesterday"), int(Preset::Yesterday));
    m_preset->addItem(tr("This week"), int(Preset::ThisWeek));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));

    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm:ss"));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (m_settingPeriod)
                return;
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            scheduleApply();
        });
    }
    m_from->setToolTip(tr("From (inclusive)"));
    m_to->setToolTip(tr("To (inclusive, to the second)"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));

    auto *doorMenu = new QMenu(m_doorButton);
    auto *doorAction = new QWidgetAction(doorMenu);
    m_doorList->setMinimumSize(280, 240);
    doorAction->setDefaultWidget(m_doorList);
    doorMenu->addAction(doorAction);
    m_doorButton->setMenu(doorMenu);
    connect(m_doorList, &QListWidget::itemChanged, this, [this] {
        updateDoorButton();
        scheduleApply();
    });
    updateDoorButton();

    m_direction->addItem(tr("All directions"), AllDirections);
    m_direction->addItem(directionIcon(Direction::In), tr("In"), InOnly);
    m_direction->addItem(directionIcon(Direction::Out), tr("Out"), OutOnly);
    m_direction->addItem(directionIcon(Direction::Unknown), tr("Unknown"), UnknownOnly);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::scheduleApply);

    m_alertChoice->setObjectName(QStringLiteral("historyAlertChoice"));
    m_alertChoice->setAccessibleName(tr("Passes: all, or those that raised an alert"));
    m_alertChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setAlerts({});
    connect(m_alertChoice, &QComboBox::activated, this, &HistoryFilterBar::applyNow);

    m_search->setPlaceholderText(tr("Name, card or employee ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search: name, card or employee ID"));
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textEdited, this, &HistoryFilterBar::scheduleApply);
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryFilterBar::applyNow);
    // The clear button does not emit textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            scheduleApply();
    });

    connect(m_preset, &QComboBox::activated, this, [this] {
        applyPreset();
        applyNow();
    });

    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(kApplyDelayMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &HistoryFilterBar::applyNow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("—"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_doorButton);
    layout->addWidget(m_direction);
    layout->addWidget(m_alertChoice);
    layout->addWidget(m_search, 1);

    setPreset(Preset::Today);
}

void HistoryFilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    applyPreset();
}

void HistoryFilterBar::applyPreset()
{
    const auto preset = static_cast<Preset>(m_preset->currentData().toInt());
    const QDate today = QDate::currentDate();
    QDate first = today;
    QDate last = today;
    switch (preset) {
    case Preset::Today:
        break;
    case Preset::Yesterday:
        first = last = today.addDays(-1);
        break;
    case Preset::ThisWeek:
        first = today.addDays(1 - today.dayOfWeek());
        break;
    case Preset::ThisMonth:
        first = QDate(today.year(), today.month(), 1);
        break;
    case Preset::Custom:
        return;
    }
    m_settingPeriod = true;
    m_from->setDateTime(QDateTime(first, QTime(0, 0)));
    m_to->setDateTime(QDateTime(last, QTime(23, 59, 59)));
    m_settingPeriod = false;
}

void HistoryFilterBar::setPeriod(const QDateTime &from, const QDateTime &toInclusive)
{
    m_settingPeriod = true;
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_from->setDateTime(from);
    m_to->setDateTime(toInclusive);
    m_settingPeriod = false;
}

void HistoryFilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void HistoryFilterBar::setDoorNames(const QStringList &doors)
{
    const QStringList checked = selectedDoors();
    QSignalBlocker block(m_doorList);
    m_doorList->clear();
    QStringList all = doors;
    for (const QString &door : checked) {
        if (!all.contains(door))
            all << door;
    }
    all.sort(Qt::CaseInsensitive);
    for (const QString &door : all) {
        auto *item = new QListWidgetItem(door, m_doorList);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(checked.contains(door) ? Qt::Checked : Qt::Unchecked);
    }
    updateDoorButton();
}

void HistoryFilterBar::setSelectedDoors(const QStringList &doors)
{
    {
        QSignalBlocker block(m_doorList);
        for (int i = 0; i < m_doorList->count(); ++i) {
            QListWidgetItem *item = m_doorList->item(i);
            item->setCheckState(doors.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateDoorButton();
}

QStringList HistoryFilterBar::selectedDoors() const
{
    QStringList doors;
    for (int i = 0; i < m_doorList->count(); ++i) {
        if (m_doorList->item(i)->checkState() == Qt::Checked)
            doors << m_doorList->item(i)->text();
    }
    return doors;
}

void HistoryFilterBar::updateDoorButton()
{
    const QStringList doors = selectedDoors();
    if (doors.isEmpty())
        m_doorButton->setText(tr("All doors"));
    else if (doors.size() == 1)
        m_doorButton->setText(doors.first());
    else
        m_doorButton->setText(tr("%n door(s)", nullptr, int(doors.size())));
    m_doorButton->setToolTip(doors.isEmpty() ? tr("Pick one or more doors")
                                             : doors.join(QLatin1Char('\n')));
}

void HistoryFilterBar::setAlerts(std::vector<db::AlertRecord> alerts)
{
    const int kind = m_alertChoice->count() > 0 ? m_alertChoice->currentData().toInt() : EveryPass;
    const QString rule = m_alertChoice->currentData(kRuleRole).toString();
    m_alertRecords = std::move(alerts);
    QStringList rules;
    for (const db::AlertRecord &alert : m_alertRecords)
        if (!rules.contains(alert.rule))
            rules.append(alert.rule);
    rules.sort(Qt::CaseInsensitive);

    const QSignalBlocker block(m_alertChoice);
    m_alertChoice->clear();
    m_alertChoice->addItem(tr("All passes"), EveryPass);
    m_alertChoice->addItem(tr("With an alert"), AnyAlert);
    m_alertChoice->addItem(tr("Alert not acknowledged"), NotAcknowledged);
    for (const QString &name : rules) {
        m_alertChoice->addItem(tr("Alert: %1").arg(name), OneRule);
        m_alertChoice->setItemData(m_alertChoice->count() - 1, name, kRuleRole);
    }
    int index = m_alertChoice->findData(kind);
    if (kind == OneRule)
        index = m_alertChoice->findData(rule, kRuleRole);
    if (index < 0 && kind == OneRule) {
        // The rule's alerts are gone from the log: keep the choice, it matches nothing.
        m_alertChoice->addItem(tr("Alert: %1").arg(rule), OneRule);
        index = m_alertChoice->count() - 1;
        m_alertChoice->setItemData(index, rule, kRuleRole);
    }
    m_alertChoice->setCurrentIndex(std::max(index, 0));
    if (kind != EveryPass)
        scheduleApply();
}

void HistoryFilterBar::setAlertedOnly(bool alerted)
{
    m_alertChoice->setCurrentIndex(m_alertChoice->findData(alerted ? AnyAlert : EveryPass));
}

void HistoryFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

HistorySearch HistoryFilterBar::search() const
{
    HistorySearch search;
    search.from = fromQDateTime(m_from->dateTime());
    search.to = addSeconds(fromQDateTime(m_to->dateTime()), 1);
    for (const QString &door : selectedDoors())
        search.doors.push_back(door.toStdString());
    switch (m_direction->currentData().toInt()) {
    case InOnly:
        search.out = search.unknown = false;
        break;
    case OutOnly:
        search.in = search.unknown = false;
        break;
    case UnknownOnly:
        search.in = search.out = false;
        break;
    default:
        break;
    }
    search.text = m_search->text().toStdString();
    db::AlertChoice choice;
    switch (m_alertChoice->currentData().toInt()) {
    case EveryPass:
        return search;
    case NotAcknowledged:
        choice.kind = db::AlertChoice::Kind::NotAcknowledged;
        break;
    case OneRule:
        choice.kind = db::AlertChoice::Kind::Rule;
        choice.rule = m_alertChoice->currentData(kRuleRole).toString();
        break;
    default:
        break;
    }
    search.passes = db::alertedPasses(m_alertRecords, choice);
    return search;
}

void HistoryFilterBar::scheduleApply()
{
    m_applyTimer.start();
}

void HistoryFilterBar::applyNow()
{
    m_applyTimer.stop();
    emit searchChanged(search());
}

} // namespace attlog::ui
