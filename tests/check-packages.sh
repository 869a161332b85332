#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Does the package list that ./dev installs on a fresh machine cover everything this build used?
# Runs the workplace's checker (../shared/tools/check-packages beside the repository, or
# $ATTLOG_CHECK_PACKAGES) on the build folder. A clone with no checker beside it reports the test
# as skipped (exit 77), with the reason.
set -euo pipefail
src=${1:?source folder}
build=${2:?build folder}
tool=${ATTLOG_CHECK_PACKAGES:-$src/../shared/tools/check-packages}
if [ ! -f "$tool" ]; then
    echo "SKIPPED: the package checker is not here ($tool)"
    exit 77
fi
mapfile -t packages < <("$src/dev" packages)
[ ${#packages[@]} -gt 0 ] || { echo "./dev packages printed nothing"; exit 1; }
python3 "$tool" "$build" "${packages[@]}"
