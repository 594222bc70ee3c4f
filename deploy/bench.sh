#!/usr/bin/env bash
# Benchmark of the running system (start it with deploy/run.sh first): 16 concurrent clients send
# partner commands for 30 s; compares stored-and-published events/s with the raw JDBC insert rate of
# the same PostgreSQL. Results: deploy/benchmark-results/partner-benchmark.txt
#   BENCH_CLIENTS (16), BENCH_SECONDS (30)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run="${ONEPLAN_RUN_DIR:-$root/deploy/run}"
[ -f "$run/tokens.env" ] || { echo "Start OnePlan first: deploy/run.sh" >&2; exit 1; }
# shellcheck disable=SC1091
source "$run/tokens.env"
classpath="$root/deploy/launcher/target/classes:$(cat "$root/deploy/launcher/target/launcher.classpath")"
exec java -cp "$classpath" \
  -Durl=http://127.0.0.1:8081 -Dtoken="$STAFF_TOKEN" \
  -Djdbc="jdbc:postgresql://127.0.0.1:${ONEPLAN_PG_PORT:-15432}/oneplan_partner" \
  -Dclients="${BENCH_CLIENTS:-16}" -Dseconds="${BENCH_SECONDS:-30}" \
  -Dout="$root/deploy/benchmark-results/partner-benchmark.txt" \
  org.oneplan.deploy.bench.PartnerBenchmark
