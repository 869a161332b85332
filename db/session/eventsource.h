// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "db/dbtypes.h" // AccessEvent is a registered metatype there
#include "db/session/requestid.h"

#include <QList>
#include <QObject>
#include <QString>

namespace attlog::db {

// What the report tabs (Who-Where, Worktime) and `attlog report` need from the data layer:
// events of a time range, streamed in batches from a worker thread, plus the live feed's new
// events. The application's implementation (DataSession) runs the SQL on worker threads; its
// users never see SQL or connections.
//
// Contract:
// - loadRange() returns at once with a valid request id; rows arrive later through
//   rangeBatch() (events whose time is in [from, to), in batches, in no particular order —
//   reports sort by time themselves), then exactly one of rangeFinished() or rangeFailed().
// - Starting a new request on the same `channel` cancels the previous one of that channel; a
//   cancelled request emits nothing more (its late batches are dropped by id).
// - liveEvents() carries every new event once, as the live feed delivers it (by key order, so
//   times may go backwards for back-filled rows).
class EventSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventSource)

public:
    using QObject::QObject;
    ~EventSource() override = default;

    virtual RangeRequestId loadRange(DateTime from, DateTime to, const QString &channel) = 0;
    virtual void cancel(RangeRequestId requestId) = 0;
    // A short display name of the data source for titles and printouts ("Demo database", a
    // profile name…).
    virtual QString sourceName() const = 0;

signals:
    void rangeBatch(attlog::db::RangeRequestId requestId, const QList<attlog::AccessEvent> &events);
    void rangeFinished(attlog::db::RangeRequestId requestId, qint64 totalRows);
    void rangeFailed(attlog::db::RangeRequestId requestId, const QString &message);
    void liveEvents(const QList<attlog::AccessEvent> &events);
};

} // namespace attlog::db
