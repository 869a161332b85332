# SPDX-License-Identifier: MIT
# Windows builds with MinGW-w64 (cross-built here, run under Wine): the DLLs and Qt plugins the
# programs load from their own folder. installer/windows/runtime-files.txt lists them; they are
# copied next to the programs in the build's bin/ (so every test runs the programs as installed)
# and installed beside them. No windeployqt in a cross build: the list is checked by a test
# against what the installed programs really load.
#
# attlog_windows_runtime(<qt prefix>) defines the target `windows_runtime` (part of ALL).
function(attlog_windows_runtime prefix)
    set(_list "${PROJECT_SOURCE_DIR}/installer/windows/runtime-files.txt")
    set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_list}")
    file(STRINGS "${_list}" _lines REGEX "^[^#]")
    # Loaded by the tests only: never installed.
    list(APPEND _lines "Qt6Test.dll prefix bin/Qt6Test.dll test"
                       "platforms/qoffscreen.dll prefix plugins/platforms/qoffscreen.dll test")
    set(_outputs "")
    foreach(_line IN LISTS _lines)
        string(REGEX REPLACE "[ \t]+" ";" _fields "${_line}")
        list(GET _fields 0 _dest)
        list(GET _fields 1 _kind)
        list(GET _fields 2 _from)
        if(_kind STREQUAL "prefix")
            set(_source "${prefix}/${_from}")
        elseif(_kind STREQUAL "mingw")
            execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -print-file-name=${_from}
                            OUTPUT_VARIABLE _source OUTPUT_STRIP_TRAILING_WHITESPACE)
        else()
            message(FATAL_ERROR "${_list}: unknown source '${_kind}' for ${_dest}")
        endif()
        if(NOT IS_ABSOLUTE "${_source}" OR NOT EXISTS "${_source}")
            message(FATAL_ERROR "Windows runtime file ${_dest} not found (looked for ${_source})")
        endif()
        set(_out "${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/${_dest}")
        add_custom_command(OUTPUT "${_out}"
                           COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${_source}" "${_out}"
                           DEPENDS "${_source}" VERBATIM)
        list(APPEND _outputs "${_out}")
        list(LENGTH _fields _count)
        if(_count EQUAL 3)
            get_filename_component(_dir "${_dest}" DIRECTORY)
            install(FILES "${_source}" DESTINATION "${ATTLOG_INSTALL_BINDIR}/${_dir}")
        endif()
    endforeach()
    add_custom_target(windows_runtime ALL DEPENDS ${_outputs})
endfunction()

# attlog_windows_resources(<target> <description>): icon, manifest and version information
# (from the project version) for a Windows executable.
function(attlog_windows_resources target description)
    set(ATTLOG_RC_FILENAME "${target}.exe")
    set(ATTLOG_RC_DESCRIPTION "${description}")
    set(ATTLOG_RC_DIR "${PROJECT_SOURCE_DIR}/resources/windows")
    set(_rc "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc")
    configure_file("${ATTLOG_RC_DIR}/attlog.rc.in" "${_rc}" @ONLY)
    target_sources(${target} PRIVATE "${_rc}")
endfunction()

# attlog_windows_manifest(<target>): only the application manifest (UTF-8 as the process code page,
# DPI awareness), for the test executables: they then see file names as the programs do, e.g.
# libxlsxwriter's fopen() of a UTF-8 path in a Cyrillic user folder.
function(attlog_windows_manifest target)
    set(_rc "${CMAKE_BINARY_DIR}/attlog-manifest.rc")
    if(NOT EXISTS "${_rc}")
        file(WRITE "${_rc}" "1 24 \"${PROJECT_SOURCE_DIR}/resources/windows/attlog.manifest\"\n")
    endif()
    target_sources(${target} PRIVATE "${_rc}")
endfunction()
