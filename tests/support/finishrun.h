// SPDX-License-Identifier: MIT
#pragma once

#include <cstdio>

#ifdef _WIN32
#include <windows.h>
#endif

namespace attlog::test {

// Ends the db and ui test programs with Catch's verdict `rc`. Under Wine, after tests that ran
// worker threads against a server through Wine's ODBC bridge, the process's exit often never
// finishes: libstdc++'s DLL detach waits in
// pthread_key_delete for winpthreads' key lock (seen with winedbg and gdb; every thread had ended
// normally). The programs themselves exit cleanly through ODBC (the installer test runs
// `attlog.exe check` through ODBC and fails on a bad exit), so only these test programs end at once
// on Windows. Elsewhere it returns `rc` for main().
inline int finishRun(int rc)
{
#ifdef _WIN32
    std::fflush(nullptr);
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(rc));
#endif
    return rc;
}

} // namespace attlog::test
