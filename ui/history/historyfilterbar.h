// SPDX-License-Identifier: MIT
#pragma once

#include "core/search/historysearch.h"
#include "db/alert/alertlog.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace attlog::ui {

// History's filter bar: period (presets Today, Yesterday, This week, This month, Custom), doors
// (multi-select of the names as shown), direction, and a search box for name / card / employee
// ID, and which passes: all, or only those that raised an alert (any, not acknowledged, or one
// rule's; from the alert log). A change applies after a short pause or at once on Enter — never
// per keystroke.
// GUI thread only.
class HistoryFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterBar)

public:
    enum class Preset
    {
        Today,
        Yesterday,
        ThisWeek,
        ThisMonth,
        Custom
    };
    static constexpr int kApplyDelayMs = 500;

    explicit HistoryFilterBar(QWidget *parent = nullptr);

    // The search as currently entered (period end made exclusive: the "to" field is inclusive
    // to the second).
    HistorySearch search() const;
    // Door names as shown, offered in the door picker; checked doors that vanish stay checked.
    void setDoorNames(const QStringList &doors);
    void setPreset(Preset preset);
    void setPeriod(const QDateTime &from, const QDateTime &toInclusive);
    void setSearchText(const QString &text);
    void setSelectedDoors(const QStringList &doors);
    // The alert log as last read: the rules it names are offered, and the "alert" choices pick
    // its passes. A choice in use applies again with the new log.
    void setAlerts(std::vector<db::AlertRecord> alerts);
    // Picks "with an alert" (any rule) or "all passes"; applies with the next apply.
    void setAlertedOnly(bool alerted);
    void focusSearch();

signals:
    void searchChanged(const attlog::HistorySearch &search);

public slots:
    void applyNow();

private:
    void scheduleApply();
    void applyPreset();
    void updateDoorButton();
    QStringList selectedDoors() const;

    QComboBox *m_preset;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_doorButton;
    QListWidget *m_doorList;
    QComboBox *m_direction;
    QComboBox *m_alertChoice; // before the search box: Tab follows the order they are made in
    QLineEdit *m_search;
    std::vector<db::AlertRecord> m_alertRecords;
    QTimer m_applyTimer;
    bool m_settingPeriod = false;
};

} // namespace attlog::ui
