// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/eventtable.h"
#include "core/export/tablewriter.h"
#include "core/sql/historyfilter.h"
#include "db/connection/connectionprofile.h"
#include "db/dbtypes.h"

#include <QObject>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <string>

namespace attlog::db {

class QueryRunner;

struct HistoryExportOptions
{
    enum class Format
    {
        Csv,
        Xlsx
    };
    Format format = Format::Csv;
    QString path;
    char csvDelimiter = ',';
    // "YYYY-MM-DD HH:MM:SS" instead of the ISO "T" form in CSV (spreadsheets read it as a date).
    bool csvSpaceDateTime = false;
    std::optional<std::array<std::string, kEventTableColumnCount>> titles;
    std::optional<std::array<std::string, 3>> directionWords; // In, Out, Unknown
    QString sheetName = QStringLiteral("History");
};

// Exports a History result: runs the filter's export statement again (every matching row, not
// the rows a view happened to load) on its own QueryRunner and streams the rows into a CSV or
// XLSX writer (staged under a temporary name, renamed only on success: a failed or cancelled
// export leaves no file). Lives in one thread with an event loop — a dedicated export thread in
// the GUI, the main thread in `attlog export` — and must be start()ed in that thread, because the
// runner is created there. Finishes with exactly one finished() or failed().
class HistoryExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExporter)

public:
    explicit HistoryExporter(ConnectionProfile profile, QObject *parent = nullptr);
    ~HistoryExporter() override;

    // Thread-safe.
    void cancel();

public slots:
    void start(const attlog::sql::HistoryFilter &filter,
               const attlog::db::HistoryExportOptions &options);

signals:
    void progress(qint64 rows);
    void finished(qint64 rows, const QString &path);
    void failed(const QString &message);

private:
    void onBatch(quint64 requestId, const EventBatch &batch);
    void onFinished(quint64 requestId);
    void fail(const QString &message);

    ConnectionProfile m_profile;
    HistoryExportOptions m_options;
    std::unique_ptr<QueryRunner> m_runner;
    std::unique_ptr<TableWriter> m_writer;
    std::atomic<bool> m_cancel{false};
    quint64 m_request = 0;
    bool m_done = false;
};

} // namespace attlog::db

Q_DECLARE_METATYPE(attlog::db::HistoryExportOptions)
