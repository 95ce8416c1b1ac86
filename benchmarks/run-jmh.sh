#!/usr/bin/env bash
# Builds the benchmarks jar and runs every JMH benchmark with the iteration settings annotated on
# the benchmark classes (signal dispatch: 1 fork, 5 x 1 s warm-up, 5 x 1 s measured; persistence:
# 1 fork, 10 x 1 s warm-up, 5 x 2 s measured),
# with allocation figures from JMH's GC profiler.
#
# Usage: benchmarks/run-jmh.sh [JMH options, e.g. a benchmark regex like SignalDispatch]
# Results: benchmarks/target/jmh-result.txt (console) and benchmarks/target/jmh-result.json
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff benchmarks/target/jmh-result.json "$@" \
    | tee benchmarks/target/jmh-result.txt
