// SPDX-License-Identifier: MIT
#include "tests/db/support/feedrecorder.h"

#include "db/live/livefeed.h"
#include "tests/db/support/waitfor.h"

namespace attlog::dbtest {

FeedRecorder::FeedRecorder(db::LiveFeed &feed)
{
    QObject::connect(&feed, &db::LiveFeed::batchReady, &m_context,
                     [this](const db::LiveBatch &batch) { batches.push_back(batch); });
    QObject::connect(&feed, &db::LiveFeed::statusChanged, &m_context,
                     [this](const db::LiveStatus &status) { statuses.push_back(status); });
    QObject::connect(&feed, &db::LiveFeed::keyReset, &m_context,
                     [this](const db::KeyReset &reset) { resets.push_back(reset); });
    QObject::connect(&feed, &db::LiveFeed::polled, &m_context,
                     [this](const db::LivePollStats &s) { stats = s; });
}

std::map<qint64, int> FeedRecorder::deliveries(int epoch) const
{
    std::map<qint64, int> counts;
    for (const auto &batch : batches)
        if (batch.epoch == epoch)
            for (const auto &event : batch.events)
                ++counts[event.key.value()]; // live events always have a key
    return counts;
}

std::vector<qint64> FeedRecorder::keysOf(db::LiveBatch::Kind kind, int epoch) const
{
    std::vector<qint64> keys;
    for (const auto &batch : batches)
        if (batch.epoch == epoch && batch.kind == kind)
            for (const auto &event : batch.events)
                keys.push_back(event.key.value());
    return keys;
}

const AccessEvent *FeedRecorder::event(qint64 key, int epoch) const
{
    const AccessEvent *found = nullptr;
    for (const auto &batch : batches)
        if (batch.epoch == epoch)
            for (const auto &event : batch.events)
                if (event.key == key)
                    found = &event;
    return found;
}

bool FeedRecorder::waitForKeys(int epoch, const std::set<qint64> &keys,
                               std::chrono::milliseconds timeout)
{
    return waitFor(
        [&] {
            const auto counts = deliveries(epoch);
            for (const qint64 key : keys)
                if (!counts.contains(key))
                    return false;
            return true;
        },
        timeout);
}

bool FeedRecorder::waitForPolls(int count, std::chrono::milliseconds timeout)
{
    const qint64 target = stats.pollCount + count;
    return waitFor([&] { return stats.pollCount >= target; }, timeout);
}

bool FeedRecorder::waitForState(db::LiveStatus::State state, std::chrono::milliseconds timeout)
{
    return waitFor([&] { return !statuses.empty() && statuses.back().state == state; }, timeout);
}

std::set<qint64> keyRange(qint64 first, qint64 last)
{
    std::set<qint64> keys;
    for (qint64 k = first; k <= last; ++k)
        keys.insert(k);
    return keys;
}

} // namespace attlog::dbtest
