#!/usr/bin/env bash
# The soak test, by hand (bench/README.md, "Soak"): a fresh database, the server jar, mixed load at ~80% of the measured
# capacity for SOAK_SECONDS, the database taken away in the middle. Loopback only; stops by itself.
#
# Environment: SOAK_SECONDS (300), SOAK_OUTAGE (restart: run SOAK_RESTART_CMD, default
# "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main restart -- -t 300"; proxy: the bench's own TCP proxy cuts
# every connection and refuses new ones for SOAK_OUTAGE_SECONDS, 5), SOAK_CAPACITY_SECONDS (20),
# SOAK_CAPACITY_CLIENTS (4), SOAK_LOAD_FRACTION (0.8), SOAK_CUSTOMERS (2000), PORT (18090), BENCH_DB
# (customer_intel_soak), PGHOST/PGPORT/PGUSER.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export PGHOST=${PGHOST:-127.0.0.1} PGDATABASE=${BENCH_DB:-customer_intel_soak} PORT=${PORT:-18090}
JAR=bootstrap/target/customer-intel.jar
mkdir -p bench/out
[ -f "$JAR" ] || mvn -B -q -pl bootstrap -am package -DskipTests
psql -d postgres -qc "drop database if exists $PGDATABASE" >/dev/null
java -jar "$JAR" migrate >/dev/null
export SOAK_TENANT="soak-$(date +%s)"
SOAK_KEY=$(java -jar "$JAR" tenant create "$SOAK_TENANT" 2>/dev/null)
export SOAK_KEY SOAK_JAR=$JAR
if [ "$(psql -Atc 'show autovacuum')" = "off" ]; then
  # as in bench/run.sh: stand in for autovacuum's ANALYZE so plans do not degrade as the tables grow
  ( while sleep 10; do psql -qc 'analyze' >/dev/null 2>&1 || true; done ) &
  ANALYZER=$!
  trap 'kill $ANALYZER 2>/dev/null || true' EXIT
fi
java -cp "$JAR" bench/soak/SoakBench.java
