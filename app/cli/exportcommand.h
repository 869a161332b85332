// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `attlog export --connection CONN --from ISO --to ISO [--door NAME]… [--direction in|out]
// [--search TEXT] --format csv|xlsx --out FILE`: every pass matching the History filter, by the
// same code as the viewer's History export. args[0] is "attlog export". Returns the exit code.
int runExportCommand(const QStringList &args);
