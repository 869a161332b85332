# SPDX-License-Identifier: MIT
# Sanitizer and fuzzing builds, added to attlog_config (so every target of the project gets them).
# Used by ./dev sanitize and ./dev fuzz, each in a build folder of its own; the normal build sets
# neither option.
#
# ATTLOG_SANITIZE: a comma-separated list for -fsanitize=, e.g. "address,undefined" or "thread".
#   Undefined behaviour aborts at the first report (-fno-sanitize-recover), so a test cannot pass
#   over one. Code is built at -O1 with frame pointers: fast enough for the db scenario tests,
#   and the reports' stacks stay readable.
# ATTLOG_FUZZ=ON: the libFuzzer targets in tests/fuzz (clang only). Every library is compiled with
#   -fsanitize=fuzzer-no-link (coverage for libFuzzer); only the fuzz targets link libFuzzer.
#   Meant together with ATTLOG_SANITIZE=address,undefined.
set(ATTLOG_SANITIZE "" CACHE STRING "Sanitizers to build with (-fsanitize= list), e.g. address,undefined or thread")
option(ATTLOG_FUZZ "Build the libFuzzer targets in tests/fuzz (clang)" OFF)

if(ATTLOG_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "ATTLOG_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
endif()

if(ATTLOG_SANITIZE)
    if(MSVC OR CMAKE_CROSSCOMPILING)
        message(FATAL_ERROR "ATTLOG_SANITIZE is for native GCC or clang builds")
    endif()
    set(_attlog_sanitize_flags "-fsanitize=${ATTLOG_SANITIZE}")
    if(ATTLOG_SANITIZE MATCHES "undefined")
        list(APPEND _attlog_sanitize_flags -fno-sanitize-recover=undefined)
    endif()
    target_compile_options(attlog_config INTERFACE ${_attlog_sanitize_flags}
        -O1 -g -fno-omit-frame-pointer)
    target_link_options(attlog_config INTERFACE ${_attlog_sanitize_flags})
    # (ThreadSanitizer: Qt's inline QMutex code, compiled into ours, announces its locks to it by
    # itself, see <QtCore/qtsan_impl.h>.)
endif()

if(ATTLOG_FUZZ)
    target_compile_options(attlog_config INTERFACE -fsanitize=fuzzer-no-link)
endif()
