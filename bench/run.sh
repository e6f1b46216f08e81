#!/usr/bin/env bash
# Runs the benchmarks by hand against a fresh bench database on this machine (loopback only).
# Usage: bench/run.sh [purchases=300000] [clients=3] [customers=20000]
#        bench/run.sh scale [customers=1000000] [purchases=10000000] [clients=3] [seed=42]   (see bench/scale.sh)
#        bench/run.sh fit [customers=1000000] [seed=42]   (model fits only, no database; see bench/fit.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ "${1:-}" = scale ]; then
  shift
  exec bench/scale.sh "$@"
fi
if [ "${1:-}" = fit ]; then
  shift
  exec bench/fit.sh "$@"
fi
PURCHASES=${1:-300000}
CLIENTS=${2:-3}
CUSTOMERS=${3:-20000}
export PGDATABASE=customer_intel_bench PORT=${PORT:-18080}
# the benches measure throughput, not the rate limit (docs/limits.md): the bench key may spend as fast as it can
export RATE_LIMIT_CAPACITY=${RATE_LIMIT_CAPACITY:-1000000000} RATE_LIMIT_REFILL_PER_SECOND=${RATE_LIMIT_REFILL_PER_SECOND:-1000000000}
mkdir -p bench/out
[ -f bootstrap/target/customer-intel.jar ] || mvn -B -q -DskipTests package
psql -h "${PGHOST:-127.0.0.1}" -d postgres -c "drop database if exists customer_intel_bench" >/dev/null
java -jar bootstrap/target/customer-intel.jar migrate
KEY=$(java -jar bootstrap/target/customer-intel.jar tenant create "bench-$(date +%s)" 2>/dev/null)
java -Xmx2g -jar bootstrap/target/customer-intel.jar serve > bench/out/server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
if [ "$(psql -h "${PGHOST:-127.0.0.1}" -d "$PGDATABASE" -Atc 'show autovacuum')" = "off" ]; then
  # PostgreSQL's default (and any production server) has autovacuum on; without it tables never get planner
  # statistics and plans degrade as they grow. Stand in for its ANALYZE while the benchmark runs.
  echo "note: autovacuum is off on this server; running ANALYZE every 5 s in its place"
  ( while sleep 5; do psql -h "${PGHOST:-127.0.0.1}" -d "$PGDATABASE" -qc 'analyze' >/dev/null 2>&1 || true; done ) &
  ANALYZER=$!
  trap 'kill $SERVER $ANALYZER 2>/dev/null || true' EXIT
fi
echo "== ingestion ($PURCHASES purchases, $CLIENTS clients)"
java bench/IngestBench.java "http://127.0.0.1:$PORT/graphql" "$KEY" "$PURCHASES" "$CLIENTS" "$CUSTOMERS"
echo "== customer pages ($CUSTOMERS customers)"
java bench/PageBench.java "http://127.0.0.1:$PORT/graphql" "$KEY" 200
