#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails on a thread_local object in the application's code. With MinGW-w64 (the Windows build) a
# thread_local object's destructor runs after its storage has been freed, so every worker thread
# that ends corrupts the heap (windows.core.threads.heap shows it under Wine). A thread_local of a
# trivially destructible type is safe: mark its line with "trivially destructible".
set -euo pipefail
root=${1:-$(git rev-parse --show-toplevel)}
cd "$root"
# Code lines only: the text before a // comment.
found=$(grep -rn --include='*.h' --include='*.cpp' -E '^[^/]*\<thread_local\>' core db ui app |
    grep -v 'trivially destructible' || true)
if [ -n "$found" ]; then
    echo "thread_local objects (see tests/check-thread-local.sh for why they are not allowed):"
    echo "$found"
    exit 1
fi
echo "no thread_local objects in core/, db/, ui/, app/"
