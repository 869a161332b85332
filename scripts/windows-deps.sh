#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Windows (MinGW-w64, x86-64) libraries the project needs, from source, once:
#   Qt 6.4.2 (qtbase: Core Gui Widgets Sql PrintSupport Concurrent Test, the windows platform
#   plugin, the QSQLITE and QODBC drivers; Qt Charts), SQLite, fmt, spdlog, libxlsxwriter and
#   QtKeychain — the versions Debian 12 ships, so the Windows build uses what the Linux build does.
#
#   scripts/windows-deps.sh             build what is missing, print the prefix on the last line
#   scripts/windows-deps.sh --prefix    print the prefix only (no build)
#   scripts/windows-deps.sh --check     exit 0 when everything is built, 1 otherwise
#
# Sources: Debian's source packages (apt-get source through a private apt configuration inside
# the cache: the machine's own apt sources are not touched), checked against the SHA-256 sums
# below; Qt Charts and QtKeychain from ../shared/third_party/ when it is there, otherwise from
# their public release archives, checked the same way.
# Cache: ATTLOG_WINDOWS_DEPS_DIR, default ~/.cache/attlog/windows-deps. The prefix's name carries
# the recipe revision: change anything below that changes the result, and bump it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
revision=r1
cache=${ATTLOG_WINDOWS_DEPS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/attlog/windows-deps}
prefix=$cache/mingw64-qt6.4.2-$revision
jobs=${ATTLOG_JOBS:-$(nproc 2>/dev/null || echo 2)}

# name  debian-version  file  sha256
debian_sources=(
    "qt6-base 6.4.2+dfsg-10 qt6-base_6.4.2+dfsg.orig.tar.xz 4f14b89a9463a540fd84a6718b8519a2297119b454ef547721015a9e9019ae9e"
    "qt6-base 6.4.2+dfsg-10 qt6-base_6.4.2+dfsg-10.debian.tar.xz d1a2621b1acb1606db7274ccdb96654564cea04af836c5b86da94e150714d16c"
    "sqlite3 3.40.1-2+deb12u2 sqlite3_3.40.1.orig.tar.xz aaa776260ab4dc976db34aa7891819484c8676b5b2783123ebc6301e2ca5d655"
    "sqlite3 3.40.1-2+deb12u2 sqlite3_3.40.1-2+deb12u2.debian.tar.xz 0843bc12e4364076477935ce313a6d0796fd899a989ff18ebb6545540e10e4ca"
    "fmtlib 9.1.0+ds1-2 fmtlib_9.1.0+ds1.orig.tar.gz 84ce1c2d0be3a9863935137969dcec6970125caac032f82474640bfc81463583"
    "spdlog 1:1.10.0+ds-0.4 spdlog_1.10.0+ds.orig.tar.xz 620ca6842b5c21014470bd42eb4716024674214fb973b5ffa3aaea33310ad327"
    "libxlsxwriter 1.1.4-2 libxlsxwriter_1.1.4.orig.tar.gz b379eb35fdd9c653ebe72485b9c992f612c7ea66f732784457997d6e782f619b"
)
# file  sha256  public home
upstream_sources=(
    "qtcharts-everywhere-src-6.4.2.tar.xz 6c1ca984d3c8b703d56c9bd2a9c6248bb1ac45bf1f047dfa5c4ded36171ff39b https://download.qt.io/archive/qt/6.4/6.4.2/submodules/qtcharts-everywhere-src-6.4.2.tar.xz"
    "qtkeychain-0.13.2.tar.xz 01c3ced983957aae8bfcad8fc2ca38cf4111c40f028bc29957a1f6eda657be63 https://github.com/frankosterfeld/qtkeychain/archive/refs/tags/v0.13.2.tar.gz"
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'windows-deps: %s\n' "$*" >&2; exit 1; }

components=(sqlite qtbase qtcharts fmt spdlog xlsxwriter qtkeychain licenses)
stamp() { echo "$prefix/.stamps/$1"; }
all_built() {
    local c
    for c in "${components[@]}"; do [ -f "$(stamp "$c")" ] || return 1; done
}

case "${1:-}" in
--prefix) echo "$prefix"; exit 0 ;;
--check) all_built && exit 0 || exit 1 ;;
"") ;;
*) sed -n '3,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

if all_built; then
    echo "$prefix"
    exit 0
fi

src=$cache/src
work=$cache/build
mkdir -p "$src" "$work" "$prefix/.stamps"

# --- sources -------------------------------------------------------------------------------

check_sum() { # file sha256
    echo "$2  $1" | sha256sum --check --status || die "checksum mismatch: $1 (expected $2)"
}

apt_dir=$cache/apt
apt_private() {
    # A private apt configuration with deb-src entries for the machine's own Debian release.
    if [ ! -f "$apt_dir/sources.list" ]; then
        mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
        local codename keyring=/usr/share/keyrings/debian-archive-keyring.gpg
        codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
        {
            echo "deb-src [signed-by=$keyring] http://deb.debian.org/debian $codename main"
            echo "deb-src [signed-by=$keyring] http://deb.debian.org/debian $codename-updates main"
            echo "deb-src [signed-by=$keyring] http://deb.debian.org/debian-security $codename-security main"
        } >"$apt_dir/sources.list"
    fi
    local opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=/nonexistent"
        -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o "APT::Sandbox::User=root")
    if [ ! -f "$apt_dir/updated" ]; then
        apt-get "${opts[@]}" -qq update >&2 || die "apt-get update (deb-src) failed"
        touch "$apt_dir/updated"
    fi
    (cd "$src" && apt-get "${opts[@]}" -qq source --download-only "$@" >&2)
}

fetch_sources() {
    local line name version file sum missing=()
    for line in "${debian_sources[@]}"; do
        read -r name version file sum <<<"$line"
        [ -f "$src/$file" ] || missing+=("$name=$version")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        say "Downloading Debian source packages: $(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')"
        # shellcheck disable=SC2046
        apt_private $(printf '%s\n' "${missing[@]}" | sort -u) || die "apt-get source failed"
    fi
    for line in "${debian_sources[@]}"; do
        read -r name version file sum <<<"$line"
        check_sum "$src/$file" "$sum"
    done
    local url shared=${ATTLOG_THIRD_PARTY_DIR:-$root/../shared/third_party}
    for line in "${upstream_sources[@]}"; do
        read -r file sum url <<<"$line"
        if [ ! -f "$src/$file" ]; then
            if [ -f "$shared/$file" ]; then
                cp "$shared/$file" "$src/$file.tmp"
            else
                say "Downloading $url"
                command -v curl >/dev/null || die "curl is needed to download $file (or put it in $shared)"
                curl -fL --retry 3 -o "$src/$file.tmp" "$url" || die "cannot download $url"
            fi
            mv "$src/$file.tmp" "$src/$file"
        fi
        check_sum "$src/$file" "$sum"
    done
}

unpack() { # tarball -> folder $work/<name>, echoes the folder
    # A folder left by an interrupted or failed build is reused as it is (its build folder too, so
    # a rerun resumes where it stopped); delete $work to start afresh.
    local tarball=$1 name=$2
    if [ ! -f "$work/$name/.unpacked" ]; then
        rm -rf "${work:?}/$name"
        mkdir -p "$work/$name"
        tar -xf "$src/$tarball" -C "$work/$name" --strip-components=1
        touch "$work/$name/.unpacked"
    fi
    echo "$work/$name"
}

apply_debian_patches() { # source-dir debian-tarball pattern
    local dir=$1 deb=$2 pattern=$3 p
    [ -f "$dir/.patched" ] && return 0
    mkdir -p "$dir/.debian"
    tar -xf "$src/$deb" -C "$dir/.debian"
    while read -r p; do
        case "$p" in '#'* | '') continue ;; esac
        p=${p%% *}
        # shellcheck disable=SC2053
        [[ $p == $pattern ]] || continue
        patch -d "$dir" -p1 --forward --quiet <"$dir/.debian/debian/patches/$p" || die "patch $p failed"
    done <"$dir/.debian/debian/patches/series"
    touch "$dir/.patched"
}

# --- build steps ---------------------------------------------------------------------------

toolchain=$prefix/share/attlog/mingw-w64-x86_64.cmake
cmake_cross=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_TOOLCHAIN_FILE="$toolchain"
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_ROOT_PATH="$prefix")
qt_host=(-DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake)

build_sqlite() {
    # The amalgamation (sqlite3.c) is generated from Debian's source with its patches; it needs
    # tclsh. One DLL serves Qt's QSQLITE driver and the project's own SQLite reader.
    local dir
    dir=$(unpack sqlite3_3.40.1.orig.tar.xz sqlite)
    apply_debian_patches "$dir" sqlite3_3.40.1-2+deb12u2.debian.tar.xz '*'
    mkdir -p "$dir/bld"
    (cd "$dir/bld" && ../configure --disable-tcl >/dev/null && make -s sqlite3.c >/dev/null)
    local flags=(-O2 -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS5
        -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_SECURE_DELETE -DSQLITE_MAX_VARIABLE_NUMBER=250000
        "-DSQLITE_API=__declspec(dllexport)")
    mkdir -p "$prefix/bin" "$prefix/lib" "$prefix/include"
    x86_64-w64-mingw32-gcc-posix "${flags[@]}" -shared -o "$prefix/bin/sqlite3.dll" \
        -Wl,--out-implib,"$prefix/lib/libsqlite3.dll.a" "$dir/bld/sqlite3.c"
    cp "$dir/bld/sqlite3.h" "$dir/bld/sqlite3ext.h" "$prefix/include/"
    mkdir -p "$prefix/lib/pkgconfig"
    mkdir -p "$prefix/share/licenses/sqlite"
    echo "SQLite is in the public domain: https://www.sqlite.org/copyright.html" \
        >"$prefix/share/licenses/sqlite/LICENSE.txt"
}

build_qtbase() {
    local dir
    dir=$(unpack qt6-base_6.4.2+dfsg.orig.tar.xz qtbase)
    # Debian's security fixes for code we build.
    apply_debian_patches "$dir" qt6-base_6.4.2+dfsg-10.debian.tar.xz 'cve-*'
    # The +dfsg tarball has no src/3rdparty/wintab: Wine's LGPL headers declare the same API.
    mkdir -p "$dir/src/3rdparty/wintab"
    {
        # Wine's own build defines these; Qt uses the wide (W) API and the Wacom header's API.
        printf '/* Wine'"'"'s wintab.h (LGPL-2.1+), from libwine-dev, for a MinGW build. */\n'
        printf '#ifndef DECL_WINELIB_TYPE_AW\n#define DECL_WINELIB_TYPE_AW(type) typedef type##W type;\n#endif\n'
        printf '#ifndef WINELIB_NAME_AW\n#define WINELIB_NAME_AW(name) name##W\n#endif\n'
        printf '#ifndef API\n#define API WINAPI\n#endif\n'
        cat /usr/include/wine/wine/windows/wintab.h
    } >"$dir/src/3rdparty/wintab/wintab.h"
    cp /usr/include/wine/wine/windows/pktdef.h "$dir/src/3rdparty/wintab/"
    cmake -S "$dir" -B "$dir/bld" "${cmake_cross[@]}" "${qt_host[@]}" \
        -DBUILD_SHARED_LIBS=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
        -DFEATURE_opengl=OFF -DINPUT_opengl=no -DFEATURE_dbus=OFF -DFEATURE_network=OFF \
        -DFEATURE_icu=OFF -DFEATURE_zstd=OFF -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF \
        -DFEATURE_sql_odbc=ON -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
        -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF \
        -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
        -DSQLite3_INCLUDE_DIR="$prefix/include" -DSQLite3_LIBRARY="$prefix/lib/libsqlite3.dll.a" \
        >"$dir/configure.log" 2>&1 || { tail -40 "$dir/configure.log" >&2; die "Qt configure failed ($dir/configure.log)"; }
    cmake --build "$dir/bld" -j "$jobs" >"$dir/build.log" 2>&1 || { tail -40 "$dir/build.log" >&2; die "Qt build failed ($dir/build.log)"; }
    cmake --install "$dir/bld" >/dev/null
    mkdir -p "$prefix/share/licenses/qt"
    cp "$dir/LICENSES/LGPL-3.0-only.txt" "$dir/LICENSES/GPL-3.0-only.txt" "$dir/LICENSES/GPL-2.0-only.txt" \
        "$dir/LICENSES/Qt-GPL-exception-1.0.txt" "$prefix/share/licenses/qt/"
    # Third-party code compiled into the Qt DLLs, with their own licence texts.
    local third
    for third in pcre2 harfbuzz-ng freetype libpng libjpeg zlib double-conversion md4c; do
        mkdir -p "$prefix/share/licenses/qt/3rdparty/$third"
        find "$dir/src/3rdparty/$third" -maxdepth 2 -type f \
            \( -iname 'LICENSE*' -o -iname 'COPYING*' -o -iname 'README.ijg' -o -iname 'FTL.TXT' \) \
            -exec cp {} "$prefix/share/licenses/qt/3rdparty/$third/" \;
    done
    cp "$dir/src/3rdparty/wintab/wintab.h" "$prefix/share/licenses/qt/3rdparty/" 2>/dev/null || true
}

build_cmake_project() { # name dir [cmake args...]
    local name=$1 dir=$2
    shift 2
    cmake -S "$dir" -B "$dir/bld" "${cmake_cross[@]}" "$@" >"$dir/configure.log" 2>&1 ||
        { tail -40 "$dir/configure.log" >&2; die "$name: configure failed ($dir/configure.log)"; }
    cmake --build "$dir/bld" -j "$jobs" >"$dir/build.log" 2>&1 ||
        { tail -40 "$dir/build.log" >&2; die "$name: build failed ($dir/build.log)"; }
    cmake --install "$dir/bld" >/dev/null
}

build_qtcharts() {
    local dir
    dir=$(unpack qtcharts-everywhere-src-6.4.2.tar.xz qtcharts)
    build_cmake_project "Qt Charts" "$dir" "${qt_host[@]}" -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
        -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake"
    mkdir -p "$prefix/share/licenses/qtcharts"
    cp "$dir"/LICENSES/GPL-3.0-only.txt "$prefix/share/licenses/qtcharts/" 2>/dev/null ||
        find "$dir" -maxdepth 1 -name 'LICENSE.GPL3*' -exec cp {} "$prefix/share/licenses/qtcharts/" \;
}

build_fmt() {
    local dir
    dir=$(unpack fmtlib_9.1.0+ds1.orig.tar.gz fmt)
    build_cmake_project fmt "$dir" -DBUILD_SHARED_LIBS=OFF -DFMT_DOC=OFF -DFMT_TEST=OFF
    mkdir -p "$prefix/share/licenses/fmt"
    cp "$dir/LICENSE.rst" "$prefix/share/licenses/fmt/"
}

build_spdlog() {
    local dir
    dir=$(unpack spdlog_1.10.0+ds.orig.tar.xz spdlog)
    build_cmake_project spdlog "$dir" -DBUILD_SHARED_LIBS=OFF -DSPDLOG_FMT_EXTERNAL=ON \
        -DSPDLOG_BUILD_EXAMPLE=OFF -DSPDLOG_BUILD_TESTS=OFF -DSPDLOG_WCHAR_FILENAMES=OFF
    mkdir -p "$prefix/share/licenses/spdlog"
    cp "$dir/LICENSE" "$prefix/share/licenses/spdlog/"
}

build_xlsxwriter() {
    local dir
    dir=$(unpack libxlsxwriter_1.1.4.orig.tar.gz xlsxwriter)
    build_cmake_project libxlsxwriter "$dir" -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
        -DZLIB_LIBRARY=/usr/x86_64-w64-mingw32/lib/libz.a -DZLIB_INCLUDE_DIR=/usr/x86_64-w64-mingw32/include
    mkdir -p "$prefix/share/licenses/libxlsxwriter"
    cp "$dir/License.txt" "$prefix/share/licenses/libxlsxwriter/"
}

build_qtkeychain() {
    local dir
    dir=$(unpack qtkeychain-0.13.2.tar.xz qtkeychain)
    build_cmake_project QtKeychain "$dir" "${qt_host[@]}" -DBUILD_WITH_QT6=ON -DBUILD_SHARED_LIBS=OFF \
        -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF \
        -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake"
    mkdir -p "$prefix/share/licenses/qtkeychain"
    cp "$dir/COPYING" "$prefix/share/licenses/qtkeychain/"
}

collect_licenses() {
    # The MinGW-w64 runtime DLLs shipped beside the programs, and zlib (linked into the XLSX writer).
    local l=$prefix/share/licenses
    mkdir -p "$l/mingw-w64-runtime" "$l/zlib"
    cp /usr/share/doc/libgcc-s1/copyright "$l/mingw-w64-runtime/gcc-runtime-copyright.txt" 2>/dev/null ||
        cp /usr/share/doc/gcc-mingw-w64-base/copyright "$l/mingw-w64-runtime/gcc-runtime-copyright.txt"
    cp /usr/share/doc/mingw-w64-common/copyright "$l/mingw-w64-runtime/mingw-w64-copyright.txt" 2>/dev/null || true
    cp /usr/share/doc/libz-mingw-w64/copyright "$l/zlib/copyright.txt" 2>/dev/null ||
        cp /usr/share/doc/libz-mingw-w64-dev/copyright "$l/zlib/copyright.txt"
}

# --- main ----------------------------------------------------------------------------------

command -v x86_64-w64-mingw32-g++-posix >/dev/null || die "x86_64-w64-mingw32-g++-posix missing (./dev installs it)"
[ -f /usr/include/wine/wine/windows/wintab.h ] || die "libwine-dev missing (./dev installs it)"
command -v tclsh >/dev/null || die "tcl missing (./dev installs it)"

say "Windows libraries are built once into $prefix"
say "First time: about 25 minutes on two cores (Qt base ~18, Qt Charts ~3, the rest ~2); later runs reuse it"
started=$(date +%s)
fetch_sources
mkdir -p "$prefix/share/attlog"
cp "$root/cmake/mingw-w64-x86_64.cmake" "$toolchain"

run_step() { # component function description
    [ -f "$(stamp "$1")" ] && return 0
    local t0
    t0=$(date +%s)
    say "Building $3"
    "$2"
    touch "$(stamp "$1")"
    say "$3: done in $(($(date +%s) - t0)) s"
}
run_step sqlite build_sqlite "SQLite 3.40.1"
run_step qtbase build_qtbase "Qt 6.4.2 base (the long step)"
run_step qtcharts build_qtcharts "Qt Charts 6.4.2"
run_step fmt build_fmt "fmt 9.1.0"
run_step spdlog build_spdlog "spdlog 1.10.0"
run_step xlsxwriter build_xlsxwriter "libxlsxwriter 1.1.4"
run_step qtkeychain build_qtkeychain "QtKeychain 0.13.2"
run_step licenses collect_licenses "licence texts"
rm -rf "${work:?}"
say "Windows libraries ready in $(($(date +%s) - started)) s"
echo "$prefix"
