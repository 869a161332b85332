// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QSettings;

namespace attlog::ui {

// How the application looks, for people who read it from two metres: the text size (100-200 %
// of the system's font; every window follows, the last-pass panel and the alert band keep their
// proportions) and the colours. GUI thread only.
enum class Theme
{
    System,       // the platform's own; dark when Windows 10/11 (or the desktop) is set dark
    Light,        // the platform's light palette
    Dark,         // Fusion with a dark palette
    HighContrast, // Fusion, white on black, yellow selection and focus
};

struct Appearance
{
    int fontScalePercent = 100; // 100..200
    Theme theme = Theme::System;
    bool operator==(const Appearance &) const = default;
};

inline constexpr int kMinFontScale = 100;
inline constexpr int kMaxFontScale = 200;

QString themeName(Theme theme); // "system", "light", "dark", "high-contrast"
std::optional<Theme> themeFromName(const QString &name);

// Kept under "view/font_scale" and "view/theme".
Appearance loadAppearance(QSettings &settings);
void saveAppearance(QSettings &settings, const Appearance &appearance);

// Applies to the whole application at once: the font from the one the application started with,
// scaled; the style and palette of the theme. The first call remembers the starting font, style
// and palette.
void applyAppearance(const Appearance &appearance);
const Appearance &currentAppearance();
// The scale applyAppearance() set (1.0 to 2.0).
double fontScale();
// Whether the theme in use is dark (Dark, HighContrast, or System on a dark desktop).
bool darkColours();
// Tells widgets that draw with colours or sizes of their own that applyAppearance() ran (after the
// application's font and palette changed).
class AppearanceSignals final : public QObject
{
    Q_OBJECT

signals:
    void changed();
};
AppearanceSignals *appearanceSignals();

// Windows 10/11: "Choose your app mode: Dark" (AppsUseLightTheme = 0); elsewhere a dark window
// colour in the platform palette.
bool systemPrefersDark();

} // namespace attlog::ui
