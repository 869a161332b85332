// SPDX-License-Identifier: MIT
#include "ui/common/datatableview.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPen>
#include <QScrollBar>
#include <QSettings>

#include <algorithm>
#include <cmath>
#include <map>

namespace attlog::ui {

DataTableView::DataTableView(const QString &settingsKey, QWidget *parent)
    : QTableView(parent)
    , m_settingsKey(settingsKey)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setSortingEnabled(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    QHeaderView *vertical = verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 8);
    vertical->hide();
    m_digitWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultSectionSize(140);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &DataTableView::showHeaderMenu);
}

void DataTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() != QEvent::FontChange)
        return;
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Columns grow as the text's width does (a digit's width: the times and numbers most
    // columns hold), so what fit before fits now.
    const int before = m_digitWidth;
    m_digitWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    if (before <= 0 || before == m_digitWidth)
        return;
    QHeaderView *header = horizontalHeader();
    for (int i = 0; i < header->count(); ++i)
        header->resizeSection(
            i, int(std::lround(double(header->sectionSize(i)) * m_digitWidth / before)));
}

void DataTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(viewport());
    const int width = std::max(2, fontMetrics().height() / 8);
    painter.setPen(QPen(palette().color(QPalette::Highlight), width));
    painter.setBrush(Qt::NoBrush);
    const int inset = width / 2;
    painter.drawRect(viewport()->rect().adjusted(inset, inset, -inset - (width % 2 ? 1 : 0),
                                                 -inset - (width % 2 ? 1 : 0)));
}

void DataTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    viewport()->update();
}

void DataTableView::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    viewport()->update();
}

DataTableView::~DataTableView()
{
    saveHeaderState();
}

void DataTableView::restoreHeaderState()
{
    if (m_settingsKey.isEmpty())
        return;
    const QByteArray state =
        QSettings().value(m_settingsKey + QStringLiteral("/header")).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

void DataTableView::saveHeaderState() const
{
    if (m_settingsKey.isEmpty() || !model())
        return;
    QSettings().setValue(m_settingsKey + QStringLiteral("/header"),
                         horizontalHeader()->saveState());
}

QString DataTableView::selectionAsTsv() const
{
    if (!model())
        return {};
    const QHeaderView *header = horizontalHeader();
    std::vector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    std::vector<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());

    auto clean = [](QString text) {
        // A TSV cell cannot hold tabs or line breaks.
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        return text;
    };
    QStringList lines;
    QStringList cells;
    for (int column : columns)
        cells << clean(model()->headerData(column, Qt::Horizontal).toString());
    lines << cells.join(QLatin1Char('\t'));
    for (int row : rows) {
        cells.clear();
        for (int column : columns)
            cells << clean(model()->index(row, column).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool DataTableView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 1;
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectionAsTsv());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void DataTableView::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    QMenu menu(this);
    QHeaderView *header = horizontalHeader();
    int visibleCount = 0;
    for (int i = 0; i < header->count(); ++i)
        visibleCount += header->isSectionHidden(i) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu.addAction(model()->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The last visible column cannot be hidden: an empty table helps nobody.
        action->setEnabled(header->isSectionHidden(logical) || visibleCount > 1);
        connect(action, &QAction::toggled, this, [this, logical](bool on) {
            horizontalHeader()->setSectionHidden(logical, !on);
            saveHeaderState();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Show all columns")), &QAction::triggered, this, [this] {
        for (int i = 0; i < horizontalHeader()->count(); ++i)
            horizontalHeader()->setSectionHidden(i, false);
        saveHeaderState();
    });
    menu.exec(header->viewport()->mapToGlobal(pos));
}

} // namespace attlog::ui
