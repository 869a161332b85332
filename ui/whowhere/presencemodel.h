// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/presenceboard.h"

#include <QAbstractTableModel>

#include <vector>

namespace attlog::ui {

// The Who-Where table: one row per person of a PresenceBoard snapshot (status, last door, last
// pass time and how long ago). GUI thread only.
//
// setRows() merges a new snapshot into the rows shown: people who stay keep their row (a
// dataChanged when something changed), people who leave or arrive are removed or inserted in
// ranges; a reset happens only when the table goes from or to empty. So selection and scroll
// position survive the live updates. setReferenceTime() only re-announces the "ago" column.
class PresenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenceModel)

public:
    enum Column : int
    {
        Status,
        Person,
        EmployeeId,
        Card,
        LastDoor,
        LastDirection,
        LastTime,
        Ago,
        ColumnCount
    };
    // PresenceStatus as int, for tests and delegates.
    static constexpr int kStatusRole = Qt::UserRole + 10;

    explicit PresenceModel(QObject *parent = nullptr);

    // `rows` must be ordered by (person, identity), as PresenceBoard::snapshot() gives them.
    // `at` is the moment the board stands for; "ago" counts from it.
    void setRows(std::vector<PresenceRow> rows, DateTime at);
    // Moves the moment "ago" counts from (a timer calls it); announces the Ago column only.
    void setReferenceTime(DateTime at);
    DateTime referenceTime() const { return m_at; }

    const PresenceRow &rowAt(int row) const { return m_rows[std::size_t(row)]; }
    // The row of a person identity, -1 when not shown.
    int rowOfIdentity(const std::string &identity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(PresenceStatus status);
    static QColor statusColor(PresenceStatus status);
    // "just now", "5 min", "2 h 05 min", "3 d 4 h"; empty for negative spans.
    static QString agoText(std::int64_t seconds);

private:
    std::vector<PresenceRow> m_rows;
    DateTime m_at;
};

} // namespace attlog::ui
