// SPDX-License-Identifier: MIT
#include "ui/live/alertcenter.h"

#include "db/qtconvert.h"
#include "db/runtime/osuser.h"

#include <algorithm>

namespace attlog::ui {

namespace {

// The user who acknowledges: the operating system's user name.
QString currentUser()
{
    return db::operatingSystemUser();
}

} // namespace

AlertCenter::AlertCenter(db::AlertLog log, QObject *parent)
    : QObject(parent)
    , m_log(std::move(log))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_repeat.setInterval(kRepeatMs);
    connect(&m_repeat, &QTimer::timeout, this, &AlertCenter::repeatSound);
}

void AlertCenter::setWatchSettings(const db::WatchSettings &settings)
{
    m_settings = settings;
    m_list = alert::WatchList(settings.rules, settings.options);
    if (m_cardsKnown)
        m_list.setKnownCards(m_knownCards);
}

void AlertCenter::setKnownCards(const std::vector<std::string> &cards)
{
    m_knownCards = cards;
    m_cardsKnown = true;
    m_list.setKnownCards(m_knownCards);
}

void AlertCenter::addEvents(const QList<AccessEvent> &events)
{
    if (m_list.rules().empty())
        return;
    const QDateTime now = m_clock();
    bool sound = false;
    alert::AlertSound newest = alert::AlertSound::None;
    for (const AccessEvent &event : events) {
        for (const alert::Alert &a : m_list.check(event, fromQDateTime(now))) {
            const alert::WatchRule &rule = m_list.rules()[a.rule];
            ShownAlert shown;
            shown.id = QStringLiteral("%1-%2")
                           .arg(now.toString(QStringLiteral("yyyyMMddHHmmss")))
                           .arg(++m_counter);
            shown.rule = QString::fromStdString(rule.name);
            shown.sound = rule.sound;
            shown.event = a.event;
            shown.late = a.late;
            shown.unknown = a.unknown;
            shown.raised = now;
            m_log.raised(shown.id, shown.rule, shown.event, shown.late, shown.unknown, now);
            if (!shown.late && shown.sound != alert::AlertSound::None) {
                sound = true;
                newest = shown.sound;
            }
            m_pending.push_back(std::move(shown));
        }
    }
    if (sound)
        emit soundRequested(newest);
    updateRepeat();
    emit changed();
}

void AlertCenter::acknowledge()
{
    if (m_pending.empty())
        return;
    m_log.acknowledged(m_pending.front().id, currentUser(), m_clock());
    m_pending.pop_front();
    updateRepeat();
    emit changed();
}

void AlertCenter::acknowledgeAll()
{
    if (m_pending.empty())
        return;
    const QDateTime now = m_clock();
    const QString user = currentUser();
    for (const ShownAlert &shown : m_pending)
        m_log.acknowledged(shown.id, user, now);
    m_pending.clear();
    updateRepeat();
    emit changed();
}

void AlertCenter::repeatSound()
{
    // The newest alert that sounds.
    for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it) {
        if (!it->late && it->sound != alert::AlertSound::None) {
            emit soundRequested(it->sound);
            return;
        }
    }
}

void AlertCenter::updateRepeat()
{
    const bool sounding = std::any_of(m_pending.begin(), m_pending.end(), [](const ShownAlert &a) {
        return !a.late && a.sound != alert::AlertSound::None;
    });
    if (sounding && !m_repeat.isActive())
        m_repeat.start();
    else if (!sounding)
        m_repeat.stop();
}

} // namespace attlog::ui
