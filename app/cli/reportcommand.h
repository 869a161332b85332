// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `attlog report presence|worktime …`: the Who-Where board and the worktime report for scripts
// and scheduled jobs, as CSV, JSON or XLSX (see the usage text in reportcommand.cpp).
// args[0] is "attlog report", args[1] the report name, then its options.
// Returns 0 on success, 1 when the report could not be made (database, output file; a message on
// stderr, no output file left behind), 2 for bad arguments (usage on stderr).
// Runs on the calling thread (synchronous SQL: the console tool has no GUI to keep responsive).
int runReportCommand(const QStringList &args);
