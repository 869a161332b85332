// SPDX-License-Identifier: MIT
#pragma once

#include "core/demo/democonfig.h"
#include "core/demo/demorow.h"

#include <QLockFile>
#include <QString>
#include <QtGlobal>

#include <memory>

class QSqlQuery;

namespace attlog::db {

// Writes the demo database: an SQLite file with the iVMS table (schema and indexes from
// sql/sqlite/, embedded at build time) filled by generateDemoRows(config).
//
// A config whose endDate is left at its default (1970-01-01) ends now: endDate becomes today and
// cutoff the current local time, so the file reaches the present (what `attlog-viewer --demo`
// wants). Any other endDate is used as given, which makes the file reproducible.
//
// The rows go into a temporary file beside `path` in one transaction; the file replaces `path`
// only when everything succeeded (an existing file there is replaced; it must not be open).
// The result is in WAL mode, so the simulated writer and readers work side by side.
// Creates missing parent folders. Returns false and sets *error (if given) on failure; the
// failure is logged once. *rowCount (if given) receives the number of rows written.
// Thread: any thread; it opens and removes its own uniquely named connection. About one second
// for the default 60 days × 300 people.
bool createDemoDatabase(const QString &path, const DemoConfig &config, QString *error,
                        qint64 *rowCount = nullptr);

// <AppDataLocation>/demo.sqlite: the per-user file `attlog-viewer --demo` uses. Depends on the
// organisation and application names set in main().
QString defaultDemoDatabasePath();

// The right to create, replace and write the demo database at `path`, held while the returned
// lock lives (a lock file beside it, `<path>.lock`); nullptr while another program (or another
// claim in this one) holds it. Two `attlog-viewer --demo` would otherwise both write passes (each
// pass twice) and replace the file under each other: the second one only shows what the first
// writes. A claim left by a program that ended without releasing it is taken over.
std::unique_ptr<QLockFile> claimDemoDatabase(const QString &path);

// The demo's INSERT with one positional placeholder per column, in DemoRow order, and the binding
// of one row to a query prepared with it. Shared by createDemoDatabase() and DemoWriter, the only
// code that writes to an iVMS table (the application itself only reads).
QString demoInsertStatement();
void bindDemoRow(QSqlQuery &query, const DemoRow &row);

} // namespace attlog::db
