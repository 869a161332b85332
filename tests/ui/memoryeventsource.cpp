// SPDX-License-Identifier: MIT
#include "tests/ui/memoryeventsource.h"

#include <QTimer>

#include <algorithm>

namespace attlog::test {

AccessEvent makePass(std::int64_t key, const char *time, Direction direction,
                     const std::string &person, const std::string &employeeId,
                     const std::string &door, const std::string &card)
{
    AccessEvent event;
    event.key = key;
    event.time = parseDateTime(time);
    event.direction = direction;
    event.rawDirection = std::string(directionName(direction));
    event.person = person;
    event.employeeId = employeeId;
    event.card = card;
    event.door = door;
    event.device = door;
    return event;
}

MemoryEventSource::MemoryEventSource(QList<AccessEvent> events, QObject *parent)
    : db::EventSource(parent)
    , m_events(std::move(events))
{}

void MemoryEventSource::appendLive(const QList<AccessEvent> &events)
{
    m_events += events;
    emit liveEvents(events);
}

db::RangeRequestId MemoryEventSource::loadRange(DateTime from, DateTime to, const QString &channel)
{
    if (const auto previous = m_channelRequest.constFind(channel);
        previous != m_channelRequest.cend())
        cancel(previous.value());
    const db::RangeRequestId id(++m_lastId);
    ++m_loads;
    m_lastFrom = from;
    m_lastTo = to;
    m_channelRequest.insert(channel, id);
    m_live.insert(id);

    QList<AccessEvent> selected;
    for (const AccessEvent &event : m_events) {
        if (event.time && *event.time >= from && *event.time < to)
            selected << event;
    }
    std::sort(selected.begin(), selected.end(), [](const AccessEvent &a, const AccessEvent &b) {
        return a.time->seconds > b.time->seconds;
    });
    const QString failure = std::exchange(m_failure, QString());
    QTimer::singleShot(0, this, [this, id, selected, failure] {
        if (!m_live.contains(id))
            return;
        if (!failure.isEmpty()) {
            m_live.remove(id);
            emit rangeFailed(id, failure);
            return;
        }
        emitNext(id, selected, selected.size());
    });
    return id;
}

void MemoryEventSource::emitNext(db::RangeRequestId requestId, QList<AccessEvent> remaining,
                                 qint64 total)
{
    if (!m_live.contains(requestId))
        return;
    if (remaining.isEmpty()) {
        m_live.remove(requestId);
        emit rangeFinished(requestId, total);
        return;
    }
    const QList<AccessEvent> batch = remaining.mid(0, m_batchSize);
    remaining.remove(0, batch.size());
    emit rangeBatch(requestId, batch);
    QTimer::singleShot(
        0, this, [this, requestId, remaining, total] { emitNext(requestId, remaining, total); });
}

void MemoryEventSource::cancel(db::RangeRequestId requestId)
{
    m_live.remove(requestId);
}

} // namespace attlog::test
