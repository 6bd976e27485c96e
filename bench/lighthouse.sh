#!/usr/bin/env bash
# Lighthouse mobile performance of the pages issue 19 sets goals for, against a release binary on SQLite with
# the demo data (as `make run` serves it), with the system Chromium:
#   /login                                   goal: performance >= 95
#   /s/{code}   (an open demo survey)          goal: performance >= 95 (its own small page, survey.html)
#   /programmes/{p}/schools/{s}/results      goal: cumulative layout shift < 0.1 (signed in as a coordinator
#                                             whose school has results: the session cookie as an extra header)
# Each page is measured BENCH_RUNS times (Lighthouse's default mobile profile: simulated slow 4G, 4x CPU
# slowdown, 412 x 823); the median run's figures are printed with the load average beside them: on a shared
# 2-core machine the blocking time follows the load. Not part of `make test`.
#
#   bench/lighthouse.sh BINARY
#
# Environment:
#   BENCH_RUNS   runs per page (default 3)
#   LIGHTHOUSE   the Lighthouse command (default: npx -y lighthouse@12, fetched from npm into npx's cache,
#                not into the repository)
#   CHROME_PATH  the browser (default /usr/bin/chromium, else /usr/bin/chromium-headless-shell; the figures in
#                bench/README.md are Debian's chromium)
#   BENCH_ENFORCE_GOAL  1: exit 3 when a goal is missed (default 0: reported only)
set -euo pipefail

die() { echo "lighthouse.sh: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || die "usage: $0 BINARY"
BINARY=$1
[[ -x $BINARY ]] || die "$BINARY is not an executable"
case $BINARY in /*) ;; *) BINARY="$PWD/$BINARY" ;; esac
RUNS=${BENCH_RUNS:-3}
read -r -a LIGHTHOUSE_CMD <<<"${LIGHTHOUSE:-npx -y lighthouse@12}"
# Debian's chromium (apt-get install chromium); else the chromium-headless-shell the browser tests use.
if [[ -z ${CHROME_PATH:-} ]]; then
    CHROME_PATH=/usr/bin/chromium
    [[ -x $CHROME_PATH ]] || CHROME_PATH=/usr/bin/chromium-headless-shell
fi
export CHROME_PATH
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FRAMEWORKS_DIR="$REPO/data/frameworks"
WEB_DIR="$REPO/web/dist"
for tool in curl python3 npx; do command -v "$tool" >/dev/null || die "'$tool' is required"; done
[[ -x $CHROME_PATH ]] || die "no browser at $CHROME_PATH (apt-get install chromium)"
if [[ ! -f $WEB_DIR/index.html || ! -f $WEB_DIR/survey.html ]]; then
    echo "== building the web app (web/dist)"
    (cd "$REPO/web" && npm run --silent build)
fi

# shellcheck source=bench/lib.bash
source "$REPO/bench/lib.bash"
bench_init lighthouse

echo "== stemkompas demo"
"$BINARY" demo --db "$tmp/lighthouse.db" | tail -1
# As lib.bash's start_stemkompas, but serving the built web app.
for attempt in 1 2 3 4 5; do
    port=$(pick_port)
    "$BINARY" serve --db "$tmp/lighthouse.db" --data-dir "$tmp/data" --port "$port" --address 127.0.0.1 \
        --web-dir "$WEB_DIR" --frameworks-dir "$FRAMEWORKS_DIR" --access-log false >"$tmp/serve.log" 2>&1 &
    pid=$!
    pids+=("$pid")
    if wait_http "$pid" "http://127.0.0.1:$port/healthz" && owns_port "$pid" "$port"; then break; fi
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [[ $attempt == 5 ]] && { tail -20 "$tmp/serve.log" >&2; die "STEMkompas did not start"; }
done
base="http://127.0.0.1:$port"

# The demo school with results and open surveys (Ter Duinen): its coordinator's session, school and programme.
sign_in "$tmp/jar" duinen@demo.stemkompas.be
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }
curl -s -H "Cookie: $cookie" "$base/api/me" >"$tmp/me.json"
school=$(json "[m['organisationId'] for m in d['memberships'] if m['role'] == 'coordinator'][0]" <"$tmp/me.json")
programme=$(json "[p['id'] for p in d['programmes'] if p['organisationId'] == $school][0]" <"$tmp/me.json")
code=$(curl -s -H "Cookie: $cookie" "$base/api/programmes/$programme/schools/$school/surveys" |
    json "[s['code'] for s in d['surveys'] if s['status'] == 'open'][0]")
results="/programmes/$programme/schools/$school/results"
headers=$(python3 -c "import json, sys; print(json.dumps({'Cookie': sys.argv[1]}))" "$cookie")

# lighthouse NAME PATH [EXTRA ARGUMENT...]: BENCH_RUNS runs, one JSON report each in $tmp/NAME-N.json.
lighthouse() {
    local name=$1 path=$2 n
    shift 2
    for n in $(seq "$RUNS"); do
        "${LIGHTHOUSE_CMD[@]}" "$base$path" "$@" --quiet --only-categories=performance --form-factor=mobile \
            --chrome-flags="--headless --no-sandbox --disable-gpu" \
            --output=json --output-path="$tmp/$name-$n.json" >/dev/null 2>"$tmp/$name-$n.log" ||
            { tail -20 "$tmp/$name-$n.log" >&2; die "Lighthouse failed on $path"; }
        [[ $(json "d['finalDisplayedUrl']" <"$tmp/$name-$n.json") == "$base$path" ]] ||
            die "$path ended elsewhere: $(json "d['finalDisplayedUrl']" <"$tmp/$name-$n.json")"
    done
}

echo "== Lighthouse $("${LIGHTHOUSE_CMD[@]}" --version), $("$CHROME_PATH" --version 2>/dev/null | head -1), $RUNS runs per page"
echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
lighthouse login /login
lighthouse survey "/s/$code"
lighthouse results "$results" --extra-headers="$headers"
echo "   load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$tmp" "$RUNS" "/s/$code" "$results" <<'PY'
import json, statistics, sys
tmp, runs, survey, results = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
pages = [("login", "/login", "performance >= 95"), ("survey", survey, "performance >= 95"), ("results", results, "layout shift < 0.1")]
metrics = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]
short = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "total-blocking-time": "TBT",
         "cumulative-layout-shift": "CLS", "speed-index": "SI"}
missed = []
print(f"{'page':44} {'score':>5} {'runs':>13}  {'FCP':>6} {'LCP':>6} {'TBT':>6} {'CLS':>6} {'SI':>6}  goal")
for name, path, goal in pages:
    reports = [json.load(open(f"{tmp}/{name}-{n}.json")) for n in range(1, runs + 1)]
    scores = [round(r["categories"]["performance"]["score"] * 100) for r in reports]
    median = sorted(range(runs), key=lambda i: scores[i])[runs // 2]
    a = reports[median]["audits"]
    value = lambda k: a[k]["numericValue"]
    cls = max(r["audits"]["cumulative-layout-shift"]["numericValue"] for r in reports)
    ok = scores[median] >= 95 if goal.startswith("performance") else cls < 0.1
    if not ok: missed.append(f"{path}: {goal}")
    print(f"{path:44} {scores[median]:>5} {'/'.join(map(str, scores)):>13}  "
          f"{value('first-contentful-paint') / 1000:5.2f}s {value('largest-contentful-paint') / 1000:5.2f}s "
          f"{value('total-blocking-time'):5.0f}ms {cls:6.3f} {value('speed-index') / 1000:5.2f}s  {goal}{'' if ok else '  MISSED'}")
print("(score and timings: the median run; CLS: the largest of the runs)")
open(f"{tmp}/missed", "w").write("\n".join(missed))
PY
if [[ -s $tmp/missed && ${BENCH_ENFORCE_GOAL:-0} == 1 ]]; then exit 3; fi
