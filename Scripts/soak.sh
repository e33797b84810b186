#!/usr/bin/env bash
# Soak test: N schedule and staffing runs on generated scenarios of varied sizes, some infeasible.
#
#   Scripts/soak.sh [N=200] [BINARY=.build/debug/cchc]
#
# Scenarios: a pool built once from Scripts/generate-thach-ha.py (seeds 1..4) in five shapes:
#   full        the generated district (≈ 30 communes, ≈ 90 schools/centres/health stations)
#   small       a random third of the units (pinned and blacked-out units kept)
#   one-team    targets at 100% with a single team: infeasible, must say so (exit 3) or run out of time (exit 4)
#   tight       targets at 100% with every team (usually infeasible or hard)
#   shipped     the shipped Thạch Hà variants (4 teams, 60% communes, freeze + early retirement)
# Each run gets a random --time-limit of 1..6 s. A run passes when it
#   - ends with an allowed status (schedule 0/3/4, staffing 0/3) and wrote all three reports, or
#   - ends with 65/70 and a non-empty message (a clear error), or
#   - (schedule) was stopped by the last-resort watchdog: exit 4, its message, no report (counted separately);
#   - never crashes, never hangs, and returns within T + max(3, 0.2 T) + 2 s.
# Measured 2026-11-30 (N=60, debug build, 2 shared cores): 0 failures; schedule exit 0:11 3:14 4:5 (2 watchdog stops),
# staffing 0:22 3:8; wall minus --time-limit median -0.05 s; peak RSS 33-41 MiB (staffing), 39-77 MiB (schedule); no growth.
# Memory: /usr/bin/time -v gives each run's peak RSS. Each run's RSS is divided by the median of its (command,
# scenario); the median of that ratio over the first and the last fifth of runs is compared, and growth above 15%
# fails the soak (B&B trees differ with the time limit, so raw RSS varies by scenario and limit, not by run order).
set -u
N=${1:-200}
cd "$(dirname "$0")/.."
BIN=${2:-.build/debug/cchc}
[ -x "$BIN" ] || { echo "soak: $BIN not built (swift build --product cchc)"; exit 2; }
WORK=$(mktemp -d /tmp/cchc-soak.XXXXXX)
[ -n "${KEEP_SOAK:-}" ] || trap 'rm -rf "$WORK"' EXIT
POOL="$WORK/pool"
mkdir -p "$POOL"

echo "soak: building the scenario pool in $POOL"
for seed in 1 2 3 4; do
  base="$POOL/full-$seed"
  python3 Scripts/generate-thach-ha.py --seed "$seed" --out "$base" >/dev/null || { echo "soak: generator failed"; exit 2; }
  python3 - "$base" "$POOL" "$seed" <<'PY'
import csv, io, os, random, re, shutil, sys
base, pool, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
def copy(name):
    d = os.path.join(pool, f"{name}-{seed}")
    shutil.copytree(base, d)
    return d
def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))
def write(path, table):
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(table)
yaml = open(os.path.join(base, "scenario.yaml"), encoding="utf-8").read()
keep = set(r[0] for r in rows(os.path.join(base, "pins.csv"))[1:])
for m in re.findall(r"units: \[([^\]]*)\]", yaml):
    keep |= set(x.strip() for x in m.split(","))
# small: a random third of the communes with their schools, centres and stations (pinned/blacked-out ones kept)
d = copy("small")
u = rows(os.path.join(d, "units.csv"))
ci, ki = u[0].index("commune"), u[0].index("kind")
home = {r[0]: (r[ci] or r[0]) for r in u[1:]}
t = rows(os.path.join(d, "teams.csv"))
for r in t[1:]:
    keep |= set(x for x in r[t[0].index("excluded_units")].split(";") if x)
st = rows(os.path.join(d, "staff.csv"))
for m in re.findall(r"protected: \[([^\]]*)\]", yaml):
    ids = set(x.strip() for x in m.split(","))
    keep |= set(r[st[0].index("unit")] for r in st[1:] if r[0] in ids)
chosen = set(home[c] for c in keep if c in home)
chosen |= set(r[0] for r in u[1:] if r[ki] in ("commune", "town", "ward") and rng.random() < 0.33)
kept = set(r[0] for r in u[1:] if home[r[0]] in chosen)
write(os.path.join(d, "units.csv"), [u[0]] + [r for r in u[1:] if r[0] in kept])
for f in ("staff.csv", "positions.csv"):
    t = rows(os.path.join(d, f))
    col = t[0].index("unit")
    write(os.path.join(d, f), [t[0]] + [r for r in t[1:] if not r[col] or r[col] in kept])
# one-team / tight: every target at 100%
for name, teams in (("one-team", 1), ("tight", None)):
    d = copy(name)
    y = re.sub(r"min_share: [0-9.]+", "min_share: 1.0", yaml)
    open(os.path.join(d, "scenario.yaml"), "w", encoding="utf-8").write(y)
    if teams:
        t = rows(os.path.join(d, "teams.csv"))
        write(os.path.join(d, "teams.csv"), t[: teams + 1])
        kept = set(r[0] for r in t[1 : teams + 1])
        for f in ("pins.csv", "unavailability.csv"):
            p = rows(os.path.join(d, f))
            col = p[0].index("team")
            write(os.path.join(d, f), [p[0]] + [r for r in p[1:] if r[col] in kept])
PY
done
for v in thach-ha-2022-4-teams thach-ha-2022-60pct thach-ha-2022-freeze-early-retirement; do
  cp -r "Scenarios/$v" "$POOL/shipped-$v"
done
# Variants extend ../thach-ha-2022: keep that sibling in the pool.
cp -r Scenarios/thach-ha-2022 "$POOL/thach-ha-2022"
mapfile -t SCENARIOS < <(ls "$POOL" | grep -v '^thach-ha-2022$' | sort)
echo "soak: ${#SCENARIOS[@]} scenarios: ${SCENARIOS[*]}"

RESULTS="$WORK/results.tsv"
: >"$RESULTS"
failures=0
watchdog=0
RANDOM=20221105
for ((i = 1; i <= N; i++)); do
  scen=${SCENARIOS[$((RANDOM % ${#SCENARIOS[@]}))]}
  shape=${scen%%-*}
  if (( i % 2 )); then cmd=schedule; else cmd=staffing; fi
  t=$((1 + RANDOM % 6))
  out="$WORK/out-$i"
  start=$(date +%s.%N)
  timeout --signal=KILL 120 /usr/bin/time -v -o "$WORK/time" "$BIN" "$cmd" "$POOL/$scen" --out "$out" --time-limit "$t" \
    >"$WORK/stdout" 2>"$WORK/stderr"
  rc=$?
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time" 2>/dev/null)
  limit=$(awk -v t="$t" 'BEGIN { g = t * 0.2; if (g < 3) g = 3; print t + g + 2 }')
  ok=1; why=""
  if [ "$cmd" = schedule ]; then files="inspection-calendar.csv inspection-calendar.ics inspection-plan.md"; allowed="0 3 4"
  else files="staffing-check.md staffing-projection.csv reduction-plan.md"; allowed="0 3"; fi
  if [ "$cmd" = schedule ] && [ "$rc" = 4 ] && [ ! -e "$out/inspection-plan.md" ] && grep -q "giới hạn thời gian\|time limit" "$WORK/stderr"; then
    watchdog=$((watchdog + 1))  # the last-resort watchdog: a clear message, no report, previous reports kept
  elif [[ " $allowed " == *" $rc "* ]]; then
    for f in $files; do [ -s "$out/$f" ] || { ok=0; why="missing $f"; }; done
  elif [ "$rc" = 65 ] || [ "$rc" = 70 ]; then
    [ -s "$WORK/stderr" ] || { ok=0; why="exit $rc without a message"; }
  else
    ok=0; why="exit $rc"
  fi
  if awk -v w="$wall" -v l="$limit" 'BEGIN { exit !(w > l) }'; then ok=0; why="$why took ${wall}s > ${limit}s"; fi
  printf "%d\t%s\t%s\t%s\t%d\t%s\t%.2f\t%s\t%s\n" "$i" "$cmd" "$shape" "$scen" "$t" "$rc" "$wall" "${rss:-0}" "$ok" >>"$RESULTS"
  if [ $ok = 0 ]; then
    failures=$((failures + 1))
    echo "soak: FAIL run $i: $cmd $scen --time-limit $t: $why"; head -c 600 "$WORK/stderr"; echo
  fi
  rm -rf "$out"
done

echo "soak: $N runs, $failures failures, $watchdog schedule runs stopped by the watchdog (T + max(3, 0.2 T))"
python3 - "$RESULTS" <<'PY'
import collections, statistics, sys
runs = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
by_rc = collections.Counter((r[1], r[5]) for r in runs)
print("exit codes:", ", ".join(f"{c} {rc}: {n}" for (c, rc), n in sorted(by_rc.items())))
over = [float(r[6]) - int(r[4]) for r in runs if r[1] == "schedule"]
if over: print(f"schedule wall minus --time-limit: max {max(over):+.2f} s, median {statistics.median(over):+.2f} s")
groups = collections.defaultdict(list)
for r in runs: groups[(r[1], r[3])].append(int(r[7]))
for (cmd, scen), rss in sorted(groups.items()):
    print(f"peak RSS {cmd:9s} {scen:48s} runs {len(rss):3d}  min {min(rss)/1024:6.1f}  median {statistics.median(rss)/1024:6.1f}  max {max(rss)/1024:6.1f} MiB")
# Growth across runs: each run's RSS relative to its (command, scenario) median, first fifth vs last fifth.
median = {k: statistics.median(v) for k, v in groups.items()}
ratio = [int(r[7]) / median[(r[1], r[3])] for r in runs if median[(r[1], r[3])] > 0]
k = max(1, len(ratio) // 5)
first, last = statistics.median(ratio[:k]), statistics.median(ratio[-k:])
grew = len(ratio) >= 10 and last > 1.15 * first
print(f"RSS relative to its scenario's median: first {k} runs {first:.3f}, last {k} runs {last:.3f}{'  GREW' if grew else ' (no growth)'}")
sys.exit(1 if grew else 0)
PY
mem=$?
[ $failures = 0 ] && [ $mem = 0 ]
