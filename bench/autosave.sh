#!/usr/bin/env bash
# Load test: autosave of measurement answers (PUT /api/measurements/{id}/answers/{criterionId}) on
# SQLite, with the database in its fast mode (--sqlite-sync normal: WAL, synchronous=NORMAL) and in its
# default, durable mode (--sqlite-sync full: every acknowledged write fsynced; concurrent autosaves share commits
# through group commit), side by side with a naive baseline:
# the same number of single-row INSERTs through the sqlite3 CLI, one transaction each, in the same mode.
#
#   bench/autosave.sh BINARY
#
# wrk runs bench/autosave.lua: authenticated, CSRF-carrying PUTs over many (measurement, criterion)
# slots, each connection reading the new version from every answer, so writes do not conflict. Only 2xx
# answers count as writes. Prints writes/s and p99 per mode. Goal (issue): >= 10k durable writes/s —
# reported, not enforced (BENCH_ENFORCE_GOAL=1 exits 3 below it). Exits non-zero when something could
# not be started or a request failed with anything but 2xx/409.
#
# Environment:
#   BENCH_DURATION     wrk duration per mode (default 10s)
#   BENCH_CONNECTIONS  wrk connections (default 64)
#   BENCH_THREADS      wrk threads (default 2)
#   BENCH_WARMUP       warm-up before each mode (default 2s; 0 to skip)
#   BENCH_TIMEOUT      wrk request timeout (default 10s: a slow durable write still counts)
#   BENCH_WORKERS      STEMkompas --threads (default 2)
#   BENCH_DURABLE_WORKERS  --threads of the extra durable run, where group commit batches (default 64: a thread
#                          per wrk connection, so every waiting autosave can join the next commit)
#   BENCH_PROGRAMMES   programmes the demo school takes part in (2 measurements × 21 answers each; default 8)
#   BENCH_GOAL         durable writes/s goal (default 10000)
#   BENCH_ENFORCE_GOAL 1: exit 3 when the durable figure is below the goal (default 0)
set -euo pipefail

die() { echo "autosave.sh: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || die "usage: $0 BINARY"
BINARY=$1
[[ -x $BINARY ]] || die "$BINARY is not an executable"
case $BINARY in /*) ;; *) BINARY="$PWD/$BINARY" ;; esac

DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
WARMUP=${BENCH_WARMUP:-2s}
TIMEOUT=${BENCH_TIMEOUT:-10s}
WORKERS=${BENCH_WORKERS:-2}
DURABLE_WORKERS=${BENCH_DURABLE_WORKERS:-64}
PROGRAMMES=${BENCH_PROGRAMMES:-8}
GOAL=${BENCH_GOAL:-10000}
ENFORCE_GOAL=${BENCH_ENFORCE_GOAL:-0}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FRAMEWORKS_DIR="$REPO/data/frameworks"
LUA="$REPO/bench/autosave.lua"

for tool in wrk curl awk sqlite3; do command -v "$tool" >/dev/null || die "'$tool' is required (apt-get install wrk curl sqlite3)"; done
[[ -d $FRAMEWORKS_DIR ]] || die "$FRAMEWORKS_DIR not found"

. "$REPO/bench/lib.bash"
bench_init autosave

to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        printf "%.2f", n }'
}

# Demo data, plus PROGRAMMES copies of the demo programme with the demo school taking part, phases open
# around today, and a started baseline and final measurement in each.
echo "== STEMkompas: $BINARY"
"$BINARY" demo --db "$tmp/prepared.db" >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; die "loading demo data failed"; }
sqlite3 "$tmp/prepared.db" <<SQL >/dev/null || die "preparing measurements failed"
PRAGMA foreign_keys=ON;
WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < $PROGRAMMES)
INSERT INTO programmes (organiser_id, name, school_year, audience, region, framework_id, framework_version, max_schools, created_at, updated_at)
SELECT p.organiser_id, 'Bench ' || k.n, p.school_year, p.audience, p.region, p.framework_id, p.framework_version, p.max_schools, 1, 1
FROM programmes p, k WHERE p.name = 'STEM-traject 2026-2027 (demo)';
INSERT INTO programme_phases (programme_id, kind, opens_on, closes_on)
SELECT p.id, k.kind, '2000-01-01', '2999-12-31' FROM programmes p, (SELECT 'baseline' AS kind UNION ALL SELECT 'final') k
WHERE p.name LIKE 'Bench %';
INSERT INTO programme_participants (programme_id, organisation_id, kind, joined_at)
SELECT p.id, o.id, 'school', 1 FROM programmes p, organisations o WHERE p.name LIKE 'Bench %' AND o.name = 'Demoschool Sint-Lucas';
INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, created_at, updated_at)
SELECT pp.programme_id, pp.organisation_id, k.kind, p.framework_id, p.framework_version, 'open', 1, 1
FROM programme_participants pp JOIN programmes p ON p.id = pp.programme_id, (SELECT 'baseline' AS kind UNION ALL SELECT 'final') k
WHERE p.name LIKE 'Bench %';
PRAGMA wal_checkpoint(TRUNCATE);
SQL
# The coordinator's school only: the demo's other school has a submitted baseline of its own.
ids=$(sqlite3 "$tmp/prepared.db" "SELECT group_concat(m.id) FROM measurements m JOIN organisations o ON o.id = m.organisation_id WHERE o.name = 'Demoschool Sint-Lucas'")
[[ -n $ids ]] || die "no measurements prepared"
echo "   $PROGRAMMES programmes, measurements $ids ($(( $(tr ',' '\n' <<<"$ids" | wc -l) * 21 )) answers)"

# serve_and_measure MODE: a fresh copy of the prepared database, the server in MODE, log in, wrk.
# Sets WPS, P99, WRITES.
serve_and_measure() {
    local mode=$1 db="$tmp/bench-$1-$WORKERS.db" pid base csrf cookie code
    cp "$tmp/prepared.db" "$db"
    start_stemkompas "$tmp/server-$mode.log" --sqlite-sync "${mode,,}" --db "$db" --threads "$WORKERS" --data-dir "$tmp"
    sign_in "$tmp/cookies-$1-$WORKERS.txt" coordinator@demo.stemkompas.be
    local out="$tmp/wrk-$mode.txt"
    # One checked write first: the route, session and CSRF work.
    local first=${ids%%,*}
    code=$(curl -s -o "$tmp/first.json" -w '%{http_code}' -X PUT -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" \
        -H 'Content-Type: application/json' --data '{"level":"competent","comment":"check","version":0}' \
        "$base/api/measurements/$first/answers/C21")
    [[ $code == 200 ]] || { cat "$tmp/first.json" >&2; echo >&2; die "PUT of an answer answered $code"; }
    if [[ $WARMUP != 0 && $WARMUP != 0s ]]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -s "$LUA" "$base" -- "$cookie" "$csrf" "$ids" "$THREADS" >/dev/null
    fi
    # Every answer back to "never written" (version 0), as the script assumes: the measured run starts
    # without conflicts, and afterwards the stored versions add up to the writes the server acknowledged.
    sleep 3  # requests the warm-up left queued in the server finish first
    sqlite3 -cmd ".timeout 5000" "$db" "DELETE FROM measurement_answers" || die "$mode: resetting the answers failed"
    echo "-- --sqlite-sync ${mode,,}, $WORKERS server threads: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT --latency -s bench/autosave.lua"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$LUA" "$base" -- "$cookie" "$csrf" "$ids" "$THREADS" >"$out"
    sed 's/^/   /' "$out"
    grep -q 'Socket errors' "$out" && die "$mode: wrk reported $(grep 'Socket errors' "$out" | tr -s ' ')"
    local line
    line=$(grep '^AUTOSAVE' "$out") || die "$mode: no summary from autosave.lua"
    [[ $(sed 's/.*other=\([0-9]*\).*/\1/' <<<"$line") == 0 ]] || die "$mode: answers other than 2xx/409: $line"
    WRITES=$(sed 's/.*writes=\([0-9]*\).*/\1/' <<<"$line")
    WPS=$(sed 's/.*writes_per_s=\([0-9.]*\).*/\1/' <<<"$line")
    P99=$(sed 's/.*p99_ms=\([0-9.]*\).*/\1/' <<<"$line")
    (( WRITES > 0 )) || die "$mode: no write succeeded"
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # Every acknowledged write is in the database (a few more may have been written while wrk stopped).
    local stored
    stored=$(sqlite3 "$db" "SELECT COALESCE(SUM(version), 0) FROM measurement_answers")
    echo "   writes stored (sum of answer versions): $stored; acknowledged: $WRITES"
    (( stored >= WRITES )) || die "$mode: fewer writes stored ($stored) than acknowledged ($WRITES)"
}

# naive MODE N: N single-row INSERTs through the sqlite3 CLI, one transaction each; sets NAIVE_WPS.
naive() {
    local mode=$1 n=$2 db="$tmp/naive-$1.db" sql="$tmp/naive-$1.sql"
    rm -f "$db"*
    sqlite3 "$db" "PRAGMA journal_mode=WAL; CREATE TABLE a (m INTEGER, c TEXT, level TEXT, comment TEXT, version INTEGER, updated_at INTEGER);" >/dev/null
    {
        echo "PRAGMA synchronous=$mode;"
        awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "BEGIN IMMEDIATE; INSERT INTO a VALUES (%d, \x27C%02d\x27, \x27competent\x27, \x27s%d\x27, 1, 1); COMMIT;\n", i % 16, i % 21 + 1, i }'
    } >"$sql"
    local t0 t1
    t0=$(date +%s%N)
    sqlite3 "$db" <"$sql" >/dev/null
    t1=$(date +%s%N)
    [[ $(sqlite3 "$db" "SELECT COUNT(*) FROM a") == "$n" ]] || die "naive $mode: rows missing"
    NAIVE_WPS=$(awk -v n="$n" -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f", n / (ns / 1e9) }')
}

# NORMAL and FULL with the usual threads; FULL again with many server threads, so that many autosaves
# wait for the same fsync and group commit can batch them (a thread handles one request at a time).
declare -A wps p99 nwps nn
runs=("NORMAL:$WORKERS" "FULL:$WORKERS" "FULL:$DURABLE_WORKERS")
for run in "${runs[@]}"; do
    mode=${run%%:*}
    WORKERS=${run##*:} serve_and_measure "$mode"
    wps[$run]=$WPS p99[$run]=$P99
    if [[ -z ${nwps[$mode]:-} ]]; then
        n=$WRITES; (( n > 20000 )) && n=20000
        naive "$mode" "$n"
        nwps[$mode]=$NAIVE_WPS nn[$mode]=$n
    fi
done

echo
echo "PUT answer (autosave), wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, SQLite WAL"
printf '%-8s %-52s %12s %10s\n' sync target 'writes/s' 'p99 (ms)'
best=0
for run in "${runs[@]}"; do
    mode=${run%%:*}
    printf '%-8s %-52s %12.0f %10s\n' "$mode" "stemkompas PUT answer, ${run##*:} server threads" "${wps[$run]}" "${p99[$run]}"
    [[ $mode == FULL ]] && best=$(awk -v a="$best" -v b="${wps[$run]}" 'BEGIN { print (b > a) ? b : a }')
done
for mode in NORMAL FULL; do
    printf '%-8s %-52s %12.0f %10s\n' "$mode" "sqlite3 CLI, ${nn[$mode]} INSERTs, 1 tx each" "${nwps[$mode]}" "-"
done
met=$(awk -v r="$best" -v g="$GOAL" 'BEGIN { print (r >= g) ? "yes" : "NO" }')
echo "durable (FULL, group commit) autosave writes/s: $best (goal >= $GOAL: $met)"
if [[ $met != yes && $ENFORCE_GOAL == 1 ]]; then exit 3; fi
