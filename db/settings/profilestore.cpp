// SPDX-License-Identifier: MIT
#include "db/settings/profilestore.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>

#include <string>
#include <vector>

namespace attlog::db {

namespace {

const QString kGroup = QStringLiteral("connections");
const QString kArray = QStringLiteral("profiles");

// The entries of array `name` (in the current group) that are really stored. beginReadArray()
// trusts the stored size: a damaged or hostile settings file with profiles\size=99999999 made
// every reader build that many empty entries (the viewer hung, growing by 170 MB/s).
int storedArraySize(QSettings &s, const QString &name)
{
    const int declared = s.beginReadArray(name);
    s.endArray();
    s.beginGroup(name);
    int last = 0;
    for (const QString &entry : s.childGroups()) {
        bool ok = false;
        const int index = entry.toInt(&ok);
        if (ok && index >= 1 && index <= declared)
            last = std::max(last, index);
    }
    s.endGroup();
    return last;
}
const QString kActive = QStringLiteral("active");

QString encryptionName(Encryption encryption)
{
    switch (encryption) {
    case Encryption::Mandatory:
        return QStringLiteral("yes");
    case Encryption::Optional:
        return QStringLiteral("no");
    case Encryption::DriverDefault:
        break;
    }
    return QStringLiteral("default");
}

Encryption encryptionFromName(const QString &name)
{
    if (name == QLatin1String("yes"))
        return Encryption::Mandatory;
    if (name == QLatin1String("no"))
        return Encryption::Optional;
    return Encryption::DriverDefault;
}

QStringList toStringList(const std::vector<std::string> &values)
{
    QStringList list;
    for (const std::string &value : values)
        list << QString::fromStdString(value);
    return list;
}

std::vector<std::string> fromStringList(const QStringList &list)
{
    std::vector<std::string> values;
    for (const QString &value : list)
        values.push_back(value.toStdString());
    return values;
}

QString roleTargetName(sql::RoleTarget target)
{
    switch (target) {
    case sql::RoleTarget::Reader:
        return QStringLiteral("reader");
    case sql::RoleTarget::Door:
        return QStringLiteral("door");
    case sql::RoleTarget::ReaderOrDoor:
        break;
    }
    return QStringLiteral("readerOrDoor");
}

sql::RoleTarget roleTargetFromName(const QString &name)
{
    if (name == QLatin1String("reader"))
        return sql::RoleTarget::Reader;
    if (name == QLatin1String("door"))
        return sql::RoleTarget::Door;
    return sql::RoleTarget::ReaderOrDoor;
}

void writeProfile(QSettings &s, const ConnectionProfile &p)
{
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("kind"), connectionKindName(p.kind));
    s.setValue(QStringLiteral("odbcDriver"), p.odbcDriver);
    s.setValue(QStringLiteral("server"), p.server);
    s.setValue(QStringLiteral("port"), p.port);
    s.setValue(QStringLiteral("database"), p.database);
    s.setValue(QStringLiteral("user"), p.user);
    s.setValue(QStringLiteral("integratedAuth"), p.integratedAuth);
    s.setValue(QStringLiteral("encrypt"), encryptionName(p.encryption));
    s.setValue(QStringLiteral("trustServerCertificate"), p.trustServerCertificate);
    s.setValue(QStringLiteral("readOnlyIntent"), p.readOnlyIntent);
    s.setValue(QStringLiteral("dsn"), p.dsn);
    s.setValue(QStringLiteral("connectionString"),
               takePasswordFromConnectionString(p.connectionString, nullptr));
    s.setValue(QStringLiteral("sqlitePath"), p.sqlitePath);
    s.setValue(QStringLiteral("table"), p.table);

    // Every field is written; an empty value means "not mapped".
    s.beginGroup(QStringLiteral("columns"));
    for (const sql::Field field : sql::kAllFields) {
        const auto &column = p.columns.column(field);
        s.setValue(QString::fromStdString(std::string(sql::fieldName(field))),
                   column ? QString::fromStdString(*column) : QString());
    }
    s.endGroup();

    s.beginGroup(QStringLiteral("directions"));
    s.setValue(QStringLiteral("in"), toStringList(p.directions.inValues()));
    s.setValue(QStringLiteral("out"), toStringList(p.directions.outValues()));
    s.setValue(QStringLiteral("ruleMode"),
               p.directions.roleRuleMode() == sql::RoleRuleMode::WhenUnknown
                   ? QStringLiteral("whenUnknown")
                   : QStringLiteral("override"));
    s.beginWriteArray(QStringLiteral("rules"), int(p.directions.roleRules().size()));
    int i = 0;
    for (const sql::RoleRule &rule : p.directions.roleRules()) {
        s.setArrayIndex(i++);
        s.setValue(QStringLiteral("target"), roleTargetName(rule.target));
        s.setValue(QStringLiteral("pattern"), QString::fromStdString(rule.pattern));
        s.setValue(QStringLiteral("direction"),
                   QString::fromStdString(std::string(directionName(rule.direction))));
    }
    s.endArray();
    s.endGroup();
}

ConnectionProfile readProfile(QSettings &s)
{
    ConnectionProfile p;
    p.name = s.value(QStringLiteral("name")).toString();
    p.kind = connectionKindFromName(s.value(QStringLiteral("kind")).toString())
                 .value_or(ConnectionKind::SqlServer);
    p.odbcDriver = s.value(QStringLiteral("odbcDriver")).toString();
    p.server = s.value(QStringLiteral("server")).toString();
    p.port = s.value(QStringLiteral("port"), 0).toInt();
    p.database = s.value(QStringLiteral("database")).toString();
    p.user = s.value(QStringLiteral("user")).toString();
    p.integratedAuth = s.value(QStringLiteral("integratedAuth"), false).toBool();
    p.encryption = encryptionFromName(s.value(QStringLiteral("encrypt")).toString());
    p.trustServerCertificate = s.value(QStringLiteral("trustServerCertificate"), false).toBool();
    p.readOnlyIntent = s.value(QStringLiteral("readOnlyIntent"), true).toBool();
    p.dsn = s.value(QStringLiteral("dsn")).toString();
    p.connectionString = s.value(QStringLiteral("connectionString")).toString();
    p.sqlitePath = s.value(QStringLiteral("sqlitePath")).toString();
    p.table = s.value(QStringLiteral("table")).toString();

    s.beginGroup(QStringLiteral("columns"));
    for (const sql::Field field : sql::kAllFields) {
        const QString key = QString::fromStdString(std::string(sql::fieldName(field)));
        if (!s.contains(key))
            continue; // keep the default for a field saved by an older version
        const QString column = s.value(key).toString().trimmed();
        p.columns.setColumn(field,
                            column.isEmpty() ? std::nullopt : std::optional(column.toStdString()));
    }
    s.endGroup();

    s.beginGroup(QStringLiteral("directions"));
    if (s.contains(QStringLiteral("in")) || s.contains(QStringLiteral("out")))
        p.directions.setValues(fromStringList(s.value(QStringLiteral("in")).toStringList()),
                               fromStringList(s.value(QStringLiteral("out")).toStringList()));
    std::vector<sql::RoleRule> rules;
    const int count = storedArraySize(s, QStringLiteral("rules"));
    s.beginReadArray(QStringLiteral("rules"));
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        sql::RoleRule rule;
        rule.target = roleTargetFromName(s.value(QStringLiteral("target")).toString());
        rule.pattern = s.value(QStringLiteral("pattern")).toString().toStdString();
        rule.direction =
            directionFromName(s.value(QStringLiteral("direction")).toString().toStdString())
                .value_or(Direction::Unknown);
        rules.push_back(std::move(rule));
    }
    s.endArray();
    const auto mode = s.value(QStringLiteral("ruleMode")).toString() == QLatin1String("whenUnknown")
                          ? sql::RoleRuleMode::WhenUnknown
                          : sql::RoleRuleMode::Override;
    p.directions.setRoleRules(std::move(rules), mode);
    s.endGroup();
    return p;
}

} // namespace

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    m_settings.beginGroup(kGroup);
    const int count = storedArraySize(m_settings, kArray);
    m_settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        result << readProfile(m_settings);
    }
    m_settings.endArray();
    m_settings.endGroup();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    for (const ConnectionProfile &p : profiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::activeProfile() const
{
    const QList<ConnectionProfile> all = profiles();
    if (all.isEmpty())
        return std::nullopt;
    const QString active = activeProfileName();
    for (const ConnectionProfile &p : all)
        if (p.name == active)
            return p;
    return all.first();
}

QString ProfileStore::activeProfileName() const
{
    return m_settings.value(kGroup + QLatin1Char('/') + kActive).toString();
}

void ProfileStore::setActiveProfileName(const QString &name)
{
    m_settings.setValue(kGroup + QLatin1Char('/') + kActive, name);
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> all = profiles();
    bool replaced = false;
    for (ConnectionProfile &p : all) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all << profile;
    writeAll(all);
}

bool ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    const auto removed = all.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    if (removed == 0)
        return false;
    writeAll(all);
    if (activeProfileName() == name)
        setActiveProfileName(all.isEmpty() ? QString() : all.first().name);
    return true;
}

void ProfileStore::writeAll(const QList<ConnectionProfile> &profiles)
{
    m_settings.beginGroup(kGroup);
    // Rewritten whole so that a shorter list leaves no stale entries behind.
    m_settings.remove(kArray);
    m_settings.beginWriteArray(kArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings.setArrayIndex(i);
        writeProfile(m_settings, profiles[i]);
    }
    m_settings.endArray();
    m_settings.endGroup();
    m_settings.sync();
}

} // namespace attlog::db
