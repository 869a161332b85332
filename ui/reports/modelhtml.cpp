// SPDX-License-Identifier: MIT
#include "ui/reports/modelhtml.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QColor>

namespace attlog::ui {

namespace {

QString colorOf(const QVariant &value)
{
    if (value.canConvert<QBrush>()) {
        const QBrush brush = value.value<QBrush>();
        if (brush.style() != Qt::NoBrush)
            return brush.color().name();
    }
    if (value.canConvert<QColor>()) {
        const QColor color = value.value<QColor>();
        if (color.isValid())
            return color.name();
    }
    return {};
}

QString alignOf(const QVariant &value)
{
    if (!value.isValid())
        return {};
    const auto alignment = Qt::Alignment(value.toInt());
    if (alignment & Qt::AlignRight)
        return QStringLiteral("right");
    if (alignment & Qt::AlignHCenter)
        return QStringLiteral("center");
    return {};
}

} // namespace

QString modelTableHtml(const QAbstractItemModel &model, const QList<int> &columns)
{
    QList<int> shown = columns;
    if (shown.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            shown << c;
    }
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\" style=\"border-collapse:collapse; "
                                  "border-color:#999999\"><thead><tr "
                                  "style=\"background-color:#e0e0e0\">");
    for (const int column : shown) {
        // Header titles may hold a line break (the timesheet's "1\nMo").
        QString title = model.headerData(column, Qt::Horizontal).toString().toHtmlEscaped();
        html += QStringLiteral("<th>%1</th>")
                    .arg(title.replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    html += QStringLiteral("</tr></thead><tbody>");
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        html += QStringLiteral("<tr>");
        for (const int column : shown) {
            const QModelIndex index = model.index(row, column);
            QString attributes;
            const QString background = colorOf(index.data(Qt::BackgroundRole));
            if (!background.isEmpty())
                attributes += QStringLiteral(" bgcolor=\"%1\"").arg(background);
            const QString align = alignOf(index.data(Qt::TextAlignmentRole));
            if (!align.isEmpty())
                attributes += QStringLiteral(" align=\"%1\"").arg(align);
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(attributes, index.data(Qt::DisplayRole).toString().toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    return html;
}

} // namespace attlog::ui
