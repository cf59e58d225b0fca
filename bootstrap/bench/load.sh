#!/usr/bin/env bash
# Load test: POST /runs and GET /runs/{id} at c16 and c64 on each store, against the bare-Helidon floor in the same
# run; writes docs/performance.md. Traffic goes to 127.0.0.1 only; every wrk run is bounded in time.
#   bootstrap/bench/load.sh                 all stores (memory embedded postgres)
#   STORES="memory" DURATION=10s WORKERS=4 bootstrap/bench/load.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bench="$root/bootstrap/bench"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
STORES="${STORES:-memory embedded postgres}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-10s}"
KEYS="${KEYS:-100}"   # at most 100 active keys per tenant; each at most 10,000 requests per minute
WORKERS="${WORKERS:-16}"
PORT=18081
FLOOR_PORT=18080
TOKEN="bench-operator-token-$(date +%s)-$$-padding-to-32"
PG_URL_ADMIN="jdbc:postgresql://127.0.0.1:5432/test"

command -v wrk >/dev/null || { echo "load.sh needs wrk (apt-get install wrk)" >&2; exit 1; }
cd "$root"
[ "${BUILD:-1}" = 0 ] || ./kycert build >/dev/null
JAVA_HOME="$(./kycert java-home)"
java="$JAVA_HOME/bin/java"

wait_http() { for _ in $(seq 1 100); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.2; done; echo "no answer from $1" >&2; return 1; }
wrk_run() { # conns lua url -> "rps p50 p99"
  local out; out=$(cd "$work" && wrk -t2 -c"$1" -d"$DURATION" --latency -s "$2" "$3")
  echo "$out" >> "$work/wrk.log"
  local rps p50 p99 non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  echo "$rps $p50 $p99 ${non2xx:-0}"
}
admin() { curl -fs -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" "http://127.0.0.1:$PORT$1" -d "$2"; }
field() { { cat; echo; } | sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }

results="$work/results.md"
: > "$work/drain.md"
floor_rps="n/a"
if [ -d "$root/../shared/bench/floor-helidon" ]; then
  cp -r "$root/../shared/bench/floor-helidon" "$work/floor" && chmod -R u+w "$work/floor"
  (cd "$work/floor" && JAVA_HOME="$JAVA_HOME" mvn -q -B package -DskipTests >/dev/null)
  "$java" -Dport=$FLOOR_PORT -jar "$work/floor/target/helidon-perf-1.0.jar" >/dev/null 2>&1 &
  floor_pid=$!
  sleep 2
  cp "$root/../shared/bench/body.json" "$root/../shared/bench/post_auth.lua" "$work/"
  (cd "$work" && wrk -t2 -c64 -d"$WARMUP" -s post_auth.lua "http://127.0.0.1:$FLOOR_PORT/auth" >/dev/null)
  read -r floor_rps floor_p50 floor_p99 _ <<<"$(wrk_run 64 post_auth.lua "http://127.0.0.1:$FLOOR_PORT/auth")"
  echo "| floor (bare Helidon, POST /auth) | — | 64 | $floor_rps | $floor_p50 | $floor_p99 | — |" >> "$results"
  kill $floor_pid; wait $floor_pid 2>/dev/null || true
fi

for store in $STORES; do
  args=(serve --port $PORT --workers "$WORKERS")
  case "$store" in
    memory) args+=(--store memory) ;;
    embedded) args+=(--data-dir "$work/data-$store") ;;
    postgres)
      psql -q -h 127.0.0.1 -U postgres -d test -c "DROP DATABASE IF EXISTS kycert_bench WITH (FORCE)" -c "CREATE DATABASE kycert_bench" >/dev/null
      args+=(--db-url jdbc:postgresql://127.0.0.1:5432/kycert_bench) ;;
  esac
  KYCERT_ADMIN_TOKEN="$TOKEN" KYCERT_SECRET="bench-secret-bench-secret-bench-secret" \
    "$java" -Xmx1g -jar "$root/bootstrap/target/kycert.jar" "${args[@]}" > "$work/server-$store.log" 2>&1 &
  pid=$!
  wait_http "http://127.0.0.1:$PORT/health/ready"
  tenant=$(admin /admin/v1/tenants '{"name":"bench","credits":0,"rate_limit":1000000}' | field id)
  template=$(admin "/admin/v1/tenants/$tenant/templates" '{"name":"PF","subject_type":"pf"}' | field id)
  : > "$work/keys.txt"
  for _ in $(seq 1 "$KEYS"); do
    admin "/admin/v1/tenants/$tenant/api-keys" '{"name":"bench","environment":"test","scopes":["runs:write","runs:read"],"rate_limit":10000}' | field key >> "$work/keys.txt"
  done
  echo "$template" > "$work/template.txt"
  cp "$bench/post_runs.lua" "$bench/get_run.lua" "$work/"
  (cd "$work" && wrk -t2 -c64 -d"$WARMUP" -s post_runs.lua "http://127.0.0.1:$PORT" >/dev/null)
  for c in 16 64; do
    read -r rps p50 p99 bad <<<"$(wrk_run $c post_runs.lua "http://127.0.0.1:$PORT")"
    ratio=$([ "$floor_rps" != "n/a" ] && awk -v a="$rps" -v b="$floor_rps" 'BEGIN{printf "%.0f %%", 100*a/b}' || echo "—")
    echo "| POST /runs | $store | $c | $rps | $p50 | $p99 | $ratio (non-2xx: $bad) |" >> "$results"
  done
  key=$(head -1 "$work/keys.txt")
  # the POST figures count accepted runs; how long the workers then take to finish the backlog shows whether
  # processing kept up (a store that accepts faster than it processes would only be filling its queue)
  drain_start=$(date +%s.%N)
  for _ in $(seq 1 600); do
    curl -fs -H "X-API-Key: $key" "http://127.0.0.1:$PORT/api/v1/bureau/runs?status=queued&limit=1" | grep -q '"data":\[\]' && break
    sleep 0.5
  done
  drain=$(awk -v a="$drain_start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
  echo "- $store: the run queue was empty ${drain} s after the POST load stopped." >> "$work/drain.md"
  run=$(curl -fs -X POST -H "X-API-Key: $key" -H "Content-Type: application/json" "http://127.0.0.1:$PORT/api/v1/bureau/runs" \
        -d "{\"template_id\":\"$template\",\"subject\":{\"type\":\"pf\",\"doc\":\"52998224725\"}}" | field id)
  echo "$run" > "$work/run.txt"
  sleep 3
  for c in 16 64; do
    read -r rps p50 p99 bad <<<"$(wrk_run $c get_run.lua "http://127.0.0.1:$PORT")"
    echo "| GET /runs/{id} | $store | $c | $rps | $p50 | $p99 | (non-2xx: $bad) |" >> "$results"
  done
  kill $pid; wait $pid 2>/dev/null || true
done

{
  echo "## Run of $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1);"
  echo "JDK: $("$java" -version 2>&1 | head -1); wrk -t2, $DURATION per point after a $WARMUP warm-up, sharing the cores with the server"
  echo "(and with PostgreSQL for the postgres rows). Command: \`bootstrap/bench/load.sh\`."
  echo
  echo "| endpoint | store | connections | req/s | p50 | p99 | vs floor |"
  echo "|---|---|---|---|---|---|---|"
  cat "$results"
  echo
  echo "Run workers per process: $WORKERS."
  cat "$work/drain.md"
  echo
} > "$work/section.md"
cat "$work/section.md"
if [ "${WRITE_DOCS:-1}" = 1 ]; then
  doc="$root/docs/performance.md"
  [ -f "$doc" ] || printf '# Performance\n\nFigures from `bootstrap/bench/load.sh` (newest first). Analysis at the end of each run.\n\n' > "$doc"
  { head -4 "$doc"; cat "$work/section.md"; tail -n +5 "$doc"; } > "$work/doc.md" && mv "$work/doc.md" "$doc"
fi
