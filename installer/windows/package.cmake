# SPDX-License-Identifier: MIT
# Makes the Windows installer and the portable ZIP from a MinGW build (cmake -P, run by the
# package_windows target). Inputs: BUILD_DIR, VERSION, MAKENSIS, NSI, ICON.
#   1. installs the build into BUILD_DIR/stage (a fresh folder: nothing stale is shipped);
#   2. writes the installer's file lists (install and uninstall, one line per file, so the
#      uninstaller removes exactly what was installed, never the whole folder);
#   3. runs makensis -> BUILD_DIR/attlog-VERSION-win64-setup.exe;
#   4. zips the stage -> BUILD_DIR/attlog-VERSION-win64-portable.zip.
foreach(var BUILD_DIR VERSION NSI ICON)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "package.cmake: ${var} is not set")
    endif()
endforeach()
if(NOT MAKENSIS OR NOT EXISTS "${MAKENSIS}")
    message(FATAL_ERROR "makensis not found: install Debian's nsis package (./dev installs it)")
endif()

set(stage "${BUILD_DIR}/stage")
set(portable_root "attlog-${VERSION}-win64")
file(REMOVE_RECURSE "${stage}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${stage}/${portable_root}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(root "${stage}/${portable_root}")

file(GLOB_RECURSE files RELATIVE "${root}" "${root}/*")
list(SORT files)
set(install_lines "")
set(uninstall_lines "")
set(dirs "")
foreach(f IN LISTS files)
    string(REPLACE "/" "\\" win "${f}")
    get_filename_component(dir "${f}" DIRECTORY)
    string(REPLACE "/" "\\" windir "${dir}")
    if(dir STREQUAL "")
        string(APPEND install_lines "  SetOutPath \"$INSTDIR\"\n")
    else()
        string(APPEND install_lines "  SetOutPath \"$INSTDIR\\${windir}\"\n")
        # Every folder level, deepest removed first below.
        set(d "${dir}")
        while(NOT d STREQUAL "")
            list(APPEND dirs "${d}")
            get_filename_component(d "${d}" DIRECTORY)
        endwhile()
    endif()
    string(APPEND install_lines "  File \"${root}/${f}\"\n")
    string(APPEND uninstall_lines "  Delete \"$INSTDIR\\${win}\"\n")
endforeach()
list(REMOVE_DUPLICATES dirs)
list(SORT dirs)
list(REVERSE dirs)
foreach(d IN LISTS dirs)
    string(REPLACE "/" "\\" wind "${d}")
    string(APPEND uninstall_lines "  RMDir \"$INSTDIR\\${wind}\"\n")
endforeach()
file(WRITE "${stage}/install-files.nsh" "${install_lines}")
file(WRITE "${stage}/uninstall-files.nsh" "${uninstall_lines}")

string(REGEX MATCH "^([0-9]+)\\.([0-9]+)\\.([0-9]+)" _ "${VERSION}")
set(out "${BUILD_DIR}/attlog-${VERSION}-win64-setup.exe")
file(REMOVE "${out}")
execute_process(
    COMMAND "${MAKENSIS}" -V2 -INPUTCHARSET UTF8
            "-DVERSION=${VERSION}"
            "-DVERSION4=${CMAKE_MATCH_1}.${CMAKE_MATCH_2}.${CMAKE_MATCH_3}.0"
            "-DSTAGE=${stage}"
            "-DROOT=${root}"
            "-DICON=${ICON}"
            "-DOUTFILE=${out}"
            "${NSI}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT EXISTS "${out}")
    message(FATAL_ERROR "makensis failed (${rc})")
endif()

set(zip "${BUILD_DIR}/attlog-${VERSION}-win64-portable.zip")
file(REMOVE "${zip}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar cf "${zip}" --format=zip "${portable_root}"
                WORKING_DIRECTORY "${stage}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "zip failed (${rc})")
endif()
message(STATUS "Installer: ${out}")
message(STATUS "Portable:  ${zip}")
