#!/usr/bin/env bash
# Soak test: N `cchc schedule` and `cchc staffing` runs (alternating) on generated scenarios of varied sizes, some of
# them infeasible, with short time limits.
#
#   Scripts/soak.sh [N=200] [BINARY]
#
# BINARY defaults to .build/release/cchc when it exists, else .build/debug/cchc. Environment:
#   SOAK_SIZES="20 40 80 160"  unit counts of the generated scenarios (the debug build is slow above ~200 units)
#   SOAK_LIMITS="1 2 3 4"      --time-limit values, drawn at random per run
#   SOAK_BUDGET=1500           seconds; when the whole soak passes it, no new run starts and the soak fails
#   SOAK_SEED=20221105         the random seed (the same seed gives the same runs)
#   KEEP_SOAK=1                keep the work folder (scenarios, results.tsv, the stderr of failed runs)
#
# Scenario pool (cchc generate, seeds 1-2, every size):
#   normal      as generated (targets 50% / 35%): feasible, the solver stops at the time limit or the optimum
#   tight       every target at 100%: usually feasible but hard, sometimes infeasible
#   infeasible  every target at 100%, one team, a one-month season: the calendar cannot be met, schedule must say so
#               (exit 3); 400 extra staff in one unit with transfers as the only measure: staffing must exit 3
# A run passes when, within T + max(3, 0.2 T) + 2 seconds (the CLI's last-resort watchdog fires at T + max(3, 0.2 T)):
#   - it ends with an allowed status and wrote valid reports: schedule 0/3/4 with --json "status" matching the exit
#     (optimal/feasible 0, infeasible 3, no-solution 4), a CSV with a header and one row per planned inspection, an
#     ICS calendar from BEGIN:VCALENDAR to END:VCALENDAR and a Markdown plan; staffing 0/3 with valid --json and its
#     three reports; an infeasible-shaped scenario must not report a plan that keeps every rule;
#   - or it ends with a clear error: a solver failure (70) with a message, or the watchdog's exit 4 with its message
#     and no report (both counted separately in the summary); the generated scenarios are valid, so 65/66 fail;
#   - and it never crashes (a signal), never hangs (killed after 120 s).
# Memory: /usr/bin/time -v gives each run's peak RSS. Each run's RSS is divided by the median of its (command,
# scenario); the median of that ratio over the first and the last fifth of the runs is compared, and growth above 15%
# fails the soak. Exit status: 0 when every run passed and memory did not grow, 1 otherwise, 2 on a setup error.
# Measured 2026-11-30 (release build, 2 shared cores): N=16 in 16 s, 0 failures, schedule exits 0/3/4 and staffing 0/3
# all seen; peak RSS 34-75 MiB (schedule), 28-39 MiB (staffing); so N=200 takes about 4 min.
set -u
N=${1:-200}
cd "$(dirname "$0")/.."
if [ -n "${2:-}" ]; then BIN=$2; elif [ -x .build/release/cchc ]; then BIN=.build/release/cchc; else BIN=.build/debug/cchc; fi
[ -x "$BIN" ] || { echo "soak: $BIN not built (swift build -c release --product cchc)"; exit 2; }
[ -x /usr/bin/time ] || { echo "soak: /usr/bin/time is needed for the peak RSS (apt-get install time)"; exit 2; }
WORK=$(mktemp -d /tmp/cchc-soak.XXXXXX)
[ -n "${KEEP_SOAK:-}" ] || trap 'rm -rf "$WORK"' EXIT
export SOAK_N=$N SOAK_BIN=$BIN SOAK_WORK=$WORK
echo "soak: $N runs with $BIN in $WORK"
python3 - <<'PY'
import collections, csv, json, os, random, re, shutil, statistics, subprocess, sys, time

N, BIN, WORK = int(os.environ["SOAK_N"]), os.environ["SOAK_BIN"], os.environ["SOAK_WORK"]
SIZES = [int(x) for x in os.environ.get("SOAK_SIZES", "20 40 80 160").split()]
LIMITS = [float(x) for x in os.environ.get("SOAK_LIMITS", "1 2 3 4").split()]
BUDGET = float(os.environ.get("SOAK_BUDGET", "1500"))
rng = random.Random(int(os.environ.get("SOAK_SEED", "20221105")))
POOL = os.path.join(WORK, "pool")
os.makedirs(POOL)
began = time.monotonic()

# --- the scenario pool -------------------------------------------------------------------------------------------
def generate(name, units, seed):
    folder = os.path.join(POOL, name)
    r = subprocess.run([BIN, "generate", "--units", str(units), "--seed", str(seed), "--out", folder, "--lang", "en"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        print(f"soak: cchc generate failed for {name}: {r.stderr.strip()}")
        sys.exit(2)
    return folder

def all_targets_full(folder):
    path = os.path.join(folder, "scenario.yaml")
    text = open(path, encoding="utf-8").read()
    open(path, "w", encoding="utf-8").write(re.sub(r"min_share: [0-9.]+", "min_share: 1.0", text))

def one_team_one_month(folder):
    path = os.path.join(folder, "scenario.yaml")
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"(season:\s*\n\s*from: )(\d{4})-\d\d-\d\d(\s*\n\s*to: )\d{4}-\d\d-\d\d", r"\g<1>\2-04-01\g<3>\2-04-30", text)
    open(path, "w", encoding="utf-8").write(text)
    with open(os.path.join(folder, "teams.csv"), encoding="utf-8", newline="") as f:
        teams = list(csv.reader(f))
    keep = {row[0] for row in teams[1:2]}
    with open(os.path.join(folder, "teams.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(teams[:2])
    for name in ("pins.csv", "unavailability.csv"):
        path = os.path.join(folder, name)
        if not os.path.exists(path): continue
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        col = rows[0].index("team")
        # Pins would fall outside the shortened season: drop them all; keep the remaining team's unavailability.
        kept = [] if name == "pins.csv" else [r for r in rows[1:] if r[col] in keep]
        with open(path, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows([rows[0]] + kept)

def overstaffed(folder):
    # 400 more people in the first staffed unit, and transfers as the only measure: the rest cannot absorb them.
    path = os.path.join(folder, "staff.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    unit = rows[0].index("unit")
    base = [r for r in rows[1:] if r[unit] == rows[1][unit]]
    extra = [[f"SOAK{k:04d}"] + base[k % len(base)][1:] for k in range(400)]
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows + extra)
    path = os.path.join(folder, "scenario.yaml")
    text = open(path, encoding="utf-8").read()
    open(path, "w", encoding="utf-8").write(re.sub(r"measures: \[[^\]]*\]", "measures: [transfer]", text))

scenarios = []  # (name, shape)
for seed in (1, 2):
    for units in SIZES:
        scenarios.append((os.path.basename(generate(f"normal-{units}-s{seed}", units, seed)), "normal"))
        all_targets_full(generate(f"tight-{units}-s{seed}", units, seed))
        scenarios.append((f"tight-{units}-s{seed}", "tight"))
        folder = generate(f"infeasible-{units}-s{seed}", units, seed)
        all_targets_full(folder)
        one_team_one_month(folder)
        overstaffed(folder)
        scenarios.append((f"infeasible-{units}-s{seed}", "infeasible"))
print(f"soak: {len(scenarios)} generated scenarios (sizes {SIZES}, shapes normal/tight/infeasible) "
      f"in {time.monotonic() - began:.1f} s")

# --- checks ------------------------------------------------------------------------------------------------------
def text(path):
    try:
        return open(path, encoding="utf-8").read()
    except (OSError, UnicodeDecodeError):
        return None

def check_schedule(rc, out, stdout, shape):
    try:
        plan = json.loads(stdout)
    except ValueError:
        return "stdout is not JSON"
    expected = {"optimal": 0, "feasible": 0, "infeasible": 3, "no-solution": 4}
    status = plan.get("status")
    if expected.get(status) != rc:
        return f"status {status!r} with exit {rc}"
    if shape == "infeasible" and status in ("optimal", "feasible"):
        return f"an infeasible scenario reported status {status}"
    rows = text(os.path.join(out, "inspection-calendar.csv"))
    if not rows or len(rows.splitlines()) != 1 + len(plan.get("inspections", [])):
        return "inspection-calendar.csv does not hold a header and one row per inspection"
    ics = text(os.path.join(out, "inspection-calendar.ics"))
    if not ics or not ics.startswith("BEGIN:VCALENDAR") or not ics.rstrip().endswith("END:VCALENDAR"):
        return "inspection-calendar.ics is not a calendar"
    md = text(os.path.join(out, "inspection-plan.md"))
    if not md or not md.startswith("#"):
        return "inspection-plan.md is empty or has no title"
    return None

def check_staffing(rc, out, stdout, shape):
    try:
        json.loads(stdout)
    except ValueError:
        return "stdout is not JSON"
    if shape == "infeasible" and rc != 3:
        return f"an overstaffed scenario ended with {rc}, not 3 (surplus left at a deadline)"
    for name in ("staffing-check.md", "reduction-plan.md"):
        md = text(os.path.join(out, name))
        if not md or not md.startswith("#"):
            return f"{name} is empty or has no title"
    rows = text(os.path.join(out, "staffing-projection.csv"))
    if not rows or len(rows.splitlines()) < 2:
        return "staffing-projection.csv has no rows"
    return None

ALLOWED = {"schedule": {0, 3, 4}, "staffing": {0, 3}}
CHECK = {"schedule": check_schedule, "staffing": check_staffing}

# --- the runs ----------------------------------------------------------------------------------------------------
runs = []  # dicts
failures = []
stopped_by_budget = False
for i in range(1, N + 1):
    if time.monotonic() - began > BUDGET:
        stopped_by_budget = True
        failures.append((i, "budget", f"the soak passed its budget of {BUDGET:.0f} s before run {i}"))
        break
    cmd = "schedule" if i % 2 else "staffing"
    name, shape = rng.choice(scenarios)
    limit = rng.choice(LIMITS)
    out = os.path.join(WORK, f"out-{i}")
    timing = os.path.join(WORK, "time.txt")
    args = ["/usr/bin/time", "-v", "-o", timing, BIN, cmd, os.path.join(POOL, name), "--out", out,
            "--time-limit", f"{limit:g}", "--json", "--lang", rng.choice(["vi", "en"])]
    t0 = time.monotonic()
    try:
        p = subprocess.run(args, capture_output=True, text=True, timeout=120)
        rc, stdout, stderr, hung = p.returncode, p.stdout, p.stderr, False
    except subprocess.TimeoutExpired as e:
        rc, stdout, stderr, hung = -9, "", (e.stderr or b"").decode("utf-8", "replace"), True
    wall = time.monotonic() - t0
    timing_text = text(timing) or ""
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing_text)
    rss = int(m.group(1)) if m else 0
    m = re.search(r"Command terminated by signal (\d+)", timing_text)
    signal = int(m.group(1)) if m else None
    kind, why = "ok", None
    if hung:
        kind, why = "fail", "hung (killed after 120 s)"
    elif signal is not None:
        kind, why = "fail", f"crashed with signal {signal}"
    elif cmd == "schedule" and rc == 4 and not stdout.strip() and not os.path.exists(os.path.join(out, "inspection-plan.md")) \
            and re.search(r"time limit|giới hạn thời gian", stderr):
        kind = "watchdog"
    elif rc in ALLOWED[cmd]:
        why = CHECK[cmd](rc, out, stdout, shape)
        if why: kind = "fail"
    elif rc == 70:
        kind = "clear-error" if stderr.strip() else "fail"
        if kind == "fail": why = f"exit {rc} without a message"
    else:
        kind, why = "fail", f"exit {rc}"
    allowed_wall = limit + max(3.0, 0.2 * limit) + 2.0
    if wall > allowed_wall:
        kind, why = "fail", (why + "; " if why else "") + f"took {wall:.1f} s > {allowed_wall:.1f} s"
    runs.append(dict(i=i, cmd=cmd, scen=name, shape=shape, limit=limit, rc=rc, wall=wall, rss=rss, kind=kind))
    if kind == "fail":
        failures.append((i, f"{cmd} {name} --time-limit {limit:g}", why))
        print(f"soak: FAIL run {i}: {cmd} {name} --time-limit {limit:g}: {why}\n  {stderr.strip()[-600:]}")
        if os.environ.get("KEEP_SOAK"):
            open(os.path.join(WORK, f"stderr-{i}.txt"), "w").write(stderr)
    shutil.rmtree(out, ignore_errors=True)
    if i % 20 == 0:
        print(f"soak: {i}/{N} runs, {len(failures)} failures, {time.monotonic() - began:.0f} s")

with open(os.path.join(WORK, "results.tsv"), "w") as f:
    for r in runs:
        f.write("\t".join(str(r[k]) for k in ("i", "cmd", "shape", "scen", "limit", "rc", "wall", "rss", "kind")) + "\n")

# --- summary -----------------------------------------------------------------------------------------------------
total = time.monotonic() - began
print(f"\nsoak: {len(runs)} runs ({N} asked), {len(failures)} failures, wall {total:.0f} s ({total / 60:.1f} min)")
kinds = collections.Counter((r["cmd"], r["kind"]) for r in runs)
print("outcomes: " + ", ".join(f"{c} {k}: {n}" for (c, k), n in sorted(kinds.items())))
codes = collections.Counter((r["cmd"], r["shape"], r["rc"]) for r in runs)
print("exit codes by shape: " + ", ".join(f"{c}/{s} {rc}: {n}" for (c, s, rc), n in sorted(codes.items())))
for cmd in ("schedule", "staffing"):
    mine = [r for r in runs if r["cmd"] == cmd]
    if not mine: continue
    rss = [r["rss"] / 1024 for r in mine]
    over = [r["wall"] - r["limit"] for r in mine]
    print(f"{cmd:9s} runs {len(mine):3d}  peak RSS min {min(rss):6.1f}  median {statistics.median(rss):6.1f}  "
          f"max {max(rss):6.1f} MiB  wall minus --time-limit: median {statistics.median(over):+.2f} s, max {max(over):+.2f} s")
groups = collections.defaultdict(list)
for r in runs: groups[(r["cmd"], r["scen"])].append(r["rss"])
median = {k: statistics.median(v) for k, v in groups.items()}
ratio = [r["rss"] / median[(r["cmd"], r["scen"])] for r in runs if median[(r["cmd"], r["scen"])] > 0]
grew = False
if len(ratio) >= 10:
    k = max(1, len(ratio) // 5)
    first, last = statistics.median(ratio[:k]), statistics.median(ratio[-k:])
    grew = last > 1.15 * first
    print(f"memory: RSS relative to its (command, scenario) median: first {k} runs {first:.3f}, last {k} runs {last:.3f}"
          + ("  GREW (> 15%)" if grew else " (no growth)"))
else:
    print("memory: fewer than 10 runs, growth not judged")
for i, what, why in failures[:20]:
    print(f"  failed run {i}: {what}: {why}")
sys.exit(1 if failures or grew or stopped_by_budget else 0)
PY
