#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `attlog repair` throughput benchmark (prints figures; not a timed test).
#
# Usage: tests/bench/repair/run.sh BUILD_DIR [LINES]
#
# Generates 1,000,000 deterministic lines (about 40 MB, half clean, half mojibake) with
# BUILD_DIR/bin/bench_repair_gen into a temporary folder, then times, best of 5 runs each:
#   iconv -f UTF-8 -t CP1251 FILE > /dev/null      (every generated line converts, so no -c)
#   BUILD_DIR/bin/attlog repair FILE > /dev/null   (or bench_repair_driver FILE when the attlog
#                                                    executable is not built: the same repairLines)
# and prints both times (wall clock and CPU = user + sys) and their ratios, then the time of
# `attlog repair` on as many lines of lossy Windows-1252 mojibake (bench_repair_gen … lossy1252). The target is a CPU
# ratio of at most 2.5; CPU time is compared because wall time on a shared machine mostly
# measures the other processes. Build BUILD_DIR as Release. Exits 1 when the target is missed.
set -euo pipefail

build=${1:?usage: run.sh BUILD_DIR [LINES]}
lines=${2:-1000000}
runs=5
gen="$build/bin/bench_repair_gen"
[ -x "$gen" ] || { echo "missing $gen (build the bench_repair_gen target)" >&2; exit 2; }
command -v iconv >/dev/null || { echo "iconv not found" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found (Debian package: time)" >&2; exit 2; }

if [ -x "$build/bin/attlog" ] && "$build/bin/attlog" repair </dev/null >/dev/null 2>&1; then
    tool=("$build/bin/attlog" repair)
elif [ -x "$build/bin/bench_repair_driver" ]; then
    tool=("$build/bin/bench_repair_driver")
else
    echo "neither $build/bin/attlog nor $build/bin/bench_repair_driver is built" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
file="$tmp/lines.txt"
"$gen" "$file" "$lines" >/dev/null
bytes=$(wc -c <"$file")

# best_of CMD...: runs `CMD... FILE` $runs times and prints
# "wall cpu" in seconds, each the minimum over the runs.
best_of() {
    local best_wall="" best_cpu="" out wall cpu
    for _ in $(seq "$runs"); do
        /usr/bin/time -o "$tmp/time" -f "%e %U %S" "$@" "$file" >/dev/null
        out=$(tail -1 "$tmp/time")
        wall=$(awk '{print $1}' <<<"$out")
        cpu=$(awk '{printf "%.2f", $2 + $3}' <<<"$out")
        best_wall=$(awk -v a="$wall" -v b="$best_wall" 'BEGIN{print (b == "" || a < b) ? a : b}')
        best_cpu=$(awk -v a="$cpu" -v b="$best_cpu" 'BEGIN{print (b == "" || a < b) ? a : b}')
    done
    echo "$best_wall $best_cpu"
}

read -r iconv_wall iconv_cpu < <(best_of iconv -f UTF-8 -t CP1251)
read -r repair_wall repair_cpu < <(best_of "${tool[@]}")

# The output must have as many lines as the input.
out_lines=$("${tool[@]}" "$file" | wc -l)
[ "$out_lines" -eq "$lines" ] || { echo "repair wrote $out_lines lines for $lines" >&2; exit 1; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b <= 0) b = 0.01; printf "%.2f", a / b }'; }
cpu_ratio=$(ratio "$repair_cpu" "$iconv_cpu")
echo "input:  $lines lines, $bytes bytes"
echo "tool:   ${tool[*]}"
echo "iconv -f UTF-8 -t CP1251: wall ${iconv_wall} s, cpu ${iconv_cpu} s (best of $runs)"
echo "attlog repair:            wall ${repair_wall} s, cpu ${repair_cpu} s (best of $runs)"
echo "ratio repair/iconv:       wall $(ratio "$repair_wall" "$iconv_wall"), cpu ${cpu_ratio} (target <= 2.5)"
awk -v r="$cpu_ratio" 'BEGIN{ exit !(r <= 2.5) }' || { echo "FAIL: cpu ratio above 2.5"; exit 1; }

# The same number of lines as UTF-8 read as Windows-1252 with its undefined bytes lost ('?'):
# every line needs the letter model. No reference tool can read such text; the time is printed.
"$gen" "$file" "$lines" lossy1252 >/dev/null
read -r lossy_wall lossy_cpu < <(best_of "${tool[@]}")
echo "lossy Windows-1252 lines: wall ${lossy_wall} s, cpu ${lossy_cpu} s (best of $runs, $(wc -c <"$file") bytes)"
echo "PASS"
