#!/usr/bin/env bash
# Regenerates the committed reports in Reports/ from the shipped scenarios: one folder per scenario (cchc report:
# Markdown, CSV, ICS, JSON and index.html) and Reports/comparison/ (cchc compare: comparison.html/.txt/.json).
#
#   Scripts/regenerate-reports.sh [OUT_DIR]        default OUT_DIR: Reports
#
# Uses $CCHC when set (a built cchc binary), else builds cchc with `swift build`. The files hold no timings or run
# dates, so running this twice gives the same bytes; a test (cchcTests) regenerates into a temporary folder and fails
# when Reports/ differs. Run it and commit Reports/ whenever a scenario or a renderer changes.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT="${1:-Reports}"
if [ -z "${CCHC:-}" ]; then
    swift build --product cchc >&2
    CCHC="$(swift build --show-bin-path)/cchc"
fi

# The planner stops at a 0.1% gap (Thạch Hà itself is proven optimal well before that; the 4-team variant stops at
# 0.07% after ~15 s instead of proving its optimum after ~150 s), never at the clock, so the files are the same on
# every machine (the time limit is a safety net only); compare reuses the saved results.
LIMITS=(--mip-gap 0.001 --time-limit 300)
SCENARIOS=(thach-ha-2022 thach-ha-2022-4-teams thach-ha-2022-60pct thach-ha-2022-freeze-early-retirement)
paths=()
for s in "${SCENARIOS[@]}"; do
    "$CCHC" report "Scenarios/$s" --out "$OUT/$s" "${LIMITS[@]}" >/dev/null
    paths+=("Scenarios/$s")
done
"$CCHC" compare "${paths[@]}" --results "$OUT" --out "$OUT/comparison" "${LIMITS[@]}" >/dev/null
echo "Reports regenerated in $OUT/" >&2
