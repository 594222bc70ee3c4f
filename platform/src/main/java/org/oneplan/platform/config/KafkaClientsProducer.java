package org.oneplan.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** Builds {@link KafkaClients} from the service's {@code kafka.*} settings, the same keys Quarkus' own clients read. */
@ApplicationScoped
class KafkaClientsProducer {

    private static final String PREFIX = "kafka.";

    @Produces
    @Singleton
    KafkaClients kafkaClients(Config config, OnePlanConfig oneplan) {
        Map<String, Object> common = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> common.put(name.substring(PREFIX.length()), value));
            }
        }
        return new KafkaClients(common, oneplan.context() + "-service");
    }
}
