// SPDX-License-Identifier: MIT
// WorktimeTab's exports: a view or the whole report as CSV or XLSX, written on a worker thread.
#include "ui/worktime/worktimetab.h"

#include "core/report/reportformat.h"
#include "ui/common/eventformat.h"
#include "ui/common/exportprogress.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>

namespace attlog::ui {

db::TableExportJob *WorktimeTab::startExport(const QString &path, db::TableExportJob::Format format,
                                             db::TableExportJob::WriteFunction write)
{
    if (m_export && m_export->isRunning())
        return nullptr;
    delete m_export;
    m_export = new db::TableExportJob(path, format, std::move(write), this);
    db::TableExportJob *job = m_export;
    connect(job, &db::TableExportJob::finished, this,
            [this, job](bool ok, const QString &error, bool cancelled, qint64 rows) {
                QString text;
                if (ok) {
                    m_message->setStyleSheet({});
                    text =
                        tr("Saved %1 rows to %2.")
                            .arg(QLocale().toString(rows), QDir::toNativeSeparators(job->path()));
                } else if (cancelled) {
                    m_message->setStyleSheet({});
                    text = tr("Export cancelled; no file was written.");
                } else {
                    m_message->setStyleSheet(QStringLiteral("color:#b71c1c"));
                    text = tr("Export failed: %1").arg(error);
                }
                m_message->setText(text);
                emit exportFinished(ok, ok ? text : error);
            });
    job->start();
    return job;
}

db::TableExportJob *WorktimeTab::exportView(View view, const QString &path,
                                            db::TableExportJob::Format format)
{
    if (!m_result)
        return nullptr;
    const WorktimeResultPtr result = m_result;
    switch (view) {
    case View::Daily:
        return startExport(path, format, [result](TableWriter &writer) {
            return writeWorktime(writer, result->report);
        });
    case View::Totals:
        return startExport(path, format, [result](TableWriter &writer) {
            return writeWorktimeTotals(writer, result->report);
        });
    case View::Timesheet:
        return startExport(path, format, [result](TableWriter &writer) {
            return writeTimesheet(writer, result->report, result->timesheet);
        });
    case View::Charts:
        break;
    }
    return nullptr;
}

db::TableExportJob *WorktimeTab::exportWorkbook(const QString &path)
{
    if (!m_result)
        return nullptr;
    const WorktimeResultPtr result = m_result;
    return startExport(path, db::TableExportJob::Format::Xlsx, [result](TableWriter &writer) {
        return writeWorktime(writer, result->report, "Daily") &&
               writeWorktimeTotals(writer, result->report, "Totals") &&
               writeTimesheet(writer, result->report, result->timesheet, "Timesheet");
    });
}

QString WorktimeTab::periodFileStem() const
{
    const QDate from = toQDate(m_result ? m_result->report.from : m_from);
    const QDate to = toQDate(m_result ? m_result->report.to : m_to);
    if (from.day() == 1 && to == QDate(from.year(), from.month(), from.daysInMonth()))
        return from.toString(QStringLiteral("yyyy-MM"));
    return from.toString(Qt::ISODate) + QLatin1Char('_') + to.toString(Qt::ISODate);
}

void WorktimeTab::chooseExport(ExportKind kind)
{
    if (!m_result)
        return;
    const View view = currentView();
    QString name;
    // The workbook holds every view: it is named like the Charts view, after the whole report.
    switch (kind == ExportKind::Workbook ? View::Charts : view) {
    case View::Daily:
        name = tr("worktime-daily");
        break;
    case View::Totals:
        name = tr("worktime-totals");
        break;
    case View::Timesheet:
        name = tr("timesheet");
        break;
    case View::Charts:
        name = tr("worktime");
        break;
    }
    const bool csv = kind == ExportKind::ViewCsv;
    const QString suffix = csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(name + QLatin1Char('-') + periodFileStem() + suffix);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), suggested, csv ? tr("CSV files (*.csv)") : tr("Excel files (*.xlsx)"));
    if (path.isEmpty())
        return;
    db::TableExportJob *job =
        kind == ExportKind::Workbook
            ? exportWorkbook(path)
            : exportView(view, path,
                         csv ? db::TableExportJob::Format::Csv : db::TableExportJob::Format::Xlsx);
    if (!job)
        return;

    ExportProgress::follow(this, job, 0);
}

} // namespace attlog::ui
