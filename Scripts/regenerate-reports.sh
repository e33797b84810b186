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

# Every solve of the planner is limited by work, not by the clock: at most 1000 branch-and-bound nodes (--work-limit),
# with GLPK's clock-bounded proximity search left out, so the files are the same on every machine, however fast or
# busy. With this limit every shipped scenario is proven optimal (Thạch Hà and the 4-team variant in targets mode,
# after the least-effort phase; the coverage and 60 % variants in coverage mode). The time limit is only a safety net for a machine far too slow; compare
# reuses the saved results.
LIMITS=(--work-limit 1000 --time-limit 3600)
SCENARIOS=(thach-ha-2022 thach-ha-2022-coverage thach-ha-2022-4-teams thach-ha-2022-60pct
    thach-ha-2022-freeze-early-retirement)
paths=()
for s in "${SCENARIOS[@]}"; do
    "$CCHC" report "Scenarios/$s" --out "$OUT/$s" "${LIMITS[@]}" >/dev/null
    paths+=("Scenarios/$s")
done
# The province after the 2025 reform: its own report, not part of the Thạch Hà comparison.
"$CCHC" report Scenarios/ha-tinh-2026 --out "$OUT/ha-tinh-2026" "${LIMITS[@]}" >/dev/null
"$CCHC" compare "${paths[@]}" --results "$OUT" --out "$OUT/comparison" "${LIMITS[@]}" >/dev/null
echo "Reports regenerated in $OUT/" >&2
