// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"

#include <QString>

class QCommandLineParser;

// The options every attlog command that reads the table shares: --connection CONN (an ODBC
// connection string, odbc:DSN=…, or sqlite:PATH), --profile NAME (a profile saved by the
// viewer, with its mapping; its password from ATTLOG_PASSWORD, else the credential store, else a
// prompt on the terminal with echo off) and --table T.
namespace ConnectionArgs {

void addOptions(QCommandLineParser &parser);

// Help lines for the options above.
QString usage();

// The profile the arguments name. Returns 0; or 2 for bad or missing arguments and 1 for a
// profile that cannot be used, with the reason in `error`.
int resolve(const QCommandLineParser &parser, attlog::db::ConnectionProfile *profile,
            QString *error);

} // namespace ConnectionArgs
