// SPDX-License-Identifier: MIT
#include "db/dbtypes.h"

namespace attlog::db {

EventBatch::EventBatch(std::vector<AccessEvent> events)
    : m_events(std::make_shared<const std::vector<AccessEvent>>(std::move(events)))
{}

const std::vector<AccessEvent> &EventBatch::events() const
{
    static const std::vector<AccessEvent> kNone;
    return m_events ? *m_events : kNone;
}

void registerDbMetaTypes()
{
    qRegisterMetaType<attlog::AccessEvent>();
    qRegisterMetaType<EventBatch>();
    qRegisterMetaType<QueryOutcome>();
    qRegisterMetaType<ConnectionInfo>();
    qRegisterMetaType<LiveBatch>();
    qRegisterMetaType<LiveStatus>();
    qRegisterMetaType<KeyReset>();
    qRegisterMetaType<LivePollStats>();
    qRegisterMetaType<TableSummary>();
}

} // namespace attlog::db
