// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/historyfilter.h"
#include "db/connection/connectionprofile.h"
#include "db/export/historyexporter.h"

#include <QObject>

class QThread;

namespace attlog::db {

// One History export on a thread of its own: the job owns the thread and the HistoryExporter that
// lives in it. Create, start(), cancel() and destroy on one thread (the caller's, which needs an
// event loop); progress(), finished() and failed() arrive there. Ends with exactly one finished()
// or failed() (a cancelled export fails with "Export cancelled." and leaves no file). The
// destructor cancels a running export and waits for its thread.
class HistoryExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExportJob)

public:
    HistoryExportJob(ConnectionProfile profile, sql::HistoryFilter filter,
                     HistoryExportOptions options, QObject *parent = nullptr);
    ~HistoryExportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(qint64 rows);
    void finished(qint64 rows, const QString &path);
    void failed(const QString &message);

private:
    void stopThread();

    ConnectionProfile m_profile;
    sql::HistoryFilter m_filter;
    HistoryExportOptions m_options;
    QThread *m_thread = nullptr;
    HistoryExporter *m_exporter = nullptr;
};

} // namespace attlog::db
