// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/search/historysearch.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace attlog::text {
class KnownWords;
class RepairCache;
} // namespace attlog::text

namespace attlog::db {

class DictionaryLoader;
class QueryRunner;

// The session's dictionary of distinct stored values (people, doors, devices, directions) that
// History searches resolve against, and the door names a user picks from. Read through the
// session's auxiliary runner; read again when the live feed meets a person or door it does not
// hold yet (at most every kRefreshMs). Lives on the session's thread.
class SessionDictionary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDictionary)

public:
    static constexpr int kRefreshMs = 10000;

    SessionDictionary(QueryRunner *runner, text::RepairCache *cache, QObject *parent = nullptr);
    ~SessionDictionary() override;

    void load();
    // True once a load has succeeded (values() then holds its result).
    bool isReady() const { return m_ready; }
    const ValueDictionary &values() const { return m_values; }
    // Repaired door names as shown (doorName, else deviceName), sorted.
    QStringList doorNames() const { return m_doorNames; }

    // Live passes: a person or door the dictionary does not hold yet schedules a new load.
    void noteEvents(const std::vector<AccessEvent> &events);

signals:
    void loaded();
    void failed(const QString &message);
    void doorNamesChanged(const QStringList &doors);

private:
    void take(const ValueDictionary &values);
    void installKnownWords(const ValueDictionary &values);

    text::RepairCache *m_cache;
    std::shared_ptr<const text::KnownWords> m_knownWords; // as installed by this dictionary
    std::unique_ptr<DictionaryLoader> m_loader;
    ValueDictionary m_values;
    bool m_ready = false;
    QSet<QString> m_knownPeople;
    QSet<QString> m_knownDoors;
    QStringList m_doorNames;
    QTimer m_refresh;
};

} // namespace attlog::db
