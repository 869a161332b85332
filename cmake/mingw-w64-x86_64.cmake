# SPDX-License-Identifier: MIT
# Cross-build for Windows x86-64 with MinGW-w64 (posix threads: std::thread and std::mutex need
# them). Used twice: scripts/windows-deps.sh builds Qt and the other libraries with it (a copy is
# kept inside the dependency prefix, because Qt records this file's path in qt.toolchain.cmake),
# and the project's Windows build chains to it through that qt.toolchain.cmake.
# Executables link the MinGW runtime dynamically (libstdc++-6.dll, libgcc_s_seh-1.dll,
# libwinpthread-1.dll): the Qt DLLs need it anyway, and the installer ships it beside them.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
list(APPEND CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
if(NOT DEFINED CMAKE_CROSSCOMPILING_EMULATOR)
    set(CMAKE_CROSSCOMPILING_EMULATOR wine)
endif()
