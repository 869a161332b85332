// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/anomalies.h"

#include <QDateTime>
#include <QDialog>

#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace attlog::db {
class DataSession;
class RangeLoad;
} // namespace attlog::db

namespace attlog::ui {

// Reports → Anomalies: what the pass log of a period shows that should not happen
// (report::AnomalyFinder, the rules of `attlog report anomalies`): double entries, exits without
// an entry, impossible travel, ghost duplicates and passes at unusual hours. The passes are read
// through the session's workers, the search runs on a thread-pool thread. Double-click or Enter
// on a row (or Show passes) asks for that person's passes around it: showPasses(). GUI thread
// only.
class AnomaliesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnomaliesDialog)

public:
    explicit AnomaliesDialog(db::DataSession *session, QWidget *parent = nullptr);
    ~AnomaliesDialog() override;

    // The dates searched, both inclusive; find() searches them.
    void setPeriod(const QDate &from, const QDate &to);
    void find();
    bool isReady() const { return m_ready; }
    QString statusText() const;
    QTableWidget *table() const { return m_table; }
    const report::AnomalyReport &result() const { return m_report; }

signals:
    // The passes of `who` (employee ID, card or name, as History's search takes it) from `from`
    // to `toInclusive`.
    void showPasses(const QString &who, const QDateTime &from, const QDateTime &toInclusive);
    // The search is done and shown (or failed, said in the status line).
    void ready();

private:
    void showReport(report::AnomalyReport found);
    void showSelected();
    void fail(const QString &message);
    void dropLoad(); // deleted later: it may be the sender of the running slot

    db::DataSession *m_session;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_travel = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_passes = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    std::unique_ptr<db::RangeLoad> m_load;
    std::unique_ptr<report::AnomalyFinder> m_finder;
    report::AnomalyReport m_report;
    quint64 m_generation = 0;
    bool m_ready = false;
};

} // namespace attlog::ui
