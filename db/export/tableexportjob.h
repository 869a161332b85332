// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/csvwriter.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace attlog {
class TableWriter;
}

namespace attlog::db {

// Writes one export file (CSV or XLSX) on a worker thread, so a large table never freezes the
// window. The write function receives the writer and writes the tables (begin + rows); the job
// calls finish() and reports. Files are staged and renamed by the core writers: a failed or
// cancelled export leaves no file at the target path.
//
// Threads: create, start(), cancel() and destroy on the GUI thread. The write function runs on
// the worker: it must only read data it owns (capture report values by value or shared_ptr to
// const), never widgets or models. progress() and finished() arrive on the GUI thread. The
// destructor cancels a running export and waits for the worker.
class TableExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableExportJob)

public:
    enum class Format
    {
        Csv,
        Xlsx
    };
    using WriteFunction = std::function<bool(TableWriter &writer)>;

    TableExportJob(QString path, Format format, WriteFunction write, QObject *parent = nullptr);
    ~TableExportJob() override;

    // CSV only; default: the delimiter for the user's locale (';' for Russian), UTF-8 with BOM.
    void setCsvOptions(const CsvOptions &options) { m_csvOptions = options; }
    const QString &path() const { return m_path; }

    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    // The CSV options for the user's locale.
    static CsvOptions localeCsvOptions();

signals:
    // Data rows written so far (all sheets).
    void progress(qint64 rows);
    // ok: the file is complete at path(). On failure `message` says why; `cancelled` when the
    // user stopped it (no message needed). Emitted once the worker thread has ended: the job is
    // no longer running, and a new export can start at once.
    void finished(bool ok, const QString &message, bool cancelled, qint64 rows);

private:
    void run();

    QString m_path;
    Format m_format;
    WriteFunction m_write;
    CsvOptions m_csvOptions;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
    // The outcome, written by the worker and read after its thread has finished.
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString message;
    } m_outcome;
};

} // namespace attlog::db
