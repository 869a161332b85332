// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/reportrules.h"

#include <QMenu>

namespace attlog::ui {

// The Who-Where tab's "Rules" menu: what a pass without direction means (the opposite of the
// last state, or nothing) and the window within which a repeat scan counts once. Choosing an
// entry emits rulesChosen() with the changed rules. The rules are kept in the settings under
// "whowhere/". GUI thread only.
class PresenceRulesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenceRulesMenu)

public:
    explicit PresenceRulesMenu(QWidget *parent = nullptr);

    // The rules the checked entries show.
    void setRules(const PresenceRules &rules);
    const PresenceRules &rules() const { return m_rules; }

    static PresenceRules savedRules();
    static void saveRules(const PresenceRules &rules);

signals:
    void rulesChosen(const attlog::PresenceRules &rules);

private:
    void rebuild();

    PresenceRules m_rules;
};

} // namespace attlog::ui
