// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace attlog::db {

// The operating system's user name (USERNAME on Windows, USER elsewhere), empty when neither
// says: who acknowledged an alert, who saved a plan.
QString operatingSystemUser();

} // namespace attlog::db
