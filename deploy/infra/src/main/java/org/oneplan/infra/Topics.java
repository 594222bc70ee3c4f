package org.oneplan.infra;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** The OnePlan topics: one per service plus the audit seals; created explicitly, kept forever. */
public final class Topics {

    public static final List<String> ALL = List.of(
            "oneplan.partner.events",
            "oneplan.itpp.events",
            "oneplan.parp.events",
            "oneplan.assessment.events",
            "oneplan.catalogue.events",
            "oneplan.audit.seals");

    private static final int PARTITIONS = 3;

    private Topics() {}

    /** Creates every topic that does not exist yet (partitions 3, unlimited retention). */
    public static void ensure(String bootstrapServers) throws ExecutionException, InterruptedException {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = ALL.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, PARTITIONS, (short) 1)
                            .configs(Map.of(
                                    TopicConfig.RETENTION_MS_CONFIG, "-1",
                                    TopicConfig.RETENTION_BYTES_CONFIG, "-1")))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        }
    }
}
