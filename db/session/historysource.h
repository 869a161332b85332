// SPDX-License-Identifier: MIT
#pragma once

#include "core/search/historysearch.h"
#include "db/dbtypes.h"
#include "db/export/historyexporter.h"
#include "db/session/requestid.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace attlog::db {

// Export of a History result: the search is run again on a worker and every matching row is
// streamed to the file (not only the rows loaded in a view). The options carry the file, its
// format and the words the caller shows (column titles, direction words, sheet name).
struct HistoryExportRequest
{
    HistorySearch search;
    HistoryExportOptions options;
};

// What the History tab and `attlog export` need: a search read page by page, its count, the
// door names to pick from, and exports of a whole result. The application's implementation
// lives in DataSession (history()); tests use an in-memory one.
//
// Contract:
// - startHistory() returns a valid id at once and supersedes the previous search (its pages,
//   count and failure are never emitted again). The first page is asked for at once; later
//   pages with fetchHistoryPage(). Each page arrives as historyPage() (atEnd on the last one);
//   the count arrives once as historyCount(), independently of the pages; a failure as
//   historyFailed(), after which that search emits nothing more.
// - startExport() returns a valid id at once; exportProgress() may follow, then exactly one of
//   exportFinished() or exportFailed(). Several exports may run at once; cancel() of an export
//   ends it with exportFailed() and leaves no file behind.
// - Door names are the repaired names as shown, sorted; doorNamesChanged() when they change.
class HistorySource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySource)

public:
    using QObject::QObject;
    ~HistorySource() override = default;

    virtual HistoryRequestId startHistory(const HistorySearch &search, int pageSize = 500) = 0;
    // The next page of `requestId` (ignored unless it is the current search, its previous page
    // has arrived and there are more rows).
    virtual void fetchHistoryPage(HistoryRequestId requestId) = 0;
    virtual void cancel(HistoryRequestId requestId) = 0;

    virtual ExportRequestId startExport(const HistoryExportRequest &request) = 0;
    virtual void cancel(ExportRequestId requestId) = 0;

    virtual QStringList doorNames() const = 0;

signals:
    void historyPage(attlog::db::HistoryRequestId requestId,
                     const QList<attlog::AccessEvent> &events, bool atEnd);
    void historyCount(attlog::db::HistoryRequestId requestId, qint64 count, bool exact);
    void historyFailed(attlog::db::HistoryRequestId requestId, const QString &message);
    void exportProgress(attlog::db::ExportRequestId requestId, qint64 rows);
    void exportFinished(attlog::db::ExportRequestId requestId, qint64 rows, const QString &path);
    void exportFailed(attlog::db::ExportRequestId requestId, const QString &message);
    void doorNamesChanged(const QStringList &doors);
};

} // namespace attlog::db
