// SPDX-License-Identifier: MIT
#include "db/export/historyexportjob.h"

#include <QThread>

namespace attlog::db {

HistoryExportJob::HistoryExportJob(ConnectionProfile profile, sql::HistoryFilter filter,
                                   HistoryExportOptions options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_filter(std::move(filter))
    , m_options(std::move(options))
{
    qRegisterMetaType<sql::HistoryFilter>();
    qRegisterMetaType<HistoryExportOptions>();
}

HistoryExportJob::~HistoryExportJob()
{
    cancel();
    stopThread();
}

void HistoryExportJob::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("export"));
    m_exporter = new HistoryExporter(m_profile);
    m_exporter->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_exporter, &QObject::deleteLater);
    // The exporter's signals come from its thread; the job forwards them on its own, and only
    // while the exporter is still its own (a late signal after stopThread() has no receiver).
    connect(m_exporter, &HistoryExporter::progress, this, &HistoryExportJob::progress);
    connect(m_exporter, &HistoryExporter::finished, this, [this](qint64 rows, const QString &path) {
        stopThread();
        emit finished(rows, path);
    });
    connect(m_exporter, &HistoryExporter::failed, this, [this](const QString &message) {
        stopThread();
        emit failed(message);
    });
    m_thread->start();
    HistoryExporter *exporter = m_exporter;
    QMetaObject::invokeMethod(
        exporter,
        [exporter, filter = m_filter, options = m_options] { exporter->start(filter, options); },
        Qt::QueuedConnection);
}

void HistoryExportJob::cancel()
{
    if (m_exporter)
        m_exporter->cancel(); // thread-safe
}

void HistoryExportJob::stopThread()
{
    if (!m_thread)
        return;
    disconnect(m_exporter, nullptr, this, nullptr);
    m_thread->quit();
    m_thread->wait(); // the exporter is deleted in the thread as it finishes
    delete m_thread;
    m_thread = nullptr;
    m_exporter = nullptr;
}

} // namespace attlog::db
