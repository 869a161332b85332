// SPDX-License-Identifier: MIT
#include "ui/reports/printablereport.h"

#include "core/export/stagedfile.h"
#include "db/qtconvert.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace attlog::ui {

namespace {

constexpr qreal kBodyPointSize = 9.5;
constexpr qreal kFooterPointSize = 7.5;

} // namespace

PrintableReport::PrintableReport(QString html, QString footer, QPageLayout::Orientation orientation)
    : m_html(std::move(html))
    , m_footer(std::move(footer))
    , m_orientation(orientation)
{}

QString PrintableReport::plainText() const
{
    QTextDocument document;
    document.setHtml(m_html);
    return document.toPlainText();
}

void PrintableReport::preparePrinter(QPrinter &printer) const
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(m_orientation);
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> PrintableReport::layOut(QPrinter &printer, qreal *footerHeight) const
{
    auto document = std::make_unique<QTextDocument>();
    // Measure text at the printer's resolution, so what is laid out is what is printed.
    document->documentLayout()->setPaintDevice(&printer);
    QFont font = document->defaultFont();
    font.setPointSizeF(kBodyPointSize);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(m_html);

    QFont footerFont = font;
    footerFont.setPointSizeF(kFooterPointSize);
    *footerHeight = QFontMetricsF(footerFont, &printer).height() * 2.5;
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    // A page size makes the layout paginate: table rows and lines never straddle two pages.
    document->setPageSize(QSizeF(page.width(), page.height() - *footerHeight));
    return document;
}

int PrintableReport::pageCount(QPrinter &printer) const
{
    qreal footerHeight = 0;
    return layOut(printer, &footerHeight)->pageCount();
}

bool PrintableReport::print(QPrinter &printer) const
{
    qreal footerHeight = 0;
    const std::unique_ptr<QTextDocument> document = layOut(printer, &footerHeight);
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QSizeF body = document->pageSize();
    const int pages = document->pageCount();
    QFont footerFont = document->defaultFont();
    footerFont.setPointSizeF(kFooterPointSize);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            printer.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        document->drawContents(&painter,
                               QRectF(0, page * body.height(), body.width(), body.height()));
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, body.height(), body.width(), footerHeight);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, m_footer);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.restore();
    }
    return painter.end();
}

bool PrintableReport::savePdf(const QString &path, QString *error) const
{
    // Staged beside the target and renamed onto it when complete: a partial file never takes
    // the target's name, and a target that is a device, a pipe or a folder is refused, never
    // replaced (a link is followed: the file it names is written).
    StagedFile staged(toPath(path));
    const auto fail = [&](const QString &why) {
        staged.discard();
        if (error)
            *error = why;
        return false;
    };
    if (!staged.prepare())
        return fail(QString::fromStdString(staged.errorString()));
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString temp = fromPath(staged.tempPath());
    printer.setOutputFileName(temp);
    printer.setCreator(QCoreApplication::applicationName());
    printer.setDocName(QFileInfo(path).completeBaseName());
    if (!print(printer) || !QFileInfo::exists(temp))
        return fail(tr("Cannot write the file %1.").arg(QDir::toNativeSeparators(path)));
    if (!staged.commit())
        return fail(QString::fromStdString(staged.errorString()));
    return true;
}

void PrintableReport::preview(QWidget *parent, const QString &title) const
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [this](QPrinter *target) { print(*target); });
    dialog.resize(900, 1000);
    dialog.exec();
}

} // namespace attlog::ui
