#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (separate from the normal g++ build, which never
# needs clang) and runs each one, starting from its seed corpus in fuzz/corpus/<target>/.
#   scripts/fuzz.sh              run each target for FUZZ_SECONDS (default 180): `make fuzz`
#   scripts/fuzz.sh --brief      run each for a few seconds: part of `make test`
#   FUZZ_RUNS=n                  also stop a target after n executions (the long run: FUZZ_RUNS=10000000)
#   FUZZ_TARGETS="a b"           only these targets
#   FUZZ_JOBS=n                  targets built and run at once (default 2)
# New inputs found are kept in build/fuzz/corpus/<target>/ (the seed corpus stays as committed); a crash
# leaves its input in build/fuzz/ and fails the script.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${FUZZ_SECONDS:-180}"
if [[ "${1:-}" == "--brief" ]]; then seconds="${FUZZ_BRIEF_SECONDS:-5}"; fi
cxx="${FUZZ_CXX:-$(command -v clang++-14 || command -v clang++ || true)}"
if [[ -z "$cxx" ]]; then
  echo "clang++ not found: run scripts/install-deps.sh test" >&2
  exit 1
fi
out="build/fuzz"
mkdir -p "$out"
flags=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Isrc)
flags+=(-Wall -Wextra -Wno-unused-parameter)
# Warnings stay at zero here too: errors in CI (.ci/run sets CI), as in the CMake build.
if [[ -n "${CI:-}" && "${CI}" != "0" && "${CI}" != "false" ]]; then flags+=(-Werror); fi

# target name -> the sources it needs (pure code only: no database, no server; Boost.JSON for the request reader)
declare -A sources=(
  [file_type]="src/core/file_type.cpp"
  [upload_headers]="src/core/upload_headers.cpp"
  [csv_import]="src/core/csv.cpp src/core/import_rows.cpp src/core/upload_headers.cpp"
  [request_headers]="src/core/language.cpp src/core/client_address.cpp"
  [json_input]="src/api/json_input.cpp src/api/error.cpp src/api/messages*.cpp src/core/language.cpp src/http/message.cpp"
  [routing]="src/http/router.cpp src/http/message.cpp"
  [request_target]="src/http/router.cpp"
  [loaders]="src/core/framework.cpp src/core/json_check.cpp src/core/label_rule.cpp src/core/survey_statements.cpp src/core/suggestions.cpp"
)
# Libraries a target links besides the sanitizer runtime.
declare -A libs=(
  [json_input]="-lboost_json"
  [loaders]="-lboost_json"
  [request_target]="-lboost_url"
)
# Longest input tried. libFuzzer's own default (4 KiB) reaches every state of these parsers many times over and
# keeps them fast; the framework loader's real inputs are 41 KB files, and the file type check reads into ZIP and
# OLE2 structures, so those two get more room.
declare -A max_len=(
  [loaders]=65536
  [file_type]=65536
)
runs=()
if [[ -n "${FUZZ_RUNS:-}" ]]; then runs=(-runs="$FUZZ_RUNS"); fi
targets=(${FUZZ_TARGETS:-file_type upload_headers csv_import request_headers json_input routing request_target loaders})
# Two at a time, building and fuzzing alike: each compiler and each fuzzer uses one core (FUZZ_JOBS=n).
jobs="${FUZZ_JOBS:-2}"

# Runs "$@" in the background once fewer than $jobs such commands run; their pids collect in `pids`.
pids=()
throttle() {
  while (($(jobs -rp | wc -l) >= jobs)); do wait -n || true; done
  "$@" &
  pids+=($!)
}

build_target() {
  local target=$1 bin="$out/$1_fuzz"
  echo "== building $bin"
  "$cxx" "${flags[@]}" "fuzz/${target}_fuzz.cpp" ${sources[$target]} ${libs[$target]:-} -o "$bin"
}

for target in "${targets[@]}"; do
  bin="$out/${target}_fuzz"
  # Rebuild only when a source is newer than the binary.
  if [[ ! -x "$bin" ]] || [[ -n "$(find fuzz/${target}_fuzz.cpp fuzz/*.h ${sources[$target]} -newer "$bin" 2>/dev/null)" ]]; then
    throttle build_target "$target"
  fi
done
for pid in "${pids[@]}"; do
  wait "$pid" || { echo "building a fuzz target failed" >&2; exit 1; }
done

fuzz_target() {
  local target=$1
  mkdir -p "$out/corpus/$target"
  (cd "$out" && "./${target}_fuzz" -max_total_time="$seconds" "${runs[@]}" -timeout=10 -max_len="${max_len[$target]:-4096}" -print_final_stats=1 \
     "corpus/$target" "$root/fuzz/corpus/$target") >"$out/$target.log" 2>&1
}

echo "== fuzzing ${targets[*]} for ${seconds}s each, $jobs at a time"
pids=()
for target in "${targets[@]}"; do throttle fuzz_target "$target"; done
failed=0
for i in "${!targets[@]}"; do
  target=${targets[$i]}
  status=0
  wait "${pids[$i]}" || status=$?
  echo "== $target"
  # libFuzzer's last line: executions, coverage (cov: edges, ft: features), corpus and speed.
  grep -aE "^(#[0-9]+[[:space:]]+DONE|SUMMARY)" "$out/$target.log" || true
  if [[ $status -ne 0 ]]; then
    tail -n 40 "$out/$target.log" >&2
    echo "fuzzing $target failed (exit $status): the failing input is in $out/ (crash-*, leak-*, timeout-*)" >&2
    failed=1
  fi
done
((failed == 0)) || exit 1
echo "Fuzzing passed."
