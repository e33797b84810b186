#!/usr/bin/env bash
# Scale benchmark of the inspection scheduler (goals and results: README.md, Benchmarks).
#
# For each size it generates a synthetic scenario (`cchc generate`), plans it with the real scheduler
# (`cchc-bench scenario`: load, build, solve, write timed separately; independent regions planned apart,
# PARALLEL at a time, sharing one time budget) under /usr/bin/time -v for the peak memory, then exports the
# whole instance as one CPLEX LP model and solves it with plain `glpsol` (default settings, same time limit).
#
#   Scripts/benchmark.sh                      # all sizes: 150 1500 5000 20000 60000
#   SIZES="150 1500" TIME_LIMIT=30 Scripts/benchmark.sh
#   GLPSOL=0 SKIP_BUILD=1 Scripts/benchmark.sh
#
# Environment: SIZES, TIME_LIMIT (s of solving per instance, default 100), GAP (relative; default: the scale goal
# for the size: 0 = prove optimality at 150 units, 0.005 up to 1,500 units, 0.01 above),
# PARALLEL (regions at a time, default 2), SEED (default 1), GLPSOL (1/0), GLPSOL_TMLIM (default TIME_LIMIT),
# MAX_EXPORT_COLUMNS (skip the glpsol run above this many columns, default 3000000), WORK (scratch folder),
# RUN_TIMEOUT (s, kills a planning or export run, default 3 x TIME_LIMIT + 120), SKIP_BUILD (1: use the existing
# release build).
# Sizes and shapes: teams are about one per 50 units; above 1,500 units, regions of about 1,700-2,000 units.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"150 1500 5000 20000 60000"}
TIME_LIMIT=${TIME_LIMIT:-100}
gap_for() {  # units -> the relative gap the run asks for
  if [[ -n "${GAP:-}" ]]; then echo "$GAP"
  elif (( $1 <= 150 )); then echo 0
  elif (( $1 <= 1500 )); then echo 0.005
  else echo 0.01; fi
}
PARALLEL=${PARALLEL:-2}
SEED=${SEED:-1}
GLPSOL=${GLPSOL:-1}
GLPSOL_TMLIM=${GLPSOL_TMLIM:-$TIME_LIMIT}
MAX_EXPORT_COLUMNS=${MAX_EXPORT_COLUMNS:-3000000}
RUN_TIMEOUT=${RUN_TIMEOUT:-$(( 3 * ${TIME_LIMIT%.*} + 120 ))}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/cchc-bench.XXXXXX")}
mkdir -p "$WORK"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  swift build -c release --product cchc >&2
  swift build -c release --product cchc-bench >&2
fi
BIN=$(swift build -c release --show-bin-path)
CCHC="$BIN/cchc"
BENCH="$BIN/cchc-bench"
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }

shape() {  # units -> "teams regions"
  case $1 in
    150) echo "3 1" ;;
    1500) echo "30 1" ;;
    5000) echo "100 3" ;;
    20000) echo "400 10" ;;
    60000) echo "1200 30" ;;
    *) local r=$(( $1 <= 1500 ? 1 : ($1 + 1999) / 2000 )); echo "$(( ($1 + 25) / 50 )) $r" ;;
  esac
}

field() {  # key file -> value of key=value on the BENCH line
  grep '^BENCH ' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}

peak_mib() {  # /usr/bin/time -v output -> MiB
  awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"
}

echo "# cchc scheduler benchmark, $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), time limit ${TIME_LIMIT} s, gap ${GAP:-by size (0 / 0.005 / 0.01)}, ${PARALLEL} regions at a time"
printf '%-7s %-5s %-5s %-28s %-7s %-7s %-8s %-7s %-7s %-11s %-9s %-8s | %s\n' \
  units teams parts "model (cols/bin/rows/nnz)" load build solve write total status gap peakMiB "glpsol (default): status, time, objective, gap, peak"
for N in $SIZES; do
  read -r TEAMS REGIONS <<<"$(shape "$N")"
  DIR="$WORK/gen-$N"
  "$CCHC" generate --units "$N" --teams "$TEAMS" --regions "$REGIONS" --seed "$SEED" --staff-per-commune 0 \
    --out "$DIR" --force --lang en >"$WORK/gen-$N.log" 2>&1
  LOG="$WORK/plan-$N.log"
  /usr/bin/time -v timeout "$RUN_TIMEOUT" "$BENCH" scenario "$DIR" --time-limit "$TIME_LIMIT" --gap "$(gap_for "$N")" --parallel "$PARALLEL" \
    >"$LOG" 2>"$WORK/plan-$N.time" || true
  if ! grep -q '^BENCH ' "$LOG"; then
    WHY=$(grep -q "Command exited with non-zero status 124" "$WORK/plan-$N.time" && echo "killed after ${RUN_TIMEOUT} s" || echo failed)
    printf '%-7s %-5s %-5s %-28s %-7s %-7s %-8s %-7s %-7s %-11s %-9s %-8s | %s\n' "$N" "$TEAMS" "$REGIONS" "-" - - - - - \
      "$WHY" - "$(peak_mib "$WORK/plan-$N.time")" "see $LOG"
    continue
  fi
  MODEL="$(field columns "$LOG")/$(field binaries "$LOG")/$(field rows "$LOG")/$(field nonzeros "$LOG")"
  GL="-"
  if [[ "$GLPSOL" == 1 ]] && command -v glpsol >/dev/null; then
    LP="$WORK/gen-$N.lp"
    COLS=$(field columns "$LOG")  # the regions' models together are the whole model
    if [[ "$COLS" -le "$MAX_EXPORT_COLUMNS" ]]; then
      timeout "$RUN_TIMEOUT" "$BENCH" scenario "$DIR" --export-only --export-model "$LP" >"$WORK/export-$N.log" 2>&1 || true
    fi
    if [[ -s "$LP" ]]; then
      GLOG="$WORK/glpsol-$N.log"
      /usr/bin/time -v timeout "$RUN_TIMEOUT" glpsol --lp "$LP" --tmlim "$GLPSOL_TMLIM" >"$GLOG" 2>"$WORK/glpsol-$N.time" || true
      if grep -q "INTEGER OPTIMAL SOLUTION FOUND" "$GLOG"; then GS=optimal
      elif grep -q "TIME LIMIT EXCEEDED" "$GLOG"; then GS=time-limit
      elif grep -qi "NO INTEGER FEASIBLE\|PROBLEM HAS NO" "$GLOG"; then GS=infeasible
      else GS=other; fi
      LAST=$(grep -E '^[+*] +[0-9]+: mip =' "$GLOG" | tail -1 || true)
      GGAP=$(sed -n 's/.*e[+-][0-9]* *\(< *[0-9.]*%\|[0-9.]*%\|-\+\) *([0-9; ]*)$/\1/p' <<<"$LAST")
      [[ -z "$LAST" || "$LAST" == *"not found yet"* ]] && GGAP="no incumbent"
      GTIME=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$WORK/glpsol-$N.time")
      GOBJ=$(sed -n 's/.*mip = *\([-+0-9.e]*\).*/\1/p' <<<"$LAST")
      [[ -n "$GOBJ" ]] && GOBJ=$(awk -v v="$GOBJ" 'BEGIN { printf "%.2f", v }')
      GL="$GS, $GTIME, ${GOBJ:-no plan}, gap ${GGAP:--}, $(peak_mib "$WORK/glpsol-$N.time") MiB"
    else
      GL="skipped (${COLS:-?} columns)"
    fi
    rm -f "$LP"
  fi
  printf '%-7s %-5s %-5s %-28s %-7s %-7s %-8s %-7s %-7s %-11s %-9s %-8s | %s\n' \
    "$N" "$(field teams "$LOG")" "$(field parts "$LOG")" "$MODEL" "$(field load "$LOG")" "$(field build "$LOG")" \
    "$(field solve "$LOG")" "$(field write "$LOG")" "$(field total "$LOG")" "$(field status "$LOG")" "$(field gap "$LOG")" \
    "$(peak_mib "$WORK/plan-$N.time")" "$GL"
done
echo "# build and solve are summed over the regions; total = load + plan wall time + write. Logs: $WORK"
