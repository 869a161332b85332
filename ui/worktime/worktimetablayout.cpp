// SPDX-License-Identifier: MIT
// WorktimeTab's widgets: the action buttons and their menus, the report tables and the layout
// (the constructor calls these once; the behaviour is in worktimetab.cpp).
#include "ui/worktime/worktimetab.h"

#include "ui/common/datatableview.h"
#include "ui/worktime/t13model.h"
#include "ui/worktime/timesheetmodel.h"
#include "ui/worktime/worktimechartsview.h"
#include "ui/worktime/worktimedaymodel.h"
#include "ui/worktime/worktimeoptionspanel.h"
#include "ui/worktime/worktimestyle.h"
#include "ui/worktime/worktimetotalsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace attlog::ui {

// Calculate, the Export and Print menus, and the busy bar with its Cancel button.
void WorktimeTab::setUpActions()
{
    QFont bold = m_calculateButton->font();
    bold.setBold(true);
    m_calculateButton->setFont(bold);
    m_calculateButton->setDefault(true);
    m_calculateButton->setToolTip(tr("Read the passes of the period and calculate the report"));
    connect(m_calculateButton, &QPushButton::clicked, this, &WorktimeTab::calculate);
    // Enter in the period and rules calculates, as the bold button says; Esc stops a calculation.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *enter = new QShortcut(QKeySequence(key), m_options);
        enter->setContext(Qt::WidgetWithChildrenShortcut);
        connect(enter, &QShortcut::activated, this, [this] {
            if (!isBusy())
                calculate();
        });
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (isBusy())
            cancelCalculation();
    });

    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(tr("This table as CSV…"), this,
                          [this] { chooseExport(ExportKind::ViewCsv); });
    exportMenu->addAction(tr("This table as Excel (XLSX)…"), this,
                          [this] { chooseExport(ExportKind::ViewXlsx); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Whole report as Excel: daily, totals, timesheet…"), this,
                          [this] { chooseExport(ExportKind::Workbook); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("T-13 timesheet form as Excel (XLSX)…"), this,
                          [this] { chooseT13Export(FormFormat::Xlsx); });
    exportMenu->addAction(tr("T-13 timesheet form as PDF…"), this,
                          [this] { chooseT13Export(FormFormat::Pdf); });
    m_exportButton->setMenu(exportMenu);
    auto *printMenu = new QMenu(this);
    printMenu->addAction(tr("Print preview of this table…"), this,
                         [this] { printCurrentView(false); });
    printMenu->addAction(tr("Save this table as PDF…"), this, [this] { printCurrentView(true); });
    m_printButton->setMenu(printMenu);

    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setTextVisible(false);
    auto *cancel = new QPushButton(tr("Cancel"), m_busyBox);
    connect(cancel, &QPushButton::clicked, this, &WorktimeTab::cancelCalculation);
    auto *busyLayout = new QHBoxLayout(m_busyBox);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(cancel);
    m_busyBox->hide();
}

// The daily, totals and timesheet tables: sorted by name in the user's alphabet, sized once.
void WorktimeTab::setUpTables()
{
    m_dayView->setObjectName(QStringLiteral("worktimeDaily"));
    m_totalsView->setObjectName(QStringLiteral("worktimeTotals"));
    m_timesheetView->setObjectName(QStringLiteral("worktimeTimesheet"));
    const std::pair<DataTableView *, QSortFilterProxyModel *> tables[] = {
        {m_dayView, m_dayProxy},
        {m_totalsView, m_totalsProxy},
        {m_timesheetView, m_timesheetProxy}};
    for (const auto &[view, proxy] : tables) {
        view->setModel(proxy);
        view->setSortingEnabled(true);
        // By name in the user's alphabet (the report's own order is by UTF-8 bytes, which puts
        // Ё before А); the sort is stable, so each person's days stay in date order.
        view->sortByColumn(WorktimeDayModel::Person, Qt::AscendingOrder);
        view->horizontalHeader()->setDefaultSectionSize(76);
    }
    QHeaderView *dayHeader = m_dayView->horizontalHeader();
    dayHeader->resizeSection(WorktimeDayModel::EmployeeId, 95);
    dayHeader->resizeSection(WorktimeDayModel::Person, 260);
    dayHeader->resizeSection(WorktimeDayModel::Date, 130);
    dayHeader->resizeSection(WorktimeDayModel::Flags, 200);
    QHeaderView *totalsHeader = m_totalsView->horizontalHeader();
    totalsHeader->resizeSection(WorktimeTotalsModel::EmployeeId, 95);
    totalsHeader->resizeSection(WorktimeTotalsModel::Person, 260);
    for (int column = WorktimeTotalsModel::DaysPresent; column < WorktimeTotalsModel::ColumnCount;
         ++column)
        totalsHeader->resizeSection(column, 110);
    m_dayView->restoreHeaderState();
    m_totalsView->restoreHeaderState();
    m_timesheetView->horizontalHeader()->setStretchLastSection(false);

    m_t13View->setObjectName(QStringLiteral("worktimeT13"));
    m_t13View->setModel(m_t13Model);
    m_t13View->setWordWrap(true);
    m_t13View->horizontalHeader()->setStretchLastSection(true);

    // Traceability: a double-click on a person's cell lists the passes behind it.
    const std::pair<DataTableView *, View> traced[] = {{m_dayView, View::Daily},
                                                       {m_totalsView, View::Totals},
                                                       {m_timesheetView, View::Timesheet},
                                                       {m_t13View, View::T13}};
    for (const auto &[view, kind] : traced) {
        connect(view, &QAbstractItemView::doubleClicked, this,
                [this, kind = kind](const QModelIndex &index) { showPassesBehind(kind, index); });
    }
}

// The report views in tabs, the hint shown before the first calculation, and the layout.
void WorktimeTab::setUpLayout()
{
    auto *timesheetPage = new QWidget(this);
    auto *timesheetLayout = new QVBoxLayout(timesheetPage);
    timesheetLayout->setContentsMargins(0, 0, 0, 0);
    timesheetLayout->addWidget(m_timesheetView, 1);
    timesheetLayout->addWidget(createTimesheetLegend(timesheetPage));

    m_views->addTab(m_dayView, tr("Daily detail"));
    m_views->addTab(m_totalsView, tr("Totals per person"));
    m_views->addTab(timesheetPage, tr("Timesheet"));
    m_views->addTab(m_charts, tr("Charts"));
    m_views->addTab(m_t13View, tr("T-13 timesheet"));
    m_views->setTabVisible(int(View::T13), false);
    connect(m_views, &QTabWidget::currentChanged, this, &WorktimeTab::updateActions);

    auto *hint =
        new QLabel(tr("Choose the period and the rules above, then press Calculate."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setStyleSheet(QStringLiteral("color:#666666; font-size:13pt"));
    m_stack->addWidget(hint);
    m_stack->addWidget(m_views);

    m_summary->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("worktimeMessage"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_calculateButton);
    actions->addWidget(m_busyBox);
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_printButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_options);
    layout->addLayout(actions);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_message);
}

} // namespace attlog::ui
