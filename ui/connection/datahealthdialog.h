// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/datahealth.h"
#include "core/sql/directionmapping.h"
#include "db/connection/tableinspector.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QTableWidget;
class QPushButton;

namespace attlog::db {
class DataSession;
class RangeLoad;
} // namespace attlog::db

namespace attlog::ui {

// Connection → Data health: how healthy the connected table's data looks. The table summary
// (rows, first and newest event, mode, rows without time) and, from the passes of the 30 days
// before the newest event: per device rows, newest pass and its age (silent devices flagged),
// repeated serial numbers, clocks ahead (future passes, skew against the insertion time), the
// direction values with what each maps to (unmapped ones with Map as In / Map as Out), and
// suspected ghost duplicates. All reading goes through the session's workers; the scan's sums
// run on a thread-pool thread. GUI thread only.
class DataHealthDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataHealthDialog)

public:
    DataHealthDialog(db::DataSession *session, sql::DirectionMapping directions,
                     QWidget *parent = nullptr);
    ~DataHealthDialog() override;

    // Reads everything again (after a mapping change, or the Refresh button).
    void refresh();
    void setDirections(sql::DirectionMapping directions);
    bool isReady() const { return m_ready; }
    QString statusText() const;

    static constexpr int kDays = 30;

signals:
    // The user chose how an unmapped stored direction value is to be read.
    void directionMapped(const QString &value, attlog::Direction direction);
    // The data is read and shown (or the reading failed, said in the status line).
    void ready();

private:
    void startScan(const db::TableSummary &summary);
    void showHealth(const db::TableSummary &summary, const report::DataHealth &health);
    void dropLoad(); // deleted later: it may be the sender of the running slot
    void fail(const QString &message);

    db::DataSession *m_session;
    sql::DirectionMapping m_directions;
    std::unique_ptr<db::RangeLoad> m_load;
    std::unique_ptr<report::DataHealthScanner> m_scanner;
    std::optional<db::TableSummary> m_summary;
    QLabel *m_status = nullptr;
    QLabel *m_table = nullptr;
    QTableWidget *m_devices = nullptr;
    QTableWidget *m_values = nullptr;
    QTableWidget *m_ghosts = nullptr;
    QPushButton *m_refresh = nullptr;
    quint64 m_generation = 0;
    bool m_ready = false;
};

} // namespace attlog::ui
