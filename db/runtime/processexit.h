// SPDX-License-Identifier: MIT
#pragma once

namespace attlog::db {

// Ends a program with `code` once main()'s work is done and every object of the run is gone:
// call it as `return endProcess(run(argc, argv));`.
//
// Windows: the log and the C and C++ streams are flushed, then the process ends at once
// (TerminateProcess). The MinGW runtime's own teardown can wait forever there: after worker
// threads have ended, libstdc++'s DLL detach waits in pthread_key_delete for winpthreads' key lock
// (seen under Wine with gdb, in the viewer after --demo --screenshot and in the db tests; not yet
// understood, issue 10). Nothing of ours is left to run at that point: settings, files and
// connections were closed by the destructors before. Elsewhere it returns `code` for main().
int endProcess(int code);

} // namespace attlog::db
