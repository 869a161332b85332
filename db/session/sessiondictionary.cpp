// SPDX-License-Identifier: MIT
#include "db/session/sessiondictionary.h"

#include "core/text/knownwords.h"
#include "core/text/repaircache.h"
#include "db/qtconvert.h"
#include "db/query/dictionaryloader.h"
#include "db/runtime/logging.h"

#include <spdlog/spdlog.h>

namespace attlog::db {

SessionDictionary::SessionDictionary(QueryRunner *runner, text::RepairCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_loader(std::make_unique<DictionaryLoader>(runner))
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (!m_loader->isLoading())
            load();
    });
    connect(m_loader.get(), &DictionaryLoader::loaded, this, &SessionDictionary::take);
    connect(m_loader.get(), &DictionaryLoader::failed, this, [this](const QString &message) {
        log::ui()->warn("dictionary not loaded: {}", message.toStdString());
        emit failed(message);
    });
}

SessionDictionary::~SessionDictionary() = default;

void SessionDictionary::load()
{
    m_loader->load();
}

void SessionDictionary::take(const ValueDictionary &values)
{
    installKnownWords(values);
    m_values = values;
    m_ready = true;
    m_knownPeople.clear();
    for (const std::string &raw : values.personNames)
        m_knownPeople.insert(qs(m_cache->repaired(raw)));
    QStringList doors;
    for (const std::string &door : shownDoorNames(values, *m_cache))
        doors << qs(door);
    m_knownDoors = QSet<QString>(doors.begin(), doors.end());
    const bool doorsChanged = doors != m_doorNames;
    m_doorNames = doors;
    if (doorsChanged)
        emit doorNamesChanged(m_doorNames);
    emit loaded();
}

// The words of the names, doors and devices the table stores without a lost letter: they choose
// a lost letter elsewhere before the letter model does (core/text/knownwords.h). Installed only
// when they changed, since installing makes every cache of repaired values start afresh.
void SessionDictionary::installKnownWords(const ValueDictionary &values)
{
    auto known = std::make_shared<text::KnownWords>();
    text::Repairer repairer;
    std::string repaired;
    for (const auto *list : {&values.personNames, &values.doorNames, &values.deviceNames}) {
        for (const std::string &raw : *list) {
            repaired.clear();
            repairer.repairInto(raw, repaired);
            if (!repairer.lastGuessedLostLetters())
                known->addText(repaired);
        }
    }
    if (m_knownWords && *m_knownWords == *known)
        return;
    m_knownWords = known;
    text::installKnownWords(std::move(known));
}

void SessionDictionary::noteEvents(const std::vector<AccessEvent> &events)
{
    if (!m_ready || m_refresh.isActive())
        return;
    for (const AccessEvent &e : events) {
        if ((!e.person.empty() && !m_knownPeople.contains(qs(e.person))) ||
            (!e.door.empty() && !m_knownDoors.contains(qs(e.door)))) {
            m_refresh.start();
            return;
        }
    }
}

} // namespace attlog::db
