# SPDX-License-Identifier: MIT
# attlog_set_warnings(target): the project's warning level, the same for every target, and the
# Windows definitions every target wants (windows.h without its min/max macros, which break
# std::min/std::max under MSVC; MinGW's headers honour the same switch).
function(attlog_set_warnings target)
    if(WIN32)
        target_compile_definitions(${target} PRIVATE NOMINMAX)
    endif()
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
            # GCC 12's -Wrestrict misfires inside std::string's own code at -O2 (GCC bug 105329,
            # fixed in 13); every report of it here points into <bits/char_traits.h>.
            target_compile_options(${target} PRIVATE -Wno-restrict)
        endif()
    endif()
endfunction()

