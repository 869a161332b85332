// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `attlog plan check|import|export`: the work plan (issue 14) from the console: check a plan
// file, save a JSON plan as the next version of a plan store, or write the store's plan as JSON.
// args[0] is the command's display name ("attlog plan"). Returns the process exit code.
int runPlanCommand(const QStringList &args);
