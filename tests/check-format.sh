#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Lists every C++ file under the source tree that clang-format would change; exits 1 if any.
set -euo pipefail
root=${1:-$(git rev-parse --show-toplevel)}
cd "$root"
command -v clang-format >/dev/null || { echo "clang-format not found" >&2; exit 1; }
mapfile -t files < <(find core db ui app tests -type f \( -name '*.h' -o -name '*.cpp' \) -not -path '*/node_modules/*' | sort)
[ "${#files[@]}" -gt 0 ] || { echo "no C++ files found under $root" >&2; exit 1; }
bad=0
for f in "${files[@]}"; do
    if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
        echo "not clang-format clean: $f"
        bad=1
    fi
done
echo "checked ${#files[@]} files"
exit $bad
