// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"

#include <QStringList>

namespace attlog::db {

// Why `profile` cannot be saved or tested yet, one sentence each (translated; the table settings
// sentences come from validateTableConfig() in English, behind a translated prefix); empty when
// it is usable. Checks the name, the fields its kind needs, the table name and every mapped column
// (for a DSN or a typed connection string, whose dialect is known only after connecting, with SQL
// Server's rules: the server checks again when connecting), and values listed both as entry and
// exit. Uniqueness of the name among several profiles is the dialog's business.
QStringList profileProblems(const ConnectionProfile &profile);

// True when the kind and authentication of `profile` use a password at all (a SQLite file and
// Windows integrated authentication do not).
bool usesPassword(const ConnectionProfile &profile);

} // namespace attlog::db
