#!/usr/bin/env bash
# Bulk export speed and heap (issue 7), by hand: loads (or reuses) a tenant of generated customers in the database
# BENCH_DB, then runs bench/ExportBench.java with the server in its JVM (-Xmx from HEAP, default 1g).
# Usage: bench/export.sh [customers=1000000] [purchases=3000000]
# Environment: BENCH_DB (customer_intel_export_bench), PORT (18090), HEAP (1g), EXPORT_BATCH_SIZE (1000),
# SKIP_LOAD=1 KEY=<api key printed by an earlier load> (reuse the database), DROP=1 (drop the database at the end),
# QUERY (the export's query; default: scalars, tenure, value and health of every customer).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CUSTOMERS=${1:-1000000}
PURCHASES=${2:-3000000}
export PGDATABASE=${BENCH_DB:-customer_intel_export_bench} PORT=${PORT:-18090} CUSTOMER_INTEL_AS_OF=${AS_OF:-2026-06-30T00:00:00Z}
export RATE_LIMIT_CAPACITY=${RATE_LIMIT_CAPACITY:-1000000000} RATE_LIMIT_REFILL_PER_SECOND=${RATE_LIMIT_REFILL_PER_SECOND:-1000000000}
export EXPORT_DIR=${EXPORT_DIR:-$PWD/bench/out/exports}
PSQL="psql -h ${PGHOST:-127.0.0.1} -v ON_ERROR_STOP=1"
mkdir -p bench/out
[ -f bootstrap/target/customer-intel.jar ] || mvn -B -q -DskipTests package
JAR=bootstrap/target/customer-intel.jar
if [ "${SKIP_LOAD:-0}" != 1 ]; then
  $PSQL -d postgres -c "drop database if exists $PGDATABASE" >/dev/null
  java -jar $JAR migrate
  KEY=$(java -jar $JAR tenant create "export-$(date +%s)" 2>/dev/null)
  echo "tenant API key: $KEY"
  java -Xmx2g -jar $JAR serve > bench/out/export-load-server.log 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
  ( while sleep 15; do $PSQL -qc 'analyze' >/dev/null 2>&1 || true; done ) & ANALYZER=$!
  trap 'kill $SERVER $ANALYZER 2>/dev/null || true' EXIT
  java -Xmx2g bench/LoadBench.java "http://127.0.0.1:$PORT/graphql" "$KEY" --customers="$CUSTOMERS" \
    --purchases="$PURCHASES" --clients=2 --phases=customers,purchases
  kill $SERVER $ANALYZER; wait $SERVER 2>/dev/null || true
  $PSQL -qc 'vacuum analyze'
else
  java -jar $JAR migrate >/dev/null
fi
PORT=0 java -Xmx${HEAP:-1g} -cp $JAR bench/ExportBench.java "$KEY" "${IDLE_SECONDS:-10}" ${QUERY:+"$QUERY"}
if [ "${DROP:-0}" = 1 ]; then
  rm -rf "$EXPORT_DIR"
  $PSQL -d postgres -c "drop database if exists $PGDATABASE" >/dev/null
fi
