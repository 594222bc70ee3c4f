package org.oneplan.partner.rest;

import io.quarkus.test.common.QuarkusTestResource;
import org.oneplan.platform.testing.OnePlanInfrastructure;
import org.oneplan.platform.testing.OpenApiConformance;

/**
 * What every partner test through HTTP shares: the real PostgreSQL and Kafka of the test run (one for all
 * test classes, so Quarkus starts once), and every answer checked against the served OpenAPI document.
 */
@QuarkusTestResource(value = OnePlanInfrastructure.class, restrictToAnnotatedClass = false)
abstract class PartnerHttpTest {

    static {
        OpenApiConformance.install();
    }
}
