#!/usr/bin/env bash
# Runs every test against a build folder: C++ suites (SQLite and a throwaway PostgreSQL cluster), the
# libFuzzer targets briefly, the web app's unit tests and the browser tests, then the file-handling browser
# specs again on two servers behind nginx. The PostgreSQL cluster is stopped however this ends. Prints the
# seconds of each stage (scripts/stages.sh).
set -euo pipefail
build="${1:-build/debug}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. scripts/stages.sh

stage "PostgreSQL test cluster start" scripts/pg-test-cluster.sh start
trap 'scripts/pg-test-cluster.sh stop; stages_finish' EXIT
export SK_TEST_PG_URL="$(scripts/pg-test-cluster.sh url)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

# CTest runs the suites two at a time; each suite's own seconds become indented rows of the table.
ctest_suites() {
  local log="$build/ctest-output.txt" status=0
  ctest --test-dir "$build" --output-on-failure -j "${CTEST_JOBS:-2}" | tee "$log" || status=$?
  sed -nE 's/^ *[0-9]+\/[0-9]+ Test +#[0-9]+: ([^ ]+) \.*[^0-9]* ([0-9.]+) sec$/\1\t\2/p' "$log" | sort |
    while IFS=$'\t' read -r name seconds; do stage_detail "$name" "$seconds"; done
  return $status
}

echo "== C++ tests (unit, store, API on SQLite and PostgreSQL, mail)"
stage "C++ tests (ctest -j2)" ctest_suites

echo "== Fuzz targets, briefly (make fuzz runs them longer)"
stage "fuzz (build + brief run)" scripts/fuzz.sh --brief

echo "== Web unit tests"
stage "Vitest" bash -c 'cd web && npm run --silent test'

echo "== Browser tests (Chromium)"
stage "browser (Playwright + axe)" bash -c "cd web && SK_E2E_SKIP_BUILD=1 SK_BINARY='$root/$build/stemkompas' npm run --silent e2e"

# The specs that store and serve files (evidence, label, sessions) again, on two servers sharing one
# PostgreSQL database behind a round-robin nginx, as several machines run (web/e2e/start-pair.mjs).
echo "== Browser tests on two servers behind nginx (PostgreSQL)"
stage "browser on two servers behind nginx (PostgreSQL)" bash -c "cd web && SK_E2E_PAIR=1 SK_E2E_SKIP_BUILD=1 SK_BINARY='$root/$build/stemkompas' npm run --silent e2e"
echo "All tests passed."
