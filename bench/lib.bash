# Shared by the shell benchmarks of bench/ (http_me.sh, autosave.sh, import.sh): sourced, not run (hence not
# named *.sh, which `make bench` runs).
#
# Define die() and set BINARY and FRAMEWORKS_DIR first, then `bench_init NAME` makes the temporary folder
# $tmp. Every process a script starts goes into `pids`: at exit (also on Ctrl+C or TERM) they are stopped
# and $tmp is removed; a script with more to undo defines bench_on_exit(), which runs in between.

have_ss=0
command -v ss >/dev/null && have_ss=1 # iproute2: optional, makes the port checks stricter

bench_init() {
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/stemkompas-$1.XXXXXX")
    pids=()
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

bench_cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    local pid
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do
        # Give each process up to 5 s to exit, then kill it.
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if declare -F bench_on_exit >/dev/null; then bench_on_exit || true; fi
    if [[ -n ${bench_pg_db:-} ]]; then psql -q "$bench_pg_admin" -c "DROP DATABASE IF EXISTS $bench_pg_db" >/dev/null 2>&1 || true; fi
    if ((${bench_pg_started:-0})); then "$REPO/scripts/pg-test-cluster.sh" stop || true; fi
    rm -rf "$tmp"
    exit "$rc"
}

# bench_pg_database NAME: a new database NAME_<pid> on the PostgreSQL server at $PG_URL, or when that is empty
# on the test cluster (scripts/pg-test-cluster.sh; REPO must be set), which is started when it is not
# running. Sets `pg_url` to the new database's URL. At exit the database is dropped and a cluster started
# here is stopped again.
bench_pg_database() {
    bench_pg_admin=$PG_URL
    if [[ -z $bench_pg_admin ]]; then
        if ! bench_pg_admin=$("$REPO/scripts/pg-test-cluster.sh" url 2>/dev/null); then
            "$REPO/scripts/pg-test-cluster.sh" start
            bench_pg_started=1
            bench_pg_admin=$("$REPO/scripts/pg-test-cluster.sh" url)
        fi
    fi
    command -v psql >/dev/null || die "'psql' is required for PostgreSQL (apt-get install postgresql-client-15)"
    bench_pg_db="$1_$$"
    psql -q "$bench_pg_admin" -c "CREATE DATABASE $bench_pg_db" >/dev/null || die "could not create a database on $bench_pg_admin"
    pg_url="${bench_pg_admin%/*}/$bench_pg_db"
}

# A loopback TCP port nobody listens on. The caller still checks that its server really got it
# (start-up fails on a taken port and is retried with another one).
port_in_use() {
    if ((have_ss)); then ss -Htln "sport = :$1" | grep -q .; else (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; fi
}
pick_port() {
    local port
    for _ in $(seq 100); do
        port=$((20000 + RANDOM % 40000))
        port_in_use "$port" || { echo "$port"; return 0; }
    done
    die "no free port found"
}

# Wait until URL answers 200 while process PID is alive. Returns 1 if the process died.
wait_http() {
    local pid=$1 url=$2
    for _ in $(seq 150); do
        kill -0 "$pid" 2>/dev/null || return 1
        if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" || true) == 200 ]]; then return 0; fi
        sleep 0.1
    done
    return 1
}

# Only our process may listen on PORT (STEMkompas uses SO_REUSEPORT, so another process with the
# same option could share the port silently).
owns_port() {
    local pid=$1 port=$2 owners
    ((have_ss)) || return 0
    owners=$(ss -Htlnp "sport = :$port" | grep -o 'pid=[0-9]*' | sort -u | sed 's/pid=//')
    [[ -z $owners ]] && return 0 # ss cannot see owners (not root): nothing more to check
    local p
    for p in $owners; do
        [[ $p == "$pid" ]] && continue
        # nginx workers are children of the master.
        [[ $(ps -o ppid= -p "$p" 2>/dev/null | tr -d ' ') == "$pid" ]] || return 1
    done
}

# start_stemkompas LOG SERVE_OPTION...: `$BINARY serve SERVE_OPTION...` on a free loopback port, without a web
# app or access log, writing to LOG; up to 5 ports are tried. Sets `pid` and `base` (http://127.0.0.1:PORT).
start_stemkompas() {
    local log=$1 port attempt
    shift
    mkdir -p "$tmp/none"
    for attempt in 1 2 3 4 5; do
        port=$(pick_port)
        "$BINARY" serve "$@" --port "$port" --address 127.0.0.1 --web-dir "$tmp/none" --frameworks-dir "$FRAMEWORKS_DIR" \
            --access-log false >"$log" 2>&1 &
        pid=$!
        pids+=("$pid")
        if wait_http "$pid" "http://127.0.0.1:$port/healthz" && owns_port "$pid" "$port"; then
            base="http://127.0.0.1:$port"
            return 0
        fi
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        echo "   port $port: server did not come up (attempt $attempt), retrying" >&2
    done
    tail -20 "$log" >&2
    die "STEMkompas did not start"
}

# sign_in JAR EMAIL: GET /api/me for the sk_csrf cookie, then POST /api/auth/login with it and the demo
# password, cookies in JAR. Sets `csrf` (the token after log-in) and `cookie` ("sk_session=…; sk_csrf=…").
sign_in() {
    local jar=$1 email=$2 code session
    curl -s -o /dev/null -c "$jar" -b "$jar" "$base/api/me"
    csrf=$(awk '$6 == "sk_csrf" { v = $7 } END { print v }' "$jar")
    [[ -n $csrf ]] || die "no sk_csrf cookie from GET /api/me"
    code=$(curl -s -o "$tmp/login.json" -w '%{http_code}' -c "$jar" -b "$jar" \
        -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
        --data "{\"email\":\"$email\",\"password\":\"stemkompas-demo\"}" "$base/api/auth/login")
    [[ $code == 200 ]] || { cat "$tmp/login.json" >&2; echo >&2; die "login answered $code"; }
    session=$(awk '$6 == "sk_session" { v = $7 } END { print v }' "$jar")
    csrf=$(awk '$6 == "sk_csrf" { v = $7 } END { print v }' "$jar")
    [[ -n $session ]] || die "no sk_session cookie after login"
    cookie="sk_session=$session; sk_csrf=$csrf"
}
