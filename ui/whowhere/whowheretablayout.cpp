// SPDX-License-Identifier: MIT
// WhoWhereTab's widgets: the table, the period controls, the filters and the layout (the
// constructor calls these once; the behaviour is in whowheretab.cpp).
#include "ui/whowhere/whowheretab.h"

#include "ui/common/datatableview.h"
#include "ui/reports/collatingsortproxy.h"
#include "ui/whowhere/presencemodel.h"
#include "ui/whowhere/presencerulesmenu.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace attlog::ui {

// The board's table: sorted by name, the columns sized once, then as the user left them.
void WhoWhereTab::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("whoWhereTable"));
    m_view->setAccessibleName(tr("People and where they are"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PresenceModel::Person, Qt::AscendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(PresenceModel::Status, 100);
    header->resizeSection(PresenceModel::Person, 280);
    header->resizeSection(PresenceModel::EmployeeId, 100);
    header->resizeSection(PresenceModel::Card, 110);
    header->resizeSection(PresenceModel::LastDoor, 200);
    header->resizeSection(PresenceModel::LastDirection, 90);
    header->resizeSection(PresenceModel::LastTime, 160);
    m_view->setColumnHidden(PresenceModel::Card, true);
    m_view->restoreHeaderState();
}

// The period: the preset windows, and a custom from/to applied 0.6 s after the last edit.
void WhoWhereTab::setUpPeriodControls()
{
    m_preset->setAccessibleName(tr("Passes since"));
    m_doorFilter->setAccessibleName(tr("Door"));
    m_preset->addItem(tr("Today (since 00:00)"), int(WindowPreset::Today));
    m_preset->addItem(tr("Last 24 hours"), int(WindowPreset::Last24Hours));
    m_preset->addItem(tr("Last 7 days"), int(WindowPreset::Last7Days));
    m_preset->addItem(tr("Custom period"), int(WindowPreset::Custom));
    m_preset->setToolTip(tr("Whose passes count: a person's status comes from their last pass "
                            "in this period"));
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updateWindowControls();
        reload();
    });

    const QString dateTimeFormat = QStringLiteral("dd.MM.yyyy HH:mm");
    const QDateTime current = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_customFrom, m_customTo}) {
        edit->setDisplayFormat(dateTimeFormat);
        edit->setCalendarPopup(true);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_customTimer->start(); });
    }
    m_customFrom->setDateTime(QDateTime(current.date(), QTime(0, 0)));
    m_customTo->setDateTime(current);
    m_customTimer->setSingleShot(true);
    m_customTimer->setInterval(600);
    connect(m_customTimer, &QTimer::timeout, this, [this] {
        if (windowPreset() == WindowPreset::Custom)
            reload();
    });
}

// Door filter, search, the counters, the status line and the carried-over hint.
void WhoWhereTab::setUpFilters()
{
    m_doorFilter->addItem(tr("All doors"));
    m_doorFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_doorFilter->setToolTip(tr("Show only the people whose last pass was through this door"));
    connect(m_doorFilter, &QComboBox::currentIndexChanged, this, &WhoWhereTab::refreshBoard);

    m_search->setPlaceholderText(tr("Search name, employee ID, card or door"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search: name, employee ID, card or door"));
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, &WhoWhereTab::refreshBoard);

    QFont countersFont = m_counters->font();
    countersFont.setPointSizeF(countersFont.pointSizeF() * 1.35);
    m_counters->setFont(countersFont);
    m_counters->setTextFormat(Qt::RichText);
    m_counters->setObjectName(QStringLiteral("presenceCounters"));
    m_status->setObjectName(QStringLiteral("presenceStatusLine"));
    m_hint->setObjectName(QStringLiteral("presenceCarriedOver"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(
        QStringLiteral("background-color:#fff3e0; color:#8a4b00; padding:4px; border-radius:3px"));
    m_hint->hide();
    m_status->setWordWrap(true);
}

// The buttons (refresh, rules, evacuation list, PDF) and the layout of the whole tab.
void WhoWhereTab::setUpLayout()
{
    m_reloadButton->setToolTip(tr("Read the period again from the database"));
    connect(m_reloadButton, &QPushButton::clicked, this, &WhoWhereTab::reload);
    m_evacuationButton->setToolTip(
        tr("The list of everybody inside now, to print or save as PDF during an alarm. It looks "
           "back at least 24 hours, so night shifts that came in before midnight are on it."));
    QFont evacuationFont = m_evacuationButton->font();
    evacuationFont.setBold(true);
    m_evacuationButton->setFont(evacuationFont);
    connect(m_evacuationButton, &QPushButton::clicked, this, &WhoWhereTab::showEvacuationPreview);
    auto *rulesButton = new QToolButton(this);
    rulesButton->setText(tr("Rules"));
    rulesButton->setToolTip(tr("How repeat scans and passes without a direction are counted"));
    rulesButton->setPopupMode(QToolButton::InstantPopup);
    m_rulesMenu = new PresenceRulesMenu(rulesButton);
    m_rulesMenu->setRules(m_board.rules());
    connect(m_rulesMenu, &PresenceRulesMenu::rulesChosen, this, &WhoWhereTab::setPresenceRules);
    rulesButton->setMenu(m_rulesMenu);
    auto *pdfButton = new QPushButton(tr("Save list as PDF…"), this);
    pdfButton->setToolTip(tr("Save the evacuation list as a PDF file"));
    connect(pdfButton, &QPushButton::clicked, this, &WhoWhereTab::saveEvacuationPdf);

    auto *customLayout = new QHBoxLayout(m_customBox);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(new QLabel(tr("from"), m_customBox));
    customLayout->addWidget(m_customFrom);
    customLayout->addWidget(new QLabel(tr("to"), m_customBox));
    customLayout->addWidget(m_customTo);

    auto *windowBar = new QHBoxLayout;
    windowBar->addWidget(new QLabel(tr("Period:"), this));
    windowBar->addWidget(m_preset);
    windowBar->addWidget(m_customBox);
    windowBar->addWidget(m_reloadButton);
    windowBar->addWidget(rulesButton);
    windowBar->addStretch(1);
    windowBar->addWidget(m_evacuationButton);
    windowBar->addWidget(pdfButton);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_counters);
    filterBar->addStretch(1);
    filterBar->addWidget(new QLabel(tr("Door:"), this));
    filterBar->addWidget(m_doorFilter);
    filterBar->addWidget(m_search);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(windowBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
}

} // namespace attlog::ui
