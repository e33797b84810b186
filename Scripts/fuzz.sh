#!/usr/bin/env bash
# Fuzzes the CSV and YAML loaders for a bounded time with the seeded mutator test
# (Tests/ScenarioFilesTests/LoaderFuzzTests.swift), one seed after another, with growing iteration counts.
#
#   Scripts/fuzz.sh [SECONDS=120]
#
# Each round runs `swift test --filter LoaderFuzzTests` with CCHC_FUZZ_SEED=<seed> and CCHC_FUZZ_ITERATIONS=<n>.
# Every mutant must load or be rejected with a located ScenarioError; a crash, a trap or a hang ends the round.
# The mutant being loaded is copied to $FUZZ_DIR/current before each load, so after a crash it is the input.
#
# When a round fails the script keeps the failing scenario in $FUZZ_DIR/crash-<seed>/ and prints the seed.
# Every crash the fuzzer finds becomes a corpus case (Tests/cchcTests/RobustnessCorpusTests.swift):
#   1. Reproduce: CCHC_FUZZ_SEED=<seed> CCHC_FUZZ_ITERATIONS=<n> swift test --filter LoaderFuzzTests
#      or: .build/debug/cchc validate $FUZZ_DIR/crash-<seed>/basic
#   2. diff -r Tests/ScenarioFilesTests/Fixtures/basic $FUZZ_DIR/crash-<seed>/basic  shows the mutated file.
#   3. Add a BadScenario to BadScenarioCorpus.all in Tests/cchcTests/RobustnessCorpusTests.swift that makes the same
#      change (BadScenario.bytes / .replace / .text), or, for a large input, commit the folder as
#      Tests/cchcTests/Fixtures/bad-<short-name>/ and point a case at it. Then fix the loader until the corpus passes.
set -u
SECONDS_BUDGET=${1:-120}
cd "$(dirname "$0")/.."
FUZZ_DIR=${FUZZ_DIR:-$(mktemp -d /tmp/cchc-fuzz.XXXXXX)}
mkdir -p "$FUZZ_DIR"
echo "fuzz: building tests…"
swift build --build-tests >"$FUZZ_DIR/build.log" 2>&1 || { echo "fuzz: build failed, see $FUZZ_DIR/build.log"; exit 2; }

start=$(date +%s)
seed=${FUZZ_SEED:-1}
iterations=200
rounds=0
total=0
while :; do
  elapsed=$(( $(date +%s) - start ))
  left=$(( SECONDS_BUDGET - elapsed ))
  [ "$left" -le 0 ] && break
  # A round may not outlive the budget by much: a hang is a failure too.
  limit=$(( left + 60 ))
  CCHC_FUZZ_SEED=$seed CCHC_FUZZ_ITERATIONS=$iterations CCHC_FUZZ_KEEP="$FUZZ_DIR/current" \
    timeout --signal=KILL "$limit" swift test --skip-build --filter LoaderFuzzTests >"$FUZZ_DIR/round.log" 2>&1
  rc=$?
  rounds=$((rounds + 1))
  if [ $rc -ne 0 ]; then
    mkdir -p "$FUZZ_DIR/crash-$seed"
    cp -r "$FUZZ_DIR/current" "$FUZZ_DIR/crash-$seed/basic" 2>/dev/null
    cp "$FUZZ_DIR/round.log" "$FUZZ_DIR/crash-$seed/test.log"
    echo "fuzz: FAILURE (exit $rc) at seed $seed with $iterations iterations"
    echo "fuzz: input kept in $FUZZ_DIR/crash-$seed/basic, log in $FUZZ_DIR/crash-$seed/test.log"
    grep -E "Fatal error|recorded an issue|Expectation failed" "$FUZZ_DIR/round.log" | head -5
    exit 1
  fi
  total=$((total + iterations))
  seed=$((seed + 1))
  iterations=$(( iterations < 5000 ? iterations * 2 : iterations ))
done
echo "fuzz: $rounds rounds, $total mutants, seeds ${FUZZ_SEED:-1}..$((seed - 1)), no crash or hang in ${SECONDS_BUDGET}s (work dir $FUZZ_DIR)"
rm -rf "$FUZZ_DIR/current"
