#!/usr/bin/env bash
# Kafka's own console consumer, from the same Maven Central jars as the local broker.
# Example: deploy/kafka-console-consumer.sh --topic oneplan.partner.events --from-beginning
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
classpath_file="$root/deploy/infra/target/classes/org/oneplan/infra/kafka-broker.classpath"
[ -f "$classpath_file" ] || (cd "$root" && mvn -B -ntp -q install -DskipTests -pl deploy/infra -am)
exec java -Xmx256m -cp "$(cat "$classpath_file")" org.apache.kafka.tools.consumer.ConsoleConsumer \
  --bootstrap-server "${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}" "$@"
