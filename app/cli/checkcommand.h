// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `attlog check --connection CONN | --profile NAME [--table T]`: connects, checks the table and
// its mapped columns, and prints the server, row count, key range and newest event. Exit 0 when
// the table is usable, 1 with one clear message on stderr when not, 2 for bad arguments.
// args[0] is the command's display name ("attlog check"). Needs a QCoreApplication.
int runCheckCommand(const QStringList &args);
