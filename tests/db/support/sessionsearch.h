// SPDX-License-Identifier: MIT
#pragma once

#include "db/session/historysource.h"

#include <QList>

namespace attlog::dbtest {

// Every row of a History search, read page by page (`pageSize` rows each) to the end, as the
// History tab reads them. A failure FAILS the test.
QList<AccessEvent> searchAll(db::HistorySource *history, const HistorySearch &search, int pageSize);

} // namespace attlog::dbtest
