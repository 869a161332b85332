// SPDX-License-Identifier: MIT
#include "ui/history/historymodel.h"

#include "ui/common/eventcolumns.h"
#include "ui/common/modelexporter.h"

namespace attlog::ui {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryModel::startRequest(db::HistoryRequestId requestId)
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_requestId = requestId;
    m_fetching = true;
    m_atEnd = false;
    endResetModel();
}

bool HistoryModel::appendPage(db::HistoryRequestId requestId, const QList<AccessEvent> &events,
                              bool atEnd)
{
    if (requestId != m_requestId || !m_requestId.isValid())
        return false;
    m_fetching = false;
    m_atEnd = atEnd;
    if (!events.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(events.size()) - 1);
        m_rows.insert(m_rows.end(), events.begin(), events.end());
        endInsertRows();
    }
    return true;
}

void HistoryModel::stopFetching()
{
    m_fetching = false;
    m_atEnd = true;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kEventColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return eventCellData(m_rows[std::size_t(index.row())], static_cast<EventColumn>(index.column()),
                         role);
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < kEventColumnCount)
        return eventColumnTitle(static_cast<EventColumn>(section));
    if (orientation == Qt::Horizontal && role == kColumnTypeRole)
        return eventColumnType(static_cast<EventColumn>(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_requestId.isValid() && !m_atEnd && !m_fetching;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit moreRequested(m_requestId);
}

} // namespace attlog::ui
