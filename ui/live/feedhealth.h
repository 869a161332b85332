// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/dooractivity.h"
#include "db/dbtypes.h"

#include <QDateTime>
#include <QLabel>
#include <QList>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace attlog::db {
class DataSession;
class RangeLoad;
} // namespace attlog::db

namespace attlog::ui {

// The live feed's health in the status bar, in words and colour: "Last poll: 12:10:52" while the
// feed answers; amber "No successful poll for 25 s" after kAmberSeconds, red "Live is not
// updating" after kRedSeconds; and, in amber, the doors that usually have passes at this hour of
// this weekday but have been silent far longer than their usual gap (report::silentDoors(), the
// usage learned from the last kLearnDays days of the table, read through the session's workers
// and computed on a pool thread, learned again every kRelearnHours). GUI thread only.
class FeedHealth final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedHealth)

public:
    enum class Level
    {
        Waiting, // no poll yet
        Ok,
        Amber,
        Red
    };
    static constexpr int kAmberSeconds = 15;
    static constexpr int kRedSeconds = 60;
    static constexpr int kLearnDays = 28;
    static constexpr int kRelearnHours = 6;

    explicit FeedHealth(QWidget *parent = nullptr);
    ~FeedHealth() override;

    // Learns door usage from `session` after the first poll (and every kRelearnHours); nullptr
    // stops that.
    void setSession(db::DataSession *session);
    void setModel(report::DoorActivityModel model);
    bool hasModel() const { return m_model.has_value(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    Level level() const { return m_level; }
    // The silent doors as the status bar names them, or empty.
    QString silentText() const { return m_silentText; }

public slots:
    void polled(const QDateTime &when);
    void addEvents(const QList<attlog::AccessEvent> &events);
    // A new connection: nothing known about the feed yet.
    void reset();
    // Re-evaluates now (also every second).
    void evaluate();

protected:
    bool event(QEvent *event) override;

private:
    void learn();

    db::DataSession *m_session = nullptr;
    std::unique_ptr<db::RangeLoad> m_load;
    std::unique_ptr<report::DoorActivityLearner> m_learner;
    std::optional<report::DoorActivityModel> m_model;
    QDateTime m_learnedAt;
    std::map<std::string, DateTime> m_lastPass;
    QDateTime m_lastPoll;
    QTimer m_tick;
    std::function<QDateTime()> m_clock;
    Level m_level = Level::Waiting;
    QString m_silentText;
    quint64 m_generation = 0;
};

} // namespace attlog::ui
