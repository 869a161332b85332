// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// `attlog tail (--connection CONN | --profile NAME) [--table T] [--interval-ms 1000]
//  [--since-key K | --last N] [--format tsv|json] [--no-header]`: follows the table with the
// live feed and prints every event once as it arrives, one line each, flushed at once.
// TSV columns: key, datetime (YYYY-MM-DDTHH:MM:SS), direction (in/out/unknown), person (repaired),
// employee_id, card, door (repaired door, else device), reader; JSON: one object per line with
// the same names. Connection problems go to stderr while it keeps retrying. SIGINT/SIGTERM end
// it with exit 0; bad arguments exit 2; a configuration that cannot work exits 1.
// args[0] is the command's display name ("attlog tail"). Needs a QCoreApplication.
int runTailCommand(const QStringList &args);
