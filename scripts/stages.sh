# Sourced by the test scripts: times each stage and prints one table at the end, pass or fail.
#
#   stage "name" command args...   runs the command, records its wall-clock seconds (and its status)
#   stage_detail "name" seconds    a figure inside the running stage (a CTest suite; they run side by side)
#
# The first script that sources this owns the table (build/test-stages.tsv) and prints it when it exits
# (`stages_finish`, from its EXIT trap); scripts it calls append to the same table.

if [[ -z "${SK_STAGES_FILE:-}" ]]; then
  export SK_STAGES_FILE="$PWD/build/test-stages.tsv"
  mkdir -p "$(dirname "$SK_STAGES_FILE")"
  : >"$SK_STAGES_FILE"
  rm -f "$SK_STAGES_FILE.details"
  SK_STAGES_T0=$(date +%s%N)
  SK_STAGES_OWNER=1
  trap stages_finish EXIT
fi

# Prints the table when this script owns it; does nothing in a script called by the owner.
stages_finish() {
  [[ -n "${SK_STAGES_OWNER:-}" ]] || return 0
  stage_row "total" "$(_stage_seconds "$SK_STAGES_T0")"
  echo
  echo "== Where the time went (seconds, wall clock; indented rows ran side by side within the stage above them)"
  awk -F'\t' '{ printf "  %-36s %7.1f  %s\n", $1, $2, $3 }' "$SK_STAGES_FILE"
}

# Seconds since a `date +%s%N` reading, with one decimal, without bc (not on every Debian).
_stage_seconds() {
  local ms=$((($(date +%s%N) - $1) / 1000000))
  printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}

stage_row() {
  printf '%s\t%s\t%s\n' "$1" "$2" "${3:-}" >>"$SK_STAGES_FILE"
}

# A row shown indented under the stage running now (written when that stage ends).
stage_detail() {
  printf '  %s\t%s\t\n' "$1" "$2" >>"$SK_STAGES_FILE.details"
}

stage() {
  local name=$1 t0 status=0
  shift
  t0=$(date +%s%N)
  "$@" || status=$?
  stage_row "$name" "$(_stage_seconds "$t0")" "$([[ $status -eq 0 ]] || echo "FAILED ($status)")"
  if [[ -f "$SK_STAGES_FILE.details" ]]; then
    cat "$SK_STAGES_FILE.details" >>"$SK_STAGES_FILE"
    rm -f "$SK_STAGES_FILE.details"
  fi
  return $status
}
