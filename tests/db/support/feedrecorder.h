// SPDX-License-Identifier: MIT
#pragma once

#include "db/dbtypes.h"

#include <QObject>

#include <chrono>
#include <map>
#include <set>
#include <vector>

namespace attlog::db {
class LiveFeed;
}

namespace attlog::dbtest {

// Records everything a LiveFeed emits (delivered in the test thread's event loop).
class FeedRecorder
{
public:
    explicit FeedRecorder(db::LiveFeed &feed);

    std::vector<db::LiveBatch> batches;
    std::vector<db::LiveStatus> statuses;
    std::vector<db::KeyReset> resets;
    db::LivePollStats stats;

    // How often each key was delivered in `epoch`.
    std::map<qint64, int> deliveries(int epoch) const;
    // Keys of one kind of batch in `epoch`, in delivery order.
    std::vector<qint64> keysOf(db::LiveBatch::Kind kind, int epoch) const;
    // The delivered event with this key in `epoch` (the last one if delivered twice).
    const AccessEvent *event(qint64 key, int epoch) const;

    // Runs the event loop until every key in `keys` was delivered in `epoch`.
    bool waitForKeys(int epoch, const std::set<qint64> &keys,
                     std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // Runs the event loop until `count` more poll cycles have completed.
    bool waitForPolls(int count, std::chrono::milliseconds timeout = std::chrono::seconds(20));
    bool waitForState(db::LiveStatus::State state,
                      std::chrono::milliseconds timeout = std::chrono::seconds(20));

private:
    QObject m_context;
};

std::set<qint64> keyRange(qint64 first, qint64 last);

} // namespace attlog::dbtest
