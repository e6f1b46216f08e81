#!/usr/bin/env bash
# Scale-out by hand (bench/README.md, "Scale-out"): the docker-compose topology on loopback without Docker. Two
# instances of the jar on one fresh database behind HAProxy with deploy/haproxy.cfg (servers pointed at loopback),
# load through the proxy while each instance in turn is stopped with SIGTERM and started again. Reports what the
# clients saw, how long each graceful stop took, and whether every acknowledged purchase is stored exactly once.
#
# Environment: SECONDS_TOTAL (60), CLIENTS (4), BENCH_DB (customer_intel_scaleout), PGHOST/PGPORT/PGUSER.
# Needs haproxy (apt-get install haproxy). Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGDATABASE=${BENCH_DB:-customer_intel_scaleout}
TOTAL=${SECONDS_TOTAL:-60} CLIENTS=${CLIENTS:-4}
JAR=bootstrap/target/customer-intel.jar
OUT=bench/out/scaleout
mkdir -p "$OUT"
[ -f "$JAR" ] || mvn -B -q -pl bootstrap -am package -DskipTests
command -v haproxy >/dev/null || { echo "scaleout: haproxy not found (apt-get install haproxy)" >&2; exit 1; }
psql -d postgres -qc "drop database if exists $PGDATABASE" >/dev/null
java -jar "$JAR" migrate >/dev/null 2>&1
KEY=$(java -jar "$JAR" tenant create "scaleout-$(date +%s)" 2>/dev/null)

declare -A PIDS
start() { # $1 = instance number
  # the rate limit out of the way: this measures failover, not throttling
  PORT=$((18180 + $1)) SHUTDOWN_GRACE_SECONDS=10 CATCH_UP_INTERVAL_SECONDS=0 MODEL_REFIT=off \
    RATE_LIMIT_CAPACITY=1000000 RATE_LIMIT_REFILL_PER_SECOND=1000000 \
    java -Xmx512m -jar "$JAR" serve >"$OUT/app$1.log" 2>&1 &
  PIDS[$1]=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$((18180 + $1))/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "scaleout: app$1 did not become ready" >&2; exit 1
}
stop() { # graceful: SIGTERM, then wait for the exit
  local began=$(date +%s%N)
  kill -TERM "${PIDS[$1]}"
  local code=0
  wait "${PIDS[$1]}" || code=$?
  echo "app$1 stopped gracefully in $(( ($(date +%s%N) - began) / 1000000 )) ms, exit code $code"
}
cleanup() {
  for pid in "${PIDS[@]}" ${PROXY:-}; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

start 1
start 2
sed -e 's/app1:8080/127.0.0.1:18181/' -e 's/app2:8080/127.0.0.1:18182/' -e 's/bind :8080/bind 127.0.0.1:18180/' \
  -e 's/^  log stdout.*$//' -e 's/^  log global$//' deploy/haproxy.cfg >"$OUT/haproxy.cfg"
haproxy -f "$OUT/haproxy.cfg" >"$OUT/haproxy.log" 2>&1 &
PROXY=$!
sleep 3

java -cp "$JAR" bench/ScaleOutBench.java http://127.0.0.1:18180 "$KEY" "$TOTAL" "$CLIENTS" >"$OUT/clients.txt" &
LOAD=$!
quarter=$((TOTAL / 4))
sleep "$quarter"; stop 1; sleep 3; start 1
sleep "$quarter"; stop 2; sleep 3; start 2
wait $LOAD
cat "$OUT/clients.txt"
acked=$(awk '/acknowledged purchases:/ {print $3}' "$OUT/clients.txt")
stored=$(psql -Atc "select count(*) from purchase where external_id like 'c%'")
distinct=$(psql -Atc "select count(distinct external_id) from purchase where external_id like 'c%'")
echo "stored purchases: $stored (distinct $distinct), acknowledged: $acked"
[ "$stored" = "$acked" ] && [ "$distinct" = "$stored" ] && echo "exactly once: yes" || echo "exactly once: NO"
cleanup
trap - EXIT
psql -d postgres -qc "drop database if exists $PGDATABASE" >/dev/null
