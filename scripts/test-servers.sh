#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Throw-away PostgreSQL 15 and MariaDB servers on 127.0.0.1 for the db integration tests, each with
# the database attlog_test and an empty attlog_test_empty (for "no tables in this database").
#
#   scripts/test-servers.sh start   start both (fresh temp folder, free ports), write the env file
#   scripts/test-servers.sh stop    stop both and delete their folder
#   scripts/test-servers.sh env     print the env file (after start)
#
# The env file ($ATTLOG_TEST_ENV_FILE, default ${TMPDIR:-/tmp}/attlog-test-servers.env) is meant
# to be sourced; it sets ATTLOG_TEST_PG_CONN and ATTLOG_TEST_MARIADB_CONN (full ODBC connection
# strings) and ATTLOG_TEST_{PG,MARIADB}_{STOP,START} (shell commands that stop / start one server
# in place, keeping its port and data, for the outage tests).
# `start` is idempotent: when the servers recorded in the state file still answer, it only
# rewrites the env file. Data is disposable: fsync is off.
#
# Internal sub-commands used by those STOP/START commands: pg-stop|pg-start|mariadb-stop|
# mariadb-start DIR.
set -euo pipefail

script=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
tmp_root=${TMPDIR:-/tmp}
env_file=${ATTLOG_TEST_ENV_FILE:-$tmp_root/attlog-test-servers.env}
# One state file per env file: separate callers (./dev test, a developer by hand) never share or
# stop each other's servers.
state_file=$env_file.state
pg_bin=${ATTLOG_PG_BIN:-/usr/lib/postgresql/15/bin}
db_name=attlog_test
db_user=attlog

say() { printf 'test-servers: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# PostgreSQL refuses to run as root; MariaDB needs an explicit --user. Run them as their Debian
# system users (created by the server packages), else as a dedicated user made here.
service_user() {
    local preferred=$1
    if ! is_root; then
        id -un
    elif id -u "$preferred" >/dev/null 2>&1; then
        echo "$preferred"
    else
        id -u attlog-test >/dev/null 2>&1 ||
            useradd --system --no-create-home --shell /usr/sbin/nologin attlog-test
        echo attlog-test
    fi
}

as_user() {
    local user=$1
    shift
    if is_root; then runuser -u "$user" -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

ensure_odbc_driver() {
    local name=$1 library=$2 path
    odbcinst -q -d -n "$name" >/dev/null 2>&1 && return 0
    path=$(find /usr/lib /usr/local/lib -name "$library" 2>/dev/null | head -n 1)
    [ -n "$path" ] || die "ODBC driver '$name' ($library) is not installed"
    say "registering ODBC driver '$name' ($path)"
    local ini
    ini=$(mktemp)
    printf '[%s]\nDescription=%s\nDriver=%s\nUsageCount=1\n' "$name" "$name" "$path" >"$ini"
    odbcinst -i -d -f "$ini" >/dev/null
    rm -f "$ini"
}

# --- PostgreSQL ---------------------------------------------------------------------------

pg_user() { cat "$1/pg.user"; }

pg_start() {
    local dir=$1 port
    port=$(cat "$dir/pg.port")
    as_user "$(pg_user "$dir")" "$pg_bin/pg_ctl" -D "$dir/pg" -l "$dir/pgrun/pg.log" -w -t 60 \
        -o "-p $port -k $dir/pgrun -c listen_addresses=127.0.0.1 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
}

pg_stop() {
    local dir=$1
    [ -f "$dir/pg/postmaster.pid" ] || return 0
    as_user "$(pg_user "$dir")" "$pg_bin/pg_ctl" -D "$dir/pg" -m fast -w -t 60 stop >/dev/null
}

pg_alive() {
    local dir=$1
    [ -f "$dir/pg.port" ] &&
        "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$(cat "$dir/pg.port")" >/dev/null 2>&1
}

pg_psql() {
    local dir=$1
    shift
    as_user "$(pg_user "$dir")" "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/pgrun" \
        -p "$(cat "$dir/pg.port")" -U postgres -d postgres "$@"
}

pg_create() {
    local dir=$1 user
    user=$(service_user postgres)
    echo "$user" >"$dir/pg.user"
    free_port >"$dir/pg.port"
    mkdir -p "$dir/pg" "$dir/pgrun"
    if is_root; then chown "$user" "$dir/pg" "$dir/pgrun"; fi
    as_user "$user" "$pg_bin/initdb" -D "$dir/pg" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/pg-initdb.log" 2>&1 ||
        die "initdb failed: see $dir/pg-initdb.log"
    pg_start "$dir" || die "PostgreSQL did not start: see $dir/pgrun/pg.log"
    pg_psql "$dir" -c "CREATE ROLE $db_user LOGIN PASSWORD '$(cat "$dir/password")'" \
        -c "CREATE DATABASE $db_name OWNER $db_user ENCODING 'UTF8' TEMPLATE template0" \
        -c "CREATE DATABASE ${db_name}_empty OWNER $db_user ENCODING 'UTF8' TEMPLATE template0"
}

# --- MariaDB ------------------------------------------------------------------------------

mariadb_start() {
    local dir=$1 user port
    user=$(cat "$dir/mariadb.user")
    port=$(cat "$dir/mariadb.port")
    local args=(--no-defaults --datadir="$dir/mariadb/data" --socket="$dir/mariadb/sock"
        --pid-file="$dir/mariadb/mariadbd.pid" --log-error="$dir/mariadb.log"
        --tmpdir="$dir/mariadb/tmp" --port="$port" --bind-address=127.0.0.1 --skip-name-resolve
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
        --innodb-buffer-pool-size=128M --innodb-log-file-size=32M
        --innodb-flush-log-at-trx-commit=2 --skip-log-bin)
    if is_root; then args+=(--user="$user"); fi
    setsid nohup /usr/sbin/mariadbd "${args[@]}" </dev/null >/dev/null 2>&1 &
    local i
    for i in $(seq 1 120); do
        mariadb_alive "$dir" && return 0
        sleep 0.25
    done
    return 1
}

mariadb_admin() {
    local dir=$1
    shift
    mariadb-admin --no-defaults -S "$dir/mariadb/sock" -u root "$@"
}

mariadb_alive() { mariadb_admin "$1" ping >/dev/null 2>&1; }

mariadb_stop() {
    local dir=$1 pid i
    [ -f "$dir/mariadb/mariadbd.pid" ] || return 0
    pid=$(cat "$dir/mariadb/mariadbd.pid")
    mariadb_admin "$dir" shutdown >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
    for i in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.25
    done
    die "MariaDB (pid $pid) did not stop"
}

mariadb_create() {
    local dir=$1 user
    user=$(service_user mysql)
    echo "$user" >"$dir/mariadb.user"
    free_port >"$dir/mariadb.port"
    mkdir -p "$dir/mariadb/data" "$dir/mariadb/tmp"
    if is_root; then chown -R "$user" "$dir/mariadb"; fi
    local args=(--no-defaults --datadir="$dir/mariadb/data" --auth-root-authentication-method=normal
        --skip-test-db)
    if is_root; then args+=(--user="$user"); fi
    mariadb-install-db "${args[@]}" >"$dir/mariadb-install.log" 2>&1 ||
        die "mariadb-install-db failed: see $dir/mariadb-install.log"
    mariadb_start "$dir" || die "MariaDB did not start: see $dir/mariadb.log"
    local pw
    pw=$(cat "$dir/password")
    mariadb --no-defaults -S "$dir/mariadb/sock" -u root -e "
        CREATE DATABASE $db_name CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER '$db_user'@'127.0.0.1' IDENTIFIED BY '$pw';
        CREATE USER '$db_user'@'localhost' IDENTIFIED BY '$pw';
        GRANT ALL ON $db_name.* TO '$db_user'@'127.0.0.1';
        GRANT ALL ON $db_name.* TO '$db_user'@'localhost';
        CREATE DATABASE ${db_name}_empty CHARACTER SET utf8mb4;
        GRANT ALL ON ${db_name}_empty.* TO '$db_user'@'127.0.0.1';
        GRANT ALL ON ${db_name}_empty.* TO '$db_user'@'localhost';"
}

# --- env file -----------------------------------------------------------------------------

write_env() {
    local dir=$1 pw
    pw=$(cat "$dir/password")
    mkdir -p "$(dirname "$env_file")"
    cat >"$env_file" <<EOF
# Written by scripts/test-servers.sh start; source it (set -a) before running the db tests.
export ATTLOG_TEST_SERVERS_DIR='$dir'
export ATTLOG_TEST_PG_CONN='DRIVER={PostgreSQL Unicode};SERVER=127.0.0.1;PORT=$(cat "$dir/pg.port");DATABASE=$db_name;UID=$db_user;PWD=$pw'
export ATTLOG_TEST_MARIADB_CONN='DRIVER={MariaDB Unicode};SERVER=127.0.0.1;PORT=$(cat "$dir/mariadb.port");DATABASE=$db_name;UID=$db_user;PWD=$pw;CHARSET=utf8mb4'
export ATTLOG_TEST_PG_STOP='bash $script pg-stop $dir'
export ATTLOG_TEST_PG_START='bash $script pg-start $dir'
export ATTLOG_TEST_MARIADB_STOP='bash $script mariadb-stop $dir'
export ATTLOG_TEST_MARIADB_START='bash $script mariadb-start $dir'
EOF
    chmod 600 "$env_file"
}

current_dir() {
    [ -f "$state_file" ] || return 1
    local dir
    dir=$(cat "$state_file")
    [ -d "$dir" ] || return 1
    echo "$dir"
}

start() {
    ensure_odbc_driver "PostgreSQL Unicode" psqlodbcw.so
    ensure_odbc_driver "MariaDB Unicode" libmaodbc.so
    ensure_odbc_driver "SQLite3" libsqlite3odbc.so
    local dir
    if dir=$(current_dir); then
        if pg_alive "$dir" && mariadb_alive "$dir"; then
            write_env "$dir"
            say "already running ($dir); env file $env_file"
            return 0
        fi
        say "stale servers in $dir: replacing them"
        stop
    fi
    dir=$(mktemp -d "$tmp_root/attlog-servers.XXXXXX")
    # The service users must reach their folders below it.
    chmod 755 "$dir"
    echo "$dir" >"$state_file"
    head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/password"
    chmod 644 "$dir/password"
    pg_create "$dir"
    mariadb_create "$dir"
    write_env "$dir"
    say "PostgreSQL on 127.0.0.1:$(cat "$dir/pg.port"), MariaDB on 127.0.0.1:$(cat "$dir/mariadb.port")"
    say "env file $env_file"
}

stop() {
    local dir
    if dir=$(current_dir); then
        pg_stop "$dir" || say "PostgreSQL did not stop cleanly"
        mariadb_stop "$dir" || say "MariaDB did not stop cleanly"
        rm -rf "$dir"
    fi
    rm -f "$state_file" "$env_file"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
env)
    [ -f "$env_file" ] || die "no env file at $env_file: run '$0 start' first"
    cat "$env_file"
    ;;
pg-stop) pg_stop "${2:?dir}" ;;
pg-start) pg_start "${2:?dir}" ;;
mariadb-stop) mariadb_stop "${2:?dir}" ;;
mariadb-start) mariadb_start "${2:?dir}" ;;
*)
    sed -n '3,7p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
