// SPDX-License-Identifier: MIT
#include "ui/whowhere/evacuationlistdocument.h"

#include "ui/common/eventformat.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace attlog::ui {

namespace {

QString cell(const QString &text, const char *extraStyle = "")
{
    return QStringLiteral("<td style=\"%1\">%2</td>")
        .arg(QLatin1String(extraStyle), text.toHtmlEscaped());
}

} // namespace

EvacuationListDocument::EvacuationListDocument(EvacuationList list, DateTime windowFrom,
                                               QString sourceName)
    : m_list(std::move(list))
    , m_windowFrom(windowFrom)
    , m_sourceName(std::move(sourceName))
{
    // In the reader's alphabet (the board orders by UTF-8 bytes, which puts Ё before А).
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_list.people.begin(), m_list.people.end(),
                     [&collator](const PresenceRow &a, const PresenceRow &b) {
                         return collator.compare(qs(a.person), qs(b.person)) < 0;
                     });
}

QString EvacuationListDocument::title() const
{
    return tr("Evacuation list");
}

QString EvacuationListDocument::html() const
{
    QString html;
    html += QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 style=\"margin-bottom:2px\">%1</h1>").arg(title().toHtmlEscaped());
    html +=
        QStringLiteral("<p style=\"font-size:13pt; margin-top:4px\">%1</p>")
            .arg(
                tr("People inside at %1: %2")
                    .arg(QStringLiteral("<b>%1</b>").arg(displayTime(m_list.at)),
                         QStringLiteral("<b style=\"font-size:16pt\">%1</b>").arg(m_list.count())));
    html += QStringLiteral("<p style=\"color:#444444\">%1<br/>%2</p>")
                .arg(tr("Data source: %1").arg(m_sourceName.toHtmlEscaped()),
                     tr("Counted from the passes between %1 and %2. Someone whose last pass is "
                        "older than that is not on this list.")
                         .arg(displayTime(m_windowFrom), displayTime(m_list.at)));

    if (m_list.people.empty()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Nobody is inside according to the passes.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "width=\"100%\" style=\"border-collapse:collapse; "
                               "border-color:#888888\">");
        html += QStringLiteral("<thead><tr style=\"background-color:#e0e0e0\">");
        // Widths in percent: the name gets the room; the last column is ticked by hand.
        const std::pair<QString, int> columns[] = {{tr("No."), 5},          {tr("Person"), 36},
                                                   {tr("Employee ID"), 12}, {tr("Last door"), 24},
                                                   {tr("Last pass"), 13},   {tr("Checked"), 10}};
        for (const auto &[title, width] : columns) {
            html += QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>")
                        .arg(width)
                        .arg(title.toHtmlEscaped());
        }
        html += QStringLiteral("</tr></thead><tbody>");
        int number = 0;
        for (const PresenceRow &row : m_list.people) {
            html += QStringLiteral("<tr>");
            html += cell(QString::number(++number), "text-align:right");
            html += cell(qs(row.person.empty() ? row.card : row.person));
            html += cell(qs(row.employeeId));
            html += cell(qs(row.lastDoor));
            // Day and time; the year is in the heading.
            html += cell(toQDateTime(row.lastTime).toString(QStringLiteral("dd.MM HH:mm")));
            html += QStringLiteral("<td>&nbsp;</td>"); // ticked by the marshal
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</tbody></table>");
        html += QStringLiteral("<p style=\"font-size:12pt\"><b>%1</b></p>")
                    .arg(tr("Total inside: %1").arg(m_list.count()).toHtmlEscaped());
    }

    html += QStringLiteral("<p style=\"margin-top:24px\">%1</p>")
                .arg(tr("Checked by (name): ______________________________ "
                        "Signature: ________________ Time: __________")
                         .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

PrintableReport EvacuationListDocument::report() const
{
    return PrintableReport(
        html(), tr("Evacuation list · %1 · %2").arg(displayTime(m_list.at), m_sourceName),
        QPageLayout::Portrait);
}

} // namespace attlog::ui
