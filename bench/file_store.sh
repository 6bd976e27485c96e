#!/usr/bin/env bash
# The file stores side by side (bench/file_store.cpp): the folder, the database store on SQLite and on
# PostgreSQL, and one-row-per-file in a database as the naive baseline.
#
#   bench/file_store.sh BINARY       (bench_file_store is looked for in BINARY's folder, bench/)
#
# Environment:
#   BENCH_FILES    files of 20 MiB per store (default 10)
#   BENCH_PG_URL   a PostgreSQL server where a database may be created and dropped (default: the test cluster
#                  of scripts/pg-test-cluster.sh, started and stopped here when it is not running);
#                  BENCH_PG_URL=none skips PostgreSQL
set -euo pipefail

die() { echo "file_store.sh: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || die "usage: $0 BINARY"
BENCH="$(dirname "$1")/bench/bench_file_store"
[[ -x $BENCH ]] || die "$BENCH is not built (make bench builds it)"
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_URL=${BENCH_PG_URL:-}
pg_started=0
pg_db=
cleanup() {
    [[ -n $pg_db ]] && psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1
    ((pg_started)) && "$REPO/scripts/pg-test-cluster.sh" stop
    return 0
}
trap cleanup EXIT

target=
if [[ $PG_URL != none ]]; then
    if [[ -z $PG_URL ]]; then
        if ! PG_URL=$("$REPO/scripts/pg-test-cluster.sh" url 2>/dev/null); then
            "$REPO/scripts/pg-test-cluster.sh" start
            pg_started=1
            PG_URL=$("$REPO/scripts/pg-test-cluster.sh" url)
        fi
    fi
    command -v psql >/dev/null || die "'psql' is required for PostgreSQL (apt-get install postgresql-client-15)"
    pg_db="sk_bench_files_$$"
    psql -q "$PG_URL" -c "CREATE DATABASE $pg_db" >/dev/null || die "could not create a database on $PG_URL"
    target="${PG_URL%/*}/$pg_db"
fi
"$BENCH" "${BENCH_FILES:-10}" $target
