// SPDX-License-Identifier: MIT
#include "ui/common/exportprogress.h"

#include "db/export/tableexportjob.h"
#include "ui/common/exportdialog.h"

#include <QLocale>
#include <QProgressDialog>

#include <limits>

namespace attlog::ui {

ExportProgress *ExportProgress::start(QWidget *parent, qint64 expectedRows,
                                      std::function<void()> cancel)
{
    return new ExportProgress(parent, expectedRows, std::move(cancel));
}

ExportProgress *ExportProgress::follow(QWidget *parent, db::TableExportJob *job,
                                       qint64 expectedRows)
{
    ExportProgress *progress = start(parent, expectedRows, [job] { job->cancel(); });
    connect(job, &db::TableExportJob::progress, progress, &ExportProgress::setRows);
    connect(job, &db::TableExportJob::finished, progress,
            [progress, path = job->path()](bool ok, const QString &message, bool cancelled,
                                           qint64 rows) {
                if (ok)
                    progress->finished(rows, path);
                else if (cancelled)
                    progress->cancelled();
                else
                    progress->failed(message);
            });
    return progress;
}

ExportProgress::ExportProgress(QWidget *parent, qint64 expectedRows, std::function<void()> cancel)
    : QObject(parent)
    , m_parent(parent)
    , m_dialog(new QProgressDialog(
          tr("Exporting…"), tr("Cancel"), 0,
          int(std::min<qint64>(expectedRows, std::numeric_limits<int>::max())), parent))
    , m_expectedRows(expectedRows)
{
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, [this, cancel = std::move(cancel)] {
        m_cancelRequested = true;
        m_dialog->setLabelText(tr("Cancelling…"));
        if (cancel)
            cancel();
    });
}

void ExportProgress::setRows(qint64 rows)
{
    if (m_expectedRows > 0)
        m_dialog->setValue(int(std::min(rows, m_expectedRows)));
    else
        m_dialog->setLabelText(tr("Exporting… %1 rows").arg(QLocale().toString(rows)));
}

void ExportProgress::finished(qint64 rows, const QString &path)
{
    end();
    if (m_parent)
        ExportDialog::reportDone(m_parent, rows, path);
}

void ExportProgress::failed(const QString &message)
{
    end();
    // A cancelled export ends as a failure of its job; the user asked for it.
    if (m_parent && !m_cancelRequested)
        ExportDialog::reportFailure(m_parent, message);
}

void ExportProgress::cancelled()
{
    end();
}

void ExportProgress::end()
{
    m_dialog->close();
    m_dialog->deleteLater();
    deleteLater();
}

} // namespace attlog::ui
