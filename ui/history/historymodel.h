// SPDX-License-Identifier: MIT
#pragma once

#include "db/dbtypes.h" // AccessEvent with its Qt metatype
#include "db/session/requestid.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace attlog::ui {

// History's rows: the pages of one request, newest first, appended as the view scrolls
// (canFetchMore/fetchMore). Pages are tagged with the request id they answer; a page of any
// other request (a superseded filter) is dropped. GUI thread only; no SQL here: fetchMore()
// emits moreRequested() and the owner asks the data session for the next page.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    explicit HistoryModel(QObject *parent = nullptr);

    // Starts a new result: clears the rows; the first page of `requestId` is on its way.
    void startRequest(db::HistoryRequestId requestId);
    db::HistoryRequestId requestId() const { return m_requestId; }
    // Appends a page of `requestId` (ignored when stale). `atEnd`: no further page exists.
    // Returns false when the page was stale and dropped.
    bool appendPage(db::HistoryRequestId requestId, const QList<AccessEvent> &events, bool atEnd);
    // The request failed or was cancelled: no more pages will come for it.
    void stopFetching();
    bool isFetching() const { return m_fetching; }
    bool isAtEnd() const { return m_atEnd; }

    const AccessEvent &eventAt(int row) const { return m_rows[std::size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void moreRequested(db::HistoryRequestId requestId);

private:
    std::vector<AccessEvent> m_rows;
    db::HistoryRequestId m_requestId;
    bool m_fetching = false;
    bool m_atEnd = true;
};

} // namespace attlog::ui
