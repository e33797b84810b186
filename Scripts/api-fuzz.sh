#!/usr/bin/env bash
# Fuzzes the JSON API against its own OpenAPI document with schemathesis (from PyPI), bounded in time, and fails on
# any 5xx answer.
#
#   Scripts/api-fuzz.sh [SECONDS=120]
#
# It builds cchc, makes a throwaway workspace holding a copy of the shipped scenarios and one admin user, starts
# `cchc serve` on a free loopback port, signs in, and runs `schemathesis run` with the session cookie and the CSRF
# token on every request (the signing-out operation is left out, so the session lasts the whole run). The server's
# log and schemathesis's report stay in $API_FUZZ_DIR.
#   pip install schemathesis     (once)
set -euo pipefail
BUDGET=${1:-120}
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR=${API_FUZZ_DIR:-$(mktemp -d /tmp/cchc-api-fuzz.XXXXXX)}
PORT=${PORT:-$((20000 + RANDOM % 20000))}
command -v schemathesis >/dev/null || command -v st >/dev/null || { echo "api-fuzz: pip install schemathesis"; exit 2; }
echo "api-fuzz: building…"
swift build --product cchc >"$DIR/build.log" 2>&1 || { echo "api-fuzz: build failed, see $DIR/build.log"; exit 2; }
BIN=$(swift build --product cchc --show-bin-path)/cchc

mkdir -p "$DIR/workspace"
cp -R "$ROOT/Scenarios" "$DIR/workspace/Scenarios"
printf '%s\n' 'mat-khau-fuzz-1' | "$BIN" users add fuzz --role admin --workspace "$DIR/workspace" >/dev/null

"$BIN" serve --workspace "$DIR/workspace" --port "$PORT" >"$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/openapi.yaml" && break
  sleep 0.2
done

ANSWER=$(curl -s -D "$DIR/headers" -H 'Content-Type: application/json' \
  -d '{"username":"fuzz","password":"mat-khau-fuzz-1"}' "http://127.0.0.1:$PORT/api/v1/session")
COOKIE=$(grep -i '^set-cookie:' "$DIR/headers" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | tr -d '\r')
CSRF=$(printf '%s' "$ANSWER" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])')

echo "api-fuzz: schemathesis for up to ${BUDGET}s against http://127.0.0.1:$PORT/api/v1/openapi.yaml"
set +e
timeout --signal=INT "$((BUDGET + 60))" schemathesis run "http://127.0.0.1:$PORT/api/v1/openapi.yaml" \
  --url "http://127.0.0.1:$PORT/api/v1" \
  -H "Cookie: $COOKIE" -H "X-CSRF-Token: $CSRF" \
  --exclude-name 'DELETE /session' --max-time "$BUDGET" \
  --checks not_a_server_error --max-examples 50 --workers 1 \
  --report-junit-path "$DIR/junit.xml" >"$DIR/schemathesis.log" 2>&1
STATUS=$?
set -e
tail -n 40 "$DIR/schemathesis.log"
FIVE=$(grep -cE '" 5[0-9][0-9] ' "$DIR/server.log" || true)
if grep -qiE 'internal error' "$DIR/server.log"; then
  echo "api-fuzz: the server logged internal errors (see $DIR/server.log)"
  exit 1
fi
# 124/130: the time budget ended the run (not a failure by itself).
if [ "$STATUS" -ne 0 ] && [ "$STATUS" -ne 124 ] && [ "$STATUS" -ne 130 ]; then
  echo "api-fuzz: schemathesis found failures (exit $STATUS); see $DIR/schemathesis.log"
  exit 1
fi
echo "api-fuzz: no 5xx (log: $DIR)"
