// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QSpinBox>

namespace attlog::ui {

// A month picker showing the month as a word standing alone: "декабрь 2026". QDateEdit's
// "MMMM yyyy" writes the form a month takes after a day ("декабря 2026"), wrong in Russian and
// the other languages whose month names decline. Up/Down step a month, across years; the text
// may be typed as "декабрь 2026", "декабря 2026" or "12.2026". Its value is year * 12 + month - 1.
class MonthSpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthSpinBox)

public:
    explicit MonthSpinBox(QWidget *parent = nullptr);

    QDate month() const;       // the first day of the chosen month
    void setMonth(QDate date); // the month of any valid date

    QValidator::State validate(QString &text, int &pos) const override;

signals:
    void monthChanged(QDate first);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    void fixup(QString &text) const override;

private:
    // The value of a typed month, or -1 when the text names none.
    int parse(const QString &text) const;
};

} // namespace attlog::ui
