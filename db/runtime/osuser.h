// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace attlog::db {

// The operating system's user name: USERNAME (Windows), USER or LOGNAME, else (outside Windows)
// the name of the process's account, else "unknown" — never empty. Who acknowledged an alert,
// who saved a plan.
QString operatingSystemUser();

} // namespace attlog::db
