# SPDX-License-Identifier: MIT
# attlog_set_warnings(target): the project's warning level, the same for every target.
function(attlog_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    endif()
endfunction()

