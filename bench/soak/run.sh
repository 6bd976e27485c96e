#!/usr/bin/env bash
# `make soak`: minutes of mixed load on one server process, on SQLite and on PostgreSQL, to find what only
# time shows — leaks, errors under concurrency, a slow drift. bench/soak/soak.lua sends the mix: page reads
# (the API calls of the home page, a measurement, the evidence list, the progress board), autosaves, evidence
# uploads each deleted again, school report PDFs, progress XLSX exports and log-ins.
#
#   bench/soak/run.sh BINARY [sqlite|postgres]...     (both by default)
#
# Prints per backend: requests per kind and status class, 5xx (goal 0), socket errors, p50/p99, and the
# server's resident memory at the start and at the end (goal: drift < 5 %), with the load average beside them.
# Memory is read every 2 s; a log-in's password hash (Argon2id, 64 MiB) and a PDF come and go within moments,
# so one reading says little: "start" is the median of the two minutes after the warm-up, "end" the median of
# the last two minutes, and a leak moves both the median and the lowest reading. Exits 1 on any 5xx or socket
# error, 2 when the memory drift is 5 % or more.
#
# Environment:
#   SOAK_SECONDS      load per backend (default 600)
#   SOAK_WARMUP       seconds of load before memory's first reading (default 60)
#   SOAK_CONNECTIONS  wrk connections (default 16)
#   SOAK_THREADS      wrk threads (default 2)
#   SOAK_WORKERS      STEMkompas --threads (default 2)
set -euo pipefail

die() { echo "soak: $*" >&2; exit 1; }

[[ $# -ge 1 ]] || die "usage: $0 BINARY [sqlite|postgres]..."
BINARY=$1
shift
[[ -x $BINARY ]] || die "$BINARY is not an executable"
case $BINARY in /*) ;; *) BINARY="$PWD/$BINARY" ;; esac
backends=("$@")
((${#backends[@]})) || backends=(sqlite postgres)

SECONDS_PER_BACKEND=${SOAK_SECONDS:-600}
WARMUP=${SOAK_WARMUP:-60}
CONNECTIONS=${SOAK_CONNECTIONS:-16}
THREADS=${SOAK_THREADS:-2}
WORKERS=${SOAK_WORKERS:-2}
((WARMUP < SECONDS_PER_BACKEND)) || WARMUP=$((SECONDS_PER_BACKEND / 2))
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FRAMEWORKS_DIR="$REPO/data/frameworks"
LUA="$REPO/bench/soak/soak.lua"

for tool in wrk curl python3; do command -v "$tool" >/dev/null || die "'$tool' is required (apt-get install wrk curl python3)"; done

. "$REPO/bench/lib.bash"
bench_init soak

pg_started=0
pg_db=
bench_on_exit() {
    [[ -n $pg_db ]] && psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1
    ((pg_started)) && "$REPO/scripts/pg-test-cluster.sh" stop
}

json() { python3 -c 'import json, sys; d = json.load(sys.stdin); print(eval(sys.argv[1], {"d": d}))' "$1"; }
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

soak() {
    local label=$1 db=$2 data="$tmp/data-$1"
    echo "== $label: $db"
    mkdir -p "$data"
    "$BINARY" demo --db "$db" >"$tmp/demo-$label.log" 2>&1 || { cat "$tmp/demo-$label.log" >&2; die "$label: loading demo data failed"; }
    start_stemkompas "$tmp/server-$label.log" --db "$db" --data-dir "$data" --threads "$WORKERS"
    local server=$pid

    # The organiser reads the board and exports; the coordinator of Sint-Lucas works on an open baseline and
    # its evidence; Ter Duinen's submitted baseline is the school report.
    sign_in "$tmp/organiser.jar" organisator@demo.stemkompas.be
    local organiser_cookie=$cookie organiser_csrf=$csrf
    sign_in "$tmp/coordinator.jar" coordinator@demo.stemkompas.be
    local coordinator_cookie=$cookie coordinator_csrf=$csrf
    local me programme school report_school measurement
    me=$(curl -sf -b "$tmp/coordinator.jar" "$base/api/me")
    programme=$(json 'd["programmes"][0]["id"]' <<<"$me")
    school=$(json 'd["programmes"][0]["organisationId"]' <<<"$me")
    report_school=$(curl -sf -b "$tmp/organiser.jar" "$base/api/programmes/$programme/progress?q=Duinen" | json 'd["rows"][0]["organisationId"]')
    measurement=$(curl -sf -b "$tmp/coordinator.jar" -H "X-CSRF-Token: $coordinator_csrf" -H 'Content-Type: application/json' \
        --data '{}' "$base/api/programmes/$programme/schools/$school/measurements/baseline" | json 'd["id"]')
    local spec="coordinatorCookie=${coordinator_cookie// /|} coordinatorCsrf=$coordinator_csrf"
    spec+=" organiserCookie=${organiser_cookie// /|} organiserCsrf=$organiser_csrf programme=$programme school=$school"
    spec+=" reportSchool=$report_school measurement=$measurement"
    spec+=" logins=teamlid@demo.stemkompas.be,mentor@demo.stemkompas.be,reviewer@demo.stemkompas.be,jury@demo.stemkompas.be"

    # Memory every 2 s (see the top for how it is read).
    (while kill -0 "$server" 2>/dev/null; do echo "$(date +%s) $(rss_kb "$server")"; sleep 2; done) >"$tmp/rss-$label" 2>/dev/null &
    pids+=($!)
    local load_start t0
    load_start=$(load)
    t0=$(date +%s)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_BACKEND}s" --timeout 10s -s "$LUA" "$base" -- "$spec" "$THREADS" >"$tmp/wrk-$label.txt" 2>&1 ||
        { cat "$tmp/wrk-$label.txt" >&2; die "$label: wrk failed"; }
    local load_end rss_start rss_end rss_peak rss_low_start rss_low_end t1
    load_end=$(load)
    t1=$(date +%s)
    # Median and lowest reading of a window [from, to) of seconds.
    window() { awk -v a="$1" -v b="$2" '$1 >= a && $1 < b { print $2 }' "$tmp/rss-$label" | sort -n |
        awk -v what="$3" '{ v[NR] = $1 } END { if (!NR) print 0; else if (what == "low") print v[1]; else print v[int((NR + 1) / 2)] }'; }
    rss_start=$(window $((t0 + WARMUP)) $((t0 + WARMUP + 120)) median)
    rss_low_start=$(window $((t0 + WARMUP)) $((t0 + WARMUP + 120)) low)
    rss_end=$(window $((t1 - 120)) $((t1 + 1)) median)
    rss_low_end=$(window $((t1 - 120)) $((t1 + 1)) low)
    rss_peak=$(awk '$2 > m { m = $2 } END { print m + 0 }' "$tmp/rss-$label")
    kill -0 "$server" 2>/dev/null || die "$label: the server died (see its log: $(tail -3 "$tmp/server-$label.log"))"

    grep '^SOAK kind' "$tmp/wrk-$label.txt" | sed 's/^SOAK /   /'
    local total
    total=$(grep '^SOAK total' "$tmp/wrk-$label.txt") || { cat "$tmp/wrk-$label.txt" >&2; die "$label: no summary from wrk"; }
    echo "   ${total#SOAK }"
    echo "   memory (RSS, median of 2 minutes): ${rss_start} kB after the ${WARMUP} s warm-up, ${rss_end} kB at the end," \
        "drift $(awk -v a="$rss_start" -v b="$rss_end" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }') %;" \
        "lowest ${rss_low_start} → ${rss_low_end} kB; peak ${rss_peak} kB"
    echo "   load average (1, 5, 15 min): at start ${load_start}, at the end ${load_end}; $(nproc) cores"
    echo "   server log: $(grep -c '\[error\]' "$tmp/server-$label.log" || true) error line(s)"

    local five socket drift_bad
    five=$(sed -E 's/.* 5xx=([0-9]+).*/\1/' <<<"$total")
    socket=$(sed -E 's/.* socket_errors=([0-9]+).*/\1/' <<<"$total")
    drift_bad=$(awk -v a="$rss_start" -v b="$rss_end" 'BEGIN { print ((b - a) * 100 / a >= 5) ? 1 : 0 }')
    kill -TERM "$server"
    wait "$server" 2>/dev/null || true
    ((five == 0 && socket == 0)) || { failed=1; echo "   FAILED: $five 5xx, $socket socket errors"; grep -m5 '\[error\]' "$tmp/server-$label.log" || true; }
    ((drift_bad == 0)) || { drifted=1; echo "   FAILED: memory grew 5 % or more"; }
}

failed=0
drifted=0
echo "Soak: ${SECONDS_PER_BACKEND} s per backend, ${CONNECTIONS} connections, ${WORKERS} server threads, binary $BINARY"
for backend in "${backends[@]}"; do
    case $backend in
    sqlite) soak sqlite "$tmp/soak.db" ;;
    postgres)
        command -v psql >/dev/null || die "'psql' is required for PostgreSQL (apt-get install postgresql-client-15)"
        if ! PG_URL=$("$REPO/scripts/pg-test-cluster.sh" url 2>/dev/null); then
            "$REPO/scripts/pg-test-cluster.sh" start
            pg_started=1
            PG_URL=$("$REPO/scripts/pg-test-cluster.sh" url)
        fi
        pg_db="sk_soak_$$"
        psql -q "$PG_URL" -c "CREATE DATABASE $pg_db" >/dev/null || die "could not create a database on $PG_URL"
        soak postgres "${PG_URL%/*}/$pg_db"
        ;;
    *) die "unknown backend '$backend' (sqlite or postgres)" ;;
    esac
done
((failed == 0)) || exit 1
((drifted == 0)) || exit 2
echo "Soak passed: no 5xx, no socket errors, memory drift under 5 %."
