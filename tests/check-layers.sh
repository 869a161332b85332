#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when code reaches across the layers (README "Development"):
#   core/  C++ standard library only: no Qt header
#   db/    Qt Core and Sql: no widgets
#   print/ Qt Gui painting: no widgets, no SQL
#   ui/    no SQL text and no query worker: it asks the session
#   app/   the programs go through the session: no query worker, and the console tool runs one
#          event loop (no nested QEventLoop)
set -euo pipefail
root=${1:-$(git rev-parse --show-toplevel)}
cd "$root"
status=0
check() { # description, grep arguments...
    local what=$1
    shift
    local found
    found=$(grep -rn --include='*.h' --include='*.cpp' "$@" || true)
    if [ -n "$found" ]; then
        echo "$what:"
        echo "$found"
        status=1
    fi
}
check "Qt in core/" -E '^#include <Q' core
check "widgets in db/" -E '^#include <(QtWidgets/)?Q(Widget|Dialog|MessageBox|Application)\b' db
check "widgets or SQL in print/" -E '^#include <(QtWidgets/)?Q(Widget|Dialog|MessageBox|Application|Sql)|QSqlQuery' print
check "SQL in ui/" -E '^#include <QSql|QSqlQuery|\bQueryWorker\b|\bQueryRunner\b' ui
check "a query worker in app/" -E '\bQueryWorker\b' app
check "a nested event loop in app/cli/" -E '\bQEventLoop\b' app/cli
[ $status -eq 0 ] && echo "core/, db/, print/, ui/ and app/ keep to their layers"
exit $status
