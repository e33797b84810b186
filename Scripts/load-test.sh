#!/usr/bin/env bash
# Load test of `cchc serve` with wrk on loopback: 50 connections read the plan JSON (and the calendar page when the
# pages are there) while a solve runs, and the requests per second and the 99th-percentile latency are printed.
#
#   Scripts/load-test.sh [SECONDS=20]
#   LOAD_TEST_BIN=path/to/release/cchc Scripts/load-test.sh   (a release binary already built)
#
# It builds cchc in release, makes a throwaway workspace holding a copy of the shipped scenarios, their committed
# reports, a generated 150-unit scenario whose optimum GLPK cannot prove (so its solve lasts the whole load) and one
# planner, starts `cchc serve` on a free loopback port, starts a calendar run of the generated scenario through the
# API, runs wrk, and cancels the run. The goal: p99 under 100 ms at 50 readers.
set -euo pipefail
DURATION=${1:-20}
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR=${LOAD_TEST_DIR:-$(mktemp -d /tmp/cchc-load.XXXXXX)}
PORT=${PORT:-$((20000 + RANDOM % 20000))}
command -v wrk >/dev/null || { echo "load-test: apt-get install wrk"; exit 2; }
if [ -n "${LOAD_TEST_BIN:-}" ]; then
  BIN=$LOAD_TEST_BIN
else
  echo "load-test: building (release)…"
  swift build -c release --product cchc >"$DIR/build.log" 2>&1 || { echo "load-test: build failed, see $DIR/build.log"; exit 2; }
  BIN=$(swift build -c release --product cchc --show-bin-path)/cchc
fi

mkdir -p "$DIR/workspace"
cp -R "$ROOT/Scenarios" "$DIR/workspace/Scenarios"
cp -R "$ROOT/Reports" "$DIR/workspace/Reports"
"$BIN" generate --units 150 --teams 3 --seed 1 --out "$DIR/workspace/Scenarios/g150" >/dev/null
printf '%s\n' 'mat-khau-tai-1' | "$BIN" users add tai --role planner --workspace "$DIR/workspace" >/dev/null

"$BIN" serve --workspace "$DIR/workspace" --port "$PORT" >"$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do
  curl -s -o /dev/null "$BASE/api/v1/openapi.yaml" && break
  sleep 0.2
done

ANSWER=$(curl -s -D "$DIR/headers" -H 'Content-Type: application/json' \
  -d '{"username":"tai","password":"mat-khau-tai-1"}' "$BASE/api/v1/session")
COOKIE=$(grep -i '^set-cookie:' "$DIR/headers" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | tr -d '\r')
CSRF=$(printf '%s' "$ANSWER" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])')

RUN=$(curl -s -H "Cookie: $COOKIE" -H "X-CSRF-Token: $CSRF" -H 'Content-Type: application/json' \
  -d "{\"kind\":\"schedule\",\"time_limit\":$((DURATION * 3 + 30))}" \
  "$BASE/api/v1/scenarios/g150/runs")
RUN_ID=$(printf '%s' "$RUN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for _ in $(seq 1 100); do
  STATE=$(curl -s -H "Cookie: $COOKIE" "$BASE/api/v1/runs/$RUN_ID" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
  [ "$STATE" = running ] && break
  sleep 0.1
done
echo "load-test: run $RUN_ID is $STATE while wrk reads"

measure() {
  local label=$1 path=$2
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$path")
  if [ "$status" != 200 ]; then
    echo "load-test: $label $path answers $status, skipped"
    return
  fi
  wrk -t2 -c50 -d"${DURATION}s" --latency -H "Cookie: $COOKIE" "$BASE$path" >"$DIR/wrk-$label.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$DIR/wrk-$label.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$DIR/wrk-$label.txt")
  echo "load-test: $label ($path): $rps requests/s, p99 $p99 (50 connections, ${DURATION}s)"
  grep -E 'Non-2xx|Socket errors' "$DIR/wrk-$label.txt" || true
}

measure plan-json /api/v1/scenarios/thach-ha-2022/plan
measure calendar-page /kich-ban/thach-ha-2022/lich
STATE=$(curl -s -H "Cookie: $COOKIE" "$BASE/api/v1/runs/$RUN_ID" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
echo "load-test: the run is $STATE after the load (details in $DIR)"
curl -s -o /dev/null -X POST -H "Cookie: $COOKIE" -H "X-CSRF-Token: $CSRF" "$BASE/api/v1/runs/$RUN_ID/cancel"
