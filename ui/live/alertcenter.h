// SPDX-License-Identifier: MIT
#pragma once

#include "core/alert/watchlist.h"
#include "db/alert/alertlog.h"
#include "db/alert/watchrules.h"
#include "db/dbtypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <string>
#include <vector>

namespace attlog::ui {

// One alert on screen until it is acknowledged.
struct ShownAlert
{
    QString id;   // also in the alert log
    QString rule; // the rule's name
    alert::AlertSound sound = alert::AlertSound::Alarm;
    AccessEvent event;
    bool late = false; // replayed by a back-fill: shown, never sounded
    bool unknown = false;
    QDateTime raised;
};

// The guard post's alerts: checks every live pass against the watch list, keeps the alerts until
// they are acknowledged (oldest first), asks for their sound again every kRepeatMs while a
// sounding one is unacknowledged, and writes each alert and its acknowledgement to the alert log.
// Passes Live already held when it started never alert. GUI thread only.
class AlertCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)

public:
    static constexpr int kRepeatMs = 4000;

    explicit AlertCenter(db::AlertLog log = db::AlertLog(), QObject *parent = nullptr);

    void setWatchSettings(const db::WatchSettings &settings);
    const db::WatchSettings &watchSettings() const { return m_settings; }
    // The cards the table holds (DataSession::cardNumbers()): unknown cards count from then on.
    void setKnownCards(const std::vector<std::string> &cards);
    // The clock alerts are judged late by (tests set it); the computer's local time by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    const std::deque<ShownAlert> &pending() const { return m_pending; }
    const db::AlertLog &log() const { return m_log; }

public slots:
    void addEvents(const QList<attlog::AccessEvent> &events);
    // Acknowledges the oldest alert on screen (nothing when there is none).
    void acknowledge();
    void acknowledgeAll();

signals:
    // The alerts on screen changed (one raised or acknowledged).
    void changed();
    // Play this sound now (raised, or repeated while unacknowledged).
    void soundRequested(attlog::alert::AlertSound sound);

private:
    void repeatSound();
    void updateRepeat();

    db::AlertLog m_log;
    db::WatchSettings m_settings;
    alert::WatchList m_list;
    std::vector<std::string> m_knownCards;
    bool m_cardsKnown = false;
    std::deque<ShownAlert> m_pending;
    QTimer m_repeat;
    std::function<QDateTime()> m_clock;
    quint64 m_counter = 0;
};

} // namespace attlog::ui
