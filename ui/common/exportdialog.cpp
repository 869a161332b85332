// SPDX-License-Identifier: MIT
#include "ui/common/exportdialog.h"

#include "core/export/csvwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace attlog::ui {

namespace {
// The context lupdate files these strings under (the class they belong to).
const char *kContext = "attlog::ui::ExportDialog";
QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}
} // namespace

std::optional<ExportDialog::Target> ExportDialog::askTarget(QWidget *parent, const QString &title,
                                                            const QString &baseName)
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("export/folder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const bool lastXlsx = settings.value(QStringLiteral("export/xlsx"), true).toBool();
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString csvFilter = tr("CSV, UTF-8 (*.csv)");
    QString selected = lastXlsx ? xlsxFilter : csvFilter;
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("%1-%2.%3")
                                  .arg(baseName, QDate::currentDate().toString(Qt::ISODate),
                                       lastXlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")));
    QString path = QFileDialog::getSaveFileName(
        parent, title, suggested, xlsxFilter + QStringLiteral(";;") + csvFilter, &selected);
    if (path.isEmpty())
        return std::nullopt;

    Target target;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        target.xlsx = false;
    else if (suffix == QLatin1String("xlsx"))
        target.xlsx = true;
    else {
        target.xlsx = selected == xlsxFilter;
        path += target.xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    }
    target.path = path;
    target.csvDelimiter = csvDelimiterForLocale(QLocale().name().toStdString());
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("export/xlsx"), target.xlsx);
    return target;
}

void ExportDialog::reportDone(QWidget *parent, qint64 rows, const QString &path)
{
    QMessageBox box(
        QMessageBox::Information, tr("Export finished"),
        tr("%1 rows written to\n%2").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)),
        QMessageBox::Ok, parent);
    QPushButton *open = box.addButton(tr("Open folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void ExportDialog::reportFailure(QWidget *parent, const QString &message)
{
    QMessageBox::warning(parent, tr("Export failed"),
                         tr("The file was not written.\n\n%1").arg(message));
}

} // namespace attlog::ui
