// SPDX-License-Identifier: MIT
#pragma once

namespace attlog::db {

// Makes every file the process creates from now on readable and writable by its user only
// (umask 077): the log, the settings, the demo database and exports hold people's names and the
// times they passed. Call first thing in main(). Windows: files take the access list of their
// folder (the user's profile), nothing to do.
void keepNewFilesPrivate();

} // namespace attlog::db
