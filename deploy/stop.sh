#!/usr/bin/env bash
# Stops everything deploy/run.sh started: services first, then Kafka, then PostgreSQL. Data stay.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run="${ONEPLAN_RUN_DIR:-$root/deploy/run}"
if [ ! -f "$run/launcher.pid" ] || ! kill -0 "$(cat "$run/launcher.pid")" 2>/dev/null; then
  echo "OnePlan is not running."
  exit 0
fi
pid="$(cat "$run/launcher.pid")"
kill -TERM "$pid"
for _ in $(seq 1 120); do
  if ! kill -0 "$pid" 2>/dev/null; then
    rm -f "$run/launcher.pid"
    echo "OnePlan stopped."
    exit 0
  fi
  sleep 1
done
echo "The launcher did not stop within 2 minutes (pid $pid)." >&2
exit 1
