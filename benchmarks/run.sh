#!/usr/bin/env bash
# Builds the benchmarks and runs them. Extra arguments go to the harness (--help lists them).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
exec java -Xmx2g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.fakeokta.benchmarks.Benchmarks "$@"
