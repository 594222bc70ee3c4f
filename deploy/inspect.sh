#!/usr/bin/env bash
# The inspector's tool: verifies the services' topics and seals, exports a topic as a signed bundle,
# verifies a bundle offline. Needs only Java, the Kafka bootstrap servers and the services' public keys
# (save each service's GET /audit/keys once). Builds the tool on first use.
#   deploy/inspect.sh verify --bootstrap 127.0.0.1:9092 --keys keys.json [--topic oneplan.itpp.events]
#   deploy/inspect.sh export --bootstrap 127.0.0.1:9092 --keys keys.json --topic T --out DIR [--inspector-key F]
#   deploy/inspect.sh verify-bundle DIR
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$root/audit-cli/target/inspector.classpath" ]; then
  (cd "$root" && mvn -B -ntp -q install -DskipTests -pl audit-cli -am)
fi
classpath="$root/audit-cli/target/classes:$(cat "$root/audit-cli/target/inspector.classpath")"
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$classpath" org.oneplan.audit.cli.Inspect "$@"
