// SPDX-License-Identifier: MIT
#pragma once

#include "core/search/historysearch.h"

#include <QHash>
#include <QObject>

namespace attlog::db {

class QueryRunner;

// Reads the dictionary of distinct stored values that History filters resolve against (person
// names, door names, device names, directions) through a QueryRunner, one DISTINCT query per
// field. Lives in the runner's thread. A new load() supersedes one still running.
class DictionaryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DictionaryLoader)

public:
    explicit DictionaryLoader(QueryRunner *runner, QObject *parent = nullptr);

    void load();
    bool isLoading() const { return !m_pending.isEmpty(); }

signals:
    void loaded(const attlog::ValueDictionary &dictionary);
    void failed(const QString &message);

private:
    QueryRunner *m_runner;
    QHash<quint64, std::vector<std::string> ValueDictionary::*> m_pending;
    ValueDictionary m_building;
};

} // namespace attlog::db
