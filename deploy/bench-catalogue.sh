#!/usr/bin/env bash
# Catalogue search benchmark of the running system (start it with deploy/run.sh first, with its demo
# catalogue of ~1,400 events): BENCH_CLIENTS (8) concurrent clients search for BENCH_SECONDS (20) through
# GET /catalogue-events, then run the same searches' SQL directly on the same PostgreSQL. Results:
# deploy/benchmark-results/catalogue-search-benchmark.txt
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run="${ONEPLAN_RUN_DIR:-$root/deploy/run}"
[ -f "$run/tokens.env" ] || { echo "Start OnePlan first: deploy/run.sh" >&2; exit 1; }
# shellcheck disable=SC1091
source "$run/tokens.env"
loaded="$(grep -o 'the [0-9]* catalogue, [0-9]* events by [0-9]* institutions, loaded in [0-9]* s' "$run/logs/launcher.log" | tail -1 || true)"
year="$(echo "$loaded" | grep -o '^the [0-9]*' | grep -o '[0-9]*' || date -u +%Y)"
classpath="$root/deploy/launcher/target/classes:$(cat "$root/deploy/launcher/target/launcher.classpath")"
exec java -cp "$classpath" \
  -Durl=http://127.0.0.1:8085 -Dtoken="$PARTNER_TOKEN" -Dyear="$year" -Dloaded="${loaded:-unknown}" \
  -Djdbc="jdbc:postgresql://127.0.0.1:${ONEPLAN_PG_PORT:-15432}/oneplan_catalogue" \
  -Dclients="${BENCH_CLIENTS:-8}" -Dseconds="${BENCH_SECONDS:-20}" \
  -Dout="$root/deploy/benchmark-results/catalogue-search-benchmark.txt" \
  org.oneplan.deploy.bench.CatalogueSearchBenchmark
