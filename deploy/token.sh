#!/usr/bin/env bash
# Prints a demo bearer token of the running system for a role and, for ally and partner, a nation:
#   deploy/token.sh partner ARM     deploy/token.sh ally FRA     deploy/token.sh staff
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run="${ONEPLAN_RUN_DIR:-$root/deploy/run}"
classpath="$root/deploy/launcher/target/classes:$(cat "$root/deploy/launcher/target/launcher.classpath")"
exec java -cp "$classpath" org.oneplan.deploy.launch.IssueToken "${1:?role}" "${2:-}" "$run"
