#!/usr/bin/env bash
# Every page's API answer on a region: `stemkompas demo --schools N` (default 10,000), served by a release
# binary on SQLite, then each GET an organiser page or a school page makes, timed with wrk:
# sequentially (1 connection) and at 16 connections. Prints per answer its size, the server's CPU per answer
# (from /proc, during the sequential run), p99 of both runs, and
# marks the ones over the goals of issue 18 (p99 < 100 ms, JSON answers < 200 KB); files (PDF, XLSX) are
# timed the same way but have no size goal. Ends with the server's memory (RSS now and its peak) after
# every page was visited (goal: < 150 MB), and the load average beside the figures.
#
#   bench/pages.sh BINARY
#
# Environment:
#   BENCH_SCHOOLS   schools in the regional programme (default 10000)
#   BENCH_DURATION  wrk duration per answer and connection count (default 3s)
set -euo pipefail

die() { echo "pages.sh: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || die "usage: $0 BINARY"
BINARY=$1
[[ -x $BINARY ]] || die "$BINARY is not an executable"
case $BINARY in /*) ;; *) BINARY="$PWD/$BINARY" ;; esac
SCHOOLS=${BENCH_SCHOOLS:-10000}
DURATION=${BENCH_DURATION:-3s}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FRAMEWORKS_DIR="$REPO/data/frameworks"
for tool in wrk curl awk python3; do command -v "$tool" >/dev/null || die "'$tool' is required"; done

# shellcheck source=bench/lib.bash
source "$REPO/bench/lib.bash"
bench_init pages

echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== stemkompas demo --schools $SCHOOLS"
"$BINARY" demo --db "$tmp/pages.db" --schools "$SCHOOLS" | tail -3
start_stemkompas "$tmp/serve.log" --db "$tmp/pages.db" --data-dir "$tmp/data"

# json_get FILE EXPRESSION: a value of the JSON document in FILE (`d` is the document).
json_get() { python3 -c "import json, sys; d = json.load(open(sys.argv[1])); print($2)" "$1"; }

p99_ms() {  # wrk's 99% latency line → milliseconds
    awk '$1 == "99%" { v = $2; n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; printf "%.1f", n }' "$1"
}

over=0
CLK_TCK=$(getconf CLK_TCK)
server_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }  # utime + stime of the server, in clock ticks
# measure LABEL PATH KIND: KIND json (size goal) or file.
measure() {
    local label=$1 path=$2 kind=$3 code size seq c16 mark=""
    code=$(curl -s -o "$tmp/body" -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
    [[ $code == 200 ]] || die "$path answered $code: $(head -c 300 "$tmp/body")"
    size=$(stat -c %s "$tmp/body")
    local ticks_before ticks_after requests cpu
    ticks_before=$(server_ticks)
    wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: $cookie" "$base$path" >"$tmp/seq.txt"
    ticks_after=$(server_ticks)
    requests=$(awk '/requests in/ { print $1 }' "$tmp/seq.txt")
    # The server's own CPU per answer (user + system, from /proc): unlike the latencies, hardly moved by
    # what else runs on the machine.
    cpu=$(awk -v a="$ticks_before" -v b="$ticks_after" -v n="$requests" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", (b - a) * 1000 / hz / n }')
    wrk -t2 -c16 -d"$DURATION" --latency -H "Cookie: $cookie" "$base$path" >"$tmp/c16.txt"
    for f in "$tmp/seq.txt" "$tmp/c16.txt"; do
        if grep -q 'Non-2xx or 3xx' "$f"; then die "$path: $(grep 'Non-2xx or 3xx' "$f" | tr -s ' ')"; fi
    done
    seq=$(p99_ms "$tmp/seq.txt")
    c16=$(p99_ms "$tmp/c16.txt")
    if awk -v a="$seq" -v b="$c16" 'BEGIN { exit !(a >= 100 || b >= 100) }'; then mark+=" p99>=100ms"; fi
    if [[ $kind == json ]] && ((size > 200 * 1024)); then mark+=" >200KB"; fi
    [[ -n $mark ]] && over=$((over + 1))
    printf '%-34s %10s %10s %12s %12s %s\n' "$label" "$size" "$cpu" "$seq" "$c16" "$mark"
}

header() {
    echo
    echo "== $1"
    printf '%-34s %10s %10s %12s %12s\n' answer bytes 'CPU ms' 'p99 1 conn' 'p99 16 conn'
}

sign_in "$tmp/organiser.jar" organisator@demo.stemkompas.be
curl -s -H "Cookie: $cookie" "$base/api/me" >"$tmp/me.json"
programme=$(json_get "$tmp/me.json" "[p['id'] for p in d['programmes'] if p['name'].startswith('Regio')][0]")
P="/api/programmes/$programme"
header "organiser (programme $programme, $SCHOOLS schools)"
measure me /api/me json
measure programmes /api/programmes json
measure programme "$P" json
measure registrations "$P/registrations" json
measure progress "$P/progress" json
measure group-report "$P/group-report?measurement=baseline" json
measure matching "$P/matching" json
measure companies "$P/companies" json
measure label-applications "$P/label-applications" json
measure sessions "$P/sessions" json
curl -s -H "Cookie: $cookie" "$base$P/sessions" >"$tmp/sessions.json"
session=$(json_get "$tmp/sessions.json" "d['sessions'][0]['id']")
measure session-participants "/api/sessions/$session/participants" json
measure working-groups "$P/working-groups" json
measure audit "$P/audit" json
measure award "$P/award" json
measure award-progress "$P/award/progress" json
measure questions /api/questions json
measure question-stats /api/questions/stats json
measure resources /api/resources json
measure showcase /api/public/showcase json
measure group-report.pdf "$P/group-report.pdf?measurement=baseline&lang=nl" file
measure group-report.xlsx "$P/group-report.xlsx?measurement=baseline&lang=nl" file
measure progress.xlsx "$P/progress.xlsx" file

# The first generated coordinator whose school submitted its baseline (4 in 5 did), so results and the
# school report have something to show.
for n in $(seq 1 20); do
    sign_in "$tmp/school$n.jar" "coordinator$n@regio.demo.stemkompas.be"
    curl -s -H "Cookie: $cookie" "$base/api/me" >"$tmp/me.json"
    school=$(json_get "$tmp/me.json" "[m['organisationId'] for m in d['memberships'] if m['role'] == 'coordinator'][0]")
    S="$P/schools/$school"
    [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$S/results?kind=baseline") == 200 ]] && break
done
header "school (coordinator$n, school $school)"
measure me /api/me json
measure programme "$P" json
measure measurements "$S/measurements" json
measure results "$S/results?kind=baseline" json
measure surveys "$S/surveys" json
measure label-applications "$S/label-applications" json
measure mentor "$S/mentor" json
measure meetings "$S/meetings" json
measure action-plan "$S/action-plan" json
measure evidence "/api/organisations/$school/evidence" json
measure sessions "$P/sessions" json
measure group-report "$P/group-report?measurement=baseline" json
measure overdue-actions /api/me/overdue-actions json
measure report.pdf "$S/report.pdf?kind=baseline&lang=nl" file

rss=$(awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$pid/status")
hwm=$(awk '/^VmHWM:/ { print int($2 / 1024) }' "/proc/$pid/status")
echo
echo "server memory after every page: RSS $rss MB, peak $hwm MB (goal < 150 MB)"
echo "answers over a goal: $over"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
