// SPDX-License-Identifier: MIT
#include "ui/common/appearance.h"

#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QPalette>
#include <QPen>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>

namespace attlog::ui {

namespace {

struct Start
{
    QFont font;
    QString style;
    QPalette palette;
};

// The chosen style, with one thing added: a push button that has the keyboard focus shows a
// ring in the highlight colour inside its frame. Fusion marks the focus with the same outline as
// a default button, so a focused default button (Worktime's Calculate) looked unfocused.
class FocusRingStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        QProxyStyle::drawControl(element, option, painter, widget);
        if (element != CE_PushButtonBevel || !(option->state & State_HasFocus) ||
            !(option->state & State_KeyboardFocusChange))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(3, 3, -4, -4));
        painter->restore();
    }
};

QStyle *styleWithFocusRing(const QString &name)
{
    return new FocusRingStyle(QStyleFactory::create(name));
}

Start &start()
{
    static Start s{QApplication::font(), QApplication::style()->name(),
                   QApplication::style()->standardPalette()};
    return s;
}

Appearance &current()
{
    static Appearance appearance;
    return appearance;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x20, 0x20);
    const QColor base(0x2b, 0x2b, 0x2b);
    const QColor text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Dark, QColor(0x15, 0x15, 0x15));
    p.setColor(QPalette::Light, QColor(0x40, 0x40, 0x40));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                            QPalette::Button, QPalette::ToolTipBase, QPalette::Dark})
        p.setColor(role, Qt::black);
    for (const auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
          QPalette::BrightText, QPalette::Light, QPalette::Mid})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Highlight, QColor(0xff, 0xeb, 0x3b)); // yellow
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x80, 0xd8, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return {};
}

std::optional<Theme> themeFromName(const QString &name)
{
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast})
        if (themeName(theme) == name)
            return theme;
    return std::nullopt;
}

Appearance loadAppearance(QSettings &settings)
{
    Appearance appearance;
    appearance.fontScalePercent =
        std::clamp(settings.value(QStringLiteral("view/font_scale"), 100).toInt(), kMinFontScale,
                   kMaxFontScale);
    appearance.theme = themeFromName(settings.value(QStringLiteral("view/theme")).toString())
                           .value_or(Theme::System);
    return appearance;
}

void saveAppearance(QSettings &settings, const Appearance &appearance)
{
    settings.setValue(QStringLiteral("view/font_scale"), appearance.fontScalePercent);
    settings.setValue(QStringLiteral("view/theme"), themeName(appearance.theme));
}

bool systemPrefersDark()
{
#ifdef Q_OS_WIN
    const QSettings personalize(
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\"
                       "Personalize"),
        QSettings::NativeFormat);
    return personalize.value(QStringLiteral("AppsUseLightTheme"), 1).toInt() == 0;
#else
    return start().palette.color(QPalette::Window).lightness() < 128;
#endif
}

void applyAppearance(const Appearance &wanted)
{
    const Start &s = start();
    Appearance appearance = wanted;
    appearance.fontScalePercent =
        std::clamp(appearance.fontScalePercent, kMinFontScale, kMaxFontScale);
    QFont font = s.font;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * appearance.fontScalePercent / 100.0);
    else
        font.setPixelSize(font.pixelSize() * appearance.fontScalePercent / 100);
    // Known before the change events go out: widgets ask darkColours() as they repaint.
    current() = appearance;
    Theme theme = appearance.theme;
    if (theme == Theme::System && systemPrefersDark())
        theme = Theme::Dark;
    switch (theme) {
    case Theme::Dark:
    case Theme::HighContrast:
        QApplication::setStyle(styleWithFocusRing(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : highContrastPalette());
        break;
    case Theme::System:
    case Theme::Light:
        QApplication::setStyle(styleWithFocusRing(s.style));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    }
    QApplication::setFont(font);
    emit appearanceSignals()->changed();
}

AppearanceSignals *appearanceSignals()
{
    static AppearanceSignals signals_;
    return &signals_;
}

const Appearance &currentAppearance()
{
    return current();
}

double fontScale()
{
    return current().fontScalePercent / 100.0;
}

bool darkColours()
{
    switch (current().theme) {
    case Theme::Dark:
    case Theme::HighContrast:
        return true;
    case Theme::Light:
        return false;
    case Theme::System:
        return systemPrefersDark();
    }
    return false;
}

} // namespace attlog::ui
