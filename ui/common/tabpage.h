// SPDX-License-Identifier: MIT
#pragma once

namespace attlog::ui {

// What the main window's actions (Ctrl+E export, F5 refresh, Ctrl+F find) and the screenshot
// mode ask of a tab. Tabs implement what applies to them; the defaults do nothing.
class TabPage
{
public:
    virtual ~TabPage() = default;

    virtual void exportTable() {}
    virtual void refresh() {}
    virtual void focusSearch() {}
    // The data source was (re)opened: show its data — now if the tab is on screen, else when it
    // is next shown.
    virtual void sourceChanged() { refresh(); }
    // True once the tab shows data (or has finished loading and has none): the screenshot mode
    // waits for it.
    virtual bool isReady() const = 0;
};

} // namespace attlog::ui
