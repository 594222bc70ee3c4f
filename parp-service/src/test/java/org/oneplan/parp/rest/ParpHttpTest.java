package org.oneplan.parp.rest;

import io.quarkus.test.common.QuarkusTestResource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.oneplan.platform.testing.OnePlanInfrastructure;
import org.oneplan.platform.testing.OpenApiConformance;

/**
 * What every PARP test through HTTP shares: the real PostgreSQL and Kafka, the broker's address, the test
 * clock, France and Norway on the Ally roster (as partner-service would publish them), and every answer
 * checked against the served OpenAPI document.
 */
@QuarkusTestResource(value = OnePlanInfrastructure.class, restrictToAnnotatedClass = false)
abstract class ParpHttpTest {

    static {
        OpenApiConformance.install();
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    TestClock clock;

    @BeforeEach
    void alliesAreOnTheRoster() {
        Partners partners = new Partners(kafka);
        partners.admitAlly("FRA");
        partners.admitAlly("NOR");
    }

    Partners partners() {
        return new Partners(kafka);
    }
}
