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
    // True once the tab shows data (or has finished loading and has none): the screenshot mode
    // waits for it.
    virtual bool isReady() const = 0;
};

} // namespace attlog::ui
