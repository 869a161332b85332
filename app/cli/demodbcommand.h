// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `attlog demo-db PATH [--days N] [--people N] [--seed N] [--end YYYY-MM-DD]`: writes the demo
// SQLite database (the iVMS table with realistic, deterministic rows) to PATH, replacing it.
// Without --end the data ends now. args[0] is the command's display name ("attlog demo-db").
// Returns the exit code: 0 done (a summary line on stdout), 1 failed (message on stderr),
// 2 bad arguments (usage on stderr).
int runDemoDbCommand(const QStringList &args);
