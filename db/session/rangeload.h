// SPDX-License-Identifier: MIT
#pragma once

#include "db/session/eventsource.h"

namespace attlog::db {

// One reader of time ranges through an EventSource (a report tab, `attlog report`): at most one
// load at a time — start() cancels the one still running — with its batches, its row count and
// how it ended, so that no reader compares request ids itself. Ends each load with exactly one
// finished() or failed(); a cancelled load emits nothing more.
class RangeLoad final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeLoad)

public:
    // `channel` names the reader to the source (a new load on a channel supersedes the last).
    RangeLoad(EventSource *source, QString channel, QObject *parent = nullptr);
    ~RangeLoad() override;

    // Events with from <= time < to.
    void start(DateTime from, DateTime to);
    void cancel();
    bool isRunning() const { return m_request.isValid(); }
    // Rows delivered by the current (or last) load.
    qint64 rowsRead() const { return m_rows; }

signals:
    void batch(const QList<attlog::AccessEvent> &events);
    void finished(qint64 rows);
    void failed(const QString &message);

private:
    EventSource *m_source;
    QString m_channel;
    RangeRequestId m_request;
    qint64 m_rows = 0;
};

} // namespace attlog::db
