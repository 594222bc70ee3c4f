#!/usr/bin/env bash
# Starts the whole of OnePlan on this machine: PostgreSQL, a Kafka broker, every service, demo data.
# Needs only Java 17+ and Maven. Returns once everything is up; prints URLs and demo tokens.
#   ONEPLAN_RUN_DIR            run folder for data, logs, keys, tokens   (default deploy/run)
#   ONEPLAN_PG_HOST/_PORT/_USER/_PASSWORD  use an external PostgreSQL instead of the embedded one
#   KAFKA_BOOTSTRAP_SERVERS    use an external Kafka cluster instead of the local broker
#   ONEPLAN_SKIP_BUILD=1       start what is already built
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run="${ONEPLAN_RUN_DIR:-$root/deploy/run}"
mkdir -p "$run/logs"

if [ -f "$run/launcher.pid" ] && kill -0 "$(cat "$run/launcher.pid")" 2>/dev/null; then
  echo "OnePlan is already running (pid $(cat "$run/launcher.pid")); deploy/stop.sh stops it." >&2
  exit 1
fi

if [ "${ONEPLAN_SKIP_BUILD:-0}" != "1" ]; then
  echo "[oneplan] building (mvn install -DskipTests; the first build downloads ~350 MB into ~/.m2)"
  (cd "$root" && mvn -B -ntp -q install -DskipTests)
fi

classpath="$root/deploy/launcher/target/classes:$(cat "$root/deploy/launcher/target/launcher.classpath")"
nohup java -Xmx256m -cp "$classpath" org.oneplan.deploy.launch.Launcher "$root" "$run" \
  > "$run/logs/launcher.log" 2>&1 &
echo $! > "$run/launcher.pid"

echo "[oneplan] starting (launcher pid $(cat "$run/launcher.pid"), log $run/logs/launcher.log)"
for _ in $(seq 1 300); do
  if [ -f "$run/ready" ]; then
    cat "$run/ready"
    exit 0
  fi
  if ! kill -0 "$(cat "$run/launcher.pid")" 2>/dev/null; then
    echo "[oneplan] the launcher stopped; its log:" >&2
    tail -n 40 "$run/logs/launcher.log" >&2
    exit 1
  fi
  sleep 1
done
echo "[oneplan] not ready after 5 minutes; see $run/logs" >&2
exit 1
