#!/usr/bin/env bash
# Builds every module and runs every test against real PostgreSQL and a real Kafka broker, both started
# by the tests themselves. Needs only Java 17+ and Maven 3.8+.
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -B -ntp verify "$@"
