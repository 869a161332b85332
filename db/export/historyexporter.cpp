// SPDX-License-Identifier: MIT
#include "db/export/historyexporter.h"

#include "core/export/csvwriter.h"
#include "core/xlsx/xlsxwriter.h"
#include "db/query/queryrunner.h"
#include "db/runtime/logging.h"

#include <spdlog/spdlog.h>

#include <filesystem>

namespace attlog::db {

HistoryExporter::HistoryExporter(ConnectionProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{}

HistoryExporter::~HistoryExporter()
{
    if (m_writer && !m_writer->isFinished())
        m_writer->abort();
}

void HistoryExporter::cancel()
{
    m_cancel = true;
}

void HistoryExporter::start(const sql::HistoryFilter &filter, const HistoryExportOptions &options)
{
    m_options = options;
    const std::filesystem::path path(options.path.toStdU16String());
    if (options.format == HistoryExportOptions::Format::Xlsx) {
        m_writer = std::make_unique<XlsxWriter>(path);
    } else {
        CsvOptions csv;
        csv.delimiter = options.csvDelimiter;
        csv.dateTimeStyle =
            options.csvSpaceDateTime ? CsvDateTimeStyle::Space : CsvDateTimeStyle::IsoT;
        m_writer = std::make_unique<CsvWriter>(path, csv);
    }
    m_writer->setCancelFlag(&m_cancel);
    const auto columns = options.titles ? eventTableColumns(*options.titles) : eventTableColumns();
    if (!m_writer->begin(columns, options.sheetName.toStdString())) {
        fail(QString::fromStdString(m_writer->errorString()));
        return;
    }
    log::exporter()->info("history export started ({})",
                          options.format == HistoryExportOptions::Format::Xlsx ? "xlsx" : "csv");

    m_runner = std::make_unique<QueryRunner>(m_profile);
    connect(m_runner.get(), &QueryRunner::eventsReady, this, &HistoryExporter::onBatch);
    connect(m_runner.get(), &QueryRunner::eventsFinished, this,
            [this](quint64 id, const QueryOutcome &) { onFinished(id); });
    connect(m_runner.get(), &QueryRunner::failed, this, [this](quint64 id, const QString &message) {
        if (id == m_request)
            fail(message);
    });
    m_request = m_runner->exportHistory(filter);
}

void HistoryExporter::onBatch(quint64 requestId, const EventBatch &batch)
{
    if (requestId != m_request || m_done)
        return;
    std::vector<TableCell> cells;
    const std::array<std::string, 3> *words =
        m_options.directionWords ? &*m_options.directionWords : nullptr;
    for (const AccessEvent &event : batch.events()) {
        eventTableRow(event, cells, words);
        if (!m_writer->writeRow(cells)) {
            if (m_writer->wasCancelled())
                m_runner->cancel(m_request);
            fail(QString::fromStdString(m_writer->errorString()));
            return;
        }
    }
    emit progress(m_writer->rowsWritten());
    if (m_cancel) {
        m_runner->cancel(m_request);
        fail(tr("Export cancelled."));
    }
}

void HistoryExporter::onFinished(quint64 requestId)
{
    if (requestId != m_request || m_done)
        return;
    if (m_cancel) {
        fail(tr("Export cancelled."));
        return;
    }
    if (!m_writer->finish()) {
        fail(QString::fromStdString(m_writer->errorString()));
        return;
    }
    m_done = true;
    log::exporter()->info("history export finished: {} rows", m_writer->rowsWritten());
    emit finished(m_writer->rowsWritten(), m_options.path);
}

void HistoryExporter::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_writer)
        m_writer->abort();
    log::exporter()->warn("history export failed: {}", message.toStdString());
    emit failed(message);
}

} // namespace attlog::db
