// SPDX-License-Identifier: MIT
#include "db/runtime/osuser.h"

#include <QtGlobal>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <unistd.h>
#endif

namespace attlog::db {

QString operatingSystemUser()
{
    for (const char *variable : {"USERNAME", "USER", "LOGNAME"}) { // USERNAME: Windows
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
#ifndef Q_OS_WIN
    // A service, a scheduled job or a container may have none of them: the account's name.
    if (const passwd *account = ::getpwuid(::geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

} // namespace attlog::db
