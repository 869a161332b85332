// SPDX-License-Identifier: MIT
#include "db/export/tableexportjob.h"

#include "core/xlsx/xlsxwriter.h"
#include "db/runtime/logging.h"

#include "db/qtconvert.h"
#include <QCoreApplication>
#include <QLocale>
#include <QMetaObject>

#include <QThread>

#include <spdlog/spdlog.h>

#include <exception>
#include <filesystem>

namespace attlog::db {

TableExportJob::TableExportJob(QString path, Format format, WriteFunction write, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_format(format)
    , m_write(std::move(write))
    , m_csvOptions(localeCsvOptions())
{}

TableExportJob::~TableExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

CsvOptions TableExportJob::localeCsvOptions()
{
    CsvOptions options;
    options.delimiter = csvDelimiterForLocale(QLocale().name().toStdString());
    options.decimalSeparator = options.delimiter == ';' ? ',' : '.';
    options.dateTimeStyle = CsvDateTimeStyle::Space;
    return options;
}

void TableExportJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("export"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        const Outcome outcome = m_outcome;
        emit finished(outcome.ok, outcome.message, outcome.cancelled, outcome.rows);
    });
    m_thread->start();
}

void TableExportJob::cancel()
{
    m_cancel = true;
}

// Worker thread.
void TableExportJob::run()
{
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    QString message;
    try {
        std::unique_ptr<TableWriter> writer;
        if (m_format == Format::Xlsx)
            writer = std::make_unique<XlsxWriter>(toPath(m_path));
        else
            writer = std::make_unique<CsvWriter>(toPath(m_path), m_csvOptions);
        writer->setCancelFlag(&m_cancel);
        writer->setProgressCallback(
            [this](std::int64_t written) {
                QMetaObject::invokeMethod(
                    this, [this, written] { emit progress(written); }, Qt::QueuedConnection);
            },
            500);
        ok = m_write(*writer) && writer->finish();
        if (!ok) {
            writer->abort();
            cancelled = writer->wasCancelled() || m_cancel;
            message = QString::fromStdString(writer->errorString());
        }
        rows = writer->rowsWritten();
    } catch (const std::exception &e) {
        ok = false;
        message = tr("The export failed: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    if (!ok && !cancelled)
        log::exporter()->warn("export failed: {}", message.toStdString());
    m_outcome = Outcome{ok, cancelled, rows, message};
}

} // namespace attlog::db
