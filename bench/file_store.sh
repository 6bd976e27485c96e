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

. "$REPO/bench/lib.bash"
bench_init file_store

pg_url=
[[ $PG_URL == none ]] || bench_pg_database sk_bench_files
"$BENCH" "${BENCH_FILES:-10}" $pg_url
