#!/usr/bin/env bash
# The analytics reports on a large tenant, by hand, on this machine (loopback only).
# Usage: bench/reports.sh [customers=1000000] [requests=20]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CUSTOMERS=${1:-1000000}
REQUESTS=${2:-20}
export PGDATABASE=customer_intel_reports_bench PORT=${PORT:-18181}
PSQL="psql -h ${PGHOST:-127.0.0.1} -v ON_ERROR_STOP=1"
mkdir -p bench/out
[ -f bootstrap/target/customer-intel.jar ] || mvn -B -q -DskipTests package
$PSQL -d postgres -c "drop database if exists $PGDATABASE" >/dev/null
java -jar bootstrap/target/customer-intel.jar migrate
NAME="bench-$(date +%s)"
KEY=$(java -jar bootstrap/target/customer-intel.jar tenant create "$NAME" 2>/dev/null)
TENANT=$($PSQL -d "$PGDATABASE" -Atc "select id from tenant where name = '$NAME'")
echo "== loading $CUSTOMERS customers"
$PSQL -d "$PGDATABASE" -q -v tenant="$TENANT" -v customers="$CUSTOMERS" -f bench/reports-data.sql
java -Xmx2g -jar bootstrap/target/customer-intel.jar serve > bench/out/reports-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
java bench/ReportsBench.java "http://127.0.0.1:$PORT/graphql" "$KEY" "$REQUESTS"
