// SPDX-License-Identifier: MIT
#include "core/db/dbtypes.h"

namespace attlog::db {

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
