#!/usr/bin/env bash
# Memory figures of the GLPK backend and of the CLI, measured alone (no other work in the same process).
#
#   Scripts/benchmark-memory.sh               # builds the tests (debug) and the CLI first
#   SKIP_BUILD=1 Scripts/benchmark-memory.sh  # uses the existing debug build
#
# 1. Resident memory of one process over 1,300 GLPK solves in a row (the test
#    GLPKSolverResourceTests/thousandSolvesInARowStayExact, run on its own): a leaked GLPK environment or problem
#    object would grow it steadily, by more than 5 KiB per solve (over 2.5 MB per 500 solves).
# 2. Peak resident memory of `cchc schedule` and `cchc staffing` on the shipped scenario (/usr/bin/time -v).
#
# Prints figures only; it asserts nothing. Linux (reads /proc/self/statm).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  swift build --build-tests >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "GLPK solves in one process (resident memory, bytes):"
CCHC_MEMORY_FIGURES="$work/figures.tsv" swift test --skip-build \
  --filter 'GLPKSolverResourceTests/thousandSolvesInARowStayExact' >"$work/test.log" 2>&1 \
  || { cat "$work/test.log" >&2; exit 1; }
awk -F'\t' '
  { label[NR] = $1; rss[NR] = $2; printf "  %-20s %12s\n", $1, $2 }
  END {
    if (NR == 3 && rss[1] ~ /^[0-9]+$/) {
      printf "  growth 300 -> 800:   %+d bytes (%+.1f per solve)\n", rss[2] - rss[1], (rss[2] - rss[1]) / 500
      printf "  growth 800 -> 1300:  %+d bytes (%+.1f per solve)\n", rss[3] - rss[2], (rss[3] - rss[2]) / 500
    }
  }' "$work/figures.tsv"

cchc=.build/debug/cchc
if [[ -x /usr/bin/time && -x "$cchc" ]]; then
  echo "Peak resident memory of the CLI (debug build, shipped scenario):"
  for command in schedule staffing; do
    /usr/bin/time -v "$cchc" "$command" Scenarios/thach-ha-2022 --out "$work/$command" --lang en \
      >/dev/null 2>"$work/$command.time" || true
    peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/$command.time")
    printf "  cchc %-9s %8s KiB\n" "$command" "${peak:-unknown}"
  done
fi
