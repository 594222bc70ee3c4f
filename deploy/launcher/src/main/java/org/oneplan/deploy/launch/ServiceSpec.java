package org.oneplan.deploy.launch;

import java.nio.file.Path;
import java.util.List;

/** A OnePlan service as the launcher runs it: its module folder, HTTP port and own database. */
record ServiceSpec(String name, int port, String database) {

    /** Every service built so far, in start order. */
    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("partner-service", 8081, "oneplan_partner"),
            new ServiceSpec("itpp-service", 8082, "oneplan_itpp"),
            new ServiceSpec("parp-service", 8083, "oneplan_parp"),
            new ServiceSpec("assessment-service", 8084, "oneplan_assessment"),
            new ServiceSpec("catalogue-service", 8085, "oneplan_catalogue"));

    /** The service of that name, e.g. {@code parp-service}. */
    static ServiceSpec named(String name) {
        return ALL.stream()
                .filter(spec -> spec.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    Path runner(Path projectRoot) {
        return projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }
}
