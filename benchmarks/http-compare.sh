#!/usr/bin/env bash
# The HTTP comparison: one trivial endpoint (GET /hello) started in seven configurations,
#   none          no middleware (and no starter)
#   interceptors  four no-op middleware registered by hand through WebMvcConfigurer (no starter)
#   chain         the same four no-op middleware listed in middleware.order
#   builtins      security-headers, request-id, request-logging, timing via middleware.order (log on the console)
#   builtins-no-logging  security-headers, request-id, timing: the built-ins' cost without the log line
#   tomcat-accesslog      no middleware (and no starter), Tomcat's AccessLogValve writing the same fields to a file
#   request-logging-file  request-logging alone, to a file through an async appender over a rolling file appender
#   chain-unobserved      the four no-op middleware of chain, requests observed as Boot does with Actuator
#                         (http.server.requests as a timer), the chain's entries not observed
#   chain-observed        the same with each entry observed as well (middleware.entry, nested in the request)
# all running at once on loopback, loaded in turn by wrk (rounds rotate the order so that no
# configuration always runs first or last), reporting throughput and p99 latency as ratios to
# the no-middleware run. Figures are medians over the rounds, ratios medians of per-round ratios.
#
# Usage: benchmarks/http-compare.sh
# Settings (environment): DURATION=8s WARMUP=15s CONNECTIONS=64 THREADS=2 ROUNDS=5 BASE_PORT=18081 (uses 9 ports from there)
#                         CONFIGS="none chain-unobserved chain-observed" (a subset to run; none must be among them)
#                         SKIP_BUILD=1 (reuse benchmarks/target/benchmarks.jar)
#                         ALLOW_FAILED_CHECKS=1 (measure even if a configuration does not behave as named)
# Results: benchmarks/target/http-compare/summary.txt, raw wrk output and app logs beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-8s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-5}
BASE_PORT=${BASE_PORT:-18081}
read -r -a CONFIGS <<<"${CONFIGS:-none interceptors chain builtins builtins-no-logging tomcat-accesslog request-logging-file chain-unobserved chain-observed}"
if [[ " ${CONFIGS[*]} " != *" none "* ]]; then
    echo "CONFIGS must include none: every ratio is taken against it" >&2
    exit 1
fi
OUT=benchmarks/target/http-compare
APP=io.github.middlewaresignals.benchmarks.http.HttpBenchApplication

if ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk (Debian package)"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
    $SUDO apt-get install -y wrk || { $SUDO apt-get update && $SUDO apt-get install -y wrk; }
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    mvn -B -q -pl benchmarks -am package -DskipTests
fi
rm -rf "$OUT"
mkdir -p "$OUT"

declare -A PORT PID
cleanup() {
    for config in "${!PID[@]}"; do
        kill "${PID[$config]}" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

port_of() { echo $((BASE_PORT + $1)); }

for i in "${!CONFIGS[@]}"; do
    config=${CONFIGS[$i]}
    PORT[$config]=$(port_of "$i")
    if curl -s -o /dev/null "http://127.0.0.1:${PORT[$config]}/"; then
        echo "Port ${PORT[$config]} is already in use; set BASE_PORT to a free range" >&2
        exit 1
    fi
    # the two file logs go beside the results, in a directory of their own
    files=()
    case $config in
        tomcat-accesslog) files=(--server.tomcat.accesslog.directory="$PWD/$OUT/$config-files") ;;
        request-logging-file) files=(--logging.file.name="$PWD/$OUT/$config-files/requests.log") ;;
    esac
    java -Xms512m -Xmx512m -cp benchmarks/target/benchmarks.jar "$APP" "$config" \
        --server.address=127.0.0.1 --server.port="${PORT[$config]}" "${files[@]}" >"$OUT/$config.log" 2>&1 &
    PID[$config]=$!
done

for config in "${CONFIGS[@]}"; do
    for _ in $(seq 1 240); do
        if curl -sf -o /dev/null "http://127.0.0.1:${PORT[$config]}/hello"; then
            continue 2
        fi
        if ! kill -0 "${PID[$config]}" 2>/dev/null; then
            echo "The '$config' application stopped during start-up:" >&2
            tail -40 "$OUT/$config.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo "The '$config' application did not answer within 120 s" >&2
    exit 1
done

# Each configuration must behave as its name says, or its numbers mean nothing.
checks_failed=0
check() {
    local config=$1 ok=$2 what=$3
    if [ "$ok" = 1 ]; then
        echo "check ok      $config: $what"
    else
        echo "CHECK FAILED  $config: $what"
        checks_failed=1
    fi
}
for config in "${CONFIGS[@]}"; do
    url="http://127.0.0.1:${PORT[$config]}"
    headers=$(curl -s -D - -o /dev/null "$url/hello" | tr -d '\r')
    called=$(curl -s "$url/no-op-middleware-called")
    has_builtin_headers=0
    if grep -qi '^X-Request-ID:' <<<"$headers" && grep -qi '^X-Request-Duration:' <<<"$headers" \
        && grep -qi '^X-Content-Type-Options: nosniff' <<<"$headers"; then
        has_builtin_headers=1
    fi
    case $config in
        none)
            check "$config" $([ "$called" = 0 ] && [ $has_builtin_headers = 0 ] && echo 1 || echo 0) \
                "no middleware ran (no-op middleware called: $called)" ;;
        interceptors | chain)
            check "$config" $([ "$called" = 4 ] && [ $has_builtin_headers = 0 ] && echo 1 || echo 0) \
                "4 distinct no-op middleware ran (called: $called)" ;;
        chain-unobserved | chain-observed)
            # "<requests timed> <middleware entries timed>"
            read -r requests_timed entries_timed <<<"$(curl -s "$url/observed")"
            expected_entries=$([ "$config" = chain-observed ] && echo "-gt 0" || echo "-eq 0")
            # shellcheck disable=SC2086
            check "$config" $([ "$called" = 4 ] && [ "$requests_timed" -gt 0 ] && [ "$entries_timed" $expected_entries ] && echo 1 || echo 0) \
                "4 distinct no-op middleware ran (called: $called), requests timed: $requests_timed, entries timed: $entries_timed" ;;
        builtins)
            logged=$(grep -c 'path=/hello' "$OUT/$config.log" || true)
            check "$config" $([ "$called" = 0 ] && [ $has_builtin_headers = 1 ] && [ "$logged" -gt 0 ] && echo 1 || echo 0) \
                "built-in headers present ($has_builtin_headers) and requests logged ($logged lines)" ;;
        builtins-no-logging)
            logged=$(grep -c 'path=/hello' "$OUT/$config.log" || true)
            check "$config" $([ "$called" = 0 ] && [ $has_builtin_headers = 1 ] && [ "$logged" = 0 ] && echo 1 || echo 0) \
                "built-in headers present ($has_builtin_headers), no request logged ($logged lines)" ;;
        tomcat-accesslog | request-logging-file)
            # both write behind the request (Tomcat flushes its buffer every 10 s): wait for the lines
            in_file=0
            for _ in $(seq 1 30); do
                in_file=$(cat "$OUT/$config-files"/*.log 2>/dev/null | grep -c 'method=GET path=/hello status=200 duration=' || true)
                if [ "$in_file" -gt 0 ]; then break; fi
                sleep 1
            done
            on_console=$(grep -c 'path=/hello' "$OUT/$config.log" || true)
            check "$config" $([ "$called" = 0 ] && [ $has_builtin_headers = 0 ] && [ "$in_file" -gt 0 ] && [ "$on_console" = 0 ] && echo 1 || echo 0) \
                "requests logged to the file only ($in_file lines in the file, $on_console on the console)" ;;
    esac
done
if [ $checks_failed = 1 ] && [ "${ALLOW_FAILED_CHECKS:-0}" != 1 ]; then
    echo "A configuration does not behave as named; not measuring (ALLOW_FAILED_CHECKS=1 measures anyway)" >&2
    exit 1
fi

load() { # config seconds output
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency "http://127.0.0.1:${PORT[$1]}/hello" >"$3"
}

echo "Warming up each configuration for $WARMUP"
for config in "${CONFIGS[@]}"; do
    load "$config" "$WARMUP" "$OUT/$config-warmup.txt"
done

for round in $(seq 1 "$ROUNDS"); do
    for k in "${!CONFIGS[@]}"; do
        config=${CONFIGS[$(((k + round - 1) % ${#CONFIGS[@]}))]}
        echo "Round $round/$ROUNDS: $config for $DURATION"
        load "$config" "$DURATION" "$OUT/$config-round$round.txt"
    done
done

# requests/s and p99 (in ms) of one wrk output
rps_of() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
p99_of() {
    awk '$1 == "99%" {
        v = $2
        if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v) }
        else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }
        printf "%.3f", v
    }' "$1"
}
median() { sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

declare -A RPS P99 RAW RPS_RATIO P99_RATIO
for config in "${CONFIGS[@]}"; do
    rps_values="" p99_values=""
    for round in $(seq 1 "$ROUNDS"); do
        file="$OUT/$config-round$round.txt"
        if grep -q -e 'Non-2xx' -e 'Socket errors' "$file"; then
            echo "warning: $config round $round: $(grep -e 'Non-2xx' -e 'Socket errors' "$file" | tr -s ' ')"
        fi
        rps_values+="$(rps_of "$file")"$'\n'
        p99_values+="$(p99_of "$file")"$'\n'
    done
    RPS[$config]=$(printf '%s' "$rps_values" | median)
    P99[$config]=$(printf '%s' "$p99_values" | median)
    RAW[$config]=$(printf '%s' "$rps_values" | awk '{ printf "%s%.0f", (NR > 1 ? " " : ""), $1 }')
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r >= t ? "hit" : "MISS") }'; }
# The median over the rounds of a per-round ratio: the configurations of one round ran within a
# minute of each other, so a ratio within a round is less exposed to the machine's drift.
round_ratio() { # metric(rps|p99) config baseline
    for round in $(seq 1 "$ROUNDS"); do
        ratio "$("${1}_of" "$OUT/$2-round$round.txt")" "$("${1}_of" "$OUT/$3-round$round.txt")"
        echo
    done | median
}
for config in "${CONFIGS[@]}"; do
    RPS_RATIO[$config]=$(round_ratio rps "$config" none)
    P99_RATIO[$config]=$(round_ratio p99 "$config" none)
done

{
    echo
    echo "HTTP comparison: GET /hello, wrk -t$THREADS -c$CONNECTIONS, $ROUNDS rounds x $DURATION each (after $WARMUP warm-up), loopback"
    echo "figures are medians over the rounds; ratios are medians of the per-round ratios"
    echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
    if [ $checks_failed = 1 ]; then echo "WARNING: a configuration failed its check above; its numbers are meaningless"; fi
    echo
    printf '%-21s %10s %9s %14s %12s   %s\n' configuration "req/s" "p99 ms" "req/s vs none" "p99 vs none" "req/s per round"
    for config in "${CONFIGS[@]}"; do
        printf '%-21s %10.0f %9.2f %14s %12s   %s\n' "$config" "${RPS[$config]}" "${P99[$config]}" \
            "${RPS_RATIO[$config]}" "${P99_RATIO[$config]}" "${RAW[$config]}"
    done
    echo
    target() { # text config baseline threshold; only when both configurations ran
        if [[ -n "${RPS[$2]:-}" && -n "${RPS[$3]:-}" ]]; then
            local value
            value=$(round_ratio rps "$2" "$3")
            echo "target: $1 $value  $(verdict "$value" "$4")"
        fi
    }
    target "chain of 4 no-op >= 0.99 x hand-registered 4 (throughput):          " chain interceptors 0.99
    target "4 built-ins >= 0.95 x no middleware (throughput):                    " builtins none 0.95
    target "3 built-ins without request-logging >= 0.97 x no middleware:         " builtins-no-logging none 0.97
    target "request-logging to a file >= 0.97 x Tomcat's access log (throughput): " request-logging-file tomcat-accesslog 0.97
    target "chain of 4 observed >= 0.95 x the same unobserved (throughput):      " chain-observed chain-unobserved 0.95
} | tee "$OUT/summary.txt"
