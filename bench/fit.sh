#!/usr/bin/env bash
# Customer-base model fits on a generated customer base, by hand (no database, no server): see bench/FitBench.java.
# Usage: bench/fit.sh [customers=1000000] [seed=42]   (or: bench/run.sh fit ...)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p bench/out
mvn -B -q -pl domain compile dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$PWD/bench/out/domain.classpath"
java -Xmx2g -cp "domain/target/classes:$(cat bench/out/domain.classpath)" bench/FitBench.java "${1:-1000000}" "${2:-42}"
