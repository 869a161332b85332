// SPDX-License-Identifier: MIT
#include "db/runtime/osuser.h"

#include <QtGlobal>

namespace attlog::db {

QString operatingSystemUser()
{
    QString user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user;
}

} // namespace attlog::db
