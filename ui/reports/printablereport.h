// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;
class QWidget;

namespace attlog::ui {

// A report rendered from HTML (QTextDocument) for paper and PDF: A4 with 12 mm margins, every
// page ending in a footer line "<footer> · Page i of n". Used by the evacuation list and the
// worktime printouts. A plain value; GUI thread only (QTextDocument lays out with fonts).
class PrintableReport final
{
    Q_DECLARE_TR_FUNCTIONS(PrintableReport)

public:
    PrintableReport(QString html, QString footer,
                    QPageLayout::Orientation orientation = QPageLayout::Portrait);

    const QString &html() const { return m_html; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    // The document's text without markup (what a reader sees, for checks and the clipboard).
    QString plainText() const;

    // Sets `printer` to A4, the orientation and the margins (call before showing it to the user).
    void preparePrinter(QPrinter &printer) const;
    // The number of pages the report takes on `printer`'s current page layout.
    int pageCount(QPrinter &printer) const;
    // Paints every page onto `printer`. false when the printer cannot be opened.
    bool print(QPrinter &printer) const;
    // Writes a PDF: to a temporary file beside `path`, renamed onto `path` when complete, so a
    // failure never leaves a partial file. false with `error` set on failure.
    bool savePdf(const QString &path, QString *error) const;
    // A modal print preview (the user prints from it).
    void preview(QWidget *parent, const QString &title) const;

private:
    // The document laid out on the printer's paintable area minus the footer band.
    std::unique_ptr<QTextDocument> layOut(QPrinter &printer, qreal *footerHeight) const;

    QString m_html;
    QString m_footer;
    QPageLayout::Orientation m_orientation;
};

} // namespace attlog::ui
