// SPDX-License-Identifier: MIT
#include "ui/live/liveeventmodel.h"

#include "ui/common/eventcolumns.h"
#include "ui/common/modelexporter.h"

#include <QColor>

#include <algorithm>

namespace attlog::ui {

LiveEventModel::LiveEventModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
    m_clock.start();
    m_highlightTimer.setInterval(250);
    connect(&m_highlightTimer, &QTimer::timeout, this, &LiveEventModel::refreshHighlights);
}

void LiveEventModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    const int excess = int(m_rows.size()) - m_capacity;
    if (excess > 0)
        evictFront(excess);
}

void LiveEventModel::appendBatch(const QList<AccessEvent> &batch, bool highlight)
{
    if (batch.isEmpty())
        return;
    const qsizetype skip = std::max<qsizetype>(0, batch.size() - m_capacity);
    const int incoming = int(batch.size() - skip);
    const int excess = int(m_rows.size()) + incoming - m_capacity;
    if (excess > 0)
        evictFront(excess);

    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + incoming - 1);
    const qint64 now = m_clock.elapsed() - (highlight ? 0 : kHighlightMs);
    for (qsizetype i = skip; i < batch.size(); ++i)
        m_rows.push_back(Row{batch[i], now});
    endInsertRows();

    if (highlight && !m_highlightTimer.isActive())
        m_highlightTimer.start();
}

void LiveEventModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

bool LiveEventModel::isFresh(int row) const
{
    return row >= 0 && row < int(m_rows.size()) &&
           m_clock.elapsed() - m_rows[std::size_t(row)].arrivedMs < kHighlightMs;
}

int LiveEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kEventColumnCount;
}

QVariant LiveEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    if (role == Qt::BackgroundRole) {
        const qint64 age = m_clock.elapsed() - row.arrivedMs;
        if (age >= kHighlightMs)
            return {};
        // Fades from a clear yellow to nothing over the highlight period.
        QColor color(255, 236, 130);
        color.setAlphaF(1.0 - double(age) / kHighlightMs);
        return color;
    }
    return eventCellData(row.event, static_cast<EventColumn>(index.column()), role);
}

QVariant LiveEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < kEventColumnCount)
        return eventColumnTitle(static_cast<EventColumn>(section));
    if (orientation == Qt::Horizontal && role == kColumnTypeRole)
        return eventColumnType(static_cast<EventColumn>(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

void LiveEventModel::evictFront(int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
}

void LiveEventModel::refreshHighlights()
{
    // Only the newest rows can be fresh: walk back from the end until an old row.
    const qint64 now = m_clock.elapsed();
    int firstFresh = int(m_rows.size());
    // One step past the fresh rows also repaints the row whose highlight just ended.
    while (firstFresh > 0 && now - m_rows[std::size_t(firstFresh - 1)].arrivedMs <
                                 kHighlightMs + m_highlightTimer.interval())
        --firstFresh;
    if (firstFresh < int(m_rows.size()))
        emit dataChanged(index(firstFresh, 0), index(int(m_rows.size()) - 1, kEventColumnCount - 1),
                         {Qt::BackgroundRole});
    else
        m_highlightTimer.stop();
}

} // namespace attlog::ui
