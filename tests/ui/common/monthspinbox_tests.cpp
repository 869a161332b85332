// SPDX-License-Identifier: MIT
#include "ui/common/monthspinbox.h"
#include "ui/worktime/worktimeoptionspanel.h"

#include "tests/support/catch.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using attlog::ui::MonthSpinBox;

namespace {

const QLocale kRussian(QLocale::Russian, QLocale::Russia);

} // namespace

TEST_CASE("The month picker names a month standing alone, in Russian the nominative", "[worktime]")
{
    MonthSpinBox box;
    box.setLocale(kRussian);
    box.setMonth(QDate(2026, 12, 5));
    CHECK(box.text() == QStringLiteral("декабрь 2026"));
    CHECK(box.month() == QDate(2026, 12, 1));
    box.setMonth(QDate(2026, 5, 31));
    CHECK(box.text() == QStringLiteral("май 2026"));

    box.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(box.text() == QStringLiteral("May 2026"));
}

TEST_CASE("The month picker steps across years and reads what is typed", "[worktime]")
{
    MonthSpinBox box;
    box.setLocale(kRussian);
    box.setMonth(QDate(2026, 12, 1));
    QSignalSpy changed(&box, &MonthSpinBox::monthChanged);
    box.stepBy(1);
    CHECK(box.text() == QStringLiteral("январь 2027"));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toDate() == QDate(2027, 1, 1));
    box.stepBy(-2);
    CHECK(box.month() == QDate(2026, 11, 1));

    // Typed: the word as it stands alone, as it follows a day, or digits; anything else is
    // refused and the month stays.
    const auto type = [&box](const QString &text) {
        auto *edit = box.findChild<QLineEdit *>();
        edit->selectAll();
        edit->insert(text); // as typed: through the validator
        box.interpretText();
        return box.month();
    };
    box.show();
    CHECK(type(QStringLiteral("март 2027")) == QDate(2027, 3, 1));
    CHECK(type(QStringLiteral("августа 2025")) == QDate(2025, 8, 1));
    CHECK(type(QStringLiteral("02.2026")) == QDate(2026, 2, 1));
    CHECK(type(QStringLiteral("13.2026")) == QDate(2026, 2, 1));
    CHECK(type(QStringLiteral("брюмер 2026")) == QDate(2026, 2, 1));
    int pos = 0;
    QString bad = QStringLiteral("март; 2026");
    CHECK(box.validate(bad, pos) == QValidator::Invalid);
}

TEST_CASE("Worktime's period names the month in the nominative in Russian", "[worktime]")
{
    attlog::ui::WorktimeOptionsPanel panel;
    panel.setLocale(kRussian);
    panel.setMonth(2026, 12);
    // Whatever the widget, the month as the user reads it (QDateEdit wrote "декабря 2026").
    QStringList shown;
    for (const QAbstractSpinBox *box : panel.findChildren<QAbstractSpinBox *>())
        if (box->text().endsWith(QStringLiteral(" 2026")))
            shown << box->text();
    CHECK(shown == QStringList{QStringLiteral("декабрь 2026")});
    CHECK(panel.periodFrom() == attlog::dateFromCivil(2026, 12, 1));
    CHECK(panel.periodTo() == attlog::dateFromCivil(2026, 12, 31));
}
