// SPDX-License-Identifier: MIT
#pragma once

#include "db/dbtypes.h" // AccessEvent with its Qt metatype

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <deque>

namespace attlog::ui {

// The Live tab's rows: a bounded ring buffer of the newest events, oldest at row 0, newest at the
// bottom. Fed in batches on the GUI thread; each batch is announced with one remove (eviction of
// the oldest rows when full) followed by one insert. Rows that arrived in the last
// kHighlightMs milliseconds are marked fresh (background highlight that fades).
class LiveEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEventModel)

public:
    static constexpr int kDefaultCapacity = 10000;
    static constexpr int kHighlightMs = 3000;

    explicit LiveEventModel(int capacity = kDefaultCapacity, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    // Shrinking evicts the oldest rows at once.
    void setCapacity(int capacity);

    // Appends a batch in the order given. If the batch alone exceeds the capacity, only its newest
    // `capacity` events are kept. `highlight`: mark the rows fresh (false for events that were
    // already history when Live started).
    void appendBatch(const QList<AccessEvent> &batch, bool highlight = true);
    void clear();

    const AccessEvent &eventAt(int row) const { return m_rows[std::size_t(row)].event; }
    bool isFresh(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        AccessEvent event;
        qint64 arrivedMs = 0;
    };

    void evictFront(int count);
    void refreshHighlights();

    std::deque<Row> m_rows;
    int m_capacity;
    QElapsedTimer m_clock;
    QTimer m_highlightTimer;
};

} // namespace attlog::ui
