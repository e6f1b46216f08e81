#!/usr/bin/env bash
# What metrics and the access log cost: the demo tenant served twice, with METRICS_ENABLED=true and false, each
# measured by bench/MetricsBench.java (loopback only; the bench database is dropped at the end).
# Usage: bench/metrics.sh [requests=20000] [clients=4]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REQUESTS=${1:-20000}
CLIENTS=${2:-4}
export PGDATABASE=customer_intel_bench_metrics PORT=${PORT:-18081}
# throughput, not the rate limit, is measured: the demo key may spend as fast as it can
export RATE_LIMIT_CAPACITY=1000000000 RATE_LIMIT_REFILL_PER_SECOND=1000000000
KEY=ci_demo_0123456789abcdefghijklmnopqrstuv
mkdir -p bench/out
[ -f bootstrap/target/customer-intel.jar ] || mvn -B -q -DskipTests package
psql -h "${PGHOST:-127.0.0.1}" -d postgres -c "drop database if exists $PGDATABASE" >/dev/null
SERVER=
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  psql -h "${PGHOST:-127.0.0.1}" -d postgres -c "drop database if exists $PGDATABASE" >/dev/null || true
}
trap cleanup EXIT
for enabled in true false; do
  METRICS_ENABLED=$enabled java -Xmx1g -jar bootstrap/target/customer-intel.jar serve --demo \
    > "bench/out/metrics-$enabled.out" 2> "bench/out/metrics-$enabled.err" &
  SERVER=$!
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
  echo "== METRICS_ENABLED=$enabled ($REQUESTS queries, $CLIENTS clients)"
  java bench/MetricsBench.java "http://127.0.0.1:$PORT" "$KEY" --requests="$REQUESTS" --clients="$CLIENTS" \
    --pid="$SERVER"
  echo "access log lines: $(grep -c '^{' "bench/out/metrics-$enabled.err")"
  kill "$SERVER"
  wait "$SERVER" 2>/dev/null || true
  SERVER=
done
