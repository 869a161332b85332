// SPDX-License-Identifier: MIT
#include "tests/db/support/sessionsearch.h"

#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

namespace attlog::dbtest {

QList<AccessEvent> searchAll(db::HistorySource *history, const HistorySearch &search, int pageSize)
{
    QList<AccessEvent> rows;
    bool atEnd = false;
    QString failure;
    QObject context;
    db::HistoryRequestId id;
    QObject::connect(history, &db::HistorySource::historyPage, &context,
                     [&](db::HistoryRequestId page, const QList<AccessEvent> &events, bool end) {
                         if (page != id)
                             return;
                         rows += events;
                         atEnd = end;
                         if (!end)
                             history->fetchHistoryPage(id);
                     });
    QObject::connect(history, &db::HistorySource::historyFailed, &context,
                     [&](db::HistoryRequestId, const QString &message) { failure = message; });
    id = history->startHistory(search, pageSize);
    REQUIRE(waitFor([&] { return atEnd || !failure.isEmpty(); }));
    INFO(failure.toStdString());
    REQUIRE(failure.isEmpty());
    return rows;
}

} // namespace attlog::dbtest
