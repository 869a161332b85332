// SPDX-License-Identifier: MIT
#include "ui/common/modelexporter.h"

#include "core/export/csvwriter.h"
#include "db/export/tableexportjob.h"
#include "ui/common/eventcolumns.h"
#include "ui/common/exportdialog.h"
#include "ui/common/exportprogress.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

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

void exportViewInteractively(QWidget *parent, const QTableView *view, const QString &title,
                             const QString &baseName)
{
    const auto target = ExportDialog::askTarget(parent, title, baseName);
    if (!target)
        return;
    auto snapshot = std::make_shared<const TableSnapshot>(snapshotView(view));
    const std::string sheet = title.toStdString();
    auto *job = new db::TableExportJob(
        target->path,
        target->xlsx ? db::TableExportJob::Format::Xlsx : db::TableExportJob::Format::Csv,
        [snapshot, sheet](TableWriter &writer) {
            if (!writer.begin(snapshot->columns, sheet))
                return false;
            for (const auto &row : snapshot->rows) {
                if (!writer.writeRow(row))
                    return false;
            }
            return true;
        },
        parent);
    CsvOptions csv = db::TableExportJob::localeCsvOptions();
    csv.delimiter = target->csvDelimiter;
    csv.dateTimeStyle = CsvDateTimeStyle::Space;
    job->setCsvOptions(csv);

    ExportProgress::follow(parent, job, qint64(snapshot->rows.size()));
    QObject::connect(job, &db::TableExportJob::finished, job, &QObject::deleteLater);
    job->start();
}

} // namespace attlog::ui
