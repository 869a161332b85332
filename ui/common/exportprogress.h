// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace attlog::db {
class TableExportJob;
}

namespace attlog::ui {

// What every interactive export does once its file is chosen and its job started: a progress
// dialog with Cancel, shown only when the export takes a moment, then the outcome said to the
// user (the rows written and "Open folder", or why no file was written; nothing after the user
// cancelled). History's exports, the table views' exports and Worktime's exports all end here.
// GUI thread only. The object deletes itself when the export has ended.
class ExportProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportProgress)

public:
    // `expectedRows` sizes the progress bar (0: unknown, a busy bar and a row count instead).
    // `cancel` asks the export to stop; it must still end with failed() or cancelled().
    static ExportProgress *start(QWidget *parent, qint64 expectedRows,
                                 std::function<void()> cancel);
    // The same for a table export job: its progress, Cancel and outcome. Call it in the same turn
    // of the event loop as the job's start() (its signals arrive queued).
    static ExportProgress *follow(QWidget *parent, db::TableExportJob *job, qint64 expectedRows);

    void setRows(qint64 rows);
    void finished(qint64 rows, const QString &path);
    void failed(const QString &message);
    void cancelled();

private:
    ExportProgress(QWidget *parent, qint64 expectedRows, std::function<void()> cancel);
    void end();

    QPointer<QWidget> m_parent;
    QProgressDialog *m_dialog;
    qint64 m_expectedRows;
    bool m_cancelRequested = false;
};

} // namespace attlog::ui
