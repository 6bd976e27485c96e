#!/usr/bin/env bash
# `make test`: installs what is missing, builds the web app and the sanitizer build, then runs every test
# (scripts/run-tests.sh). Ends with a table of the seconds each stage took, pass or fail.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="${SK_TEST_BUILD_DIR:-build/debug}"
jobs="${JOBS:-$(nproc)}"
. scripts/stages.sh

configure() {
  [[ -f "$build/build.ninja" ]] && return 0
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSK_SANITIZE=ON ${SK_CMAKE_ARGS:-} >/dev/null
}

stage "deps (apt, npm)" scripts/install-deps.sh test
stage "web build (tsc, vite)" bash -c 'cd web && npm run --silent build'
stage "C++ configure" configure
stage "C++ build (ASan+UBSan)" cmake --build "$build" -j "$jobs"
scripts/run-tests.sh "$build"
