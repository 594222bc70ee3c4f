package org.oneplan.audit.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inspector's tool (deploy/inspect.sh). Needs only the Kafka bootstrap servers and the services' public
 * keys (saved from their {@code GET /audit/keys}); never a service or its database.
 *
 * <pre>
 * inspect verify --bootstrap HOST:PORT --keys FILE[,FILE...] [--topic T ...]
 * inspect export --bootstrap HOST:PORT --keys FILE[,FILE...] --topic T --out DIR [--inspector-key FILE]
 * inspect verify-bundle DIR
 * </pre>
 *
 * Exit status 0 when everything verified, 1 when a problem was found, 2 on a usage error.
 */
public final class Inspect {

    private Inspect() {}

    public static void main(String[] args) throws Exception {
        // The report is the output; the Kafka clients' configuration dumps are not.
        java.util.logging.Logger.getLogger("org.apache.kafka").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args, System.out));
    }

    /** Runs one command, printing to {@code out}; returns the exit status. */
    public static int run(String[] args, PrintStream out) throws Exception {
        if (args.length == 0) {
            return usage(out);
        }
        Map<String, List<String>> options = options(args);
        switch (args[0]) {
            case "verify":
                return verify(options, out);
            case "export":
                return export(options, out);
            case "verify-bundle":
                return args.length == 2 ? print(List.of(Bundle.verify(Path.of(args[1]))), out) : usage(out);
            default:
                return usage(out);
        }
    }

    private static int verify(Map<String, List<String>> options, PrintStream out) throws Exception {
        if (!options.containsKey("bootstrap") || !options.containsKey("keys")) {
            return usage(out);
        }
        KafkaTopics kafka = new KafkaTopics(options.get("bootstrap").get(0));
        TrustedKeys keys = TrustedKeys.read(paths(options.get("keys")));
        List<String> topics = options.containsKey("topic") ? options.get("topic") : kafka.serviceTopics();
        List<TopicInspection.Report> reports = new ArrayList<>();
        for (String topic : topics) {
            reports.add(TopicInspection.inspect(
                    topic,
                    kafka.records(topic),
                    kafka.seals(topic),
                    keys.forTopic(topic).orElse(null)));
        }
        return print(reports, out);
    }

    private static int export(Map<String, List<String>> options, PrintStream out) throws Exception {
        for (String required : List.of("bootstrap", "keys", "topic", "out")) {
            if (!options.containsKey(required)) {
                return usage(out);
            }
        }
        KafkaTopics kafka = new KafkaTopics(options.get("bootstrap").get(0));
        String topic = options.get("topic").get(0);
        Path folder = Path.of(options.get("out").get(0));
        Path inspectorKey = Path.of(options.getOrDefault("inspector-key", List.of("inspector-key.json"))
                .get(0));
        Bundle.write(
                folder,
                topic,
                kafka.records(topic),
                kafka.seals(topic),
                TrustedKeys.read(paths(options.get("keys"))),
                InspectorKey.loadOrMake(inspectorKey));
        out.println("exported " + topic + " to " + folder + " (signed with " + inspectorKey + ")");
        return 0;
    }

    private static int print(List<TopicInspection.Report> reports, PrintStream out) {
        boolean intact = true;
        for (TopicInspection.Report report : reports) {
            var chain = report.chain();
            out.printf(
                    "%s: %d records, %d events, head %s%s%n",
                    report.topic(),
                    chain.records(),
                    chain.events(),
                    chain.head(),
                    chain.seal() == null
                            ? ", no seal"
                            : ", " + chain.seal().seals() + " seals, sealed to event "
                                    + chain.seal().sealedEvents() + ", unsealed tail "
                                    + chain.seal().unsealedTail());
            report.problems().forEach(problem -> out.println("  PROBLEM " + problem));
            out.println(report.intact() ? "  intact" : "  NOT INTACT");
            intact &= report.intact();
        }
        return intact ? 0 : 1;
    }

    private static int usage(PrintStream out) {
        out.println("usage: inspect verify --bootstrap HOST:PORT --keys FILE[,FILE] [--topic T ...]");
        out.println("       inspect export --bootstrap HOST:PORT --keys FILE[,FILE] --topic T --out DIR"
                + " [--inspector-key FILE]");
        out.println("       inspect verify-bundle DIR");
        return 2;
    }

    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> options = new TreeMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].startsWith("--")) {
                options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>())
                        .add(args[i + 1]);
            }
        }
        return options;
    }

    private static List<Path> paths(List<String> values) {
        List<Path> paths = new ArrayList<>();
        values.forEach(value -> {
            for (String each : value.split(",")) {
                paths.add(Path.of(each));
            }
        });
        return paths;
    }
}
