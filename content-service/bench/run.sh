#!/usr/bin/env bash
# Read benchmark of the packaged content-service (not a test): a throw-away PostgreSQL, a stand-in OIDC issuer
# and real RS256 tokens, wrk on loopback, bounded in time. Prints requests/s and, because this machine is shared,
# requests per CPU-second of the service process (independent of what else is running).
# Usage: content-service/bench/run.sh   (after ./mvnw -pl content-service -am package -DskipTests)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); repo=$(cd "$here/../.." && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
work=$(mktemp -d); pg_port=${PG_PORT:-25432}; oidc_port=${OIDC_PORT:-18180}; port=${PORT:-18081}; mgmt_port=${MGMT_PORT:-19081}
duration=${DURATION:-15s}; connections=${CONNECTIONS:-32}
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk"; exit 1; }

(cd "$repo" && ./mvnw -B -q -pl common/local-servers -am dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null)
"$java" -cp "$(cat "$work/cp"):$repo/common/local-servers/target/classes" "$here/BenchPostgres.java" "$work/pg" "$pg_port" > "$work/pg.log" 2>&1 &
pids+=($!)
python3 "$here/jwks.py" "$work" "$oidc_port" > "$work/oidc.log" 2>&1 &
pids+=($!)
until grep -q READY "$work/pg.log" 2>/dev/null && [ -s "$work/token.txt" ]; do sleep 1; done

DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/content" HTTP_PORT=$port MANAGEMENT_PORT=$mgmt_port \
OIDC_AUTH_SERVER_URL="http://127.0.0.1:$oidc_port/realms/bench" QUARKUS_LOG_LEVEL=WARN \
  "$java" -Xmx512m -jar "$repo/content-service/target/quarkus-app/quarkus-run.jar" > "$work/service.log" 2>&1 &
service=$!; pids+=($service)
until curl -sf -o /dev/null "http://127.0.0.1:$mgmt_port/q/health"; do sleep 1; done

token=$(cat "$work/token.txt"); auth="Authorization: Bearer $token"; url="http://127.0.0.1:$port"
etag=$(curl -s -D - -o /dev/null -H "$auth" "$url/api/v1/exercises/bridge" | awk 'tolower($1)=="etag:"{print $2}' | tr -d '\r')
wrk -t2 -c16 -d5s -H "$auth" "$url/api/v1/exercises/bridge" > /dev/null   # warm-up (JIT)

cpu() { awk '{print $14 + $15}' "/proc/$service/stat"; }   # utime + stime in clock ticks
scenario() {
  local name=$1; shift
  local before; before=$(cpu)
  local out; out=$(wrk -t2 -c"$connections" -d"$duration" --latency "$@")
  local after; after=$(cpu)
  local rps; rps=$(awk '/Requests\/sec/{print $2}' <<< "$out")
  local total; total=$(awk '/requests in/{print $1}' <<< "$out")
  local errors; errors=$(awk '/Non-2xx/{print $5}' <<< "$out")
  local p50; p50=$(awk '$1=="50%"{print $2}' <<< "$out"); local p99; p99=$(awk '$1=="99%"{print $2}' <<< "$out")
  local cpu_s; cpu_s=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" 'BEGIN{print t/hz}')
  printf '%-34s %9s req/s  p50 %-8s p99 %-8s  %8.0f req per service CPU-second  non-2xx: %s  (load %s)\n' \
    "$name" "$rps" "$p50" "$p99" "$(awk -v n="$total" -v c="$cpu_s" 'BEGIN{print (c>0)? n/c : 0}')" "${errors:-0}" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}
echo "cores: $(nproc); duration $duration, $connections connections, wrk -t2"
scenario "cached: If-None-Match -> 304" -H "$auth" -H "If-None-Match: $etag" "$url/api/v1/exercises/bridge"
scenario "cached: 200 from memory" -H "$auth" "$url/api/v1/exercises/bridge"
BENCH_PATH=/api/v1/exercises/bridge scenario "uncached: one exercise (PK)" -s "$here/uncached.lua" -H "$auth" "$url"
BENCH_PATH="/api/v1/exercises?category=hip-strengthening" scenario "uncached: filtered page of 20" -s "$here/uncached.lua" -H "$auth" "$url"
BENCH_PATH="/api/v1/exercises?q=hip" scenario "uncached: full-text search page" -s "$here/uncached.lua" -H "$auth" "$url"
scenario "no token -> 401 (HTTP ceiling)" "$url/api/v1/exercises/bridge"
