// SPDX-License-Identifier: MIT
#include "db/query/dictionaryloader.h"

#include "db/query/queryrunner.h"

namespace attlog::db {

DictionaryLoader::DictionaryLoader(QueryRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    connect(m_runner, &QueryRunner::valuesReady, this,
            [this](quint64 id, const QStringList &values) {
                const auto member = m_pending.take(id);
                if (!member)
                    return;
                auto &target = m_building.*member;
                target.reserve(std::size_t(values.size()));
                for (const QString &value : values)
                    target.push_back(value.toStdString());
                if (m_pending.isEmpty())
                    emit loaded(std::exchange(m_building, {}));
            });
    connect(m_runner, &QueryRunner::failed, this, [this](quint64 id, const QString &message) {
        if (!m_pending.contains(id))
            return;
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            m_runner->cancel(it.key());
        m_pending.clear();
        m_building = {};
        emit failed(message);
    });
}

void DictionaryLoader::load()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        m_runner->cancel(it.key());
    m_pending.clear();
    m_building = {};
    m_pending.insert(m_runner->fetchDistinct(sql::Field::PersonName),
                     &ValueDictionary::personNames);
    m_pending.insert(m_runner->fetchDistinct(sql::Field::DoorName), &ValueDictionary::doorNames);
    m_pending.insert(m_runner->fetchDistinct(sql::Field::DeviceName),
                     &ValueDictionary::deviceNames);
    m_pending.insert(m_runner->fetchDistinct(sql::Field::Direction), &ValueDictionary::directions);
    m_pending.insert(m_runner->fetchDistinct(sql::Field::CardNo), &ValueDictionary::cards);
}

} // namespace attlog::db
