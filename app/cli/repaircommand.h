// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `attlog repair [FILE…]`: each UTF-8 line of the files (or stdin) repaired, to stdout.
// args[0] is the command's display name ("attlog repair"). Returns the process exit code.
int runRepairCommand(const QStringList &args);
