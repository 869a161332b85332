#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Windows installer on a fresh Windows (a new Wine prefix whose user has a Cyrillic name):
#   silent install -> the installed attlog.exe --version, a demo database, `check` through QSQLITE
#   and through ODBC (Wine's odbc32 -> the host's SQLite ODBC driver), the installed viewer with
#   --demo --screenshot in a real window under Xvfb -> the DLLs both programs loaded from the
#   install folder are exactly installer/windows/runtime-files.txt -> silent uninstall leaves no
#   program file and no shortcut but keeps the user's data -> a second install and an uninstall
#   with /REMOVEDATA removes the data too.
# Usage: installer-test.sh SETUP.EXE RUNTIME-FILES.TXT VERSION
set -euo pipefail
setup=${1:?setup.exe}
list=${2:?runtime-files.txt}
version=${3:?version}

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

[ -f "$setup" ] || fail "no installer at $setup (build the package_windows target)"
work=$(mktemp -d)
trap 'WINEPREFIX=$work/prefix wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Wine names the Windows user after $USER: a Cyrillic user folder, as on a Russian office PC.
export USER=Оператор LOGNAME=Оператор LC_ALL=C.UTF-8
WINEUSERNAME=$USER
unset DISPLAY
step "fresh Wine prefix for user $WINEUSERNAME"
wineboot --init >/dev/null 2>&1 || true
# A crash ends the program with its backtrace on stderr, never waits in a debugger.
wine reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger /t REG_SZ /d '' /f \
    >/dev/null 2>&1 || true
wineserver -w

drive_c=$WINEPREFIX/drive_c
instdir="$drive_c/Program Files/Access Log Viewer"
win_instdir='C:\Program Files\Access Log Viewer'
public_desktop="$drive_c/users/Public/Desktop"
start_menu="$drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs"
appdata="$drive_c/users/$WINEUSERNAME/AppData/Roaming/attlog/attlog"

install() {
    wine "$setup" /S "$@" >/dev/null 2>&1 || fail "setup.exe /S $* failed"
    wineserver -w
    [ -f "$instdir/attlog.exe" ] || fail "attlog.exe is not in $instdir"
    [ -f "$instdir/attlog-viewer.exe" ] || fail "attlog-viewer.exe is not installed"
    [ -f "$instdir/uninstall.exe" ] || fail "no uninstaller"
    [ -f "$start_menu/Access Log Viewer/Access Log Viewer.lnk" ] || fail "no Start-menu shortcut"
}

uninstall() {
    # The NSIS uninstaller copies itself to %TEMP% and returns at once; wait for that copy.
    wine "$instdir/uninstall.exe" /S "$@" >/dev/null 2>&1 || fail "uninstall.exe /S $* failed"
    wineserver -w
    if [ -d "$instdir" ]; then
        find "$instdir" -type f | head -20 >&2
        fail "the uninstaller left program files behind"
    fi
    [ ! -e "$start_menu/Access Log Viewer" ] || fail "the Start-menu folder is still there"
    [ ! -e "$public_desktop/Access Log Viewer.lnk" ] || fail "the desktop icon is still there"
    [ ! -e "$start_menu/StartUp/Access Log Viewer.lnk" ] || fail "the autostart entry is still there"
}

# Appends the files that a +loaddll trace shows loaded from the install folder to loaded.txt,
# relative to it with / separators ("platforms/qwindows.dll").
collect_loaded() {
    python3 - "$1" "$win_instdir" >>"$work/loaded.txt" <<'PY'
import re, sys
trace, root = sys.argv[1], sys.argv[2].lower() + "\\"
for line in open(trace, encoding="utf-8", errors="replace"):
    m = re.search(r'Loaded L"((?:[^"\\]|\\.)*)"', line)
    if m:
        path = m.group(1).replace("\\\\", "\\")
        if path.lower().startswith(root):
            print(path[len(root):].replace("\\", "/"))
PY
}

# Runs an installed program with Wine's DLL-load trace; its stdout goes to $work/out.txt.
run_traced() {
    local rc=0
    WINEDEBUG=+loaddll wine "$@" >"$work/out.txt" 2>"$work/trace.txt" || rc=$?
    collect_loaded "$work/trace.txt"
    return $rc
}

step "silent install with the desktop icon and autostart"
install /DESKTOP /AUTOSTART
[ -f "$public_desktop/Access Log Viewer.lnk" ] || fail "no desktop icon with /DESKTOP"
[ -f "$start_menu/StartUp/Access Log Viewer.lnk" ] || fail "no autostart entry with /AUTOSTART"
[ -d "$instdir/licenses/qt" ] && [ -d "$instdir/licenses/qtcharts" ] || fail "licence texts missing"

step "attlog.exe --version from the install folder"
: >"$work/loaded.txt"
run_traced "$instdir/attlog.exe" --version || fail "attlog.exe --version failed"
grep -q "$version" "$work/out.txt" || fail "attlog --version printed: $(cat "$work/out.txt")"

step "attlog.exe demo-db and check (QSQLITE and ODBC)"
db_win='C:\users\'"$WINEUSERNAME"'\Documents\демо.sqlite'
run_traced "$instdir/attlog.exe" demo-db "$db_win" --days 2 --people 20 || fail "demo-db failed"
run_traced "$instdir/attlog.exe" check --connection "sqlite:$db_win" || fail "check (sqlite) failed"
grep -q "^Rows: " "$work/out.txt" || fail "check printed: $(cat "$work/out.txt")"
# Wine's ODBC bridge hands the host's driver a Unix path, and only an ASCII one (see README).
cp "$drive_c/users/$WINEUSERNAME/Documents/демо.sqlite" "$work/demo-odbc.sqlite"
run_traced "$instdir/attlog.exe" check --connection "DRIVER={SQLite3};Database=$work/demo-odbc.sqlite" ||
    fail "check through ODBC failed: $(cat "$work/out.txt")"

step "attlog-viewer.exe --demo --screenshot in a real window (Xvfb)"
shots=$work/shots
mkdir -p "$shots"
viewer_rc=0
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    WINEDEBUG=+loaddll wine "$1" --demo --lang ru --screenshot "$2" >"$3/viewer-out.txt" 2>"$3/trace.txt"
' _ "$instdir/attlog-viewer.exe" "$(winepath -w "$shots")" "$work" || viewer_rc=$?
collect_loaded "$work/trace.txt"
if [ "$viewer_rc" -ne 0 ] || grep -a -q "Unhandled" "$work/trace.txt"; then
    grep -a -m3 "Unhandled" "$work/trace.txt" || true
    fail "the viewer exited with $viewer_rc"
fi
for tab in live history who-where worktime; do
    [ -s "$shots/$tab.png" ] || fail "no screenshot of $tab"
done
[ -d "$appdata" ] || fail "the viewer's data folder is not in %APPDATA% ($appdata)"

step "loaded DLLs == runtime-files.txt"
sort -u "$work/loaded.txt" | grep -v '\.exe$' >"$work/loaded-sorted.txt"
grep -v '^#' "$list" | awk 'NF { print $1 }' | sort -u >"$work/listed.txt"
if ! diff -u "$work/listed.txt" "$work/loaded-sorted.txt"; then
    fail "the programs load other DLLs than installer/windows/runtime-files.txt lists (- listed only, + loaded only)"
fi
echo "$(wc -l <"$work/listed.txt") DLLs listed, all loaded, nothing else loaded from the install folder"

step "silent uninstall keeps the user's data"
uninstall
[ -d "$appdata" ] || fail "the uninstaller removed the user's data without being asked"

step "install again, uninstall with /REMOVEDATA"
install
uninstall /REMOVEDATA
[ ! -e "$appdata" ] || fail "/REMOVEDATA left the user's data folder"
echo "installer test passed"
