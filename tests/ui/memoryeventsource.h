// SPDX-License-Identifier: MIT
#pragma once

#include "db/session/eventsource.h"

#include <QList>
#include <QMap>
#include <QSet>

namespace attlog::test {

// A pass for tests: `time` is "YYYY-MM-DD HH:MM:SS" (naive local), the identity comes from
// `employeeId` (else `card`, else the name).
AccessEvent makePass(std::int64_t key, const char *time, Direction direction,
                     const std::string &person, const std::string &employeeId,
                     const std::string &door, const std::string &card = {});

// An EventSource over a list of events in memory, keeping the asynchronous contract of the real
// one: loadRange() returns at once and the batches (in reverse time order, to prove the
// reports sort), then rangeFinished() or rangeFailed(), arrive from the event loop, one
// QTimer::singleShot(0) step each. A newer request of the same channel cancels the older one.
// appendLive() stores events and emits them as the live feed would.
class MemoryEventSource final : public db::EventSource
{
public:
    explicit MemoryEventSource(QList<AccessEvent> events = {}, QObject *parent = nullptr);

    void setEvents(QList<AccessEvent> events) { m_events = std::move(events); }
    // Stores the events and emits liveEvents() with them at once.
    void appendLive(const QList<AccessEvent> &events);
    // The next request fails with this message (once).
    void failNextLoad(const QString &message) { m_failure = message; }
    void setBatchSize(int size) { m_batchSize = size; }

    db::RangeRequestId loadRange(DateTime from, DateTime to, const QString &channel) override;
    void cancel(db::RangeRequestId requestId) override;
    QString sourceName() const override { return QStringLiteral("Test data"); }

    int loadCount() const { return m_loads; }
    // The [from, to) of the last request.
    DateTime lastFrom() const { return m_lastFrom; }
    DateTime lastTo() const { return m_lastTo; }

private:
    void emitNext(db::RangeRequestId requestId, QList<AccessEvent> remaining, qint64 total);

    QList<AccessEvent> m_events;
    QMap<QString, db::RangeRequestId> m_channelRequest;
    QSet<db::RangeRequestId> m_live; // requests not finished nor cancelled
    quint64 m_lastId = 0;
    int m_loads = 0;
    int m_batchSize = 3;
    QString m_failure;
    DateTime m_lastFrom;
    DateTime m_lastTo;
};

} // namespace attlog::test
