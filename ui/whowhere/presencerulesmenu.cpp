// SPDX-License-Identifier: MIT
#include "ui/whowhere/presencerulesmenu.h"

#include <QActionGroup>
#include <QSettings>

namespace attlog::ui {

namespace {
const QString kDoubleScanKey = QStringLiteral("whowhere/doubleScanSeconds");
const QString kUnknownKey = QStringLiteral("whowhere/unknownDirection");
} // namespace

PresenceRulesMenu::PresenceRulesMenu(QWidget *parent)
    : QMenu(parent)
{
    rebuild();
}

PresenceRules PresenceRulesMenu::savedRules()
{
    const QSettings settings;
    PresenceRules rules;
    rules.doubleScanSeconds =
        settings.value(kDoubleScanKey, qint64(rules.doubleScanSeconds)).toLongLong();
    if (settings.value(kUnknownKey).toString() == QLatin1String("ignore"))
        rules.unknownDirection = UnknownDirectionPolicy::Ignore;
    return rules;
}

void PresenceRulesMenu::saveRules(const PresenceRules &rules)
{
    QSettings settings;
    settings.setValue(kDoubleScanKey, qint64(rules.doubleScanSeconds));
    settings.setValue(kUnknownKey, rules.unknownDirection == UnknownDirectionPolicy::Ignore
                                       ? QStringLiteral("ignore")
                                       : QStringLiteral("opposite"));
}

void PresenceRulesMenu::setRules(const PresenceRules &rules)
{
    m_rules = rules;
    rebuild();
}

void PresenceRulesMenu::rebuild()
{
    clear();
    addSection(tr("A pass without direction"));
    auto *unknownGroup = new QActionGroup(this);
    const auto addPolicy = [&](const QString &text, UnknownDirectionPolicy policy) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(m_rules.unknownDirection == policy);
        unknownGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, policy] {
            PresenceRules changed = m_rules;
            changed.unknownDirection = policy;
            emit rulesChosen(changed);
        });
    };
    addPolicy(tr("counts as the opposite of the last state"), UnknownDirectionPolicy::Opposite);
    addPolicy(tr("is ignored"), UnknownDirectionPolicy::Ignore);

    addSection(tr("Repeat scans in the same direction count once within"));
    auto *scanGroup = new QActionGroup(this);
    for (const int seconds : {0, 30, 60, 120, 300}) {
        QAction *action =
            addAction(seconds == 0 ? tr("off (every scan counts)") : tr("%1 seconds").arg(seconds));
        action->setCheckable(true);
        action->setChecked(m_rules.doubleScanSeconds == seconds);
        scanGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] {
            PresenceRules changed = m_rules;
            changed.doubleScanSeconds = seconds;
            emit rulesChosen(changed);
        });
    }
}

} // namespace attlog::ui
