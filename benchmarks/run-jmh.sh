#!/usr/bin/env bash
# Builds the benchmarks jar and runs every JMH benchmark with the iteration settings annotated on
# the benchmark classes (1 fork, 5 warm-up iterations of 1 s, 5 measured iterations of 1 s),
# with allocation figures from JMH's GC profiler.
#
# Usage: benchmarks/run-jmh.sh [JMH options, e.g. a benchmark regex like SignalDispatch]
# Results: benchmarks/target/jmh-result.txt (console) and benchmarks/target/jmh-result.json
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff benchmarks/target/jmh-result.json "$@" \
    | tee benchmarks/target/jmh-result.txt
