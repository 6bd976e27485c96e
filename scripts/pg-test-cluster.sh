#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suites (SK_TEST_DB=postgres).
#
#   scripts/pg-test-cluster.sh start   create and start it (reuses a running one); prints only errors
#   scripts/pg-test-cluster.sh url     print its URL
#   scripts/pg-test-cluster.sh stop    stop it and delete its folder (fine when none is running)
#
# `start` writes build/pg-test-cluster.env (SK_TEST_PG_URL=...), so: export $(cat build/pg-test-cluster.env)
# The data lives in a fresh folder with durability switched off: it is for tests only. The folder is on
# /dev/shm (memory) when that has room, else under ${TMPDIR:-/tmp}; SK_PG_TMPDIR chooses. On a disk, the
# suites' thousand CREATE/DROP DATABASE cycles left the kernel writing back files PostgreSQL had already
# deleted, and a cycle slowed from 190 ms to 550 ms within a minute; in memory it stays at 60 ms.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE="$ROOT/build/pg-test-cluster.env"
BIN=${SK_PG_BIN:-/usr/lib/postgresql/15/bin}
FIRST_PORT=55432

die() { echo "pg-test-cluster: $*" >&2; exit 1; }

# initdb and postgres refuse to run as root.
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

state_get() { [ -f "$STATE" ] && sed -n "s/^$1=//p" "$STATE" || true; }

running() {
    local dir
    dir=$(state_get SK_TEST_PG_DIR)
    [ -n "$dir" ] && [ -d "$dir/data" ] && as_pg "$BIN/pg_ctl" status -D "$dir/data" >/dev/null 2>&1
}

# Where the cluster's folder goes: SK_PG_TMPDIR, else /dev/shm with at least 1 GiB free, else TMPDIR or /tmp.
data_parent() {
    if [ -n "${SK_PG_TMPDIR:-}" ]; then echo "$SK_PG_TMPDIR"; return; fi
    local free_kib
    free_kib=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')
    if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "${free_kib:-0}" -ge 1048576 ]; then echo /dev/shm; else echo "${TMPDIR:-/tmp}"; fi
}
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop() {
    local dir
    dir=$(state_get SK_TEST_PG_DIR)
    if [ -n "$dir" ] && [ -d "$dir" ]; then
        # Immediate shutdown is safe: the data is thrown away next.
        as_pg "$BIN/pg_ctl" stop -D "$dir/data" -m immediate -w >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    rm -f "$STATE"
}

start() {
    [ -x "$BIN/initdb" ] || die "no PostgreSQL 15 binaries in $BIN (apt-get install postgresql-15)"
    if running; then return 0; fi
    stop  # a stale state file or folder from a crashed run

    local dir
    dir=$(mktemp -d "$(data_parent)/sk-pg-XXXXXX")
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$dir"
        as_pg test -w "$dir" || { rm -rf "$dir"; die "user postgres cannot write to $dir; set TMPDIR to a folder it can reach"; }
    fi

    # C collation sorts by bytes, like SQLite's default, so ORDER BY on text agrees across backends.
    if ! as_pg "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync \
            >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        die "initdb failed"
    fi
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
max_wal_size = 256MB
min_wal_size = 32MB
CONF

    local port started=""
    for ((port = FIRST_PORT; port < FIRST_PORT + 100; port++)); do
        port_in_use "$port" && continue
        # Another cluster may grab the port between the check and the bind: then try the next one.
        if as_pg "$BIN/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 30 -o "-p $port" >/dev/null 2>&1; then
            started=$port
            break
        fi
        grep -q "could not bind\|could not create listen socket" "$dir/server.log" 2>/dev/null || break
    done
    if [ -z "$started" ]; then
        cat "$dir/server.log" >&2 2>/dev/null || true
        rm -rf "$dir"
        die "the server did not start"
    fi

    mkdir -p "$(dirname "$STATE")"
    printf 'SK_TEST_PG_URL=postgresql://postgres@127.0.0.1:%s/postgres\nSK_TEST_PG_DIR=%s\n' "$started" "$dir" >"$STATE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url)
        running || die "not running; run: $0 start"
        state_get SK_TEST_PG_URL
        ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
