#!/usr/bin/env bash
# The speed goals of the inspection scheduler (README.md, Benchmarks), measured end to end with the release CLI:
#   - Thạch Hà 2022 (targets mode) and its coverage variant proven optimal in under 1 s, with default options and
#     with the committed reports' --work-limit 1000;
#   - generated 1,500-unit single regions (30 teams, seeds 1-5) with --time-limit 10: every seed at a proven gap of
#     at most 0.5 %, median wall time under 5 s.
# Each Thạch Hà figure is the fastest of REPEAT runs (the machine may be shared); status and objective come from the
# JSON summary.
#
#   Scripts/benchmark-goals.sh
#   SKIP_BUILD=1 REPEAT=5 SEEDS="1 2 3" Scripts/benchmark-goals.sh
#
# Environment: SKIP_BUILD (1: use the existing release build), REPEAT (runs per Thạch Hà row, default 3), SEEDS
# (default "1 2 3 4 5"), UNITS (default 1500), TEAMS (default 30), TIME_LIMIT (default 10), WORK (scratch folder).
set -euo pipefail
cd "$(dirname "$0")/.."

REPEAT=${REPEAT:-3}
SEEDS=${SEEDS:-"1 2 3 4 5"}
UNITS=${UNITS:-1500}
TEAMS=${TEAMS:-30}
TIME_LIMIT=${TIME_LIMIT:-10}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/cchc-goals.XXXXXX")}
mkdir -p "$WORK"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then swift build -c release --product cchc >&2; fi
CCHC="$(swift build -c release --show-bin-path)/cchc"

now() { date +%s.%N; }
# json-field FILE KEY -> the value of a top-level key of the JSON summary ("-" when absent; the gap in %)
json_field() {
  python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
v=d.get(sys.argv[2])
if v is None: print("-")
elif sys.argv[2] == "gap": print("%.3f %%" % (100 * v))
elif isinstance(v, float): print("%.2f" % v)
else: print(v)' "$1" "$2"
}

# run NAME ARGS... -> one table row: the fastest of REPEAT runs
run_row() {
  local name=$1; shift
  local best="" out="$WORK/$name.json"
  for _ in $(seq "$REPEAT"); do
    local t0 t1 s
    t0=$(now)
    "$CCHC" "$@" --json --force --lang en >"$out" 2>"$WORK/$name.err" || true
    t1=$(now)
    s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    if [[ -z "$best" ]] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$s; fi
  done
  printf '| %-46s | %-8s | %-9s | %-9s | %6s |\n' "$name" "$(json_field "$out" status)" \
    "$(json_field "$out" objective)" "$(json_field "$out" gap)" "$best"
}

echo "# cchc speed goals, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores," \
  "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo
echo "| run                                            | status   | objective | gap       | wall s |"
echo "|------------------------------------------------|----------|-----------|-----------|-------:|"
for s in thach-ha-2022 thach-ha-2022-coverage; do
  run_row "$s" schedule "Scenarios/$s" --out "$WORK/out-$s"
  run_row "$s --work-limit 1000" schedule "Scenarios/$s" --out "$WORK/out-$s-wl" --work-limit 1000
done
REPEAT=1
times=()
for seed in $SEEDS; do
  DIR="$WORK/gen-$UNITS-$seed"
  "$CCHC" generate --units "$UNITS" --teams "$TEAMS" --seed "$seed" --out "$DIR" --force --lang en >/dev/null 2>&1
  row=$(run_row "$UNITS units, $TEAMS teams, seed $seed, --time-limit $TIME_LIMIT" schedule "$DIR" \
    --out "$WORK/out-$UNITS-$seed" --time-limit "$TIME_LIMIT")
  echo "$row"
  times+=("$(awk -F'|' '{ gsub(/ /, "", $6); print $6 }' <<<"$row")")
done
median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo
echo "Median wall time of the $UNITS-unit seeds: $median s. Gap: proven relative gap (0 % = proven optimal)."
echo "Logs and reports: $WORK"
