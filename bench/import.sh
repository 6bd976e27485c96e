#!/usr/bin/env bash
# The CSV import of a region: a dry run and a real import of 20,000 schools in one file
# (POST /api/programmes/{id}/imports/schools), on SQLite and on PostgreSQL.
#
#   bench/import.sh BINARY
#
# For each database: demo data, a server, a programme of 20,000 places made through the API, then the same
# generated file (realistic Flemish names, streets and addresses) as `mode=preview` and as `mode=all`.
# Prints the file's size, and per request the wall time, the server's CPU time and its resident memory
# (before the request, and its peak during the request: VmHWM after a reset through /proc/PID/clear_refs). Exits non-zero when an answer is not the expected one (200, every row
# valid, every row imported) or something could not be started.
#
# Environment:
#   BENCH_ROWS     rows in the file (default 20000)
#   BENCH_PG_URL   a PostgreSQL server where a database may be created and dropped (default: the test cluster
#                  of scripts/pg-test-cluster.sh, started and stopped here when it is not running);
#                  BENCH_PG_URL=none skips PostgreSQL
#   BENCH_WORKERS  STEMkompas --threads (default 2)
set -euo pipefail

die() { echo "import.sh: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || die "usage: $0 BINARY"
BINARY=$1
[[ -x $BINARY ]] || die "$BINARY is not an executable"
case $BINARY in /*) ;; *) BINARY="$PWD/$BINARY" ;; esac

ROWS=${BENCH_ROWS:-20000}
WORKERS=${BENCH_WORKERS:-2}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FRAMEWORKS_DIR="$REPO/data/frameworks"
PG_URL=${BENCH_PG_URL:-}

for tool in curl awk; do command -v "$tool" >/dev/null || die "'$tool' is required (apt-get install curl)"; done

. "$REPO/bench/lib.bash"
bench_init import

status_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# The file: institution numbers from 100000, names, streets and addresses of realistic length.
csv="$tmp/schools.csv"
awk -v n="$ROWS" 'BEGIN {
    split("Sint-Jozefscollege|Koninklijk Atheneum|Gemeentelijke Basisschool|Vrije Basisschool De Regenboog|Sint-Ursula-Instituut|GO! Basisschool De Wegwijzer|Technisch Instituut Sint-Vincentius|Stedelijk Lyceum", names, "|")
    split("Kerkstraat|Stationsstraat|Schoolstraat|Nieuwstraat|Molenstraat|Sint-Pietersnieuwstraat|Koning Albertlaan|Oude Baan", streets, "|")
    split("Gent|Antwerpen|Hasselt|Leuven|Brugge|Sint-Niklaas|Kortrijk|Heist-op-den-Berg", towns, "|")
    split("oost-vlaanderen|antwerpen|limburg|vlaams-brabant|west-vlaanderen|oost-vlaanderen|west-vlaanderen|antwerpen", provinces, "|")
    split("Marie Vandenberghe|Jan Peeters|An De Smedt|Pieter Janssens|Els Van den Broeck|Koen Maes|Sofie Willems|Bart Claes", people, "|")
    split("go|ovsg|pov|kov|kov|go|kov|ovsg", networks, "|")
    printf "naam;instellingsnummer;straat;postcode;gemeente;provincie;net;niveau;leerlingen;contactpersoon;e-mail\r\n"
    for (i = 0; i < n; i++) {
        k = i % 8 + 1; t = int(i / 8) % 8 + 1
        person = people[(i * 3) % 8 + 1]; mail = tolower(person); gsub(/ /, ".", mail)
        printf "%s %s campus %d;%06d;%s %d;%d;%s;%s;%s;%s;%d;%s;%s.%d@school%d.be\r\n", names[k], towns[t], i, 100000 + i, streets[(k + t) % 8 + 1], i % 250 + 1,
            1000 + (i * 37) % 9000, towns[t], provinces[t], networks[k], (i % 2 ? "primary" : "secondary"), 100 + i % 1900, person, mail, i, i % 97
    }
}' >"$csv"
bytes=$(stat -c %s "$csv")
echo "== $ROWS rows, $bytes bytes ($((bytes / ROWS)) bytes a row), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"

declare -a results
# run LABEL DB_URL: demo data, a server, a programme, the dry run and the real import.
run() {
    local label=$1 db=$2 pid base csrf cookie code jar="$tmp/cookies-$1.txt"
    "$BINARY" demo --db "$db" >"$tmp/demo-$label.log" 2>&1 || { cat "$tmp/demo-$label.log" >&2; die "$label: loading demo data failed"; }
    mkdir -p "$tmp/data-$label"
    start_stemkompas "$tmp/server-$label.log" --db "$db" --threads "$WORKERS" --data-dir "$tmp/data-$label"
    sign_in "$jar" organisator@demo.stemkompas.be
    code=$(curl -s -o "$tmp/programme.json" -w '%{http_code}' -c "$jar" -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
        --data "{\"name\":\"Regio Vlaanderen\",\"schoolYear\":\"2026-2027\",\"audience\":\"secondary\",\"region\":\"Vlaanderen\",
                 \"frameworkId\":\"eu-stem-school-label\",\"maxSchools\":$ROWS,\"description\":{\"nl\":\"\",\"en\":\"\"},\"published\":false,
                 \"phases\":[{\"kind\":\"baseline\",\"opensOn\":\"2026-09-01\",\"closesOn\":\"2026-10-15\"}]}" "$base/api/programmes")
    [[ $code == 201 ]] || { cat "$tmp/programme.json" >&2; die "$label: creating the programme answered $code"; }
    local programme
    programme=$(sed 's/.*"id":\([0-9]*\).*/\1/' "$tmp/programme.json")
    local mode out ticks0 ticks1 time rss_before peak hz
    hz=$(getconf CLK_TCK)
    for mode in preview all; do
        out="$tmp/$label-$mode.json"
        rss_before=$(status_kb "$pid" VmRSS)
        # The peak is reset, so VmHWM is the request's own (the log-in's Argon2id alone takes 64 MB).
        echo 5 >"/proc/$pid/clear_refs" || die "cannot reset the peak memory of the server"
        ticks0=$(cpu_ticks "$pid")
        # No `Expect: 100-continue`: curl would wait a second for it before sending the file.
        read -r code time < <(curl -s -o "$out" -w '%{http_code} %{time_total}\n' --max-time 600 -c "$jar" -b "$jar" -H 'Expect:' \
            -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/csv; charset=utf-8' --data-binary "@$csv" \
            "$base/api/programmes/$programme/imports/schools?mode=$mode")
        ticks1=$(cpu_ticks "$pid")
        peak=$(status_kb "$pid" VmHWM)
        [[ $code == 200 ]] || { head -c 500 "$out" >&2; echo >&2; die "$label $mode answered $code"; }
        grep -q "\"valid\":$ROWS,\"invalid\":0" "$out" || { head -c 500 "$out" >&2; echo >&2; die "$label $mode: not every row valid"; }
        if [[ $mode == all ]]; then grep -q "\"imported\":$ROWS" "$out" || die "$label: not every row imported"; fi
        results+=("$(printf '%-10s %-8s %8.2f %8.2f %10d %10d %9d' "$label" "$mode" "$time" \
            "$(awk -v t=$((ticks1 - ticks0)) -v hz="$hz" 'BEGIN { print t / hz }')" $((rss_before / 1024)) $((peak / 1024)) "$(stat -c %s "$out")")")
    done
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

run sqlite "$tmp/import.db"

if [[ $PG_URL != none ]]; then
    bench_pg_database sk_bench_import
    run postgres "$pg_url"
fi

echo
echo "POST /api/programmes/{id}/imports/schools, $ROWS rows, --threads $WORKERS"
printf '%-10s %-8s %8s %8s %10s %10s %9s\n' db mode 'wall s' 'CPU s' 'RSS MB' 'peak MB' 'answer B'
printf '%s\n' "${results[@]}"
