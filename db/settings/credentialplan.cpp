// SPDX-License-Identifier: MIT
#include "db/settings/credentialplan.h"

#include <QSet>

namespace attlog::db {

CredentialPlan planCredentialChanges(const QList<CredentialEntry> &entries,
                                     const QStringList &deletedKeys)
{
    QSet<QString> names;
    for (const CredentialEntry &entry : entries)
        names << entry.name;

    CredentialPlan plan;
    for (const CredentialEntry &entry : entries) {
        const QString &name = entry.name;
        if (!entry.usesPassword || !entry.remember) {
            // Unticked "Remember password": whatever was saved under this name goes.
            if (!entry.remember && !entry.savedName.isEmpty())
                plan.removals << name;
        } else if (!entry.typedPassword.isEmpty()) {
            plan.writes.append({name, entry.typedPassword, {}});
        } else if (!entry.passwordKey.isEmpty() && entry.passwordKey != name) {
            plan.writes.append({name, std::nullopt, entry.passwordKey});
        }
        if (!entry.savedName.isEmpty() && entry.savedName != name &&
            !names.contains(entry.savedName))
            plan.removals << entry.savedName;
    }
    for (const QString &key : deletedKeys)
        if (!names.contains(key))
            plan.removals << key;
    return plan;
}

} // namespace attlog::db
