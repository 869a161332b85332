// SPDX-License-Identifier: MIT
#include "ui/common/monthspinbox.h"

#include <QRegularExpression>

namespace attlog::ui {

namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2099;

int valueOf(int year, int month)
{
    return year * 12 + month - 1;
}

} // namespace

MonthSpinBox::MonthSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(valueOf(kFirstYear, 1), valueOf(kLastYear, 12));
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    const QDate today = QDate::currentDate();
    setValue(valueOf(today.year(), today.month()));
    connect(this, &QSpinBox::valueChanged, this, [this] { emit monthChanged(month()); });
}

QDate MonthSpinBox::month() const
{
    return QDate(value() / 12, value() % 12 + 1, 1);
}

void MonthSpinBox::setMonth(QDate date)
{
    if (date.isValid())
        setValue(valueOf(date.year(), date.month()));
}

QString MonthSpinBox::textFromValue(int value) const
{
    return QStringLiteral("%1 %2").arg(locale().standaloneMonthName(value % 12 + 1),
                                       QString::number(value / 12));
}

int MonthSpinBox::parse(const QString &text) const
{
    static const QRegularExpression numeric(
        QStringLiteral("^\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{4})\\s*$"));
    static const QRegularExpression named(QStringLiteral("^\\s*(\\S+)\\s+(\\d{4})\\s*$"));
    int month = 0;
    int year = 0;
    if (const QRegularExpressionMatch m = numeric.match(text); m.hasMatch()) {
        month = m.captured(1).toInt();
        year = m.captured(2).toInt();
    } else if (const QRegularExpressionMatch m = named.match(text); m.hasMatch()) {
        const QString word = m.captured(1);
        for (int i = 1; i <= 12 && month == 0; ++i) {
            for (const QString &name : {locale().standaloneMonthName(i), locale().monthName(i),
                                        locale().standaloneMonthName(i, QLocale::ShortFormat),
                                        locale().monthName(i, QLocale::ShortFormat)}) {
                QString bare = name;
                bare.remove(QLatin1Char('.'));
                if (!bare.isEmpty() && (word.compare(name, Qt::CaseInsensitive) == 0 ||
                                        word.compare(bare, Qt::CaseInsensitive) == 0)) {
                    month = i;
                    break;
                }
            }
        }
        year = m.captured(2).toInt();
    }
    if (month < 1 || month > 12 || year < kFirstYear || year > kLastYear)
        return -1;
    return valueOf(year, month);
}

int MonthSpinBox::valueFromText(const QString &text) const
{
    const int parsed = parse(text);
    return parsed >= 0 ? parsed : value();
}

QValidator::State MonthSpinBox::validate(QString &text, int &pos) const
{
    Q_UNUSED(pos)
    if (parse(text) >= 0)
        return QValidator::Acceptable;
    // Anything of letters, digits, spaces and separators may still become a month.
    static const QRegularExpression partial(QStringLiteral("^[\\w\\s./-]*$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return partial.match(text).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

void MonthSpinBox::fixup(QString &text) const
{
    text = textFromValue(value());
}

} // namespace attlog::ui
