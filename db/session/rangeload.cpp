// SPDX-License-Identifier: MIT
#include "db/session/rangeload.h"

namespace attlog::db {

RangeLoad::RangeLoad(EventSource *source, QString channel, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_channel(std::move(channel))
{
    connect(m_source, &EventSource::rangeBatch, this,
            [this](RangeRequestId id, const QList<AccessEvent> &events) {
                if (id != m_request || !id.isValid())
                    return;
                m_rows += events.size();
                emit batch(events);
            });
    connect(m_source, &EventSource::rangeFinished, this, [this](RangeRequestId id, qint64) {
        if (id != m_request || !id.isValid())
            return;
        m_request = {};
        emit finished(m_rows);
    });
    connect(m_source, &EventSource::rangeFailed, this,
            [this](RangeRequestId id, const QString &message) {
                if (id != m_request || !id.isValid())
                    return;
                m_request = {};
                emit failed(message);
            });
}

RangeLoad::~RangeLoad()
{
    cancel();
}

void RangeLoad::start(DateTime from, DateTime to)
{
    cancel();
    m_rows = 0;
    m_request = m_source->loadRange(from, to, m_channel);
}

void RangeLoad::cancel()
{
    if (m_request.isValid())
        m_source->cancel(std::exchange(m_request, {}));
}

} // namespace attlog::db
