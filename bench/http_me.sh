#!/usr/bin/env bash
# Load test: authenticated GET /api/me on STEMkompas vs. nginx serving the same bytes as a static file.
#
#   bench/http_me.sh BINARY
#
# Both servers run on loopback on free ports, one after the other under the same wrk settings
# (with a short warm-up before each). Prints req/s and p99 for both and the ratio
# STEMkompas ÷ nginx (goal: >= 0.5). Exits non-zero when a request did not answer 2xx/3xx, when
# wrk reports socket errors, or when something could not be started. The goal itself is reported,
# not enforced (set BENCH_ENFORCE_GOAL=1 to fail below it).
#
# Environment:
#   BENCH_DURATION     wrk duration per target (default 10s)
#   BENCH_CONNECTIONS  wrk connections (default 64)
#   BENCH_THREADS      wrk threads (default 2)
#   BENCH_WARMUP       warm-up duration before each target (default 2s; 0 to skip)
#   BENCH_WORKERS      STEMkompas --threads and nginx worker_processes (default 2)
#   BENCH_GOAL         required ratio (default 0.5)
#   BENCH_ENFORCE_GOAL 1: exit 3 when the ratio is below the goal (default 0)
#   NGINX              nginx binary (default /usr/sbin/nginx)
set -euo pipefail

die() { echo "http_me.sh: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || die "usage: $0 BINARY"
BINARY=$1
[[ -x $BINARY ]] || die "$BINARY is not an executable"
case $BINARY in /*) ;; *) BINARY="$PWD/$BINARY" ;; esac

DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
WARMUP=${BENCH_WARMUP:-2s}
WORKERS=${BENCH_WORKERS:-2}
GOAL=${BENCH_GOAL:-0.5}
ENFORCE_GOAL=${BENCH_ENFORCE_GOAL:-0}
NGINX=${NGINX:-/usr/sbin/nginx}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FRAMEWORKS_DIR="$REPO/data/frameworks"

for tool in wrk curl awk; do command -v "$tool" >/dev/null || die "'$tool' is required (apt-get install wrk curl)"; done
[[ -x $NGINX ]] || die "$NGINX not found (apt-get install nginx-light or nginx)"
[[ -d $FRAMEWORKS_DIR ]] || die "$FRAMEWORKS_DIR not found"

. "$REPO/bench/lib.bash"
bench_init bench

echo "== STEMkompas: $BINARY"
"$BINARY" demo --db "$tmp/bench.db" >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; die "loading demo data failed"; }
start_stemkompas "$tmp/server.log" --db "$tmp/bench.db" --threads "$WORKERS" --data-dir "$tmp"
sk_pid=$pid
echo "   listening on $base (threads: $WORKERS)"
sign_in "$tmp/cookies.txt" coordinator@demo.stemkompas.be

# The exact body nginx will serve.
mkdir -p "$tmp/www"
code=$(curl -s -o "$tmp/www/me.json" -w '%{http_code}' -H "Cookie: $cookie" "$base/api/me")
[[ $code == 200 ]] || die "GET /api/me with the session answered $code"
body_bytes=$(wc -c <"$tmp/www/me.json")
echo "   GET /api/me as coordinator: 200, $body_bytes bytes body"

# nginx: foreground, own prefix, pid file, logs and temp folders, so it runs as root or not.
mkdir -p "$tmp/nginx/logs"
for d in client_body proxy fastcgi uwsgi scgi; do mkdir -p "$tmp/nginx/$d"; done
user_line=
if [[ $(id -u) == 0 ]]; then
    # Workers as the same user as the STEMkompas process (and able to read the 0700 temp folder).
    user_line="user $(id -un) $(id -gn);"
fi
write_nginx_conf() {
    cat >"$tmp/nginx/nginx.conf" <<EOF
$user_line
worker_processes $WORKERS;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    client_body_temp_path $tmp/nginx/client_body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    server {
        listen 127.0.0.1:$1;
        root $tmp/www;
        default_type application/json;
        location = /api/me { try_files /me.json =404; }
    }
}
EOF
}

ng_port=
for attempt in 1 2 3 4 5; do
    port=$(pick_port)
    write_nginx_conf "$port"
    "$NGINX" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/logs/error.log" >"$tmp/nginx/stdout.log" 2>&1 &
    pid=$!
    pids+=("$pid")
    if wait_http "$pid" "http://127.0.0.1:$port/api/me" && owns_port "$pid" "$port"; then
        ng_port=$port
        ng_pid=$pid
        break
    fi
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "   port $port: nginx did not come up (attempt $attempt), retrying" >&2
done
[[ -n $ng_port ]] || { cat "$tmp/nginx/stdout.log" "$tmp/nginx/logs/error.log" >&2 || true; die "nginx did not start"; }
ng_url="http://127.0.0.1:$ng_port/api/me"
cmp -s "$tmp/www/me.json" <(curl -s "$ng_url") || die "nginx does not serve the same body"
echo "== nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///'): listening on 127.0.0.1:$ng_port (worker_processes: $WORKERS)"

# p99 in wrk's units (us, ms, s) → milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        printf "%.2f", n }'
}

# CPU seconds (user + system, all threads) of the given processes, in clock ticks.
cpu_ticks() {
    local p total=0
    for p in "$@"; do
        [[ -r /proc/$p/stat ]] || continue
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$p/stat")))
    done
    echo "$total"
}
# CPU of this shell's finished children (bash's `times`, second line), in ms. `times` runs in this shell, not in
# a $(...) subshell, which has children of its own.
children_cpu_ms() {
    times >"$tmp/times.txt"
    awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 }' "$tmp/times.txt"
}

# run_wrk NAME URL SERVER_PIDS [wrk args...]: warm-up, measured run; sets RPS, P99 (ms), CPU_US (the server's CPU
# per request, µs: comparable under other load, where req/s are not) and WRK_US (wrk's CPU per request).
run_wrk() {
    local name=$1 url=$2 server_pids=$3
    shift 3
    local out="$tmp/wrk-$name.txt"
    if [[ $WARMUP != 0 && $WARMUP != 0s ]]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
    fi
    echo "-- wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url"
    local ticks0
    ticks0=$(cpu_ticks $server_pids)
    children_cpu_ms >"$tmp/wrk0.txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$out"
    local ticks=$(($(cpu_ticks $server_pids) - ticks0))
    children_cpu_ms >"$tmp/wrk1.txt"
    local wrk_ms=$(($(cat "$tmp/wrk1.txt") - $(cat "$tmp/wrk0.txt")))
    sed 's/^/   /' "$out"
    if grep -q 'Non-2xx or 3xx responses' "$out"; then
        die "$name: $(grep 'Non-2xx or 3xx responses' "$out" | tr -s ' ') — not every request answered 200"
    fi
    if grep -q 'Socket errors' "$out"; then
        die "$name: wrk reported $(grep 'Socket errors' "$out" | tr -s ' ')"
    fi
    RPS=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    P99=$(awk '$1 == "99%" { print $2 }' "$out")
    [[ -n $RPS && -n $P99 ]] || die "$name: could not parse wrk's output"
    awk -v r="$RPS" 'BEGIN { exit !(r > 0) }' || die "$name: no requests completed"
    P99=$(to_ms "$P99")
    local requests
    requests=$(awk '/ requests in / { print $1 }' "$out")
    CPU_US=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
    WRK_US=$(awk -v ms="$wrk_ms" -v n="$requests" 'BEGIN { printf "%.1f", ms * 1000 / n }')
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
run_wrk stemkompas "$base/api/me" "$sk_pid" -H "Cookie: $cookie"
sk_rps=$RPS sk_p99=$P99 sk_cpu=$CPU_US sk_wrk=$WRK_US
run_wrk nginx "$ng_url" "$ng_pid $(ps -o pid= --ppid "$ng_pid" | tr '\n' ' ')"
ng_rps=$RPS ng_p99=$P99 ng_cpu=$CPU_US ng_wrk=$WRK_US

ratio=$(awk -v a="$sk_rps" -v b="$ng_rps" 'BEGIN { printf "%.2f", a / b }')
met=$(awk -v r="$ratio" -v g="$GOAL" 'BEGIN { print (r >= g) ? "yes" : "NO" }')
echo
echo "GET /api/me ($body_bytes-byte body), wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $WORKERS server threads/workers, $(nproc) cores"
echo "load average before the runs: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg) (the ratio is meaningful on an idle machine only)"
printf '%-12s %12s %10s %16s %13s\n' target 'req/s' 'p99 (ms)' 'server CPU/req' 'wrk CPU/req'
printf '%-12s %12.0f %10s %13s µs %10s µs\n' stemkompas "$sk_rps" "$sk_p99" "$sk_cpu" "$sk_wrk"
printf '%-12s %12.0f %10s %13s µs %10s µs\n' nginx "$ng_rps" "$ng_p99" "$ng_cpu" "$ng_wrk"
echo "ratio stemkompas/nginx: $ratio (goal >= $GOAL: $met)"
if [[ $met != yes && $ENFORCE_GOAL == 1 ]]; then exit 3; fi
