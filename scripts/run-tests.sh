#!/usr/bin/env bash
# Runs every test against a build folder: C++ suites (SQLite and a throwaway PostgreSQL cluster), the
# libFuzzer targets briefly, the web app's unit tests and the browser tests. The PostgreSQL cluster is
# stopped however this ends.
set -euo pipefail
build="${1:-build/debug}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

scripts/pg-test-cluster.sh start
trap 'scripts/pg-test-cluster.sh stop' EXIT
export SK_TEST_PG_URL="$(scripts/pg-test-cluster.sh url)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

echo "== C++ tests (unit, store, API on SQLite and PostgreSQL, mail)"
ctest --test-dir "$build" --output-on-failure -j 2

echo "== Fuzz targets, briefly (make fuzz runs them longer)"
scripts/fuzz.sh --brief

echo "== Web unit tests"
(cd web && npm run --silent test)

echo "== Browser tests (Chromium)"
(cd web && SK_E2E_SKIP_BUILD=1 SK_BINARY="$root/$build/stemkompas" npm run --silent e2e)
echo "All tests passed."
