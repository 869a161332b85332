// SPDX-License-Identifier: MIT
#include "db/runtime/processexit.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>

#ifdef _WIN32
#include <windows.h>
#endif

namespace attlog::db {

int endProcess(int code)
{
#ifdef _WIN32
    spdlog::shutdown(); // flushes every logger
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(code));
#endif
    return code;
}

} // namespace attlog::db
