#!/usr/bin/env bash
# Checks deploy/ for real (ctest: `deploy`):
#   1. `nginx -t` on deploy/nginx-stemkompas.conf, with test certificates made here (openssl) and the test's
#      ports and paths put in place of the production ones: nothing else in the file is changed.
#   2. that nginx, started as this user with its own prefix, pid and logs in a temporary folder, in front of
#      a real `stemkompas serve --trusted-proxy 127.0.0.1/32`: HTTPS with HTTP/2, http -> https redirect,
#      /metrics not exposed, 1 MiB body limit except on the upload routes (21 MiB), and X-Forwarded-For:
#      the server logs the client nginx saw, not the address the client wrote in the header.
#   3. `systemd-analyze verify deploy/stemkompas.service` (ExecStart pointed at the built binary), which
#      works without systemd running as PID 1 (it only loads the unit); any warning fails the test.
# A missing tool fails the test (scripts/install-deps.sh test installs nginx, openssl, curl and systemd).
# Usage: deploy_test.sh STEMKOMPAS_BINARY SOURCE_DIR
set -euo pipefail
bin="$(realpath "$1")"
src="$(realpath "$2")"

for tool in nginx openssl curl python3 systemd-analyze; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/install-deps.sh test installs it)"; exit 1; }
done

tmp="$(mktemp -d /tmp/sk-deploy-XXXXXX)"
serve_pid=""
cleanup() {
  if [[ -f "$tmp/nginx.pid" ]]; then kill "$(cat "$tmp/nginx.pid")" 2>/dev/null || true; fi
  if [[ -n "$serve_pid" ]]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  sleep 0.2
  rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*"
  for f in "$tmp"/error.log "$tmp"/serve.log; do [[ -f "$f" ]] && { echo "--- $f"; tail -n 30 "$f"; }; done
  exit 1
}

# Three loopback ports that were free a moment ago.
read -r http_port https_port app_port < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(3)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])')

# --- 1. nginx -t ----------------------------------------------------------------------------------------
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj "/CN=stemkompas.example.org" \
  -addext "subjectAltName=DNS:stemkompas.example.org" -keyout "$tmp/privkey.pem" -out "$tmp/fullchain.pem" 2>/dev/null \
  || fail "openssl could not make a test certificate"

site="$tmp/site.conf"
sed -e "s#/etc/letsencrypt/live/stemkompas.example.org/#$tmp/#" \
    -e "s#server 127.0.0.1:8080;#server 127.0.0.1:$app_port;#" \
    -e "s#listen 80;#listen 127.0.0.1:$http_port;#" \
    -e "s#listen 443 ssl http2;#listen 127.0.0.1:$https_port ssl http2;#" \
    -e "/listen \[::\]:/d" \
    "$src/deploy/nginx-stemkompas.conf" > "$site"
# Every substitution must have hit, or the test would check something other than the shipped file.
for want in "$tmp/fullchain.pem" "$tmp/privkey.pem" "server 127.0.0.1:$app_port;" "listen 127.0.0.1:$http_port;" \
            "listen 127.0.0.1:$https_port ssl http2;"; do
  grep -qF "$want" "$site" || fail "deploy/nginx-stemkompas.conf changed: no place for '$want'"
done

user_line=""
if [[ $(id -u) -eq 0 ]]; then user_line="user root;"; fi  # as root, workers would otherwise run as nobody
mkdir -p "$tmp/www"
cat > "$tmp/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
events { worker_connections 64; }
http {
    access_log $tmp/access.log;
    client_body_temp_path $tmp/client_body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    include $site;
}
CONF
nginx -t -p "$tmp" -c "$tmp/nginx.conf" -e "$tmp/error.log" > "$tmp/nginx-t.txt" 2>&1 || { cat "$tmp/nginx-t.txt"; fail "nginx -t"; }
grep -q "syntax is ok" "$tmp/nginx-t.txt" || { cat "$tmp/nginx-t.txt"; fail "nginx -t did not say the syntax is ok"; }
echo "ok: nginx -t"

# --- 2. a request through nginx to a real server ----------------------------------------------------------
"$bin" serve --db "$tmp/stemkompas.db" --address 127.0.0.1 --port "$app_port" --data-dir "$tmp/data" --web-dir "$tmp/no-web-app" \
  --frameworks-dir "$src/data/frameworks" --threads 2 --trusted-proxy 127.0.0.1/32 --access-log true \
  --base-url "https://stemkompas.example.org" > "$tmp/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$app_port/healthz" 2>/dev/null && break
  kill -0 "$serve_pid" 2>/dev/null || fail "stemkompas serve ended"
  sleep 0.1
done
curl -fsS -o /dev/null "http://127.0.0.1:$app_port/healthz" || fail "stemkompas serve did not come up"

nginx -p "$tmp" -c "$tmp/nginx.conf" -e "$tmp/error.log" || fail "nginx did not start"
for _ in $(seq 50); do [[ -s "$tmp/nginx.pid" ]] && break; sleep 0.1; done

https=(curl -sS --resolve "stemkompas.example.org:$https_port:127.0.0.1" --cacert "$tmp/fullchain.pem")
base="https://stemkompas.example.org:$https_port"

# HTTPS over HTTP/2, answered by the server.
out="$("${https[@]}" --http2 -o "$tmp/body" -w '%{http_code} %{http_version}' "$base/healthz")" || fail "GET /healthz through nginx"
[[ "$out" == "200 2" ]] || fail "GET /healthz through nginx: '$out', want '200 2' (status, HTTP version)"
echo "ok: GET /healthz over HTTPS and HTTP/2 through nginx"

# Plain HTTP redirects to HTTPS, keeping the path.
out="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -H "Host: stemkompas.example.org" "http://127.0.0.1:$http_port/login?x=1")"
[[ "$out" == "301 https://stemkompas.example.org/login?x=1" ]] || fail "http redirect: '$out'"
echo "ok: http -> https redirect"

# /metrics only on the loopback port of the server itself.
out="$("${https[@]}" -o /dev/null -w '%{http_code}' "$base/metrics")"
[[ "$out" == "404" ]] || fail "/metrics through nginx answered $out, want 404"
out="$("${https[@]}" -o /dev/null -w '%{http_code}' "$base/%6detrics")"
[[ "$out" == "404" ]] || fail "/%6detrics through nginx answered $out, want 404"
curl -fsS "http://127.0.0.1:$app_port/metrics" | grep -q '^stemkompas_http_requests_total' || fail "/metrics on the server itself"
echo "ok: /metrics is not exposed"

# Body limits: 1 MiB in general; 21 MiB on the upload routes, where nginx passes 5 MiB on to the server
# (which then refuses it for lack of a session or CSRF token, not for its size).
head -c $((2 * 1024 * 1024)) /dev/zero > "$tmp/2m"
head -c $((5 * 1024 * 1024)) /dev/zero > "$tmp/5m"
head -c $((22 * 1024 * 1024)) /dev/zero > "$tmp/22m"
post() { "${https[@]}" -o "$tmp/post-body" -w '%{http_code}' -X "$1" -H 'Content-Type: application/octet-stream' --data-binary "@$2" "$base$3"; }
out="$(post POST "$tmp/2m" /api/auth/login)"
[[ "$out" == "413" ]] && grep -q nginx "$tmp/post-body" || fail "2 MiB to /api/auth/login: $out, want nginx's 413"
for route in POST:/api/organisations/1/evidence/files POST:/api/sessions/1/attachments PUT:/api/resources/1/file; do
  out="$(post "${route%%:*}" "$tmp/5m" "${route#*:}")"
  [[ "$out" != "413" && "$out" != "502" && "$out" != "000" ]] || fail "5 MiB to ${route#*:}: $out (nginx must pass it on)"
  grep -q nginx "$tmp/post-body" && fail "5 MiB to ${route#*:}: answered by nginx, not the server"
  out="$(post "${route%%:*}" "$tmp/22m" "${route#*:}")"
  [[ "$out" == "413" ]] || fail "22 MiB to ${route#*:}: $out, want 413"
done
echo "ok: body limits (1 MiB, 21 MiB on the three upload routes)"

# X-Forwarded-For: a client on 127.0.0.2 (not the trusted proxy) claims to be 203.0.113.9. nginx appends
# 127.0.0.2; the server trusts only nginx's entry, so its access log shows 127.0.0.2.
"${https[@]}" --interface 127.0.0.2 -o /dev/null -H "X-Forwarded-For: 203.0.113.9" "$base/healthz?xff" || fail "GET from 127.0.0.2"
sleep 0.2
grep -q " 127.0.0.2 GET /healthz 200 " "$tmp/serve.log" || fail "the access log does not name the client 127.0.0.2"
grep -q "203.0.113.9" "$tmp/serve.log" && fail "the server believed the client's own X-Forwarded-For"
echo "ok: X-Forwarded-For from nginx names the client; the client's own entry is ignored"

nginx_pid="$(cat "$tmp/nginx.pid")"
kill "$nginx_pid"
for _ in $(seq 50); do kill -0 "$nginx_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$nginx_pid" 2>/dev/null && fail "nginx did not stop"
kill "$serve_pid"
wait "$serve_pid" || fail "stemkompas serve did not exit 0 on SIGTERM"
serve_pid=""

# --- 3. systemd-analyze verify ------------------------------------------------------------------------
unit_dir="$tmp/units"
mkdir -p "$unit_dir"
sed "s#/usr/local/bin/stemkompas#$bin#" "$src/deploy/stemkompas.service" > "$unit_dir/stemkompas.service"
grep -qF "ExecStart=$bin serve" "$unit_dir/stemkompas.service" || fail "deploy/stemkompas.service changed: no ExecStart to check"
if ! systemd-analyze verify "$unit_dir/stemkompas.service" > "$tmp/verify.txt" 2>&1 || [[ -s "$tmp/verify.txt" ]]; then
  cat "$tmp/verify.txt"
  fail "systemd-analyze verify deploy/stemkompas.service"
fi
echo "ok: systemd-analyze verify"
