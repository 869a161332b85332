#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What needs file systems of its own, made as tmpfs mounts inside a private mount namespace
# (unshare: as root, or as a user through a user namespace), so nothing outside the test changes:
# - `attlog check` and `attlog export` read a WAL-mode SQLite file on read-only media;
# - `attlog export` into a read-only folder and onto a full disk fails with a message and leaves
#   no file, not even a hidden part.
#   mounted-targets.sh ATTLOG_EXECUTABLE
set -euo pipefail
attlog=${1:?usage: mounted-targets.sh ATTLOG}

if [ "${ATTLOG_IN_NAMESPACE:-}" != 1 ]; then
    # Re-run inside a new mount namespace; fail (never skip) when one cannot be made.
    if [ "$(id -u)" -eq 0 ]; then
        exec env ATTLOG_IN_NAMESPACE=1 unshare --mount --propagation private bash "$0" "$attlog"
    fi
    exec env ATTLOG_IN_NAMESPACE=1 unshare --user --map-root-user --mount bash "$0" "$attlog"
fi

work=$(mktemp -d)
trap 'umount "$work/media" "$work/small" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir "$work/media" "$work/home" "$work/small"
mount -t tmpfs -o size=4m attlog-test "$work/media"
sqlite3 "$work/media/ivms.sqlite" <<'SQL' >/dev/null
PRAGMA journal_mode=WAL;
CREATE TABLE attlog (serialNo INTEGER, authDateTime TEXT, authDate TEXT, authTime TEXT,
    direction TEXT, deviceName TEXT, deviceSN TEXT, personName TEXT, employeeID TEXT,
    cardNo TEXT, doorName TEXT, readerName TEXT);
INSERT INTO attlog (serialNo, authDateTime, direction, personName, doorName)
    VALUES (1, '2024-03-01 08:00:00', 'in', 'Иванов Иван', 'Вход'),
           (2, '2024-03-01 17:00:00', 'out', 'Иванов Иван', 'Вход');
SQL
# A cleanly closed WAL database leaves no -wal/-shm files: SQLite must make the index to read.
[ ! -e "$work/media/ivms.sqlite-shm" ] || { echo "FAIL: the -shm file is still there"; exit 1; }
mount -o remount,ro "$work/media"
if touch "$work/media/probe" 2>/dev/null; then
    echo "FAIL: the media folder is still writable"
    exit 1
fi

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
out=$("$attlog" check --connection "sqlite:$work/media/ivms.sqlite")
echo "$out"
grep -q '^Rows:      2$' <<<"$out" || { echo "FAIL: check did not read the rows"; exit 1; }
"$attlog" export --connection "sqlite:$work/media/ivms.sqlite" --from 2024-03-01 --to 2024-03-02 \
    --format csv --out "$work/home/out.csv"
grep -q 'Иванов Иван' "$work/home/out.csv" || { echo "FAIL: the export lacks the passes"; exit 1; }
[ "$(grep -c 'Иванов Иван' "$work/home/out.csv")" -eq 2 ] || { echo "FAIL: not two passes"; exit 1; }
echo "PASS: a WAL file on read-only media is read"

# Exports that cannot be written: a read-only folder, then a disk that fills up. 20,000 passes
# make about 2 MB of CSV; the disk holds 64 KiB.
sqlite3 "$work/home/big.sqlite" <<'SQL' >/dev/null
CREATE TABLE attlog (serialNo INTEGER, authDateTime TEXT, authDate TEXT, authTime TEXT,
    direction TEXT, deviceName TEXT, deviceSN TEXT, personName TEXT, employeeID TEXT,
    cardNo TEXT, doorName TEXT, readerName TEXT);
WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 20000)
INSERT INTO attlog (serialNo, authDateTime, direction, personName, doorName)
    SELECT k, '2024-03-01 08:00:00', 'in', 'Сотрудник номер ' || k, 'Главный вход' FROM n;
SQL
mount -t tmpfs -o size=64k attlog-small "$work/small"
fails() { # TARGET: the export fails with a message and leaves the folder as it was
    local target=$1 folder err rc=0
    folder=$(dirname "$target")
    err=$("$attlog" export --connection "sqlite:$work/home/big.sqlite" --from 2024-03-01         --to 2024-03-02 --format csv --out "$target" 2>&1 >/dev/null) || rc=$?
    echo "$err"
    [ "$rc" -eq 1 ] || { echo "FAIL: export to $target exited $rc, not 1"; exit 1; }
    [ -n "$err" ] || { echo "FAIL: no message for $target"; exit 1; }
    [ -z "$(ls -A "$folder")" ] || { echo "FAIL: $folder is not empty: $(ls -A "$folder")"; exit 1; }
}
fails "$work/small/full.csv"
mount -o remount,ro "$work/small"
fails "$work/small/readonly.csv"
echo "PASS: a full disk and a read-only folder fail cleanly"
