#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# How ctest runs a Windows test program under Wine (the cross build's CMAKE_CROSSCOMPILING_EMULATOR).
# Wine starts helper services (rpcss, svchost, ...) on first use; started from a test, they would
# inherit ctest's output pipe and keep the test "running" until its timeout, although the program
# has ended. So the program's output goes through a file, printed once Wine returns.
set -uo pipefail
out=$(mktemp)
trap 'rm -f "$out"' EXIT
wine "$@" </dev/null >"$out" 2>&1
rc=$?
cat "$out"
exit $rc
