# SPDX-License-Identifier: MIT
# attlog_config: what every target of the project is compiled with, in one place. Every library,
# program, test and benchmark links it (PRIVATE); no target sets these on its own.
# - C++20, and the repository root as the one include directory: headers are included by their
#   path from the root ("core/text/repair.h", "ui/history/historytab.h").
# - The warning level; ATTLOG_WARNINGS_AS_ERRORS=ON (CI turns it on, see .ci/run) makes each
#   warning an error.
# - Windows: windows.h without its min/max macros (they break std::min/std::max).
# - Qt's stricter string and connect checks: no implicit const char* -> QString (every literal says
#   its encoding: QStringLiteral, QLatin1String, u"..."_qs), no narrowing in signal/slot arguments.
#   QStringBuilder (QT_USE_QSTRINGBUILDER) is left off: `auto s = a + b` would then hold
#   references to temporaries, and the hot paths that build strings do not use QString at all.
option(ATTLOG_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)

add_library(attlog_config INTERFACE)
target_compile_features(attlog_config INTERFACE cxx_std_20)
target_include_directories(attlog_config INTERFACE "${PROJECT_SOURCE_DIR}")
target_compile_definitions(attlog_config INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    $<$<BOOL:${WIN32}>:NOMINMAX>)
if(MSVC)
    target_compile_options(attlog_config INTERFACE /W4 /permissive- /utf-8
        $<$<BOOL:${ATTLOG_WARNINGS_AS_ERRORS}>:/WX>)
else()
    target_compile_options(attlog_config INTERFACE -Wall -Wextra -Wpedantic
        $<$<BOOL:${ATTLOG_WARNINGS_AS_ERRORS}>:-Werror>)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        # GCC 12's -Wrestrict misfires inside std::string's own code at -O2 (GCC bug 105329,
        # fixed in 13); every report of it here points into <bits/char_traits.h>.
        target_compile_options(attlog_config INTERFACE -Wno-restrict)
    endif()
endif()
