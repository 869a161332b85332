# SPDX-License-Identifier: MIT
# Runs the T-SQL syntax check: dumps every SQL Server statement, then parses each with node.
# Invoked by ctest (sql.tsql_syntax) as
#   cmake -DNODE=… -DDUMP=… -DCHECKER=… -DOUT=… -P run-tsql-check.cmake
# It FAILS (never skips) when node or node-sql-parser is missing.
foreach(var NODE DUMP CHECKER OUT)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "run-tsql-check: ${var} is not set")
    endif()
endforeach()
if(NOT EXISTS "${NODE}")
    message(FATAL_ERROR "run-tsql-check: node was not found (${NODE}); install nodejs and npm, then run `npm ci` in tests/sql")
endif()

execute_process(COMMAND "${DUMP}" "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "run-tsql-check: the statement dump failed (${rc})")
endif()

execute_process(COMMAND "${NODE}" "${CHECKER}" "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "run-tsql-check: T-SQL check failed (${rc}); statements in ${OUT}")
endif()
