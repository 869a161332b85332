// SPDX-License-Identifier: MIT
#include "ui/common/modelexporter.h"

#include "core/export/csvwriter.h"
#include "core/xlsx/xlsxwriter.h"
#include "ui/common/eventcolumns.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>
#include <memory>

namespace attlog::ui {

TableSnapshot snapshotView(const QTableView *view)
{
    TableSnapshot snapshot;
    const QAbstractItemModel *model = view->model();
    if (!model)
        return snapshot;
    const QHeaderView *header = view->horizontalHeader();
    std::vector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        columns.push_back(logical);
        const QVariant type = model->headerData(logical, Qt::Horizontal, kColumnTypeRole);
        snapshot.columns.push_back(
            TableColumn{model->headerData(logical, Qt::Horizontal).toString().toStdString(),
                        type.isValid() ? static_cast<ColumnType>(type.toInt()) : ColumnType::Text});
    }
    const int rows = model->rowCount();
    snapshot.rows.reserve(std::size_t(rows));
    for (int row = 0; row < rows; ++row) {
        std::vector<TableCell> cells;
        cells.reserve(columns.size());
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const QModelIndex index = model->index(row, columns[i]);
            const QVariant display = index.data(Qt::DisplayRole);
            if (!display.isValid() || display.toString().isEmpty()) {
                cells.emplace_back(std::monostate{});
                continue;
            }
            const QVariant typed = index.data(kSortRole);
            if (snapshot.columns[i].type != ColumnType::Text && !typed.isValid()) {
                // e.g. a pass whose time is unknown: keep what the user sees.
                cells.emplace_back(display.toString().toStdString());
                continue;
            }
            switch (snapshot.columns[i].type) {
            case ColumnType::DateTime:
                cells.emplace_back(DateTime{typed.toLongLong()});
                break;
            case ColumnType::Date:
                cells.emplace_back(Date{typed.toInt()});
                break;
            case ColumnType::Integer:
                cells.emplace_back(std::int64_t{typed.toLongLong()});
                break;
            case ColumnType::Minutes:
                cells.emplace_back(Minutes{typed.toLongLong()});
                break;
            case ColumnType::Real:
                cells.emplace_back(typed.toDouble());
                break;
            case ColumnType::Text:
                cells.emplace_back(display.toString().toStdString());
                break;
            }
        }
        snapshot.rows.push_back(std::move(cells));
    }
    return snapshot;
}

bool writeSnapshot(const TableSnapshot &snapshot, const ExportDialog::Target &target,
                   const QString &sheetName, QString *error)
{
    const std::filesystem::path path(target.path.toStdU16String());
    std::unique_ptr<TableWriter> writer;
    if (target.xlsx) {
        writer = std::make_unique<XlsxWriter>(path);
    } else {
        CsvOptions options;
        options.delimiter = target.csvDelimiter;
        options.dateTimeStyle = CsvDateTimeStyle::Space;
        options.decimalSeparator = target.csvDelimiter == ';' ? ',' : '.';
        writer = std::make_unique<CsvWriter>(path, options);
    }
    bool ok = writer->begin(snapshot.columns, sheetName.toStdString());
    for (const auto &row : snapshot.rows) {
        if (!ok)
            break;
        ok = writer->writeRow(row);
    }
    ok = ok && writer->finish();
    if (!ok) {
        writer->abort();
        if (error)
            *error = QString::fromStdString(writer->errorString());
    }
    return ok;
}

void exportViewInteractively(QWidget *parent, const QTableView *view, const QString &title,
                             const QString &baseName)
{
    const auto target = ExportDialog::askTarget(parent, title, baseName);
    if (!target)
        return;
    auto snapshot = std::make_shared<TableSnapshot>(snapshotView(view));
    const qint64 rows = qint64(snapshot->rows.size());
    const QString sheet = title;
    auto *watcher = new QFutureWatcher<QString>(parent);
    QPointer<QWidget> guard(parent);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, parent,
                     [watcher, guard, rows, target] {
                         const QString error = watcher->result();
                         watcher->deleteLater();
                         if (!guard)
                             return;
                         if (error.isEmpty())
                             ExportDialog::reportDone(guard, rows, target->path);
                         else
                             ExportDialog::reportFailure(guard, error);
                     });
    watcher->setFuture(QtConcurrent::run([snapshot, target, sheet] {
        QString error;
        writeSnapshot(*snapshot, *target, sheet, &error);
        return error;
    }));
}

} // namespace attlog::ui
