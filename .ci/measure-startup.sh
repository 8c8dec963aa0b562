#!/usr/bin/env bash
# Start-up of the production build, launch to healthy: from starting `java` until /actuator/health says UP and /login
# answers 200. Figures in docs/performance.md ("Start-up of the production jar") come from this script.
#
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction -DskipTests package   # jar + target/app AOT cache
#   .ci/measure-startup.sh [rounds]                                                      # default 3
#
# A throw-away data directory gets the demo company from a first start of the fat jar (timed too); then each round
# restarts on it, interleaved: the fat jar (`java -jar target/salespact-*.jar`), the extracted jar without a cache and
# the extracted jar with the AOT cache (the README's command). Prints wall time, the process's CPU time at that moment
# and the load average (this machine is shared: compare rows of the same round). Port: $PORT (default 18089).
set -euo pipefail

cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
PORT="${PORT:-18089}"
ROUNDS="${1:-3}"
FAT="$(ls target/salespact-*.jar | head -1)"
APP=target/app
[[ -f "$FAT" && -f "$APP/salespact.jar" && -f "$APP/salespact.aot" ]] \
    || { echo "build first: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }

DATA="$(mktemp -d -t salespact-startup-XXXXXX)"
LOG="$DATA.log"
pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; rm -rf "$DATA" "$LOG"; }
trap cleanup EXIT

# measure LABEL JAVA_ARGS...: one start, one line of output, then a graceful stop.
measure() {
    local label="$1"; shift
    local start end cpu
    start=$(date +%s%N)
    SALESPACT_DATA_DIR="$DATA" SPRING_PROFILES_ACTIVE="" \
        "$JAVA" "$@" --server.port="$PORT" --server.address=127.0.0.1 >"$LOG" 2>&1 &
    pid=$!
    until curl -fs -m 2 "http://127.0.0.1:$PORT/actuator/health" | grep -q '"status":"UP"' \
            && [[ "$(curl -s -o /dev/null -w '%{http_code}' -m 3 "http://127.0.0.1:$PORT/login")" == 200 ]]; do
        kill -0 "$pid" 2>/dev/null || { echo "$label: the app stopped; log:" >&2; tail -40 "$LOG" >&2; exit 1; }
        sleep 0.1
    done
    end=$(date +%s%N)
    cpu=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$pid/stat")   # utime + stime, in clock ticks of 10 ms
    printf '%-28s %6.2f s   cpu %5s s   load %s\n' "$label" "$(bc <<<"scale=2; ($end - $start) / 1000000000")" \
        "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

echo "$("$JAVA" -version 2>&1 | head -1), $(nproc) cores"
measure "first start (seeds), fat jar" -jar "$FAT"
for round in $(seq 1 "$ROUNDS"); do
    measure "restart: fat jar" -jar "$FAT"
    measure "restart: extracted, no cache" -jar "$APP/salespact.jar"
    measure "restart: AOT cache" -XX:AOTCache="$APP/salespact.aot" -jar "$APP/salespact.jar"
done
