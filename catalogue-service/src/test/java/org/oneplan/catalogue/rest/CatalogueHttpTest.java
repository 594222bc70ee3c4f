package org.oneplan.catalogue.rest;

import io.quarkus.test.common.QuarkusTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.platform.testing.OnePlanInfrastructure;
import org.oneplan.platform.testing.OpenApiConformance;
import org.oneplan.platform.testing.OtherServiceTopic;

/**
 * What every catalogue test through HTTP shares: the real PostgreSQL and Kafka, the test clock, France and
 * Norway on the Ally roster (as partner-service would publish them), and every answer checked against the
 * served OpenAPI document.
 */
@QuarkusTestResource(value = OnePlanInfrastructure.class, restrictToAnnotatedClass = false)
abstract class CatalogueHttpTest {

    static {
        OpenApiConformance.install();
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    TestClock clock;

    @BeforeEach
    void alliesAreOnTheRoster() {
        OtherServiceTopic partners = OtherServiceTopic.of(kafka, "partner");
        for (String code : new String[] {"FRA", "NOR"}) {
            UUID id = UUID.nameUUIDFromBytes(("oneplan:ally:" + code).getBytes(StandardCharsets.UTF_8));
            partners.publish("Ally", id, 0, new AllyAdmittedEvent(id, code, code, LocalDate.of(1949, 4, 4)));
        }
    }
}
