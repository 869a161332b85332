// SPDX-License-Identifier: MIT
#include "print/t13pdf.h"

#include "core/export/stagedfile.h"
#include "db/qtconvert.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <array>

namespace attlog::print {

namespace {

// Geometry in millimetres on A4 landscape.
constexpr double kPageHeight = 210;
constexpr double kMargin = 8;
constexpr double kFooterHeight = 6;
constexpr double kHeadHeight = 50;     // the form's head, first page only
constexpr double kTitleRowHeight = 12; // table header: titles
constexpr double kDayRowHeight = 4.5;  // ... days 1-15 and 16-31
constexpr double kNumberRowHeight = 4; // ... the form's column numbers
constexpr double kRowHeight = 4;       // one of a person's four rows
constexpr double kSignatureHeight = 8; // one signature line with its caption
constexpr double kTableHeaderHeight = kTitleRowHeight + 2 * kDayRowHeight + kNumberRowHeight;
constexpr double kPersonHeight = 4 * kRowHeight;
constexpr double kBodyHeight = kPageHeight - 2 * kMargin - kFooterHeight;
constexpr double kSignaturesHeight = 3 * kSignatureHeight + 2;
constexpr int kResolution = 600; // dots per inch

// The table's columns: number, name, personnel number, 16 days, worked per half, per month,
// absence code, absence days.
enum Column : int
{
    NumberCol = 0,
    NameCol = 1,
    PersonnelCol = 2,
    FirstDayCol = 3,
    HalfCol = FirstDayCol + 16,
    MonthCol,
    AbsenceCodeCol,
    AbsenceDaysCol,
    ColumnCount
};

constexpr std::array<double, ColumnCount> columnWidths()
{
    std::array<double, ColumnCount> widths{};
    widths[NumberCol] = 7;
    widths[NameCol] = 46;
    widths[PersonnelCol] = 15;
    for (int c = FirstDayCol; c < HalfCol; ++c)
        widths[std::size_t(c)] = 9.6;
    widths[HalfCol] = 16;
    widths[MonthCol] = 15;
    widths[AbsenceCodeCol] = 12;
    widths[AbsenceDaysCol] = 14;
    return widths;
}

// People per page: the first page also holds the form's head.
int peopleOnPage(bool first)
{
    const double room = kBodyHeight - kTableHeaderHeight - (first ? kHeadHeight : 0);
    return int(room / kPersonHeight);
}

// The pages as [first person, end) ranges; the signatures follow the last person, on a page of
// their own when they do not fit below it.
struct Pagination
{
    std::vector<std::pair<std::size_t, std::size_t>> pages;
    bool signaturesAlone = false;
};

Pagination paginate(std::size_t people)
{
    Pagination result;
    std::size_t next = 0;
    do {
        const bool first = result.pages.empty();
        const std::size_t end = std::min(people, next + std::size_t(peopleOnPage(first)));
        result.pages.emplace_back(next, end);
        next = end;
    } while (next < people);
    const bool first = result.pages.size() == 1;
    const double used =
        (first ? kHeadHeight : 0) + kTableHeaderHeight +
        double(result.pages.back().second - result.pages.back().first) * kPersonHeight;
    result.signaturesAlone = used + kSignaturesHeight > kBodyHeight;
    return result;
}

// Paints in millimetres onto a PDF page.
class FormPainter
{
public:
    explicit FormPainter(QPainter &painter)
        : m_painter(painter)
        , m_widths(columnWidths())
    {
        m_x[0] = kMargin;
        for (std::size_t c = 0; c < m_widths.size(); ++c)
            m_x[c + 1] = m_x[c] + m_widths[c];
        m_painter.setPen(QPen(Qt::black, dots(0.2)));
    }

    static double dots(double mm) { return mm * kResolution / 25.4; }

    // Columns [first, last] as an x range.
    double left(int column) const { return m_x[std::size_t(column)]; }
    double right(int column) const { return m_x[std::size_t(column) + 1]; }

    // Text in a rectangle, shrunk (down to 4 pt) until it fits; with a border when `boxed`.
    void text(double x1, double y1, double x2, double y2, const QString &text, double points,
              int flags = Qt::AlignCenter, bool boxed = true, bool bold = false)
    {
        const QRectF box(dots(x1), dots(y1), dots(x2 - x1), dots(y2 - y1));
        if (boxed)
            m_painter.drawRect(box);
        if (text.isEmpty())
            return;
        const QRectF inner = box.adjusted(dots(0.5), 0, -dots(0.5), 0);
        const int wrapFlags = flags | Qt::TextWordWrap;
        QFont font = m_font;
        font.setBold(bold);
        for (double size = points;; size -= 0.5) {
            font.setPointSizeF(size);
            m_painter.setFont(font);
            const QRectF needed = m_painter.boundingRect(inner, wrapFlags, text);
            if (size <= 4 ||
                (needed.width() <= inner.width() + 1 && needed.height() <= inner.height() + 1))
                break;
        }
        m_painter.drawText(inner, wrapFlags, text);
    }

    // A cell of the table spanning columns [c1, c2].
    void cell(int c1, int c2, double y1, double y2, const QString &value, double points = 7,
              int flags = Qt::AlignCenter)
    {
        text(left(c1), y1, right(c2), y2, value, points, flags);
    }

    void line(double x1, double x2, double y)
    {
        m_painter.drawLine(QPointF(dots(x1), dots(y)), QPointF(dots(x2), dots(y)));
    }

private:
    QPainter &m_painter;
    QFont m_font{QStringList{QStringLiteral("Arial"), QStringLiteral("Liberation Sans"),
                             QStringLiteral("DejaVu Sans")}};
    std::array<double, ColumnCount> m_widths;
    std::array<double, ColumnCount + 1> m_x{};
};

// The form's head: its name and approval, organisation, department, title, document number,
// date, period. Returns the y below it.
double paintHead(FormPainter &p, const T13Sheet &sheet, const T13Header &header, double y)
{
    const double x1 = p.left(NumberCol);
    const double x2 = p.right(AbsenceDaysCol);
    p.text(x1, y, x2, y + 4, qs(t13form::kFormName), 7, Qt::AlignRight | Qt::AlignVCenter, false);
    p.text(x1, y + 4, x2, y + 8, qs(t13form::kApproval), 7, Qt::AlignRight | Qt::AlignVCenter,
           false);
    const double lineEnd = p.right(HalfCol - 1);
    const auto labelledLine = [&](double top, const std::string &value, const char *caption) {
        p.text(x1, top, lineEnd, top + 5, qs(value), 9, Qt::AlignCenter, false);
        p.line(x1, lineEnd, top + 5);
        p.text(x1, top + 5, lineEnd, top + 8, qs(caption), 6, Qt::AlignCenter, false);
    };
    labelledLine(y + 10, header.organization, t13form::kOrganizationCaption);
    labelledLine(y + 20, header.department, t13form::kDepartmentCaption);

    const double top = y + 30;
    const double titleEnd = p.right(FirstDayCol + 6);
    p.text(p.left(NameCol), top, titleEnd, top + 6, qs(t13form::kTitle), 12, Qt::AlignCenter, false,
           true);
    p.text(p.left(NameCol), top + 6, titleEnd, top + 11, qs(t13form::kSubtitle), 10,
           Qt::AlignCenter, false, true);
    p.text(p.left(NameCol), top + 13, titleEnd, top + 18,
           qs(t13PeriodTitle(sheet.year, sheet.month)), 9, Qt::AlignCenter, false);
    const int doc = FirstDayCol + 7;
    const int date = FirstDayCol + 10;
    const int period = FirstDayCol + 13;
    p.cell(doc, doc + 2, top, top + 6, qs(t13form::kDocumentNumber), 6);
    p.cell(date, date + 2, top, top + 6, qs(t13form::kDrawnUp), 6);
    p.cell(period, MonthCol, top, top + 6, qs(t13form::kPeriod), 6);
    p.cell(doc, doc + 2, top + 6, top + 11, qs(header.documentNumber), 8);
    p.cell(date, date + 2, top + 6, top + 11, qs(t13Date(header.drawnUp)), 8);
    p.cell(period, HalfCol - 1, top + 6, top + 11, QStringLiteral("с ") + qs(t13Date(sheet.from)),
           8);
    p.cell(HalfCol, MonthCol, top + 6, top + 11, QStringLiteral("по ") + qs(t13Date(sheet.to)), 8);
    return y + kHeadHeight;
}

// The table header; returns the y below it.
double paintTableHeader(FormPainter &p, double y)
{
    const double days1 = y + kTitleRowHeight;
    const double days2 = days1 + kDayRowHeight;
    const double numbers = days2 + kDayRowHeight;
    p.cell(NumberCol, NumberCol, y, numbers, qs(t13form::kNumber), 6);
    p.cell(NameCol, NameCol, y, numbers, qs(t13form::kName), 6);
    p.cell(PersonnelCol, PersonnelCol, y, numbers, qs(t13form::kPersonnelNumber), 6);
    p.cell(FirstDayCol, HalfCol - 1, y, days1, qs(t13form::kMarks), 7);
    p.cell(HalfCol, MonthCol, y, days1, qs(t13form::kWorked), 7);
    p.cell(AbsenceCodeCol, AbsenceDaysCol, y, days1, qs(t13form::kAbsences), 7);
    for (int d = 0; d < 16; ++d) {
        p.cell(FirstDayCol + d, FirstDayCol + d, days1, days2,
               d < 15 ? QString::number(d + 1) : QStringLiteral("X"), 6);
        p.cell(FirstDayCol + d, FirstDayCol + d, days2, numbers, QString::number(d + 16), 6);
    }
    p.cell(HalfCol, HalfCol, days1, numbers, qs(t13form::kHalf), 6);
    p.cell(MonthCol, MonthCol, days1, days2, qs(t13form::kMonth), 6);
    p.cell(MonthCol, MonthCol, days2, numbers, qs(t13form::kDaysHours), 6);
    p.cell(AbsenceCodeCol, AbsenceCodeCol, days1, numbers, qs(t13form::kCode), 6);
    p.cell(AbsenceDaysCol, AbsenceDaysCol, days1, numbers, qs(t13form::kDaysHours), 6);
    const double end = numbers + kNumberRowHeight;
    const std::array<std::pair<int, int>, 8> numbered{{{NumberCol, NumberCol},
                                                       {NameCol, NameCol},
                                                       {PersonnelCol, PersonnelCol},
                                                       {FirstDayCol, HalfCol - 1},
                                                       {HalfCol, HalfCol},
                                                       {MonthCol, MonthCol},
                                                       {AbsenceCodeCol, AbsenceCodeCol},
                                                       {AbsenceDaysCol, AbsenceDaysCol}}};
    for (std::size_t i = 0; i < numbered.size(); ++i)
        p.cell(numbered[i].first, numbered[i].second, numbers, end, QString::number(i + 1), 6);
    return end;
}

// A person's four rows; returns the y below them.
double paintPerson(FormPainter &p, std::size_t index, const T13Person &person, double y)
{
    const double end = y + kPersonHeight;
    p.cell(NumberCol, NumberCol, y, end, QString::number(index + 1));
    p.cell(NameCol, NameCol, y, end, qs(person.name), 7, Qt::AlignLeft | Qt::AlignVCenter);
    p.cell(PersonnelCol, PersonnelCol, y, end, qs(person.number));
    for (int half = 0; half < 2; ++half) {
        const double codes = y + 2 * half * kRowHeight;
        const double hours = codes + kRowHeight;
        for (int k = 0; k < 16; ++k) {
            const T13Day *day = t13GridDay(person, half, k);
            const QString x = QStringLiteral("X");
            p.cell(FirstDayCol + k, FirstDayCol + k, codes, hours, day ? qs(day->codes) : x, 6);
            p.cell(FirstDayCol + k, FirstDayCol + k, hours, hours + kRowHeight,
                   day ? qs(day->hours) : x, 6);
        }
        p.cell(HalfCol, HalfCol, codes, hours, QString::number(person.halfDays[std::size_t(half)]));
        p.cell(HalfCol, HalfCol, hours, hours + kRowHeight,
               qs(t13Hours(person.halfMinutes[std::size_t(half)])));
    }
    p.cell(MonthCol, MonthCol, y, y + 2 * kRowHeight, QString::number(person.monthDays));
    p.cell(MonthCol, MonthCol, y + 2 * kRowHeight, end, qs(t13Hours(person.monthMinutes)));
    for (std::size_t k = 0; k < 4; ++k) {
        const bool has = k < person.absences.size();
        const double top = y + double(k) * kRowHeight;
        p.cell(AbsenceCodeCol, AbsenceCodeCol, top, top + kRowHeight,
               has ? qs(person.absences[k].first) : QString());
        p.cell(AbsenceDaysCol, AbsenceDaysCol, top, top + kRowHeight,
               has ? QString::number(person.absences[k].second) : QString());
    }
    return end;
}

void paintSignatures(FormPainter &p, double y)
{
    y += 2;
    const std::array<std::pair<int, int>, 3> spans{{{PersonnelCol, FirstDayCol + 3},
                                                    {FirstDayCol + 5, FirstDayCol + 8},
                                                    {FirstDayCol + 10, FirstDayCol + 15}}};
    for (const char *role : t13form::kSignatures) {
        p.text(p.left(NumberCol), y, p.right(NameCol) - 2, y + 5, qs(role), 7,
               Qt::AlignRight | Qt::AlignVCenter, false);
        for (std::size_t i = 0; i < spans.size(); ++i) {
            const double x1 = p.left(spans[i].first);
            const double x2 = p.right(spans[i].second);
            p.line(x1, x2, y + 5);
            p.text(x1, y + 5, x2, y + 8, qs(t13form::kSignatureCaptions[i]), 6, Qt::AlignCenter,
                   false);
        }
        y += kSignatureHeight;
    }
}

void paintFooter(FormPainter &p, const QString &title, int page, int pages)
{
    const double y = kPageHeight - kMargin - kFooterHeight + 2;
    const double x1 = p.left(NumberCol);
    const double x2 = p.right(AbsenceDaysCol);
    p.text(x1, y, x2, y + 4, title, 6.5, Qt::AlignLeft | Qt::AlignVCenter, false);
    p.text(x1, y, x2, y + 4, QStringLiteral("Страница %1 из %2").arg(page).arg(pages), 6.5,
           Qt::AlignRight | Qt::AlignVCenter, false);
}

} // namespace

int t13PdfPageCount(const T13Sheet &sheet)
{
    const Pagination pagination = paginate(sheet.people.size());
    return int(pagination.pages.size()) + (pagination.signaturesAlone ? 1 : 0);
}

bool writeT13Pdf(const QString &target, const T13Sheet &sheet, const T13Header &header,
                 QString *error)
{
    StagedFile staged(toPath(target));
    if (!staged.prepare()) {
        *error = qs(staged.errorString());
        return false;
    }
    const auto fail = [&](const QString &why) {
        *error = QStringLiteral("Cannot write \"%1\": %2").arg(target, why);
        staged.discard();
        return false;
    };
    QFile file(fromPath(staged.tempPath()));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setCreator(QStringLiteral("attlog"));
        writer.setTitle(QStringLiteral("Т-13 ") + qs(t13PeriodTitle(sheet.year, sheet.month)));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(QStringLiteral("the PDF cannot be painted"));
        FormPainter p(painter);
        const Pagination pagination = paginate(sheet.people.size());
        const int pages = t13PdfPageCount(sheet);
        QString title = QStringLiteral("Т-13");
        if (!header.organization.empty())
            title += QStringLiteral(" · ") + qs(header.organization);
        title += QStringLiteral(" · ") + qs(t13PeriodTitle(sheet.year, sheet.month));
        for (std::size_t page = 0; page < pagination.pages.size(); ++page) {
            if (page > 0)
                writer.newPage();
            double y = kMargin;
            if (page == 0)
                y = paintHead(p, sheet, header, y);
            y = paintTableHeader(p, y);
            for (std::size_t i = pagination.pages[page].first; i < pagination.pages[page].second;
                 ++i)
                y = paintPerson(p, i, sheet.people[i], y);
            if (page + 1 == pagination.pages.size() && !pagination.signaturesAlone)
                paintSignatures(p, y);
            paintFooter(p, title, int(page) + 1, pages);
        }
        if (pagination.signaturesAlone) {
            writer.newPage();
            paintSignatures(p, kMargin);
            paintFooter(p, title, pages, pages);
        }
        if (!painter.end())
            return fail(QStringLiteral("the PDF cannot be completed"));
    }
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    file.close();
    if (!staged.commit()) {
        *error = qs(staged.errorString());
        return false;
    }
    return true;
}

} // namespace attlog::print
