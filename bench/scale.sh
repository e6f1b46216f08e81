#!/usr/bin/env bash
# Speed at scale, by hand, on this machine (loopback only): a fresh bench database, a tenant, the server with a fixed
# clock, the generated customer base loaded through the GraphQL bulk mutations (LoadBench), VACUUM ANALYZE, then the
# analytics and page latencies (AnalyticsBench).
# Usage: bench/scale.sh [customers=1000000] [purchases=10000000] [clients=3] [seed=42]   (or: bench/run.sh scale ...)
# Environment: AS_OF (default 2026-06-30T00:00:00Z), RUNS (cold samples, 20), WARM_RUNS (warm samples, 200),
# BUDGET_SECONDS (per report and phase, 120; at least 3 samples), CENSUS (count customers per stage first, true),
# PORT (18080), BENCH_DB (customer_intel_bench), ANALYTICS (1; 0 skips AnalyticsBench), FIT (1: time
# fitCustomerBaseModels at the end; 0: skip),
# SKIP_LOAD=1 (keep the loaded database, only run AnalyticsBench and the fit;
# needs KEY, the tenant's API key, printed by an earlier run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CUSTOMERS=${1:-1000000}
PURCHASES=${2:-10000000}
CLIENTS=${3:-3}
SEED=${4:-42}
AS_OF=${AS_OF:-2026-06-30T00:00:00Z}
export PGDATABASE=${BENCH_DB:-customer_intel_bench} PORT=${PORT:-18080} CUSTOMER_INTEL_AS_OF=$AS_OF
# the benches measure throughput, not the rate limit (docs/limits.md): the bench key may spend as fast as it can
export RATE_LIMIT_CAPACITY=${RATE_LIMIT_CAPACITY:-1000000000} RATE_LIMIT_REFILL_PER_SECOND=${RATE_LIMIT_REFILL_PER_SECOND:-1000000000}
PSQL="psql -h ${PGHOST:-127.0.0.1} -v ON_ERROR_STOP=1"
mkdir -p bench/out
[ -f bootstrap/target/customer-intel.jar ] || mvn -B -q -DskipTests package
if [ "${SKIP_LOAD:-0}" != 1 ]; then
  $PSQL -d postgres -c "drop database if exists $PGDATABASE" >/dev/null
  java -jar bootstrap/target/customer-intel.jar migrate
  KEY=$(java -jar bootstrap/target/customer-intel.jar tenant create "scale-$(date +%s)" 2>/dev/null)
  echo "tenant API key: $KEY"
fi
java -Xmx3g -jar bootstrap/target/customer-intel.jar serve > bench/out/scale-server.log 2>&1 &
SERVER=$!
ANALYZER=
trap 'kill $SERVER $ANALYZER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
URL="http://127.0.0.1:$PORT/graphql"
if [ "${SKIP_LOAD:-0}" != 1 ]; then
  if [ "$($PSQL -d "$PGDATABASE" -Atc 'show autovacuum')" = "off" ]; then
    # As in run.sh: stand in for autovacuum's ANALYZE while the tables grow (plans degrade without statistics).
    echo "note: autovacuum is off on this server; running ANALYZE every 10 s during the load in its place"
    ( while sleep 10; do $PSQL -d "$PGDATABASE" -qc 'analyze' >/dev/null 2>&1 || true; done ) &
    ANALYZER=$!
  fi
  echo "== load ($CUSTOMERS customers, $PURCHASES purchases, seed $SEED, $CLIENTS clients, as of $AS_OF)"
  java -Xmx3g bench/LoadBench.java "$URL" "$KEY" --customers="$CUSTOMERS" --purchases="$PURCHASES" --seed="$SEED" \
    --clients="$CLIENTS" --as-of="$AS_OF"
  if [ -n "$ANALYZER" ]; then kill "$ANALYZER" 2>/dev/null || true; wait "$ANALYZER" 2>/dev/null || true; ANALYZER=; fi
  # Once after the load, so the visibility map is set (index-only scans) and every table has fresh statistics.
  echo "== vacuum analyze"
  start=$(date +%s)
  $PSQL -d "$PGDATABASE" -qc 'vacuum analyze'
  echo "vacuum analyze took $(( $(date +%s) - start )) s"
  $PSQL -d "$PGDATABASE" -Atc "select 'database size: ' || pg_size_pretty(pg_database_size(current_database()))"
fi
if [ "${ANALYTICS:-1}" = 1 ]; then
  echo "== analytics and pages"
  java bench/AnalyticsBench.java "$URL" "$KEY" --as-of="$AS_OF" --runs="${RUNS:-20}" --warm-runs="${WARM_RUNS:-200}" \
    --budget-seconds="${BUDGET_SECONDS:-120}" --census="${CENSUS:-true}"
fi
if [ "${FIT:-1}" = 1 ]; then
  # Issue 4: the whole fit path through the API (one grouped SQL read, BG/NBD + MBG/NBD + Gamma-Gamma on the worker),
  # with the server's resident memory before and after.
  echo "== fitCustomerBaseModels (period WEEK, calibrated up to the as-of day)"
  echo "server RSS before: $(( $(ps -o rss= -p $SERVER) / 1024 )) MiB"
  curl -s -o bench/out/fit.json -w 'fit request: %{time_total} s\n' "$URL" -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' \
    -d '{"query":"mutation{fitCustomerBaseModels(input:{period:WEEK}){models{kind customers logLikelihood durationMs parameters{name value}} userErrors{code message}}}"}'
  cat bench/out/fit.json; echo
  echo "server RSS after: $(( $(ps -o rss= -p $SERVER) / 1024 )) MiB"
fi
