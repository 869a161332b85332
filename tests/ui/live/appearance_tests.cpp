// SPDX-License-Identifier: MIT
// Readable by anyone: text size and colours that the whole window follows, a last-pass name large
// enough to read from two metres, every control named for a screen reader and reachable by Tab,
// and F1 help for the tab.
#include "db/session/datasession.h"
#include "ui/common/appearance.h"
#include "ui/live/lastpasspanel.h"
#include "ui/live/livetab.h"
#include "ui/mainwindow.h"

#include "tests/support/catch.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace attlog;

namespace {

// Puts the appearance back whatever the test did.
struct AppearanceGuard
{
    ui::Appearance saved = ui::currentAppearance();
    ~AppearanceGuard() { ui::applyAppearance(saved); }
};

AccessEvent somebody()
{
    AccessEvent event;
    event.time = parseDateTime("2026-12-05 08:00:00");
    event.person = "Иванов Пётр";
    event.door = "Проходная";
    event.direction = Direction::In;
    return event;
}

} // namespace

TEST_CASE("Appearance: kept in the settings, a bad value falls back", "[ui][appearance]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    CHECK(ui::loadAppearance(settings) == ui::Appearance{});
    ui::saveAppearance(settings, {175, ui::Theme::HighContrast});
    CHECK(ui::loadAppearance(settings) == ui::Appearance{175, ui::Theme::HighContrast});
    settings.setValue(QStringLiteral("view/font_scale"), 900);
    settings.setValue(QStringLiteral("view/theme"), QStringLiteral("purple"));
    CHECK(ui::loadAppearance(settings) == ui::Appearance{200, ui::Theme::System});
    for (const auto theme :
         {ui::Theme::System, ui::Theme::Light, ui::Theme::Dark, ui::Theme::HighContrast})
        CHECK(ui::themeFromName(ui::themeName(theme)) == theme);
}

TEST_CASE("Appearance: the last-pass name is large at 100 % and the window follows 200 %",
          "[ui][appearance]")
{
    AppearanceGuard guard;
    ui::applyAppearance({100, ui::Theme::Light});
    ui::LastPassPanel panel;
    panel.showEvent(somebody());
    const int at100 = panel.personLabel()->font().pixelSize();
    CHECK(at100 >= ui::LastPassPanel::kMinNamePixels);
    CHECK(at100 >= 32); // readable from two metres on a 1080p screen
    const double appAt100 = QApplication::font().pointSizeF();

    ui::applyAppearance({200, ui::Theme::Light});
    CHECK(QApplication::font().pointSizeF() == Approx(2 * appAt100));
    CHECK(panel.personLabel()->font().pixelSize() >= 2 * at100 - 1);
    CHECK(ui::fontScale() == 2.0);
}

TEST_CASE("Appearance: dark and high-contrast colours, and the direction colours follow",
          "[ui][appearance]")
{
    AppearanceGuard guard;
    ui::applyAppearance({100, ui::Theme::Dark});
    CHECK(ui::darkColours());
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 64);
    CHECK(QApplication::palette().color(QPalette::WindowText).lightness() > 192);
    ui::applyAppearance({100, ui::Theme::HighContrast});
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(Qt::black));
    CHECK(QApplication::palette().color(QPalette::Text) == QColor(Qt::white));
    ui::applyAppearance({100, ui::Theme::Light});
    CHECK_FALSE(ui::darkColours());
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 128);
}

TEST_CASE("Accessibility: every control of every tab has a name, and Tab reaches each one",
          "[ui][accessibility]")
{
    db::DataSession session;
    ui::MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        INFO("tab " << window.tabs()->tabText(tab).toStdString());
        QWidget *page = window.page(tab);
        // Every visible control a user can operate tells a screen reader what it is.
        std::set<QWidget *> controls;
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&window) || widget->focusPolicy() == Qt::NoFocus ||
                !widget->isEnabled())
                continue;
            if (qobject_cast<QLineEdit *>(widget) &&
                (qobject_cast<QComboBox *>(widget->parentWidget()) ||
                 widget->objectName() == QLatin1String("qt_spinbox_lineedit")))
                continue; // the line edit inside a combo or spin box: that box is named
            controls.insert(widget);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            REQUIRE(accessible);
            INFO("control " << widget->metaObject()->className() << " "
                            << widget->objectName().toStdString());
            CHECK_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty());
        }
        // Tab from the tab bar walks through all of them and comes back: no control is left out
        // and none keeps the focus.
        std::set<QWidget *> reached;
        QWidget *start = window.tabs()->tabBar();
        QWidget *at = start;
        for (int step = 0; step < 500; ++step) {
            at = at->nextInFocusChain();
            if (at == start)
                break;
            reached.insert(at);
        }
        CHECK(at == start);
        for (QWidget *control : controls) {
            INFO("not reached by Tab: " << control->metaObject()->className() << " "
                                        << control->objectName().toStdString());
            CHECK(reached.contains(control));
        }
    }
}

TEST_CASE("Help: F1 has a page for every tab", "[ui][accessibility]")
{
    db::DataSession session;
    ui::MainWindow window(&session);
    QAction *help = window.findChild<QAction *>(QStringLiteral("tabHelpAction"));
    REQUIRE(help);
    CHECK(help->shortcut() == QKeySequence(QKeySequence::HelpContents));
    std::set<QString> pages;
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        const QString text = window.tabHelpText(tab);
        INFO(window.tabs()->tabText(tab).toStdString());
        CHECK(text.contains(window.tabs()->tabText(tab)));
        pages.insert(text);
    }
    CHECK(pages.size() == std::size_t(window.tabs()->count()));
}

TEST_CASE("Keyboard: Tab walks every tab's controls and back, and the focus is visible",
          "[ui][accessibility]")
{
    AppearanceGuard guard;
    db::DataSession session;
    ui::MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    for (const ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark, ui::Theme::HighContrast}) {
        ui::applyAppearance({100, theme});
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QWidget *tabBar = window.tabs()->tabBar();
            tabBar->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            INFO("theme " << int(theme) << ", tab " << window.tabs()->tabText(tab).toStdString());
            // How each control looks without the focus.
            std::map<QWidget *, QImage> unfocused;
            for (QWidget *widget : window.page(tab)->findChildren<QWidget *>()) {
                QWidget *parent = widget->parentWidget();
                if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent))
                    continue; // the editor inside a box: the box takes the focus
                if (widget->isVisibleTo(&window) && widget->isEnabled() &&
                    widget->focusPolicy() & Qt::TabFocus)
                    unfocused[widget] = widget->grab().toImage();
            }
            // Real Tab presses, as a user at the post makes them: every control takes the focus
            // in turn, shows it, and the walk comes back to the tab bar (no control keeps it).
            std::set<QWidget *> reached;
            for (int step = 0; step < 200; ++step) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget *at = QApplication::focusWidget();
                REQUIRE(at);
                if (at == tabBar)
                    break;
                if (!reached.insert(at).second)
                    continue;
                const auto before = unfocused.find(at);
                if (before == unfocused.end())
                    continue; // outside the page: the window's own controls
                INFO("control " << at->metaObject()->className() << " "
                                << QAccessible::queryAccessibleInterface(at)
                                       ->text(QAccessible::Name)
                                       .toStdString());
                CHECK(at->grab().toImage() != before->second);
            }
            CHECK(QApplication::focusWidget() == tabBar);
            for (const auto &[widget, image] : unfocused) {
                // Radio buttons of one group are one Tab stop (the arrows move in it).
                const auto *radio = qobject_cast<QRadioButton *>(widget);
                if (radio && radio->autoExclusive() &&
                    std::any_of(reached.begin(), reached.end(), [&](QWidget *other) {
                        return qobject_cast<QRadioButton *>(other) &&
                               other->parentWidget() == widget->parentWidget();
                    }))
                    continue;
                INFO("not reached by Tab: " << widget->metaObject()->className() << " "
                                            << widget->objectName().toStdString());
                CHECK(reached.contains(widget));
            }
        }
    }
}
