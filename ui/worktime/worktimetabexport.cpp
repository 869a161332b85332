// SPDX-License-Identifier: MIT
// WorktimeTab's exports: a view or the whole report as CSV or XLSX, the T-13 form as XLSX or
// PDF, written on worker threads; and the passes behind a cell (traceability).
#include "ui/worktime/worktimetab.h"

#include "core/report/plannedformat.h"
#include "core/report/reportformat.h"
#include "core/xlsx/t13workbook.h"
#include "db/plan/printedsheets.h"
#include "print/t13pdf.h"
#include "ui/common/eventformat.h"
#include "ui/common/exportprogress.h"
#include "ui/worktime/passesdialog.h"
#include "ui/worktime/t13model.h"
#include "ui/worktime/timesheetmodel.h"
#include "ui/worktime/worktimestyle.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <tuple>

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
    case View::T13:
        if (!result->planned)
            return nullptr;
        // The table for payroll import: one row per person-day and code.
        return startExport(path, format, [result](TableWriter &writer) {
            return writeT13Table(writer, *result->planned);
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
    case View::T13:
        name = tr("t13");
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

namespace attlog::ui {

bool WorktimeTab::exportT13Form(const QString &path, FormFormat format, const T13Header &header)
{
    if (!m_result || !m_result->t13 || m_formBeingWritten)
        return false;
    m_formBeingWritten = true;
    updateActions();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_formBeingWritten = false;
        const QString error = watcher->result();
        const bool ok = error.isEmpty();
        if (ok && m_result)
            m_t13Model->setChanges({}, {}); // the sheet shown is the one printed now
        const QString text = ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                                : tr("Export failed: %1").arg(error);
        m_message->setStyleSheet(ok ? QString() : QStringLiteral("color:#b71c1c"));
        m_message->setText(text);
        updateActions();
        emit exportFinished(ok, ok ? text : error);
    });
    // The sheet is shared read-only with the worker; QPdfWriter paints off the GUI thread.
    watcher->setFuture(QtConcurrent::run([result = m_result, path, format, header] {
        QString error;
        if (format == FormFormat::Pdf) {
            if (!print::writeT13Pdf(path, *result->t13, header, &error))
                return error;
        } else {
            std::string message;
            if (!writeT13Workbook(toPath(path), *result->t13, header, &message))
                return QString::fromStdString(message);
        }
        // What was printed, to mark what changes later.
        if (!db::PrintedSheets().record(*result->t13, QDateTime::currentDateTimeUtc(), &error))
            return QStringLiteral("%1 was written, but not remembered as printed: %2")
                .arg(QDir::toNativeSeparators(path), error);
        return QString();
    }));
    return true;
}

void WorktimeTab::chooseT13Export(FormFormat format)
{
    if (!m_result || !m_result->t13)
        return;
    // The form's head: the organisation and department, remembered for next month.
    QSettings settings;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("T-13 timesheet"));
    auto *organization =
        new QLineEdit(settings.value(QStringLiteral("worktime/t13Organization")).toString());
    auto *department =
        new QLineEdit(settings.value(QStringLiteral("worktime/t13Department")).toString());
    auto *number = new QLineEdit(QStringLiteral("1"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Organisation:"), organization);
    form->addRow(tr("Department:"), department);
    form->addRow(tr("Document number:"), number);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    organization->setMinimumWidth(360);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("worktime/t13Organization"), organization->text());
    settings.setValue(QStringLiteral("worktime/t13Department"), department->text());

    const bool pdf = format == FormFormat::Pdf;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("t13") + QLatin1Char('-') + periodFileStem() +
                      (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), suggested, pdf ? tr("PDF files (*.pdf)") : tr("Excel files (*.xlsx)"));
    if (path.isEmpty())
        return;
    T13Header header;
    header.organization = organization->text().toStdString();
    header.department = department->text().toStdString();
    header.documentNumber = number->text().toStdString();
    header.drawnUp = fromQDate(QDate::currentDate());
    exportT13Form(path, format, header);
}

std::vector<AccessEvent> WorktimeTab::passesBehindCell(View view, const QModelIndex &viewIndex,
                                                       QString *title) const
{
    if (!m_result || !viewIndex.isValid())
        return {};
    const QSortFilterProxyModel *proxy = proxyOf(view);
    const QModelIndex index = proxy ? proxy->mapToSource(viewIndex) : viewIndex;
    const WorktimeResult &result = *m_result;
    const WorktimePerson *person = nullptr;
    Date first = result.report.from;
    Date last = result.report.to;
    switch (view) {
    case View::Daily: {
        const WorktimeDay &day = result.report.days[std::size_t(index.row())];
        person = &result.report.people[day.person];
        first = last = day.date;
        break;
    }
    case View::Totals:
        person = &result.report.people[result.report.totals[std::size_t(index.row())].person];
        break;
    case View::Timesheet:
        person = &result.report.people[result.timesheet.rows[std::size_t(index.row())].person];
        if (const std::optional<Date> date = m_timesheetModel->dateOfColumn(index.column()))
            first = last = *date;
        break;
    case View::T13:
        person = m_t13Model->person(index.row());
        if (const PlannedWorkDay *day = m_t13Model->plannedDay(index))
            first = last = day->date;
        else if (result.planned)
            std::tie(first, last) = std::pair(result.planned->from, result.planned->to);
        break;
    case View::Charts:
        break;
    }
    if (!person)
        return {};
    std::vector<AccessEvent> passes =
        passesBehind(result, person->identity, first, last, view == View::T13);
    if (title) {
        const QString name = QString::fromStdString(person->name);
        *title = first == last
                     ? tr("%1 · %2").arg(name, dateWithWeekday(first))
                     : tr("%1 · %2 – %3").arg(name, displayDate(first), displayDate(last));
    }
    return passes;
}

void WorktimeTab::showPassesBehind(View view, const QModelIndex &index)
{
    QString title;
    const std::vector<AccessEvent> passes = passesBehindCell(view, index, &title);
    if (title.isEmpty())
        return;
    auto *dialog = new PassesDialog(title, passes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace attlog::ui
